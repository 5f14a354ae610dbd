# Varnish 7 in front of the app servers. It caches only what the site marks
# shareable (Cache-Control with s-maxage, no cookie set). The site purges what
# a change touches by surrogate key (PURGE with X-Xkey-Purge; each response
# carries its keys in an `xkey` header), or first fetches those responses
# again (X-Refresh-Token) and then bans the rest (PURGE with X-Keep-Token),
# or, for changes of unknown reach, bans everything (BAN), from
# pagecache.varnish.VarnishBanBackend.
vcl 4.1;

import std;
import xkey;

# The app servers; a director (round robin) for several of them.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may ban: the addresses in banners.vcl (beside this file), and only with
# the shared secret of varnishd's environment (VARNISH_BAN_SECRET; no secret
# set: nobody may ban).
include "./banners.vcl";

# Query parameters the site reads (programme and agenda filters, pagination);
# every other one (utm_*, random strings) is dropped before the cache key and
# the backend, as pagecache.middleware.KNOWN_PARAMETERS does in the site.

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ banners ||
            std.getenv("VARNISH_BAN_SECRET") == "" ||
            req.http.X-Ban-Secret != std.getenv("VARNISH_BAN_SECRET")) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.X-Keep-Token && req.http.X-Xkey-Regex) {
            # After a refresh (pagecache/refresh.py): every object showing one
            # of the keys but the copies just fetched with this token.
            ban("obj.http.xkey ~ " + req.http.X-Xkey-Regex +
                " && obj.http.X-Refresh-Token != " + req.http.X-Keep-Token);
            return (synth(200, "Banned"));
        }
        if (!req.http.X-Xkey-Purge) {
            return (synth(400, "X-Xkey-Purge required"));
        }
        set req.http.X-Purged = xkey.purge(req.http.X-Xkey-Purge);
        return (synth(200, "Purged " + req.http.X-Purged));
    }
    if (req.method == "BAN") {
        if (client.ip !~ banners ||
            std.getenv("VARNISH_BAN_SECRET") == "" ||
            req.http.X-Ban-Secret != std.getenv("VARNISH_BAN_SECRET")) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.X-Ban-Url) {
            return (synth(400, "X-Ban-Url required"));
        }
        # Lurker-friendly: matched on a copy of the URL kept on each object.
        ban("obj.http.X-Url ~ " + req.http.X-Ban-Url);
        return (synth(200, "Banned"));
    }
    # A refresh from the site (with the secret): fetch a new copy and store
    # it, while other visitors keep getting the current one. From anybody
    # else the header means nothing.
    if (req.http.X-Refresh-Token) {
        if (client.ip ~ banners &&
            std.getenv("VARNISH_BAN_SECRET") != "" &&
            req.http.X-Ban-Secret == std.getenv("VARNISH_BAN_SECRET")) {
            set req.hash_always_miss = true;
        } else {
            unset req.http.X-Refresh-Token;
        }
    }
    unset req.http.X-Ban-Secret;
    # The scheme is part of the cache key (vcl_hash): pages carry absolute
    # URLs (canonical, Open Graph). Only "https" from the TLS proxy counts.
    if (req.http.X-Forwarded-Proto != "https") {
        set req.http.X-Forwarded-Proto = "http";
    }
    # Documents are served only by Wagtail's document view (/documents/<id>/),
    # which checks collection privacy; never as files under /media/.
    if (req.url ~ "(?i)^/media/" &&
        (req.url ~ "(?i)(/|%2f)(d|%64)(o|%6f)(c|%63)(u|%75)(m|%6d)(e|%65)(n|%6e)(t|%74)(s|%73)(/|%2f)" ||
         req.url ~ "(?i)(\.\.|%2e)")) {
        return (synth(404, "Not Found"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Never shared: the admin, documents and the health check. Search
    # results are cached like pages (keyed by every searchable table).
    if (req.url ~ "^/(admin|documents|health)(/|$)") {
        return (pass);
    }
    # The root redirects by the language cookie and Accept-Language (to /fr/
    # or /en/): decided by the site for each visitor, never shared.
    if (req.url ~ "^/(\?.*)?$") {
        return (pass);
    }
    # Staff (session) and visitors just after a submission see their own pages.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Public pages do not depend on other cookies (CSRF, language).
    unset req.http.Cookie;
    # Unknown query parameters are ignored: they would make a new entry each.
    if (req.url ~ "\?") {
        set req.url = regsuball(req.url,
            "(?<=[?&])(?!(day|format|theme|language|q|ids|country|organiser_type|mode|page|kind|initial|sort)=)[^&]*(&|$)",
            "");
        set req.url = regsub(req.url, "[?&]+$", "");
        set req.url = std.querysort(req.url);
    }
    # Not per language (outside /fr/ and /en/): one object, whatever the
    # visitor's Accept-Language (the site still sends Vary: Accept-Language).
    if (req.url ~ "^/(sitemap\.xml|robots\.txt)$") {
        unset req.http.Accept-Language;
    }
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.http.X-Forwarded-Proto);
    # Then the built-in key: URL and host.
}

sub vcl_backend_response {
    set beresp.http.X-Url = bereq.url;
    # s-maxage=0: something it shows changed while it rendered (pagecache);
    # hit-for-miss, not a zero-TTL object that would serialise the waiters.
    if (beresp.http.Set-Cookie ||
        beresp.http.Cache-Control !~ "s-maxage" ||
        beresp.http.Cache-Control ~ "s-maxage=0(,|$)" ||
        beresp.http.Cache-Control ~ "private|no-store|no-cache") {
        # Not shareable: remember that for a while (hit-for-miss), store nothing.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # The site invalidates by BAN; s-maxage bounds how long anything is kept.
    set beresp.grace = 0s;
    # Which refresh stored this copy ("-": a visitor's request), for the ban
    # that follows a refresh.
    if (bereq.http.X-Refresh-Token) {
        set beresp.http.X-Refresh-Token = bereq.http.X-Refresh-Token;
    } else {
        set beresp.http.X-Refresh-Token = "-";
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Url;
    unset resp.http.X-Refresh-Token;
    # The keys are for Varnish; visitors need not download them.
    unset resp.http.xkey;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
