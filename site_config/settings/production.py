"""Production: every secret and host comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from site_config.storage import media_origin, media_storage

from .base import *  # noqa: F403


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} is required in production."
        )
    return value


DEBUG = False
SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in required_env("ALLOWED_HOSTS").split(",")]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o
]
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}"
)

STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "whitenoise.storage.CompressedManifestStaticFilesStorage"
)
# Media: local files under MEDIA_ROOT (a volume shared by the app servers), or
# an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set (docs/deploy.md).
STORAGES["default"] = media_storage(os.environ)  # noqa: F405
if MEDIA_ORIGIN := media_origin(STORAGES["default"]):  # noqa: F405
    # Pages show images (and the admin its previews) from the bucket or CDN.
    for policy in (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN):  # noqa: F405
        policy["DIRECTIVES"]["img-src"].append(MEDIA_ORIGIN)
    # Wagtail would redirect document links to the bucket, bypassing collection
    # privacy and the download headers; keep serving them through Django.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
# Who the site's mails come from (acknowledgements, decisions) and who error
# reports come from: required, or mails would leave as webmaster@localhost /
# root@localhost and be refused or marked as spam.
DEFAULT_FROM_EMAIL = required_env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = required_env("SERVER_EMAIL")

# Varnish refuses a BAN without the shared secret: without it, nothing would
# ever be purged.
if os.environ.get("VARNISH_URL"):
    required_env("VARNISH_BAN_SECRET")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
# Load balancers probe app servers over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
