"""The site's languages wired in one place: the URL words of each language and
the routes built from them.

Languages themselves are in settings (`LANGUAGES`, `WAGTAIL_CONTENT_LANGUAGES`).
A third language needs its words below, its settings and its catalogues:
routes, reserved slugs, the page cache's exclusions and the search address
follow. A language without a word of its own uses the international one.
"""

import functools
import re

from django.conf import settings
from django.middleware import locale
from django.urls.resolvers import RegexPattern, URLPattern
from django.utils import translation

# The language of visitors who prefer none of the site's languages, and of a
# word a language lacks: English, OGP's international language.
INTERNATIONAL = "en"

# URL words of routed sub-pages and views, per language.
WORDS = {
    # /fr/programme/intervenants/, /en/programme/speakers/
    "speakers": {"fr": "intervenants", "en": "speakers"},
    # /fr/programme/donnees-ouvertes/, /en/programme/open-data/
    "open_data": {"fr": "donnees-ouvertes", "en": "open-data"},
    # /fr/semaine-du-gouvernement-ouvert/inscrire/, /en/…/register/
    "register": {"fr": "inscrire", "en": "register"},
    # The confirmation after a form: /fr/…/merci/, /en/…/thank-you/
    "thanks": {"fr": "merci", "en": "thank-you"},
    # Site search: /fr/recherche/, /en/search/
    "search": {"fr": "recherche", "en": "search"},
}

# Export formats, the same word in every language.
EXPORT_FORMATS = ("ics", "json", "csv")


def codes():
    """The site's language codes, French (the source) first."""
    return [code for code, _name in settings.LANGUAGES]


def word(name, code=None):
    """The URL word `name` in a language (the active one by default)."""
    words = WORDS[name]
    code = code or translation.get_language()
    return words.get(code) or words[INTERNATIONAL]


def words(name):
    """{language code: word} for every language of the site."""
    return {code: word(name, code) for code in codes()}


def any_word(name):
    """A regex group matching the word `name` of any language of the site."""
    return "(?:{})".format("|".join(map(re.escape, sorted(set(words(name).values())))))


def any_language():
    """A regex group matching any language prefix of the site."""
    return "(?:{})".format("|".join(map(re.escape, codes())))


def reserved_slugs():
    """Slugs a routable page's own slug-taking route would never reach: the
    words of every language and the export formats."""
    return set(EXPORT_FORMATS) | {
        value for name in WORDS for value in words(name).values()
    }


def words_regex(template):
    """`template` compiled with `{name}` filled with a group matching the word
    `name` in any language of the site, and `{lang}` with any language code.
    Compiled once per template and state of the languages and words."""
    state = (
        tuple(codes()),
        tuple((name, tuple(words.items())) for name, words in WORDS.items()),
    )
    return _compiled(template, state)


@functools.lru_cache(maxsize=256)
def _compiled(template, _state):
    filled = template.format_map(
        {name: any_word(name) for name in WORDS} | {"lang": any_language()}
    )
    return re.compile(filled)


class WordsPattern(RegexPattern):
    """A route regex with `{name}` placeholders filled with the words of every
    language of the site when it is matched, so a language added in settings
    is routed without touching the pages that declare the route."""

    @property
    def regex(self):
        return words_regex(self._regex)


def word_pattern(template, view, name=None):
    """A URL pattern of `template` (a regex with `{word}` placeholders); also
    the `func` of Wagtail's routable-page `re_path` decorator."""
    return URLPattern(
        WordsPattern(template, name=name, is_endpoint=True), view, name=name
    )


def word_route(template, name=None):
    """A route of a routable page whose regex holds URL words:
    `@word_route(r"^{speakers}/$")`."""
    from wagtail.contrib.routable_page.models import re_path

    return re_path(template, name=name, func=word_pattern)


def sub_page_alternates(page, request, *parts):
    """{language code: URL} of a routed sub-page of `page` in each language
    where the page is live: each part is a URL word name (translated) or a
    literal path part (a slug)."""
    urls = {}
    versions = page.get_translations(inclusive=True).live().select_related("locale")
    for version in versions:
        code = version.locale.language_code
        url = version.get_url(request)
        if url is None:
            continue
        path = "".join(f"{word(p, code) if p in WORDS else p}/" for p in parts)
        urls[code] = url + path
    return urls


def preferred_language(request):
    """The language of an address without a language prefix ("/"): the
    language cookie, else the best of the browser's languages that the site
    has; a browser that accepts none of them gets the international language,
    a request that states none (robots, scripts) the source language."""
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if cookie in codes():
        return cookie
    stated = False
    for tag, quality in _accepted(request.headers.get("Accept-Language", "")):
        if tag == "*":
            continue
        stated = True
        if quality > 0:
            try:
                return translation.get_supported_language_variant(tag)
            except LookupError:
                continue
    return INTERNATIONAL if stated else settings.LANGUAGE_CODE


def _accepted(header):
    """(language tag, quality) of an Accept-Language header, best first;
    malformed parts are skipped."""
    tags = []
    for part in header[:500].split(","):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        if re.fullmatch(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*", tag.strip()):
            tags.append((tag.strip().lower(), quality))
    return sorted(tags, key=lambda item: -item[1])


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware (language from the URL prefix, "/" redirected
    with Vary: Accept-Language, Cookie), with `preferred_language` choosing
    where an address without a prefix goes."""

    def process_request(self, request):
        super().process_request(request)
        if translation.get_language_from_path(request.path_info) is None:
            translation.activate(preferred_language(request))
            request.LANGUAGE_CODE = translation.get_language()
