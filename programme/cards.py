"""Session cards rendered in Python.

The programme can list 1,000 sessions: a Django template include per card cost
about 1.5 ms each, this a small fraction of that. Labels still go through
gettext, once per page; every value typed by people is escaped.
"""

from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from .models import Session

# The DSFR's small badge, as the templates draw it (includes/demo_badge.html,
# the session page's "Cancelled").
BADGE = "fr-badge fr-badge--sm"


class CardRenderer:
    """Renders the cards of one page, with its labels translated once."""

    def __init__(self, page, programme_url, heading="h4", show_day=False):
        self.page_locale_id = page.locale_id
        self.programme_url = escape(programme_url)
        self.heading = heading
        self.show_day = show_day
        e = {
            "cancelled": gettext("Cancelled"),
            "demo": gettext("Demo"),
            "when": gettext("When"),
            "where": gettext("Where"),
            "languages": gettext("Languages"),
            "speakers": gettext("Speakers"),
            "add": gettext("Add to my selection"),
        }
        self.e = {key: escape(value) for key, value in e.items()}
        self.formats = {code: escape(label) for code, label in Session.FORMATS}
        self.language_names = {
            code: escape(str(name)) for code, _field, name in Session.SPOKEN
        }
        self.themes = {}

    def theme(self, theme):
        if theme.pk not in self.themes:
            self.themes[theme.pk] = (escape(theme.colour), escape(theme.name))
        return self.themes[theme.pk]

    def languages(self, session):
        names = self.language_names
        return ", ".join(
            (escape(session.other_language) or names[code])
            if code == "other"
            else names[code]
            for code in session.spoken()
        )

    def __call__(self, session):
        e = self.e
        classes = "session"
        meta = []
        if session.is_cancelled:
            classes += " session--cancelled"
            meta.append(
                f'<strong class="{BADGE} fr-badge--error badge--cancelled">'
                f"{e['cancelled']}</strong>"
            )
        if session.is_demo:
            meta.append(
                f'<span class="{BADGE} fr-badge--info badge--demo">{e["demo"]}</span>'
            )
        meta.append(
            f'<span class="session__format">{self.formats[session.format]}</span>'
        )
        if session.theme:
            colour, name = self.theme(session.theme)
            classes += f" theme--{colour}"
            meta.append(f'<span class="session__theme">{name}</span>')
        # A French fallback on an English page: only the typed texts are French.
        lang = ""
        if session.locale_id != self.page_locale_id:
            lang = f' lang="{session.locale.language_code}"'
        title = escape(session.title)
        start, end = session.local_start, session.local_end
        day = escape(date_format(start, "l j F")) + ", " if self.show_day else ""
        facts = (
            f"<div><dt>{e['when']}</dt><dd>{day}"
            f'<time datetime="{start.isoformat()}">{start:%H:%M}</time>–'
            f'<time datetime="{end.isoformat()}">{end:%H:%M}</time></dd></div>'
        )
        if session.venue:
            facts += (
                f"<div><dt>{e['where']}</dt>"
                f"<dd{lang}>{escape(session.venue.name)}</dd></div>"
            )
        facts += (
            f"<div><dt>{e['languages']}</dt><dd>{self.languages(session)}</dd></div>"
        )
        if session.speaker_names:
            speakers = escape(", ".join(session.speaker_names))
            facts += f"<div><dt>{e['speakers']}</dt><dd>{speakers}</dd></div>"
        key = session.translation_key
        return mark_safe(
            f'<article class="{classes}" data-session="{key}">'
            f'<{self.heading} class="session__title">'
            f'<a href="{self.programme_url}{escape(session.slug)}/"{lang}>{title}</a>'
            f"</{self.heading}>"
            f'<p class="session__meta">{" ".join(meta)}</p>'
            f'<dl class="session__facts">{facts}</dl>'
            f'<button type="button" class="star" data-star="{key}" '
            f'aria-pressed="false" hidden>'
            f'<span class="star__icon" aria-hidden="true"></span>'
            f'<span class="star__label">{e["add"]}</span>'
            f'<span class="visually-hidden">: <span{lang}>{title}</span></span>'
            "</button>"
            "</article>"
        )


class RowRenderer:
    """Compact rows of the programme's listing: a link to the session page,
    its times and room as text, and a star button shown by programme.js.
    Three elements a row, so that a day of 350 sessions stays light."""

    def __init__(self, page, programme_url):
        self.page_locale_id = page.locale_id
        self.programme_url = escape(programme_url)
        self.cancelled = escape(gettext("Cancelled"))
        self.demo = escape(gettext("Demo"))

    def __call__(self, session):
        classes = "session session-row"
        if session.theme:
            classes += f" theme--{escape(session.theme.colour)}"
        prefix = ""
        if session.is_cancelled:
            classes += " session--cancelled"
            prefix = f"{self.cancelled} · "
        if session.is_demo:
            # Text, not a badge element: the demo volume is 1,000 rows.
            classes += " session--demo"
            prefix += f"{self.demo} · "
        lang = ""
        if session.locale_id != self.page_locale_id:
            lang = f' lang="{session.locale.language_code}"'
        start, end = session.local_start, session.local_end
        facts = f"{prefix}{start:%H:%M}–{end:%H:%M}"
        if session.venue:
            facts += (
                f" · <span{lang}>{escape(session.venue.name)}</span>"
                if lang
                else (f" · {escape(session.venue.name)}")
            )
        if session.theme:
            # The stripe's colour says it too, but not to everyone.
            facts += f" · {escape(session.theme.name)}"
        title = escape(session.title)
        return mark_safe(
            f'<li class="{classes}">'
            f'<a class="session__title" href="{self.programme_url}'
            f'{escape(session.slug)}/"{lang}>{title}</a> {facts}'
            f'<button type="button" class="star star--compact" '
            f'data-star="{session.translation_key}" aria-pressed="false" hidden>'
            "</button></li>"
        )
