"""Varnish in front: one BAN empties it, through the backends configured in
WAGTAILFRONTENDCACHE (wagtail.contrib.frontend_cache).

`VarnishBanBackend.purge(url)` bans every object whose path starts with the
URL's path, on every host; deploy/varnish/default.vcl accepts BAN only from
the addresses of deploy/varnish/banners.vcl carrying the shared secret
(X-Ban-Secret: VARNISH_BAN_SECRET, the same in the site and in varnishd's
environment). Wagtail's own page signal handlers call it too (harmless: a
narrower ban).

`purge_keys(keys)` purges only the objects tagged with one of the keys (the
`xkey` header each cached response carries, see pagecache/keys.py) with a
PURGE carrying `X-Xkey-Purge` and the same secret. When the site remembers
where those objects are (pagecache/refresh.py, with Redis), it first fetches
them again through Varnish (`X-Refresh-Token`), then bans the others
(`X-Keep-Token`): visitors never wait for a page to render again."""

import logging
import re
import secrets
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.utils import get_backends

from . import refresh

logger = logging.getLogger(__name__)


class VarnishBanBackend(BaseBackend):
    def __init__(self, params):
        super().__init__(params)
        self.location = params["LOCATION"].rstrip("/")
        self.timeout = params.get("TIMEOUT", 2)
        self.secret = params.get("SECRET", "")

    def purge(self, url):
        path = urlsplit(url).path or "/"
        request = Request(
            f"{self.location}/",
            method="BAN",
            headers={"X-Ban-Url": "^" + re.escape(path), "X-Ban-Secret": self.secret},
        )
        try:
            with urlopen(request, timeout=self.timeout):
                pass
        except OSError:
            # Varnish unreachable: logged; its objects expire by s-maxage.
            logger.exception("Could not ban %s in Varnish", path)

    def purge_keys(self, keys):
        self._purge(
            {"X-Xkey-Purge": " ".join(sorted(keys))},
            f"Could not purge keys {sorted(keys)} in Varnish",
        )

    def refresh_then_ban(self, keys, addresses, regex):
        """Fetch the addresses again, then ban what carries the keys and was
        not fetched by this change."""
        token = secrets.token_hex(8)
        with ThreadPoolExecutor(REFRESH_WORKERS) as pool:
            list(pool.map(lambda address: self.refresh(address, token), addresses))
        self._purge(
            {"X-Xkey-Regex": regex, "X-Keep-Token": token},
            f"Could not ban keys {sorted(keys)} in Varnish",
        )

    def _purge(self, headers, failure):
        request = Request(
            f"{self.location}/",
            method="PURGE",
            headers={**headers, "X-Ban-Secret": self.secret},
        )
        try:
            with urlopen(request, timeout=self.timeout):
                pass
        except OSError:
            logger.exception(failure)

    def refresh(self, address, token):
        scheme, host, encoding, path = refresh.fields(address)
        headers = {
            "X-Forwarded-Proto": scheme,
            "X-Refresh-Token": token,
            "X-Ban-Secret": self.secret,
        }
        if host:
            headers["Host"] = host
        if encoding:
            headers["Accept-Encoding"] = encoding
        try:
            with urlopen(
                Request(f"{self.location}{path}", headers=headers),
                timeout=REFRESH_TIMEOUT,
            ) as response:
                response.read()
        except OSError:
            # Not refreshed: the ban that follows removes the old copy.
            logger.warning("Could not refresh %s in Varnish", path, exc_info=True)


# Parallel fetches while a save waits; two cores render them.
REFRESH_WORKERS = 4
REFRESH_TIMEOUT = 20


def purge_keys(keys):
    addresses = refresh.entries(keys)
    regex = refresh.ban_regex(keys) if addresses else None
    for backend in get_backends().values():
        if regex and hasattr(backend, "refresh_then_ban"):
            backend.refresh_then_ban(keys, addresses, regex)
        elif hasattr(backend, "purge_keys"):
            backend.purge_keys(keys)
        else:  # a backend without surrogate keys: everything
            backend.purge("/")


def ban_everything():
    for backend in get_backends().values():
        backend.purge("/")
