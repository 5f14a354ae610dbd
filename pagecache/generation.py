"""One number for the state of the public content: every cached page (in the
application and in Varnish) belongs to a generation, and any change to what
visitors see starts a new one.

Where the number lives decides who sees a bump: in the shared cache (Redis)
when there is one, so every app server sees it at once; otherwise in the
modification time of a file, which every worker process of this machine sees
(a local-memory cache is per process)."""

import os
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

KEY = "pagecache:generation"


def shared_cache():
    backend = settings.CACHES["default"]["BACKEND"]
    return "locmem" not in backend and "dummy" not in backend


def generation_file():
    return Path(settings.PAGE_CACHE_GENERATION_FILE)


def current():
    if shared_cache():
        value = cache.get(KEY)
        if value is None:
            value = time.time_ns()
            cache.add(KEY, value, timeout=None)
            value = cache.get(KEY, value)
        return value
    try:
        return generation_file().stat().st_mtime_ns
    except FileNotFoundError:
        return 0


def bump():
    """Start a new generation: everything cached before is never served again."""
    if shared_cache():
        cache.set(KEY, time.time_ns(), timeout=None)
        return
    path = generation_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()
    # Two bumps within the file system's time resolution must still differ.
    now = time.time_ns()
    previous = path.stat().st_mtime_ns
    os.utime(path, ns=(now, max(now, previous + 1)))


# Per-key invalidation -------------------------------------------------------
# A cached response remembers the "clock" read before it rendered; a change
# stamps the keys it touches with a later clock value. The response is fresh
# while none of its keys carries a stamp later than its clock. With Redis the
# clock is a counter (INCR: atomic, no dependence on the servers' clocks) and
# the stamps are written in one MSET; without it, the clock is the time and
# each key's stamp the modification time of a file, which every process of
# the machine sees.

CLOCK = "pagecache:clock"


def _stamp(key):
    return f"pagecache:key:{key}"


def _key_directory():
    return generation_file().with_name(generation_file().name + ".keys")


def clock():
    if shared_cache():
        return cache.get(CLOCK) or 0
    return time.time_ns()


def bump_keys(keys):
    keys = set(keys)
    if not keys:
        return
    if shared_cache():
        cache.add(CLOCK, 0, timeout=None)
        value = cache.incr(CLOCK)
        cache.set_many({_stamp(key): value for key in keys}, timeout=None)
        return
    directory = _key_directory()
    directory.mkdir(parents=True, exist_ok=True)
    now = time.time_ns()
    for key in keys:
        path = directory / key
        path.touch()
        os.utime(path, ns=(now, now))


def fresh(keys, since):
    """True when none of `keys` changed after the clock value `since`."""
    if not keys:
        return True
    if shared_cache():
        stamps = cache.get_many([_stamp(key) for key in keys])
        return all(value <= since for value in stamps.values())
    directory = _key_directory()
    for key in keys:
        try:
            if (directory / key).stat().st_mtime_ns >= since:
                return False
        except FileNotFoundError:
            continue
    return True
