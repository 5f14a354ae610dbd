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
