"""Template tags shared by every public page: menu, breadcrumbs, languages.
The pages they list come from home.navigation."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from home.dsfr_fields import dsfr_kind as widget_kind
from home.locales import code_of
from home.navigation import home_for, menu_pages
from home.tree import ancestors_of
from site_config.request_memo import kept_on
from site_config.typography import as_typed

register = template.Library()


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
    # Listings give their filters per language, so switching keeps them.
    queries = context.get("switcher_queries") or {}
    links = []
    for code, name in settings.LANGUAGES:
        url = versions.get(code)
        translated = url is not None
        if translated and queries.get(code):
            url = f"{url}?{queries[code]}"
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


@register.filter
def written_in(value, language):
    """`value` (text, or safe HTML such as `linebreaks` gives) written in
    `language`: left as typed when that is not the page's language, since
    French typography is for French ("Why open data?" stays so on a French
    page). An unknown language counts as another one."""
    html = conditional_escape(value)
    if language and language == (translation.get_language() or "")[:2]:
        return html
    return mark_safe(as_typed(html))


@register.filter
def dsfr_kind(widget):
    """The DSFR group a widget is drawn in: input, select, checkbox, radio."""
    return widget_kind(widget)
