"""Navigation shared by every public page: menu, breadcrumbs, languages, footer."""

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Site

from home import calendar
from home.locales import code_of
from home.request_memo import kept_on
from home.tree import ancestors_of
from home.visibility import private_sections

register = template.Library()


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


@register.simple_tag(takes_context=True)
def localized_home(context):
    return home_for(context.get("request"), page=context.get("page"))


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context, page=None):
    request = context.get("request")
    home = home_for(request, page=page)
    current_path = page.path if page else ""
    return {
        "home": home,
        "items": [
            (item, current_path.startswith(item.path))
            for item in menu_pages(request, home)
        ],
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page, current_title=None):
    """Ancestors below the tree root, then the page; on a sub-page of a routable
    page (a session, a speaker), the page is a link and the sub-page current."""
    ancestors = list(ancestors_of(page))
    if current_title:
        ancestors.append(page)
    return {
        "ancestors": ancestors,
        "current_title": current_title or page.title,
        "request": context.get("request"),
    }


def version_urls(context, page):
    """{language_code: URL} of the live versions of what is shown, computed once
    per page. Views of routed sub-pages (a session, a speaker) give their own
    as `alternate_urls`."""
    if "alternate_urls" in context:
        return context["alternate_urls"]
    if page is None or not getattr(page, "pk", None):
        return {}

    def compute():
        request = context.get("request")
        versions = page.get_translations(inclusive=True).live()
        return {code_of(p.locale_id): p.get_url(request) for p in versions}

    return kept_on(page, "version_urls", compute)


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    request = context.get("request")
    current = translation.get_language()
    versions = version_urls(context, page)
    links = []
    for code, name in settings.LANGUAGES:
        url = versions.get(code)
        translated = url is not None
        if url is None:
            home = home_for(request, code)
            url = home.get_url(request) if home else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "translated": translated,
            }
        )
    return {"links": links}


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context, page=None):
    request = context.get("request")
    versions = version_urls(context, page)
    default = versions.get(settings.LANGUAGE_CODE)
    return {
        "links": [
            (code, request.build_absolute_uri(versions[code]))
            for code, _name in settings.LANGUAGES
            if code in versions
        ],
        "x_default": request.build_absolute_uri(default) if default else None,
    }


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    from presentation.models import LegalPage

    request = context.get("request")
    home = home_for(request, page=context.get("page"))
    legal = ContentType.objects.get_for_model(LegalPage).pk
    pages = [
        page for page in home_children(request, home) if page.content_type_id == legal
    ]
    return {"pages": pages, "request": request}


@register.simple_tag(takes_context=True)
def localized_pageurl(context, page):
    """URL of the page in the visitor's language; for a page not translated
    yet, its address under the visitor's prefix, served in French with a notice
    (site_config.fallback) so visitors keep their language around it."""
    request = context.get("request")
    target = page.localized
    url = target.get_url(request)
    code = translation.get_language()
    source = code_of(target.locale_id)
    if url and source != code and url.startswith(f"/{source}/"):
        url = f"/{code}/" + url[len(source) + 2 :]
    return url


@register.simple_tag(takes_context=True)
def absolute_static(context, path):
    """Absolute URL of a static file (sharing images need one), built from the
    request like the canonical URL."""
    from django.templatetags.static import static

    url = static(path)
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # Already escaped by the template engine while rendering.
        context[self.name] = mark_safe(self.nodelist.render(context).strip())
        return ""


@register.tag
def capture(parser, token):
    """{% capture as name %}…{% endcapture %} renders its content once into a
    variable: the sharing title (a block pages override) goes into both the
    Open Graph and the Twitter tags."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])
