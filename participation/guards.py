"""Defences of the public forms against robots and floods, without a captcha.

A hidden honeypot field, a signed timestamp of when the form was shown, and a
per-address rate limit kept in Django's cache (Redis in production, so every
app server counts the same submissions).
"""

import hashlib
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

SALT = "participation.form-timestamp"

# Outcomes of the timestamp check.
VALID, TOO_FAST, EXPIRED, TAMPERED = "valid", "too_fast", "expired", "tampered"


def sign_timestamp(now=None):
    return signing.dumps(int(now if now is not None else time.time()), salt=SALT)


def check_timestamp(token, now=None):
    now = now if now is not None else time.time()
    try:
        shown_at = signing.loads(token or "", salt=SALT)
    except signing.BadSignature:
        return TAMPERED
    if not isinstance(shown_at, int):
        return TAMPERED
    elapsed = now - shown_at
    if elapsed < settings.PARTICIPATION_MIN_FILL_SECONDS:
        return TOO_FAST
    if elapsed > settings.PARTICIPATION_FORM_MAX_AGE:
        return EXPIRED
    return VALID


def client_address(request):
    """The visitor's address. Behind Varnish or a load balancer, the proxy
    must set REMOTE_ADDR (e.g. gunicorn --forwarded-allow-ips) or the limit
    applies to the proxy as a whole."""
    return request.META.get("REMOTE_ADDR", "")


def _rate_key(request, scope):
    # Hashed so the cache holds no readable IP address.
    digest = hashlib.sha256(
        f"{settings.SECRET_KEY}:{client_address(request)}".encode()
    ).hexdigest()[:32]
    return f"participation:rate:{scope}:{digest}"


def rate_limited(request, scope):
    """True when this address already sent its quota in the current window."""
    limit, _window = settings.PARTICIPATION_RATE_LIMIT
    return (cache.get(_rate_key(request, scope)) or 0) >= limit


def count_submission(request, scope):
    _limit, window = settings.PARTICIPATION_RATE_LIMIT
    key = _rate_key(request, scope)
    if cache.add(key, 1, timeout=window):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)
