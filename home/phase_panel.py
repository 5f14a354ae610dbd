"""The home page's first block: what a visitor can do now, by summit phase.

Before the call it announces the call; while the call is open it leads to the
form; then to the programme (and the Open Government Week registration while
open); during the summit days to the sessions on now and next; after the
summit to the programme, the speakers and the outcomes.
"""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from home import calendar
from home.locales import url_word

NEXT_COUNT = 3


def _of_kind(pages, app_label, model):
    """The child page of that type, as the menu read it: the panel needs its
    address and URL words only (`.specific` would cost a query each)."""
    from django.contrib.contenttypes.models import ContentType

    for page in pages:
        kind = ContentType.objects.get_for_id(page.content_type_id)
        if (kind.app_label, kind.model) == (app_label, model):
            return page
    return None


def day(value):
    return date_format(value, "j F Y")


def moment(value):
    from django.utils import timezone

    return date_format(timezone.localtime(value), "j F Y, H:i")


def home_panel(request, home, children):
    phase = calendar.phase()
    dates = calendar.summit_calendar()
    programme = _of_kind(children, "programme", "programmepage")
    call = _of_kind(children, "participation", "callforproposalspage")
    agenda = _of_kind(children, "participation", "agendapage")
    links = []

    def link(page, label, suffix=""):
        if page is not None:
            links.append((label, page.get_url(request) + suffix))

    panel = {"phase": phase, "links": links, "now": [], "next": []}
    if phase == calendar.BEFORE_CALL:
        panel["title"] = _("The call for session proposals is coming")
        panel["text"] = _(
            "From %(date)s (Paris time), anyone can propose a session for the Summit."
        ) % {"date": moment(dates.call_opens_at)}
    elif phase == calendar.CALL_OPEN:
        panel["title"] = _("Propose a session")
        panel["text"] = _(
            "The call for session proposals is open until %(date)s (Paris time)."
        ) % {"date": moment(dates.call_closes_at)}
        link(call, _("Propose a session"))
    elif phase in (calendar.PROGRAMME, calendar.WEEK):
        if phase == calendar.WEEK:
            panel["title"] = _("Open Government Week is on")
            panel["text"] = _(
                "Open government events across France and around the world until "
                "%(end)s; the Summit opens in Paris on %(start)s."
            ) % {"end": day(dates.week_end), "start": day(dates.summit_start)}
            link(agenda, _("See the agenda of events"))
        else:
            panel["title"] = _("On the way to the Summit")
            panel["text"] = _(
                "The call for proposals is closed. The Summit takes place in Paris "
                "from %(start)s to %(end)s."
            ) % dict(zip(("start", "end"), calendar.summit_days_labels(), strict=True))
        if calendar.programme_published():
            link(programme, _("See the programme"))
        if calendar.week_registration_state() == "open" and agenda is not None:
            link(agenda, _("Register an Open Government Week event"))
            links[-1] = (links[-1][0], f"{links[-1][1]}{url_word(agenda, 'register')}/")
    elif phase == calendar.SUMMIT:
        panel["title"] = _("Now and next at the Summit")
        panel["text"] = ""
        panel["now"], panel["next"] = now_and_next(home, programme, request)
        link(programme, _("See the full programme"))
        link(agenda, _("See the Open Government Week agenda"))
    else:
        start, end = calendar.summit_days_labels()
        panel["title"] = _(
            "The Summit took place from %(start)s to %(end)s in Paris"
        ) % {"start": start, "end": end}
        panel["text"] = _(
            "Find the programme, the speakers and the outcomes of the Summit."
        )
        link(programme, _("The programme"))
        if programme is not None:
            link(programme, _("The speakers"), f"{url_word(programme, 'speakers')}/")
        link(agenda, _("Open Government Week agenda"))
    return panel


def now_and_next(home, programme, request):
    """Sessions on now, and the next few, in the page's language."""
    if programme is None:
        return [], []
    return programme.specific.sessions_now_and_next(request, calendar.now(), NEXT_COUNT)
