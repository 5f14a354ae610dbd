"""Views of the programme page's routes."""

import datetime
import itertools

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext
from wagtail.models import Locale

from home import calendar
from home.locales import code_of, locale_by_id, with_locale
from site_config import languages

from . import exports, ics
from .cards import CardRenderer, RowRenderer
from .commitments import commitments_of_session
from .filters import ALL_DAYS, ProgrammeFilterForm, apply_filters
from .models import PARIS, Session, Speaker, Theme
from .queries import (
    listing,
    localized_public_sessions,
    session_by_slug,
    speaker_sessions,
    theme_neighbours,
)


def summit_days():
    source = Locale.get_default()
    return [
        moment.date()
        for moment in Session.objects.filter(
            locale=source, status__in=Session.PUBLIC_STATUSES
        ).datetimes("start", "day", tzinfo=PARIS)
    ]


def filtered_queryset(page, request):
    days = summit_days()
    form = ProgrammeFilterForm(request.GET, locale=page.locale, days=days)
    filters = form.active()
    sessions = apply_filters(localized_public_sessions(page.locale), filters)
    return form, filters, sessions


def filtered_sessions(page, request, description=False):
    form, filters, sessions = filtered_queryset(page, request)
    return form, filters, listing(sessions, description=description)


def group_by_day_and_time(sessions, render):
    """[(day, [(start time, [rendered cards])])] in Paris time."""
    days = []
    for day, of_day in itertools.groupby(sessions, key=lambda s: s.local_start.date()):
        slots = [
            (start, [render(session) for session in group])
            for start, group in itertools.groupby(of_day, key=lambda s: s.local_start)
        ]
        days.append((day, slots))
    return days


def now_and_next(sessions, now=None):
    """Sessions under way and the next ones to start today, in Paris time."""
    # The site's time: the real one, or an editor's "as of" preview.
    now = (now or calendar.now()).astimezone(PARIS)
    today = [s for s in sessions if s.local_start.date() == now.date()]
    if not today:
        return None
    current = [s for s in today if s.start <= now < s.end and not s.is_cancelled]
    upcoming = [s for s in today if s.start > now and not s.is_cancelled]
    next_start = min((s.start for s in upcoming), default=None)
    following = [s for s in upcoming if s.start == next_start]
    return {"now": current, "next": following}


def default_day(days):
    """The day the programme opens on: today during the summit, else the first."""
    today = calendar.now().astimezone(PARIS).date()
    return today if today in days else days[0]


def day_links(page, request, form, sessions, shown):
    """Links to each day (with its number of sessions under the other filters)
    and to the whole programme, keeping the other filters."""
    counts = dict(
        sessions.order_by()
        .annotate(local_day=TruncDate("start", tzinfo=PARIS))
        .values("local_day")
        .annotate(n=Count("pk"))
        .values_list("local_day", "n")
    )
    base = page.get_url(request)
    params = request.GET.copy()
    links = []
    for day in [*form.days, ALL_DAYS]:
        params["day"] = day if day == ALL_DAYS else day.isoformat()
        links.append(
            {
                "day": day,
                "url": f"{base}?{params.urlencode()}",
                "count": sum(counts.values())
                if day == ALL_DAYS
                else counts.get(day, 0),
                "current": day == shown,
            }
        )
    return links


def programme(page, request):
    with_locale(page)
    form, filters, _queryset = filtered_queryset(page, request)
    shown = filters.get("day")
    query = request.GET.copy()
    if not filters and form.days:
        # The bare programme shows one day; filters show every day they match
        # unless a day is chosen; day=all is the whole (printable) programme.
        shown = default_day(form.days)
        query["day"] = shown.isoformat()
        form = ProgrammeFilterForm(query, locale=page.locale, days=form.days)
        form.active()
    other_filters = {k: v for k, v in filters.items() if k != "day"}
    undated = apply_filters(localized_public_sessions(page.locale), other_filters)
    by_day = undated
    if isinstance(shown, datetime.date):
        by_day = apply_filters(undated, {"day": shown})
    sessions = listing(by_day)
    url = page.get_url(request)
    current = now_and_next(sessions) if not filters else None
    if current:
        render = CardRenderer(page, url)
        current = {key: [render(s) for s in value] for key, value in current.items()}
    context = page.get_context(request)
    context.update(
        form=form,
        filters=filters,
        count=len(sessions),
        days=group_by_day_and_time(sessions, RowRenderer(page, url)),
        day_links=day_links(page, request, form, undated, shown),
        # The exports hold the sessions shown: the chosen day's by default.
        query_string=query.urlencode(),
        now_and_next=current,
        selected_theme=filters.get("theme"),
        switcher_queries=queries_by_language(request, filters),
    )
    response = TemplateResponse(request, "programme/programme_page.html", context)
    if current is not None:
        # "Now and next" moves with the clock: shared caches keep it a minute.
        patch_cache_control(response, s_maxage=60)
    return response


def queries_by_language(request, filters):
    """The programme's query string for each language's version, so the
    language switcher keeps the filters: the theme is given as that
    language's theme (themes are translated snippets with their own ids)."""
    themes = {}
    if theme := filters.get("theme"):
        themes = {
            code_of(version.locale_id): version.pk
            for version in Theme.objects.filter(translation_key=theme.translation_key)
        }
    queries = {}
    for code in languages.codes():
        query = request.GET.copy()
        query.pop("theme", None)
        if code in themes:
            query["theme"] = themes[code]
        queries[code] = query.urlencode()
    return queries


def export(page, request, fmt):
    if fmt == "ics":
        _form, _filters, sessions = filtered_queryset(page, request)
        return exports.ics_response(page, request, ics.event_rows(sessions))
    _form, _filters, sessions = filtered_sessions(page, request, description=True)
    return exports.RESPONSES[fmt](page, request, sessions)


def find_session(page, slug):
    session = session_by_slug(slug, page.locale)
    if session is None:
        raise Http404
    session.locale = locale_by_id(session.locale_id)
    return session


def programme_urls(page, request):
    """{language_code: URL} of the live versions of the programme page."""
    versions = page.get_translations(inclusive=True).live()
    return {code_of(p.locale_id): (p, p.get_url(request)) for p in versions}


def session_alternates(page, request, session):
    urls = {}
    versions = (
        Session.objects.filter(
            translation_key=session.translation_key, status__in=Session.PUBLIC_STATUSES
        )
        .only("slug", "locale_id")
        .order_by()
    )
    programmes = programme_urls(page, request)
    for version in versions:
        code = code_of(version.locale_id)
        if code in programmes:
            urls[code] = f"{programmes[code][1]}{version.slug}/"
    return urls


def routed_alternates(page, request, *parts):
    """URLs of a sub-page in every language (site_config.languages)."""
    return languages.sub_page_alternates(page, request, *parts)


def session(page, request, slug):
    with_locale(page)
    session = find_session(page, slug)
    others = []
    if session.theme_id:
        others = theme_neighbours(session, page.locale)
        for other in others:
            # Not translated yet: listed in French, marked so for screen readers.
            if other.locale_id != page.locale_id:
                other.fallback_language = code_of(other.locale_id)
    context = page.get_context(request)
    context.update(
        subpage_title=session.title,
        alternate_urls=session_alternates(page, request, session),
        session=session,
        commitments=commitments_of_session(session, page.locale, request),
        others=others,
        json_ld=exports.session_json_ld(page, request, session),
    )
    return TemplateResponse(request, "programme/session_page.html", context)


def session_calendar(page, request, slug):
    rows = [ics.EventRow.of(find_session(page, slug))]
    return exports.ics_response(page, request, rows, slug)


def speaker(page, request, slug):
    source = Locale.get_default()
    candidates = Speaker.objects.filter(slug=slug, locale__in=[page.locale, source])
    speaker = next(
        (s for s in candidates if s.locale_id == page.locale_id),
        next(iter(candidates), None),
    )
    if speaker is None:
        raise Http404
    sessions = listing(speaker_sessions(speaker, page.locale))
    if not sessions:
        # A speaker is public through a public session only: one announced
        # for a draft session stays unknown, as in the site search.
        raise Http404
    render = CardRenderer(page, page.get_url(request), heading="h3", show_day=True)
    context = page.get_context(request)
    context.update(
        subpage_title=speaker.name,
        alternate_urls=routed_alternates(page, request, "speakers", speaker.slug),
        speaker=speaker,
        cards=[render(s) for s in sessions],
    )
    return TemplateResponse(request, "programme/speaker_page.html", context)


def speakers(page, request):
    from . import speakers as index

    with_locale(page)
    rows, initials, countries, choices = index.filtered(
        index.public_speakers(page), request.GET
    )
    base = page.get_url(request)
    context = page.get_context(request)
    context.update(
        subpage_title=gettext("Speakers"),
        alternate_urls=routed_alternates(page, request, "speakers"),
        rows=rows,
        initials=initials,
        countries=countries,
        choices=choices,
        speakers_url=f"{base}{page.speakers_segment}/",
        programme_url=base,
        switcher_queries=speaker_queries(choices),
    )
    return TemplateResponse(request, "programme/speakers_page.html", context)


def speaker_queries(choices):
    """The speakers index's initial and order kept by the language switcher;
    not the country, whose name is translated text."""
    kept = {"initial": choices["initial"]}
    if choices["sort"] != "name":
        kept["sort"] = choices["sort"]
    query = urlencode({name: value for name, value in kept.items() if value})
    return dict.fromkeys(languages.codes(), query)


def open_data(page, request):
    context = page.get_context(request)
    context["exports"] = exports.EXPORT_DOCS
    context["subpage_title"] = gettext("Programme open data")
    context["alternate_urls"] = routed_alternates(page, request, "open_data")
    return TemplateResponse(request, "programme/open_data_page.html", context)
