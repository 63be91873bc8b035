"""Production settings: what gunicorn and the Celery worker run with."""
import os

from .base import *  # noqa: F403

DEBUG = False

# Django's own Redis backend needs the `redis` client library installed.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "mysite",
    }
}

SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = os.environ.get("CSRF_TRUSTED_ORIGINS", "https://example.com").split(",")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]

SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
