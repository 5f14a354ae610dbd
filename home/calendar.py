"""The phase of the summit, from the calendar staff edit and the time.

Everything dated on the site (menus, home blocks, forms, dated text, the
archive notice) asks this module rather than comparing dates itself.
A logged-in editor may look at the site "as of" another date (see
`AsOfMiddleware`); visitors always see the real time.
"""

import datetime
import re
from contextvars import ContextVar

from django.conf import settings
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control

from site_config.request_memo import remember

BEFORE_CALL = "before_call"
CALL_OPEN = "call_open"
PROGRAMME = "programme"
WEEK = "week"
SUMMIT = "summit"
AFTER = "after"
PHASES = [BEFORE_CALL, CALL_OPEN, PROGRAMME, WEEK, SUMMIT, AFTER]

AS_OF_PARAM = "as_of"
AS_OF_SESSION_KEY = "summit_as_of"

_as_of: ContextVar[datetime.datetime | None] = ContextVar("summit_as_of", default=None)


def summit_calendar():
    from home.models import SummitCalendar

    return remember("summit_calendar", SummitCalendar.load)


def now():
    """The time the site is shown at: the real time, or an editor's "as of"."""
    return _as_of.get() or timezone.now()


def as_of():
    """The editor's chosen date while previewing, else None."""
    return _as_of.get()


def _local_date(moment):
    return timezone.localtime(moment).date()


def phase(at=None):
    calendar = summit_calendar()
    at = at or now()
    today = _local_date(at)
    if today > calendar.summit_end:
        return AFTER
    if calendar.summit_start <= today:
        return SUMMIT
    if calendar.week_start <= today <= calendar.week_end:
        return WEEK
    if at >= calendar.call_closes_at:
        return PROGRAMME
    if at >= calendar.call_opens_at:
        return CALL_OPEN
    return BEFORE_CALL


def window_state(opens_at, closes_at, at=None):
    """ "open", "not_yet" or "closed"."""
    at = at or now()
    if opens_at and at < opens_at:
        return "not_yet"
    if closes_at and at >= closes_at:
        return "closed"
    return "open"


def call_state(at=None):
    calendar = summit_calendar()
    return window_state(calendar.call_opens_at, calendar.call_closes_at, at)


def week_registration_state(at=None):
    calendar = summit_calendar()
    return window_state(
        calendar.week_registration_opens_at, calendar.week_registration_closes_at, at
    )


def programme_published(at=None):
    calendar = summit_calendar()
    published = calendar.programme_published_at or calendar.call_closes_at
    return (at or now()) >= published


# Pages that only invite visitors to act: in menus and home cards only while
# their window is open. (app label, model) -> state function.
INVITATIONS = {("participation", "callforproposalspage"): call_state}


def shown_in_menus_now(page):
    from django.contrib.contenttypes.models import ContentType

    kind = ContentType.objects.get_for_id(page.content_type_id)
    state = INVITATIONS.get((kind.app_label, kind.model))
    return state is None or state() == "open"


MILESTONES = {
    "call_opens": lambda c: c.call_opens_at,
    "call_closes": lambda c: c.call_closes_at,
    "week_registration_closes": lambda c: c.week_registration_closes_at,
    "week_starts": lambda c: _start_of(c.week_start),
    "summit_starts": lambda c: _start_of(c.summit_start),
    "summit_ends": lambda c: _start_of(c.summit_end + datetime.timedelta(days=1)),
}


def _start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def milestone(name):
    return MILESTONES[name](summit_calendar())


def passed(name, at=None):
    """Whether the named milestone (a key of MILESTONES) is behind us."""
    return (at or now()) >= milestone(name)


def seconds_to_next_change(at=None):
    """Until the next milestone: how long a page shown now stays true."""
    at = at or now()
    ahead = [
        moment
        for moment in (fn(summit_calendar()) for fn in MILESTONES.values())
        if moment and moment > at
    ]
    if not ahead:
        return None
    return max(1, int((min(ahead) - at).total_seconds()))


def summit_days_labels():
    """("7", "9 December 2016"), for "from 7 to 9 December 2016"; the start
    keeps its month (and year) when they differ from the end's."""
    from django.utils.formats import date_format

    start, end = summit_calendar().summit_start, summit_calendar().summit_end
    if (start.year, start.month) == (end.year, end.month):
        first = date_format(start, "j")
    else:
        first = date_format(start, "j F Y" if start.year != end.year else "j F")
    # A date never breaks across lines, in English too ("9 / December" at
    # 375 px); French pages get the same from the typography pass.
    return nowrap(first), nowrap(date_format(end, "j F Y"))


def nowrap(label):
    return label.replace(" ", "\u00a0")


def may_preview(user):
    return bool(
        user
        and user.is_authenticated
        and user.is_active
        and user.has_perm("wagtailadmin.access_admin")
    )


def parse_as_of(value):
    """A date (YYYY-MM-DD) or date and time; noon Paris time for a bare date."""
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if len(value) <= 10:
        parsed = parsed.replace(hour=12)
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    return parsed


class AsOfMiddleware:
    """Lets an editor see the public site as of a chosen date: `?as_of=2016-12-08`
    (kept in their session, `?as_of=` to return to today). Only for users who
    may use the admin, only when reading (GET/HEAD: forms always take the real
    time), and never cached: those responses say no-store, and the page cache
    already ignores requests that carry a session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = self.chosen(request)
        token = _as_of.set(chosen)
        try:
            response = self.get_response(request)
        finally:
            _as_of.reset(token)
        if chosen is not None:
            add_never_cache_headers(response)
        elif request.method in ("GET", "HEAD") and response.status_code == 200:
            limit_shared_lifetime(response, seconds_to_next_change)
        return response

    @staticmethod
    def chosen(request):
        # Without a session cookie nobody is logged in: the session and the
        # user are left unread (reading them would add "Vary: Cookie").
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return None
        if not may_preview(getattr(request, "user", None)):
            return None
        session = request.session
        if AS_OF_PARAM in request.GET:
            value = request.GET[AS_OF_PARAM]
            if parse_as_of(value):
                session[AS_OF_SESSION_KEY] = value
            else:
                session.pop(AS_OF_SESSION_KEY, None)
        if request.method not in ("GET", "HEAD"):
            return None
        return parse_as_of(session.get(AS_OF_SESSION_KEY))


S_MAXAGE = re.compile(r"s-maxage=(\d+)")
PRIVATE = re.compile(r"private|no-store|no-cache")


def limit_shared_lifetime(response, seconds):
    """A page shown now stays true until the next milestone at most: shared
    caches (the page cache, Varnish) keep it no longer. `seconds` may be a
    callable, asked only for shareable responses (so /health/ and other
    never-cached answers read no calendar: the database may be empty)."""
    control = response.get("Cache-Control", "")
    if PRIVATE.search(control):
        return
    if callable(seconds):
        seconds = seconds()
    if seconds is None:
        return
    found = S_MAXAGE.search(control)
    if found and int(found.group(1)) <= seconds:
        return
    patch_cache_control(response, s_maxage=seconds)
