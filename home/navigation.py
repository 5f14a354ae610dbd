"""Which pages the navigation shows: the home page of a language, its
children, the menu. Used by the template tags, the home page and the apps'
own tags (the footer's legal pages, the news); answers are kept on the
request."""

from django.utils import translation
from wagtail.models import Locale, Site

from home import calendar
from home.locales import code_of
from home.tree import ancestors_of
from home.visibility import private_sections


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def home_for(request, language_code=None, page=None):
    """The home page in the given (or active) language, or None before set-up.
    Remembered on the request: the header, menu and footer all need it. Taken
    from the page being shown when it is in that language (no query)."""
    code = language_code or translation.get_language()
    cache = getattr(request, "_localized_homes", None)
    if cache is None:
        cache = {}
        if request is not None:
            request._localized_homes = cache
    if code not in cache:
        cache[code] = _home_of(page, code) or _find_home(request, code)
    return cache[code]


def _home_of(page, code):
    if page is None or not getattr(page, "pk", None) or page.depth < 2:
        return None
    if code_of(page.locale_id) != code:
        return None  # a page shown in another language (fallback)
    return page if page.depth == 2 else ancestors_of(page)[0]


def _find_home(request, code):
    root = _site_root(request)
    if root is None:
        return None
    try:
        locale = Locale.objects.get_for_language(code)
    except (Locale.DoesNotExist, LookupError):
        return root
    return root.get_translation_or_none(locale) or root


def home_children(request, home):
    """The home page's live, public children, fetched once per request: the
    menu, the home page's cards and the footer's legal pages are all among
    them. A child that is private itself is left out; a restriction on the
    home page (or above) is not: whoever sees the page was let in."""
    if home is None:
        return []
    cache = getattr(request, "_home_children", None)
    if cache is None or cache[0] != home.pk:
        private = {page.pk for page in private_sections()}
        children = [
            page for page in home.get_children().live() if page.pk not in private
        ]
        cache = (home.pk, children)
        if request is not None:
            request._home_children = cache
    return cache[1]


def menu_pages(request, home):
    """The home page's children shown in menus (the menu and the cards); an
    invitation to act (the call for proposals) only while it is open."""
    return [
        page
        for page in home_children(request, home)
        if page.show_in_menus and calendar.shown_in_menus_now(page)
    ]
