# Who may send BAN to Varnish (included by default.vcl): the app servers'
# addresses as Varnish sees them. Edit for your hosts (addresses or networks,
# e.g. "10.0.1.0"/24). Being listed is not enough: a BAN must also carry the
# shared secret (X-Ban-Secret = varnishd's VARNISH_BAN_SECRET environment
# variable = the site's VARNISH_BAN_SECRET), because behind a TLS proxy on
# the same host every visitor comes from 127.0.0.1.
acl banners {
    "127.0.0.1";
    "::1";
}
