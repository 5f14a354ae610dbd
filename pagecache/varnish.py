"""Varnish in front: one BAN empties it, through the backends configured in
WAGTAILFRONTENDCACHE (wagtail.contrib.frontend_cache).

`VarnishBanBackend.purge(url)` bans every object whose path starts with the
URL's path, on every host; deploy/varnish/default.vcl accepts BAN only from
the addresses of deploy/varnish/banners.vcl carrying the shared secret
(X-Ban-Secret: VARNISH_BAN_SECRET, the same in the site and in varnishd's
environment). Wagtail's own page signal handlers call it too (harmless: a
narrower ban)."""

import logging
import re
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.utils import get_backends

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


def ban_everything():
    for backend in get_backends().values():
        backend.purge("/")
