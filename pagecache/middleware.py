"""Whole-page cache for anonymous visitors, shared by every process through
the generation number and the stamps of the keys each response shows (see
generation.py and keys.py; the keys also go to Varnish in an `xkey` header).

A response is stored only when nothing in it belongs to one visitor: GET or
HEAD, no session or messages cookie in the request, status 200, no cookie
set, no CSRF token used, no Cache-Control private/no-store/no-cache, no CSP
nonce. Admin, documents and health URLs are never stored; search results
are, keyed by every searchable table (search/views.py). Stored responses are
served before sessions, language and everything else run.
"""

import hashlib
import re
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, QueryDict
from django.utils.cache import patch_cache_control

from . import generation, keys, refresh

# Never stored: the admin, documents and health.
NEVER = re.compile(r"^/(admin|documents|health)(/|$)")
PRIVATE = re.compile(r"private|no-store|no-cache")
MAX_AGE = re.compile(r"s-maxage=(\d+)")
HIT_HEADER = "X-Page-Cache"
# The surrogate keys of a response, read by Varnish's xkey module.
KEYS_HEADER = "xkey"
# Query parameters public pages read (programme, agenda and speakers index
# filters, their pagination). Any other one is dropped before the view runs
# and before the cache key: a random query string cannot create a new entry.
# Varnish drops the same ones (deploy/varnish/default.vcl).
KNOWN_PARAMETERS = frozenset(
    "day format theme language q ids country organiser_type mode page kind "
    "initial sort".split()
)


def cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    return not NEVER.match(request.path)


def cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_USED"):
        return False
    if PRIVATE.search(response.get("Cache-Control", "")):
        return False
    return "'nonce-" not in response.get("Content-Security-Policy", "")


def drop_unknown_parameters(request):
    """Keep only the known query parameters, sorted (stable for repeats)."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = sorted(
        ((name, value) for name, value in pairs if name in KNOWN_PARAMETERS),
        key=lambda pair: pair[0],
    )
    cleaned = urlencode(kept)
    if cleaned != query:
        request.META["QUERY_STRING"] = cleaned
        request.GET = QueryDict(cleaned)


def cache_key(request):
    encoding = "gzip" if "gzip" in request.headers.get("Accept-Encoding", "") else "id"
    # The scheme too: pages carry absolute URLs (canonical, Open Graph).
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()
    return f"pagecache:{generation.current()}:{encoding}:{digest}"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not cacheable_request(request):
            return self.get_response(request)
        drop_unknown_parameters(request)
        key = cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content, since, shown = stored
            if generation.fresh(shown, since):
                response = HttpResponse(content, status=status)
                for name, value in headers:
                    response[name] = value
                response[HIT_HEADER] = "hit"
                return response

        since = generation.clock()
        with keys.collecting() as collected:
            response = self.get_response(request)
        if cacheable_response(request, response):
            shown = collected.keys()
            if not generation.fresh(shown, since):
                # Something it shows changed while it rendered: serve it once,
                # keep it nowhere (Varnish stores nothing with s-maxage=0).
                patch_cache_control(response, public=True, max_age=0, s_maxage=0)
                return response
            seconds = self.lifetime(response)
            # Shared caches (Varnish) keep it as long; browsers check each time.
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
            response[KEYS_HEADER] = " ".join(shown)
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in ("set-cookie", HIT_HEADER.lower())
            ]
            entry = (response.status_code, headers, response.content, since, shown)
            cache.set(key, entry, seconds)
            refresh.remember(request, shown, seconds)
            response[HIT_HEADER] = "miss"
        return response

    @staticmethod
    def lifetime(response):
        """A view may ask for less (e.g. "now and next" during the summit)."""
        found = MAX_AGE.search(response.get("Cache-Control", ""))
        if found:
            return min(int(found.group(1)), settings.PAGE_CACHE_SECONDS)
        return settings.PAGE_CACHE_SECONDS
