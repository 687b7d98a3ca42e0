"""The one settings module: every knob is a NESTLING_* environment variable (see the README)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    value = env(name)
    if not value:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


ENV = env("NESTLING_ENV", "development")
if ENV not in {"development", "production"}:
    raise ImproperlyConfigured("NESTLING_ENV must be 'development' or 'production'.")
PRODUCTION = ENV == "production"
DEBUG = env_bool("NESTLING_DEBUG", False)

DATA_DIR = Path(env("NESTLING_DATA_DIR") or Path.home() / ".local" / "share" / "nestling")


def _secret_key() -> str:
    key = env("NESTLING_SECRET_KEY")
    if key:
        return key
    if PRODUCTION:
        raise ImproperlyConfigured("NESTLING_SECRET_KEY must be set when NESTLING_ENV=production.")
    # Development: keep one generated key in the data directory so sessions survive restarts.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()

# --- Where Nestling is reached: one setting makes hosts, CSRF origins and proxy headers right.
BASE_URL = env("NESTLING_BASE_URL").rstrip("/")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
CSRF_TRUSTED_ORIGINS: list[str] = []
FORCE_SCRIPT_NAME: str | None = None
if BASE_URL:
    _url = urlsplit(BASE_URL)
    if _url.scheme not in {"http", "https"} or not _url.hostname:
        raise ImproperlyConfigured("NESTLING_BASE_URL must look like https://baby.example.org")
    ALLOWED_HOSTS = [_url.hostname]
    CSRF_TRUSTED_ORIGINS = [f"{_url.scheme}://{_url.netloc}"]
    if _url.path not in {"", "/"}:
        FORCE_SCRIPT_NAME = _url.path.rstrip("/")

# TLS is assumed in production unless the base URL says plain http (e.g. a LAN-only install).
TLS = BASE_URL.startswith("https://") or (PRODUCTION and not BASE_URL)
if TLS:
    # Behind a TLS-terminating proxy: trust its X-Forwarded-Proto and keep cookies secure.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(env("NESTLING_HSTS_SECONDS", "31536000"))
    SECURE_SSL_REDIRECT = env_bool("NESTLING_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# HSTS for subdomains or the preload list would bind the operator's whole domain to HTTPS;
# that is their decision, not one a family server should make for them.
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
ALLOWED_HOSTS += [h for h in env("NESTLING_ALLOWED_HOSTS").split(",") if h]
USE_X_FORWARDED_HOST = env_bool("NESTLING_USE_X_FORWARDED_HOST", False)


def _trusted_proxies() -> list[str]:
    """Addresses whose X-Forwarded-For is believed (see nestling/addresses.py). With a base URL
    and no list, a proxy on this machine; with neither, nobody: the header is then ignored."""
    import ipaddress

    raw = env("NESTLING_TRUSTED_PROXIES") or ("127.0.0.1,::1" if BASE_URL else "")
    found = [p.strip() for p in raw.split(",") if p.strip() and p.strip().lower() != "none"]
    for entry in found:
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError as exc:
            raise ImproperlyConfigured(
                f"NESTLING_TRUSTED_PROXIES: {entry!r} is not an address or network"
            ) from exc
    return found


TRUSTED_PROXIES = _trusted_proxies()

INSTALLED_APPS = [
    "nestling",  # first: its `changepassword` replaces Django's (our validators, stdin)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "nestling.store",
    "nestling.web",
]

MIDDLEWARE = [
    "nestling.web.middleware.RequestStateMiddleware",
    "nestling.web.middleware.RequestLogMiddleware",
    "nestling.web.limits.BodySizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "nestling.web.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "nestling.web.middleware.SessionActivityMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "nestling.web.middleware.TooManyAttemptsMiddleware",
]

ROOT_URLCONF = "nestling.urls"
WSGI_APPLICATION = "nestling.wsgi.application"
AUTH_USER_MODEL = "store.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "web" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nestling.web.context.site",
            ],
        },
    }
]

# --- Database: SQLite in the data directory unless DATABASE_URL points elsewhere.
DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    # Connections are kept for a minute, checked before reuse (a restarted PostgreSQL or a
    # dropped socket costs one retry, not a 500), and never cross a fork (see `serve`).
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    }
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "nestling.sqlite3"),
            "OPTIONS": {
                # Several gunicorn workers write at once: WAL lets readers go on while one writes,
                # IMMEDIATE takes the write lock up front (no upgrade deadlocks), and the timeout
                # makes a busy writer wait instead of failing. Foreign keys are on by default.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=NORMAL;"
                    "PRAGMA foreign_keys=ON;"
                    "PRAGMA busy_timeout=20000;"
                ),
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Wrong passwords for one account from one address before logging in pauses (the other
# limits are in nestling/domain/limits.py).
LOGIN_FAILURE_LIMIT = int(env("NESTLING_LOGIN_FAILURE_LIMIT", "5"))

# Two-step sign-in (django-otp): codes from an authenticator app, or single-use recovery codes.
# Guessing is limited by our own counters (domain/limits.py SECOND_STEP), per account, like
# every other secret; django-otp's per-device back-off would refuse a right code typed just
# after a typo, so it is off.
OTP_TOTP_ISSUER = "Nestling"
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
SECOND_STEP_SECONDS = 300  # how long the password step is remembered while the code is asked

# Sessions in `user_session` (store/session_store.py): listed under Settings, ended at once.
SESSION_ENGINE = "nestling.store.session_store"
SESSION_TOUCH_SECONDS = 300  # note a session's last use at most every 5 minutes
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30  # a month: parents should not log in again at 3 a.m.
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "nestling.web.views.errors.csrf_failure"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = (FORCE_SCRIPT_NAME or "") + "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files straight from the installed package: no collectstatic step for self-hosters.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_MAX_AGE = 3600

# --- Where `nestling serve` listens unless --host/--port say otherwise (a container sets both).
SERVE_HOST = env("NESTLING_HOST", "127.0.0.1")
_port = env("NESTLING_PORT", "8000")
if not (_port.isascii() and _port.isdigit()) or not 0 < int(_port) < 65536:
    raise ImproperlyConfigured("NESTLING_PORT must be a port number from 1 to 65535.")
SERVE_PORT = int(_port)

# --- Email, only for password reset links. Without NESTLING_EMAIL_HOST nothing is sent and the
# reset page says to ask the operator (`nestling changepassword USERNAME`).
EMAIL_HOST = env("NESTLING_EMAIL_HOST")
EMAIL_ENABLED = bool(EMAIL_HOST)
EMAIL_PORT = int(env("NESTLING_EMAIL_PORT", "587"))
EMAIL_HOST_USER = env("NESTLING_EMAIL_USER")
EMAIL_HOST_PASSWORD = env("NESTLING_EMAIL_PASSWORD")
EMAIL_USE_SSL = env_bool("NESTLING_EMAIL_SSL", False)
EMAIL_USE_TLS = env_bool("NESTLING_EMAIL_TLS", not EMAIL_USE_SSL)
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = env("NESTLING_EMAIL_FROM") or (
    f"Nestling <nestling@{urlsplit(BASE_URL).hostname}>" if BASE_URL else "nestling@localhost"
)
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_ENABLED
    else "django.core.mail.backends.dummy.EmailBackend"
)
PASSWORD_RESET_TIMEOUT = 60 * 60  # a reset link works for an hour, once

# --- Nestling's own knobs.
# The largest request body read (bytes); a larger one gets 413 before anything parses it.
MAX_BODY_BYTES = int(env("NESTLING_MAX_BODY_BYTES", str(1024 * 1024)))
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_BODY_BYTES
INVITATION_TTL_HOURS = int(env("NESTLING_INVITATION_TTL_HOURS", "72"))
ALLOW_SIGNUP = env_bool("NESTLING_ALLOW_SIGNUP", True)
TOKEN_TOUCH_SECONDS = 60  # record a token's last use at most once a minute: no write per request
# Crisis lines shown with screening results: the operator's own JSON file, or the packaged one.
CRISIS_RESOURCES = Path(
    env("NESTLING_CRISIS_RESOURCES") or BASE_DIR / "data" / "crisis_resources.json"
)

# --- Logs: one structured line per request and per error, on the console.
LOG_FORMAT = env("NESTLING_LOG_FORMAT", "json" if PRODUCTION else "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "nestling.logs.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env("NESTLING_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR", "propagate": True},
        "django.server": {"level": "WARNING", "propagate": True},
    },
}
