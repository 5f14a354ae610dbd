"""Defences of the public forms against robots and floods, without a captcha.

A hidden honeypot field, a signed timestamp of when the form was shown, and a
per-address rate limit kept in Django's cache (Redis in production, so every
app server counts the same submissions; the address is the visitor's, read
from X-Forwarded-For only as written by trusted proxies).
"""

import hashlib
import ipaddress
import logging
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

logger = logging.getLogger(__name__)
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


def _trusted(address):
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in trusted_networks())


def trusted_networks():
    networks = []
    for entry in settings.TRUSTED_PROXIES:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            continue
    return networks


def client_address(request):
    """The visitor's address. When the connection comes from a trusted proxy
    (settings.TRUSTED_PROXIES: Varnish, the TLS terminator, a load balancer),
    the X-Forwarded-For chain is read from the right, skipping trusted
    proxies: the first other address is the one a trusted proxy saw connect.
    Anything left of it was written by the visitor and is never believed."""
    address = request.META.get("REMOTE_ADDR", "")
    if not _trusted(address):
        return address
    chain = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for hop in reversed([part.strip() for part in chain.split(",") if part.strip()]):
        if not _trusted(hop):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return address  # garbage where the proxy writes: the proxy
    return address


def _rate_key(request, scope):
    # Hashed so the cache holds no readable IP address.
    digest = hashlib.sha256(
        f"{settings.SECRET_KEY}:{client_address(request)}".encode()
    ).hexdigest()[:32]
    return f"participation:rate:{scope}:{digest}"


def take_slot(request, scope):
    """Count one submission from this address and say whether it is within
    the quota, in one atomic step (cache.add then cache.incr, both atomic in
    Redis and in the local-memory cache): two simultaneous submissions can
    never both take the last slot. When the cache is unreachable (Redis down,
    IGNORE_EXCEPTIONS), the limit is not applied: the honeypot and the
    timestamp still stand, and refusing every visitor would be worse."""
    limit, window = settings.PARTICIPATION_RATE_LIMIT
    key = _rate_key(request, scope)
    if cache.add(key, 1, timeout=window):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            count = 1 if cache.add(key, 1, timeout=window) else None
    if count is None:
        logger.warning("Rate limit not applied: the cache did not answer")
        return True
    return count <= limit
