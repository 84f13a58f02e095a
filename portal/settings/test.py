"""Tests: in-memory SQLite unless DATABASE_URL says otherwise, fast hashing, temp media."""

import tempfile

from .base import *
from .environment import env_str

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEMO_LOGIN_ALLOWED = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="portal-test-media-"))
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
if not env_str("DATABASE_URL"):
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
