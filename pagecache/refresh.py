"""Purge without making visitors wait: fetch again, then ban the rest.

A purge by key removes from Varnish the responses that show a change, and
visitors asking for one of them before it has rendered again wait for it
(Varnish sends one request to the site and queues the others). On summit
day, a session saved purges about 34 responses, about 0.9 s of rendering, and
the popular ones (the programme) are asked for many times meanwhile
(docs/performance.md).

So the app servers remember, in Redis, under which addresses the responses
carrying each key were stored (`remember`, called by the page-cache
middleware). A change then, before the save returns (on commit, after the
key stamps moved):

1. asks Varnish for each of those addresses again with a secret header that
   makes it fetch a new copy (`req.hash_always_miss`) while it goes on
   serving the old one, each new copy tagged with this change's token;
2. bans every object carrying one of the keys that is not tagged with the
   token: copies the index did not know (evicted, other hosts), and copies
   whose refresh failed.

The next request after the save is therefore fresh, as with a purge; a
visitor asking during step 1 gets the copy from before the change, as they
would a moment earlier. Without Redis (one process, tests without it),
nothing is remembered and changes purge as before.
"""

import logging
import re

from django.conf import settings
from django.core.cache import cache

from . import generation

logger = logging.getLogger(__name__)

INDEX = "pagecache:urls:"
# Keys that can go into a ban regex as they are (no whitespace, no
# backslash: Varnish's ban parser splits on whitespace).
PLAIN_KEY = re.compile(r"^[A-Za-z0-9_.=~-]+$")


def enabled():
    return bool(
        getattr(settings, "WAGTAILFRONTENDCACHE", None)
        and settings.PAGE_CACHE_REFRESH
        and generation.shared_cache()
    )


def _redis():
    from django_redis import get_redis_connection

    return get_redis_connection("default")


def entry(request):
    """What a refresh needs to ask Varnish for the same object."""
    scheme = "https" if request.is_secure() else "http"
    host = request.META.get("HTTP_HOST", "")
    encoding = request.headers.get("Accept-Encoding", "")
    return "|".join((scheme, host, encoding, request.get_full_path()))


def remember(request, shown, seconds):
    """Index the stored response's address under each of its keys."""
    if not enabled() or not shown:
        return
    value = entry(request)
    try:
        pipe = _redis().pipeline(transaction=False)
        for key in shown:
            name = cache.make_key(INDEX + key)
            pipe.sadd(name, value)
            pipe.expire(name, seconds)
        pipe.execute()
    except Exception:  # noqa: BLE001 - Redis down: the ban still purges
        logger.warning("Could not index %s for refresh", value, exc_info=True)


def entries(keys):
    """The addresses stored under any of the keys (empty when unknown)."""
    if not enabled() or not keys:
        return []
    try:
        found = _redis().sunion([cache.make_key(INDEX + key) for key in keys])
    except Exception:  # noqa: BLE001
        logger.warning("Could not read the refresh index", exc_info=True)
        return []
    return sorted(value.decode() for value in found)


def ban_regex(keys):
    """A regex matching an xkey header holding one of the keys, or None
    when a key cannot be written plainly (the caller purges instead)."""
    if not keys or not all(PLAIN_KEY.match(key) for key in keys):
        return None
    alternatives = "|".join(key.replace(".", "[.]") for key in sorted(keys))
    return f"(^|[[:space:]])({alternatives})([[:space:]]|$)"


def fields(value):
    """(scheme, host, Accept-Encoding, path) of an `entry`."""
    return tuple(value.split("|", 3))
