"""/health/ for the load balancer: is the database answering, is the cache?

The database is vital (503: take this server out of the pool). The cache is
not: with Redis down pages still serve, only slower, so a failed cache check
answers 200 "degraded" and does not empty the pool.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError as error:
        logger.error("Health check: database unavailable: %s", error)
        return False


def cache_ok():
    key, value = "health-check", uuid.uuid4().hex
    try:
        cache.set(key, value, timeout=30)
        if cache.get(key) == value:
            return True
    except Exception as error:  # any backend error means "no cache"
        logger.warning("Health check: cache unavailable: %s", error)
        return False
    logger.warning("Health check: cache did not keep a value")
    return False


@require_safe
@never_cache
def health(request):
    checks = {"database": database_ok(), "cache": cache_ok()}
    if not checks["database"]:
        status, code = "error", 503
    elif not checks["cache"]:
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    return JsonResponse(
        {
            "status": status,
            "checks": {name: "ok" if ok else "error" for name, ok in checks.items()},
        },
        status=code,
    )
