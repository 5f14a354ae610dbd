"""Settings shared by every environment. Values that vary live in dev/production."""

import os
from pathlib import Path

import dj_database_url
import dsfr
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "access",  # first: its admin guards answer before any other app's URLs
    "home",
    "presentation",
    "programme",
    "search",
    "glossary",
    "participation",
    "news",
    "pagecache",
    "translations",
    "maintenance",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "django_countries",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Serves anonymous visitors' pages from the cache before anything else runs;
    # stores what the layers below produced, compressed by GZip.
    "pagecache.middleware.PageCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    # French typography on French pages, before GZip and the page cache.
    "site_config.typography.FrenchTypographyMiddleware",
    "site_config.request_memo.RequestMemoMiddleware",
    # Outside everything that may answer, so every page carries the policy.
    "site_config.security.CSPMiddleware",
    # A database outage answers the static 503 page, not a traceback.
    "site_config.faults.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common: picks the language from the URL prefix
    # and redirects "/" by Accept-Language (site_config.languages).
    "site_config.languages.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The summit's phase: an editor's "as of" preview; pages cached no longer
    # than the next date of the calendar.
    "home.calendar.AsOfMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "site_config.fallback.SourcePageFallbackMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its 429 answer.
    "axes.middleware.AxesMiddleware",
]

# Admin login throttling (django-axes): after AXES_FAILURE_LIMIT failed
# logins from one address, that address may not log in for AXES_COOLOFF_TIME
# hours, whatever the username (docs/decisions.md). The address is the
# visitor's behind trusted proxies, as for the forms' rate limit.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 10))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_CLIENT_IP_CALLABLE = "participation.guards.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no log of successful logins (personal data)

ROOT_URLCONF = "site_config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.summit",
            ],
        },
    },
]

WSGI_APPLICATION = "site_config.wsgi.application"

# SQLite needs nothing; DATABASE_URL switches to PostgreSQL (or another SQLite file).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        # A kept connection that died with the database is replaced at the next
        # request instead of failing it: the site recovers on its own.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several workers writing one file: WAL lets reads go on during a write;
    # IMMEDIATE takes the write lock at BEGIN, so a transaction that read first
    # waits (busy_timeout) instead of failing with "database is locked".
    # https://docs.djangoproject.com/en/5.2/ref/databases/#sqlite-transaction-behavior
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE",
        init_command=(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA busy_timeout=5000"
        ),
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation." + name}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Internationalisation: French is the source language, English its translation.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates written as OGP writes them (site_config/formats/en/formats.py).
FORMAT_MODULE_PATH = ["site_config.formats"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

# "Translate this page" must not publish an English page full of French strings:
# translations start as drafts and go live when a translator publishes them.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation is offered in the translation editor only when a DeepL
# key is set; nothing depends on it.
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
# The DSFR's built files, served under /static/dsfr/dist/ (core/, component/,
# fonts/, icons/...): the templates link only the parts the site uses.
DSFR_DIST = Path(dsfr.__file__).resolve().parent / "static" / "dsfr" / "dist"
STATICFILES_DIRS = [PROJECT_DIR / "static", ("dsfr/dist", DSFR_DIST)]
# Both overridable so that a server (or a test) can put them on another volume.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex pages exceed Django's default of 1,000 fields in the page editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Form bodies (files excluded): a long page editor post stays far below this.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 20

# Redis when REDIS_URL is set (shared by every app server); a Redis outage only
# slows pages down: IGNORE_EXCEPTIONS turns failed cache calls into misses
# (silently: /health/ reports the cache as failing and logs it once per probe).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "ogp2016"),
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    CACHES["fragments"] = {
        **CACHES["default"],
        "KEY_PREFIX": CACHES["default"]["KEY_PREFIX"] + ":fragments",
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "fragments": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "fragments",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
    }
# "fragments": parts of responses kept under a hash of what they show (the
# programme's iCalendar events), apart from the default cache so that their
# thousands of entries never push out Wagtail's or the page cache's.

# Cookies out of reach of scripts and of cross-site requests (Secure is set in
# production, which is served over HTTPS).
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True  # Wagtail and Localize read the token from the page
LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = LANGUAGE_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp), in every environment so that browser
# tests meet the production policy. Public pages: own scripts and styles only,
# no inline code (a template that needs an inline script gives it
# nonce="{{ request.csp_nonce }}"; the nonce only appears when used).
# Both policies send violations to /csp-report/ (site_config.csp_report logs
# one warning per report on "site_config.csp"): report-uri for every browser,
# report-to with the Reporting-Endpoints header below (added by
# site_config.security) for those that know it.
REPORTING_ENDPOINTS = {"csp-endpoint": "/csp-report/"}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "report-uri": [REPORTING_ENDPOINTS["csp-endpoint"]],
        "report-to": ["csp-endpoint"],
    }
}
# The Wagtail admin (and the Localize editor inside it) uses inline scripts and
# styles and previews pages in a frame: site_config.security applies this one
# under /admin/.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "object-src": [NONE],
        "frame-ancestors": [SELF],
        "base-uri": [SELF],
        "form-action": [SELF],
        "report-uri": [REPORTING_ENDPOINTS["csp-endpoint"]],
        "report-to": ["csp-endpoint"],
    }
}

WAGTAIL_SITE_NAME = _("OGP Global Summit 2016")
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Nothing third-party at run time, in the admin either: no avatars from
# gravatar.com, no new-release check against wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Public participation (participation app): how long the forms accept a page
# load, how fast a human can fill one, how many submissions one address may
# send, and how long submitters' personal data is kept.
PARTICIPATION_FORM_MAX_AGE = 24 * 3600  # seconds
PARTICIPATION_MIN_FILL_SECONDS = 3
PARTICIPATION_RATE_LIMIT = (5, 3600)  # submissions per address per window
# Proxies whose X-Forwarded-For is believed (addresses or networks, comma
# separated): Varnish and the TLS terminator; the rate limit counts per visitor
# behind them (participation.guards.client_address).
TRUSTED_PROXIES = [
    entry.strip()
    for entry in os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1").split(",")
    if entry.strip()
]
PARTICIPATION_RETENTION_DAYS = int(os.environ.get("PARTICIPATION_RETENTION_DAYS", 365))
# Who hears of new submissions; empty = the Communication group's members.
PARTICIPATION_NOTIFY_EMAILS = [
    address.strip()
    for address in os.environ.get("PARTICIPATION_NOTIFY_EMAILS", "").split(",")
    if address.strip()
]
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Sommet PGO 2016 <noreply@ogpsummit2016.fr>"
)

# Whole-page cache for anonymous visitors (pagecache app): how long a page is
# kept when nothing changes; any change to public content empties it at once.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 3600))
PAGE_CACHE_GENERATION_FILE = os.environ.get(
    "PAGE_CACHE_GENERATION_FILE", str(BASE_DIR / "var" / "page-cache-generation")
)
# "keys": a change purges only what shows it (pagecache/keys.py); "global":
# any change empties everything (kept to compare, see benchmarks/summit_day.py).
PAGE_CACHE_PURGE = os.environ.get("PAGE_CACHE_PURGE", "keys")
# With Redis and Varnish, a change first fetches again what it purges, then
# bans the rest, so visitors never wait for a render (pagecache/refresh.py);
# PAGE_CACHE_REFRESH=0 purges only (kept to compare).
PAGE_CACHE_REFRESH = os.environ.get("PAGE_CACHE_REFRESH", "1") != "0"
# Varnish in front (deploy/varnish/default.vcl): purged by key, or banned.
if os.environ.get("VARNISH_URL"):
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "pagecache.varnish.VarnishBanBackend",
            "LOCATION": os.environ["VARNISH_URL"],
            # Varnish refuses a BAN without it (deploy/varnish/default.vcl).
            "SECRET": os.environ.get("VARNISH_BAN_SECRET", ""),
        }
    }
# The benchmark's reference view (site_config/reference.py); never in production.
BENCHMARK_ENDPOINTS = os.environ.get("BENCHMARK_ENDPOINTS") == "1"
