"""Public page serving with a French fallback for pages not yet translated.

An English visitor following a link to a page that exists only in French
gets the French page, marked lang="fr", with a notice, rather than a 404.
A page that is translated under another slug redirects to its translation.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import translation
from wagtail import hooks
from wagtail.models import Locale, Site
from wagtail.views import serve_chain


class SourcePageFallbackMiddleware:
    """Answers Wagtail's 404s in a translated language with the source page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        match = getattr(request, "resolver_match", None)
        if not isinstance(exception, Http404) or match is None:
            return None
        if match.url_name != "wagtail_serve":
            return None
        return serve_source_page(request, match.args[0] if match.args else "")


def serve_source_page(request, path):
    source_locale = Locale.get_default()
    if translation.get_language() == source_locale.language_code:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [part for part in path.split("/") if part]
    try:
        page, args, kwargs = site.root_page.specific.route(request, components)
    except Http404:
        return None
    if page.locale_id != source_locale.pk:
        return None
    target = page.get_translation_or_none(Locale.get_active())
    if target is not None and target.live:
        if args or kwargs:
            # A sub-route (a session, a speaker) of a translated page: that
            # page already answered for this language, so the 404 stands.
            return None
        return redirect(target.get_url(request))
    request.translation_fallback = source_locale.language_code

    chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)
