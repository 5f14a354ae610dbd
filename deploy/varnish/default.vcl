# Varnish 7 in front of the app servers. It caches only what the site marks
# shareable (Cache-Control with s-maxage, no cookie set) and is emptied by the
# site itself on every change (BAN from pagecache.varnish.VarnishBanBackend).
vcl 4.1;

# The app servers; a director (round robin) for several of them.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may ban: the app servers only.
acl banners {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "BAN") {
        if (client.ip !~ banners) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.X-Ban-Url) {
            return (synth(400, "X-Ban-Url required"));
        }
        # Lurker-friendly: matched on a copy of the URL kept on each object.
        ban("obj.http.X-Url ~ " + req.http.X-Ban-Url);
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Never shared: the admin, documents, the health check and search.
    if (req.url ~ "^/(admin|documents|health)(/|$)" ||
        req.url ~ "^/(fr|en)/(recherche|search)/") {
        return (pass);
    }
    # Staff (session) and visitors just after a submission see their own pages.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Public pages do not depend on other cookies (CSRF, language).
    unset req.http.Cookie;
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    return (hash);
}

sub vcl_backend_response {
    set beresp.http.X-Url = bereq.url;
    if (beresp.http.Set-Cookie ||
        beresp.http.Cache-Control !~ "s-maxage" ||
        beresp.http.Cache-Control ~ "private|no-store|no-cache") {
        # Not shareable: remember that for a while (hit-for-miss), store nothing.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # The site invalidates by BAN; s-maxage bounds how long anything is kept.
    set beresp.grace = 0s;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
