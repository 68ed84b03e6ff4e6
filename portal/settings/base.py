"""Settings shared by every environment. Environment-specific files import * from here."""

import datetime
import os
from pathlib import Path

import dj_database_url
import django.conf.locale
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "portal",
    "participation",
    "forms_engine",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtailmedia",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "crispy_forms",
    "crispy_forms_gds",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, CSRF, authentication and routing: a cached anonymous page is served without any of them.
    "portal.page_cache.PageCacheMiddleware",
    # Before every middleware that may query the database: a database that is away gives a 503 page that keeps
    # the form's answers, never a 500 (portal/outage.py).
    "portal.outage.DatabaseOutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The request's Wagtail site and home page from this process's memory, per site version (portal/versioned.py).
    "portal.versioned.SiteMiddleware",
    # Before anything reads request.POST: a form body in another charset than UTF-8 is a 400 page.
    "portal.form_charset.FormCharsetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its 429 response (portal/admin_login.py).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# The embedded default is SQLite under var/; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A kept connection is checked before a request uses it, so the first request after a database restart
        # does not fail on a connection the server has closed.
        conn_health_checks=True,
    )
}
# SQLite serves the web server and the task worker at once (DESIGN §10): the write-ahead log lets readers go on
# while one writes; every transaction takes the write lock when it begins, so it waits its turn (up to the
# timeout) instead of failing half-way with "database is locked" when another process wrote in between.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
}
if DATABASES["default"].get("ENGINE") == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Finnish is the default and the source of translations. Adding a content language is a change here
# plus its translations (README, "Languages"); nothing else in the code lists languages. Each language is named in
# itself, as the language switcher shows it.
LANGUAGE_CODE = "fi"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
    ("se", "Davvisámegiella"),
    ("smn", "Anarâškielâ"),
    ("sms", "Nuõrttsääʹmǩiõll"),
]
# The admin's own languages: those its interface is translated into.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES[:3]
# Content languages whose pages are not all translated (yet): wagtail-localize keeps an alias of every Finnish page
# in them (its locale synchronisation, set up on `migrate` by portal/apps.py), and such a page shows the Finnish
# content marked lang="fi" with a notice until a translator translates it (portal/localization.py). Their
# interface strings not yet translated are Finnish: Django's gettext falls back to LANGUAGE_CODE's catalog.
PORTAL_FALLBACK_LANGUAGES = ["se", "smn", "sms"]
# Languages Django does not know: their names (Django's `get_language_info`, the admin's locale names) and text
# direction. Django reads them from django.conf.locale.LANG_INFO, which is extended here.
EXTRA_LANG_INFO = {
    "se": {"bidi": False, "code": "se", "name": "Northern Sami", "name_local": "davvisámegiella"},
    "smn": {"bidi": False, "code": "smn", "name": "Inari Sami", "name_local": "anarâškielâ"},
    "sms": {"bidi": False, "code": "sms", "name": "Skolt Sami", "name_local": "nuõrttsääʹmǩiõll"},
}
django.conf.locale.LANG_INFO.update(EXTRA_LANG_INFO)
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "portal" / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
# Files served at the site's root by WhiteNoise before Django sees the request: favicon.ico (robots.txt is a view,
# as its sitemap address names the host).
WHITENOISE_ROOT = BASE_DIR / "portal" / "public"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# Files residents send with forms (forms_engine/attachments.py): a folder the web server never serves, outside
# MEDIA_ROOT; a coordinator opens them through the inbox. Readable by the site's user only.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "attachments": {
        "BACKEND": "forms_engine.attachments.PrivateStorage",
        "OPTIONS": {
            "location": PRIVATE_MEDIA_ROOT,
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    },
}
# The largest file a form's file field may take, in megabytes (each field sets its own maximum up to this). A file
# sent to a page is written to disk only up to this size (forms_engine.attachments.CappedUploadHandler).
FORMS_ATTACHMENT_MAX_MB = int(os.environ.get("FORMS_ATTACHMENT_MAX_MB", "100"))
FILE_UPLOAD_HANDLERS = [
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "forms_engine.attachments.CappedUploadHandler",
]

# The register of experts by experience (participation.models.register): a profile is erased this many days after
# its end date, by the same nightly run that erases expired submissions.
REGISTER_RETENTION_DAYS = int(os.environ.get("REGISTER_RETENTION_DAYS", "365"))
# The register's languages (participation.models.RegisterLanguage, ISO 639-2) that the site is written in, with the
# site's code of each: a person is written to in the first of these they speak, else in LANGUAGE_CODE; agreements
# are sent in these.
REGISTER_SITE_LANGUAGES = {"fin": "fi", "swe": "sv", "eng": "en"}
# Fee and travel claims (participation/register/claims.py): the kilometre allowance paid for driving one's own car,
# in euros per kilometre. The default is the Finnish Tax Administration's tax-free maximum for 2026 (0,55 €/km);
# set the year's rate, or the lower rate the organisation pays, each January.
CLAIM_KM_RATE = os.environ.get("CLAIM_KM_RATE", "0.55")
# An accepted agreement (participation.models.agreements) is reminded of to the person and the register's
# coordinators this many days before it ends, once.
AGREEMENT_REMINDER_DAYS = int(os.environ.get("AGREEMENT_REMINDER_DAYS", "30"))
# The fonts of an agreement's PDF (Debian's fonts-dejavu-core): every Finnish, Swedish and Sámi letter.
AGREEMENT_PDF_FONT = os.environ.get("AGREEMENT_PDF_FONT", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
AGREEMENT_PDF_BOLD_FONT = os.environ.get(
    "AGREEMENT_PDF_BOLD_FONT", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
)

# Mail: SMTP when EMAIL_HOST is set, otherwise messages are written as files under var/mail/.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "osallistu@example.fi")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "").lower() in {"1", "true", "yes"}
    EMAIL_TIMEOUT = 10
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
# An email (or task) a worker has had for longer than this was left by a worker that died: it is sent again.
FORMS_EMAIL_SEND_LEASE_SECONDS = int(os.environ.get("FORMS_EMAIL_SEND_LEASE_SECONDS", "600"))

if os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "portal.redis_cache.PortalRedisCache", "LOCATION": os.environ["REDIS_URL"]}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Rendered fragments shared by many requests (a listing's cards), kept in each process's memory: their keys carry
# the site version (portal.versioned), so a change is seen at once; the timeout bounds what depends on the clock
# (an open call closing), as the page cache's does.
FRAGMENT_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "fragments",
    "TIMEOUT": 300,
    "OPTIONS": {"MAX_ENTRIES": 2000},
}
CACHES["fragments"] = FRAGMENT_CACHE

# Background tasks (form emails with retries, Wagtail's own) are rows in the database, run by
# `manage.py db_worker`; `make run` starts one beside the development server.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Forms (forms_engine): spam limits and email retries.
FORMS_MIN_FILL_SECONDS = int(os.environ.get("FORMS_MIN_FILL_SECONDS", "3"))
FORMS_RATE_LIMIT = (int(os.environ.get("FORMS_RATE_LIMIT", "10")), 10 * 60)
# How long a form shown stays sendable (its single-use token), and its receipt's address valid, in seconds.
FORMS_TOKEN_MAX_AGE = 24 * 60 * 60
# The anonymous full-page cache (portal/page_cache.py): how long a rendered page is kept (0, or the environment's
# PAGE_CACHE=off, turns the cache and its headers off), and what browsers and proxies are told.
PAGE_CACHE_SECONDS = (
    0
    if os.environ.get("PAGE_CACHE", "").lower() in {"off", "0", "false", "no"}
    else int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
)
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("PAGE_CACHE_STALE_WHILE_REVALIDATE", "300"))
# Views never cached although anonymous: every search is logged for the search statistics.
PAGE_CACHE_SKIP_URL_NAMES = ["search"]
# A caching proxy in front (Varnish): Wagtail sends it a PURGE of a page's addresses when the page is published or
# unpublished (README, "The page cache").
if os.environ.get("FRONTEND_CACHE_URL"):
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }
# Browser features no page uses (portal/headers.py).
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

# Open data (portal/api.py): Wagtail's pages API at /api/v2/pages/, for anonymous clients at most this many requests
# per client address ("60/minute", "1000/hour"), and at most WAGTAILAPI_LIMIT_MAX pages a response.
OPEN_DATA_API_RATE = os.environ.get("OPEN_DATA_API_RATE", "60/minute")
WAGTAILAPI_LIMIT_MAX = 50

WAGTAIL_SITE_NAME = "Osallistu ja vaikuta"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Page slugs of a–z, 0–9 and hyphens ("vertaisryhma-ahtarissa"): the admin's slug field transliterates as editors
# type; portal/slugs.py does the same on the server and gives translations a slug of their own.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Wagtail's database search backend with the portal's speed fixes (search/backends); production settings switch
# to Elasticsearch when ELASTICSEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
WAGTAILDOCS_EXTENSIONS = [
    "csv", "docx", "key", "odp", "ods", "odt", "pdf", "pptx", "rtf", "txt", "vtt", "xlsx", "zip",
]  # fmt: skip
# Video and audio (wagtailmedia) in formats browsers play natively; captions are WebVTT documents (portal/blocks.py).
WAGTAILMEDIA = {
    "AUDIO_EXTENSIONS": ["mp3", "m4a", "ogg", "oga", "opus", "wav"],
    "VIDEO_EXTENSIONS": ["mp4", "m4v", "webm", "ogv"],
}
WAGTAILLOCALIZE_JQUERY_WIDGET = False

CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"
# Every text-like input looks like a GOV.UK input, also email, phone (TextInput), number, web address and date.
CRISPY_CLASS_CONVERTERS = {
    "numberinput": "govuk-input",
    "urlinput": "govuk-input",
    "dateinput": "govuk-input",
    "selectmultiple": "govuk-select",
}

# Content security policy for the public site: nothing is loaded from third parties.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "data:"],
        "script-src": [SELF],
        "style-src": [SELF],
        "font-src": [SELF],
        # Video, audio and their caption tracks come from the site itself (portal/blocks.py).
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

PORTAL_LANGUAGE_NAMES = {
    "fi": _("Finnish"),
    "sv": _("Swedish"),
    "en": _("English"),
    "se": _("Northern Sámi"),
    "smn": _("Inari Sámi"),
    "sms": _("Skolt Sámi"),
}

WAGTAILADMIN_USER_LOGIN_FORM = "portal.admin_login.AdminLoginForm"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "portal.admin_login.QueuedPasswordResetForm"

# Sign-in lockout (django-axes, see portal/admin_login.py): 5 failed attempts lock out that username, and
# separately that client address, for 15 minutes after the latest failure. A successful sign-in clears nothing, so
# signing in to another account between guesses does not help. `manage.py axes_reset_username <name>` and
# `axes_reset_ip <address>` unlock early. Successful sign-ins are not logged.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = False
AXES_CLIENT_IP_CALLABLE = "portal.client.client_address"
AXES_LOCKOUT_CALLABLE = "portal.admin_login.lockout_response"
AXES_DISABLE_ACCESS_LOG = True
# How many reverse proxies in front of the site append to X-Forwarded-For (0: use the connection's address).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
