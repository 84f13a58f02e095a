"""Local development: DEBUG on, a throwaway secret, demo login allowed."""

from .base import *
from .environment import env_bool, env_str

DEBUG = env_bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "dev-only-not-secret-change-me")
DEMO_LOGIN_ALLOWED = True
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
