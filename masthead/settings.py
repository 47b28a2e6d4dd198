"""Masthead's one settings module, configured by environment variables.

Every variable read here is documented in the README (a test keeps it so).
Defaults are the embedded, one-machine set-up; production-safe behaviour
(secure cookies, no debug pages, a required secret key) follows from
``DJANGO_DEBUG`` being off, which is the default.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("MASTHEAD_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


def cache_from_url(url: str) -> dict:
    """Turn ``CACHE_URL`` into a Django cache configuration.

    ``locmem://``, ``file:///path``, ``redis://host:port/db`` and ``dummy://``.
    """
    parts = urlsplit(url)
    options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    timeout = int(options.pop("timeout", 300))
    if parts.scheme == "locmem":
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": parts.netloc or "masthead",
            "TIMEOUT": timeout,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    if parts.scheme == "file":
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": parts.path,
            "TIMEOUT": timeout,
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    if parts.scheme in {"redis", "rediss"}:
        # Misses and drops writes while Redis is down (masthead.core.cache);
        # short socket timeouts so a hung Redis costs a request at most this.
        return {
            "BACKEND": "masthead.core.cache.ResilientRedisCache",
            "LOCATION": url.split("?", 1)[0],
            "TIMEOUT": timeout,
            "KEY_PREFIX": options.get("prefix", "masthead"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        }
    if parts.scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(f"CACHE_URL has an unknown scheme: {parts.scheme!r}")


# --- Core ------------------------------------------------------------------

DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for local development)."
        )
    SECRET_KEY = "insecure-development-key-never-use-in-production"

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]" if DEBUG else ""
)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "masthead.core",
    "masthead.members",
    "masthead.campaigns",
    "masthead.news",
    "masthead.feeds",
    "masthead.search",
    "masthead.api",
    "masthead.newsletters",
    "masthead.live",
    "masthead.editorial",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "anymail",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "csp",
]

MIDDLEWARE = [
    "masthead.core.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "masthead.core.security.ContentSecurityPolicyMiddleware",
    "masthead.core.security.PermissionsPolicyMiddleware",
    # Outside CommonMiddleware, so a refused Host's 400 is not frameable either.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "masthead.core.routing.SiteRoutingMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "masthead.editorial.audit.AuditContextMiddleware",
    "masthead.editorial.twofactor.RequireSecondFactorMiddleware",
    "masthead.core.admin_guards.SnippetChooserPermissionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a lockout into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "masthead.urls"
WSGI_APPLICATION = "masthead.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database --------------------------------------------------------------
# SQLite in WAL mode by default; PostgreSQL (or anything dj-database-url reads)
# through DATABASE_URL.

VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'masthead.sqlite3'}"),
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers run beside one writer; IMMEDIATE takes the write
        # lock at BEGIN so concurrent writers wait (busy timeout) instead of
        # failing half-way through a transaction with "database is locked".
        "init_command": (
            "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA foreign_keys=ON;"
        ),
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0 if DEBUG else 600
    # Tests use a file too, not memory: concurrency tests need SQLite's real
    # locking (WAL, busy timeout), which a shared in-memory database lacks.
    # One file per process, so two test runs on one machine never share it.
    DATABASES["default"]["TEST"] = {
        "NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache -----------------------------------------------------------------

CACHE_URL = os.environ.get("CACHE_URL", "locmem://")
# Whole pages for anonymous readers (masthead.core.pagecache). Every process
# must see the same entries and purges, so the default is the shared cache
# when CACHE_URL is one, else a file cache in the var folder.
_shared_cache = urlsplit(CACHE_URL).scheme in {"file", "redis", "rediss"}
PAGE_CACHE_URL = os.environ.get(
    "MASTHEAD_PAGE_CACHE_URL",
    CACHE_URL if _shared_cache else f"file://{VAR_DIR / 'cache' / 'pages'}",
)
CACHES = {
    "default": cache_from_url(CACHE_URL),
    "pages": cache_from_url(PAGE_CACHE_URL),
}
# Seconds a Redis cache found unreachable is left alone before the next try
# (masthead.core.cache): meanwhile reads miss and writes are dropped.
MASTHEAD_CACHE_RETRY_SECONDS = float(
    os.environ.get("MASTHEAD_CACHE_RETRY_SECONDS", "5")
)
# How long a page stays cached if nothing purges it; 0 turns the cache off.
MASTHEAD_PAGE_CACHE_SECONDS = int(os.environ.get("MASTHEAD_PAGE_CACHE_SECONDS", "600"))
# How long a front cache (deploy/nginx) may serve a page without asking
# Masthead again: purges reach readers through it within this time.
MASTHEAD_FRONT_CACHE_SECONDS = int(os.environ.get("MASTHEAD_FRONT_CACHE_SECONDS", "1"))

# --- Internationalisation --------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("uk", _("Ukrainian"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "Europe/Kyiv")
USE_I18N = True
USE_TZ = True

# --- Static and media files ------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", VAR_DIR / "static"))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_URL = os.environ.get("DJANGO_MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    # Uploads are written whole or not at all (no half file on a full disk).
    "default": {"BACKEND": "masthead.core.storage.AtomicFileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Media are served by Django only in the one-machine set-up; a proxy or
# object storage serves them once the newsroom grows.
MASTHEAD_SERVE_MEDIA = env_bool("MASTHEAD_SERVE_MEDIA", default=True)

# --- Email -----------------------------------------------------------------

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "newsroom@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Seconds a mail server may take to answer; a newsletter worker's lease
# (MASTHEAD_NEWSLETTER_LEASE_SECONDS) must be longer.
EMAIL_TIMEOUT = int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "30"))
# django-anymail (an ESP instead of SMTP): every ANYMAIL_<NAME> variable
# becomes ANYMAIL["<NAME>"], e.g. ANYMAIL_POSTMARK_SERVER_TOKEN,
# ANYMAIL_WEBHOOK_SECRET ("user:password" for the tracking webhooks).
ANYMAIL = {
    name.removeprefix("ANYMAIL_"): value
    for name, value in os.environ.items()
    if name.startswith("ANYMAIL_")
}

# --- Background tasks ------------------------------------------------------

# "database" (the default: tasks wait in the database for `manage.py
# worker`), "rq" (Redis, MASTHEAD_TASKS_REDIS_URL) or "immediate" (run in
# the request; development and tests only).
MASTHEAD_TASKS_BACKEND = os.environ.get("MASTHEAD_TASKS_BACKEND", "database")
MASTHEAD_TASKS_REDIS_URL = os.environ.get(
    "MASTHEAD_TASKS_REDIS_URL", "redis://127.0.0.1:6379/1"
)
TASKS = {
    "default": {
        "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
        "rq": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]},
        "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    }[MASTHEAD_TASKS_BACKEND]
}
# No job timeout: a newsletter delivery task runs as long as its send (rq's
# default would kill it after 180 s, mid-send).
RQ_QUEUES = {"default": {"URL": MASTHEAD_TASKS_REDIS_URL, "DEFAULT_TIMEOUT": -1}}
if MASTHEAD_TASKS_BACKEND == "rq":
    INSTALLED_APPS.append("django_rq")

# --- Newsletters -----------------------------------------------------------

# The sender address of newsletters (the name is each newsletter's own).
MASTHEAD_NEWSLETTER_FROM_EMAIL = os.environ.get("MASTHEAD_NEWSLETTER_FROM_EMAIL", "")
# Delivery tasks started per send (run them on as many worker processes).
MASTHEAD_NEWSLETTER_PARALLEL = int(os.environ.get("MASTHEAD_NEWSLETTER_PARALLEL", "2"))
# SMTP connections each delivery task keeps busy at once (threads).
MASTHEAD_NEWSLETTER_CONNECTIONS = int(
    os.environ.get("MASTHEAD_NEWSLETTER_CONNECTIONS", "4")
)
# Seconds a worker holds the recipients it claimed; a dead worker's claims
# go back to work after this long.
MASTHEAD_NEWSLETTER_LEASE_SECONDS = int(
    os.environ.get("MASTHEAD_NEWSLETTER_LEASE_SECONDS", "120")
)
MASTHEAD_NEWSLETTER_RATE_PER_IP = os.environ.get(
    "MASTHEAD_NEWSLETTER_RATE_PER_IP", "20/3600"
)
MASTHEAD_NEWSLETTER_RATE_PER_EMAIL = os.environ.get(
    "MASTHEAD_NEWSLETTER_RATE_PER_EMAIL", "3/900"
)

# --- Security --------------------------------------------------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=False)
# A site that redirects to HTTPS tells browsers to stay there for a year.
SECURE_HSTS_SECONDS = int(
    os.environ.get(
        "DJANGO_SECURE_HSTS_SECONDS", "31536000" if SECURE_SSL_REDIRECT else "0"
    )
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0 and env_bool("DJANGO_SECURE_HSTS_PRELOAD")
# security.W021 asks for the preload flag. Preloading is a commitment of the
# whole domain, its subdomains included, that browsers ship and that takes
# months to undo: a newsroom opts in (DJANGO_SECURE_HSTS_PRELOAD=1) knowingly,
# often on a domain it shares with other services. Without it, the check
# would only repeat that choice.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
if env_bool("DJANGO_BEHIND_TLS_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy (django-csp 4). Readers' pages run only the
# site's own scripts and styles: no inline code, nothing from third parties.
# Forms post to the site; Stripe's pages are reached by redirects after a
# POST, which browsers check against form-action too.
STRIPE_FORM_ORIGINS = ["https://checkout.stripe.com", "https://billing.stripe.com"]
_media_origin = "{0.scheme}://{0.netloc}".format(urlsplit(MEDIA_URL))
_media_sources = [_media_origin] if urlsplit(MEDIA_URL).netloc else []
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_media_sources],
        "media-src": ["'self'", *_media_sources],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'", *STRIPE_FORM_ORIGINS],
    }
}
# The Wagtail admin (and its previews of reader pages, shown in a frame of
# the admin) runs inline scripts and styles, so it has its own policy;
# masthead.core.security picks it for admin URLs.
MASTHEAD_ADMIN_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *_media_sources],
    "media-src": ["'self'", "blob:", *_media_sources],
    "font-src": ["'self'", "data:"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'self'"],
    "form-action": ["'self'"],
}
# Browser features no page of the site uses, off for every page.
MASTHEAD_PERMISSIONS_POLICY_OFF = [
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "serial",
    "bluetooth",
    "hid",
    "browsing-topics",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Loggers that quote request URLs, which may carry a token (a newsletter
# unsubscribe link, ?sesame=, ?key=): their records are redacted at the
# source (core.logfilters), before any handler sees them.
_URL_LOGGERS = [
    "django.request",
    "django.server",
    "django.security.csrf",
    "django.security.DisallowedHost",
    "django.security.SuspiciousOperation",
    "django.security.SuspiciousFileOperation",
    "django.security.RequestDataTooBig",
    "django.security.TooManyFieldsSent",
]
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "masthead.core.logfilters.RedactSecrets"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact"]}},
    "root": {
        "handlers": ["console"],
        "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO"),
    },
    "loggers": {
        # Every background task and page action logs at INFO; keep the console
        # for what needs attention.
        "django_tasks": {"level": "WARNING"},
        # django-axes reports every reset of a counter at INFO.
        "axes": {"level": "WARNING"},
        # django-sesame names the user of every token it checks, at DEBUG.
        "sesame": {"level": "INFO"},
        "wagtail": {"level": "WARNING"},
        # Stripe's library logs each API request and retry at INFO, with
        # Stripe's messages, which may quote what was sent (an address).
        "stripe": {"level": "WARNING"},
        **{name: {"filters": ["redact"]} for name in _URL_LOGGERS},
    },
}

# --- Members and payments --------------------------------------------------

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out username and IP before the password is read.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "sesame.backends.ModelBackend",
]
LOGIN_URL = "wagtailadmin_login"

# Admin sign-in: a password, then a code from an authenticator app
# (masthead.editorial.twofactor). Five wrong passwords for one account from
# one IP address lock that pair out for 15 minutes: a password-guesser
# elsewhere cannot lock out the editor, who still needs the second factor.
OTP_TOTP_ISSUER = os.environ.get("MASTHEAD_2FA_ISSUER", "Masthead")
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "editorial/locked_out.html"
# Failures and lockouts go to the audit log (no names or addresses in logs).
AXES_VERBOSE = False
# Magic links: single use, valid for MASTHEAD_LOGIN_LINK_MAX_AGE seconds.
SESAME_MAX_AGE = int(os.environ.get("MASTHEAD_LOGIN_LINK_MAX_AGE", "900"))
SESAME_ONE_TIME = True
# "N/S": at most N sign-in links per S seconds, per address and per IP.
MASTHEAD_LOGIN_RATE_PER_EMAIL = os.environ.get("MASTHEAD_LOGIN_RATE_PER_EMAIL", "3/900")
MASTHEAD_LOGIN_RATE_PER_IP = os.environ.get("MASTHEAD_LOGIN_RATE_PER_IP", "20/3600")
MASTHEAD_CURRENCY = os.environ.get("MASTHEAD_CURRENCY", "eur")
# Requests per key to the Content API: "N/S", N per S seconds.
MASTHEAD_API_RATE = os.environ.get("MASTHEAD_API_RATE", "600/60")
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
# Seconds a webhook signature stays valid (Stripe's own default).
STRIPE_WEBHOOK_TOLERANCE = int(os.environ.get("STRIPE_WEBHOOK_TOLERANCE", "300"))
STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "https://api.stripe.com")

# --- Wagtail ---------------------------------------------------------------

WAGTAIL_SITE_NAME = os.environ.get("MASTHEAD_SITE_NAME", "Masthead")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.NewsImage"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
# Documents go through Wagtail's view (privacy checks, then the headers of
# masthead.core.security.harden_download), never straight from storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
# No avatars from gravatar.com: the admin loads nothing from third parties.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The database backend (SQLite FTS5, PostgreSQL full text with English
# stemming) by default; a large archive points MASTHEAD_SEARCH_URL at
# Elasticsearch 8 or OpenSearch 2 (e.g. "opensearch2://search:9200").
_search_url = urlsplit(os.environ.get("MASTHEAD_SEARCH_URL", ""))
if _search_url.scheme in {"elasticsearch8", "opensearch2"}:
    _scheme = "https" if "tls" in parse_qs(_search_url.query) else "http"
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"wagtail.search.backends.{_search_url.scheme}",
            "URLS": [f"{_scheme}://{_search_url.netloc}"],
            "INDEX": _search_url.path.strip("/") or "masthead",
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.database",
            "SEARCH_CONFIG": "english",
        }
    }
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# --- Masthead --------------------------------------------------------------

# Reading speed behind every "N min read" on the site.
MASTHEAD_WORDS_PER_MINUTE = 230
# Stories per page of the news feed and of topic and author pages.
MASTHEAD_FEED_PAGE_SIZE = int(os.environ.get("MASTHEAD_FEED_PAGE_SIZE", "12"))
