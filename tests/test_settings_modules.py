"""Production settings refuse to start without secrets and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {"DJANGO_SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


PRODUCTION = {"DJANGO_SETTINGS_MODULE": "portal.settings.production"}
GOOD_SECRET = "a-long-random-production-secret-" + "x7Qp2Lm9" * 4


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", ALLOWED_HOSTS="portal.example", **PRODUCTION)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", DJANGO_SECRET_KEY=GOOD_SECRET, **PRODUCTION)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_passes_the_deployment_checks(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="portal.example,www.portal.example",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_are_safe_by_default(monkeypatch):
    monkeypatch.setenv("DJANGO_SECRET_KEY", GOOD_SECRET)
    monkeypatch.setenv("ALLOWED_HOSTS", "portal.example")
    import importlib

    import portal.settings.production as production

    production = importlib.reload(production)
    assert production.DEBUG is False
    assert production.DEMO_LOGIN_ALLOWED is False
    assert production.ALLOWED_HOSTS == ["portal.example"]
    assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE


@pytest.mark.parametrize(
    ("variable", "value", "expected_engine"),
    [
        (
            "DATABASE_URL",
            "postgres://user:pass@db.internal:5432/portal",
            "django.db.backends.postgresql",
        ),
        (
            "REDIS_URL",
            "redis://cache.internal:6379/0",
            "django.core.cache.backends.redis.RedisCache",
        ),
        (
            "ELASTICSEARCH_URL",
            "http://search.internal:9200",
            "wagtail.search.backends.elasticsearch8",
        ),
    ],
)
def test_environment_switches_to_production_engines(monkeypatch, variable, value, expected_engine):
    monkeypatch.setenv(variable, value)
    import importlib

    import portal.settings.base as base

    base = importlib.reload(base)
    engines = {
        "DATABASE_URL": base.DATABASES["default"]["ENGINE"],
        "REDIS_URL": base.CACHES["default"]["BACKEND"],
        "ELASTICSEARCH_URL": base.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    }
    assert engines[variable] == expected_engine


def test_embedded_defaults_need_no_server(monkeypatch):
    for variable in ["DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL", "AWS_STORAGE_BUCKET_NAME"]:
        monkeypatch.delenv(variable, raising=False)
    import importlib

    import portal.settings.base as base

    base = importlib.reload(base)
    assert base.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert base.CACHES["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert base.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "wagtail.search.backends.database"
    assert base.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_empty_variables_fall_back_to_the_embedded_defaults(monkeypatch):
    for variable in ["DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL", "AWS_STORAGE_BUCKET_NAME"]:
        monkeypatch.setenv(variable, "")
    import importlib

    import portal.settings.base as base

    base = importlib.reload(base)
    assert base.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert base.CACHES["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
