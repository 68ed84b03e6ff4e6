"""The production server's config (portal/gunicorn.py) and the WSGI entry point it loads (portal/wsgi.py)."""

import os
import runpy
import secrets
import subprocess
import sys
import types
from pathlib import Path

import pytest
from gunicorn.config import Config

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ENVIRONMENT = [
    "WEB_CONCURRENCY",
    "BIND",
    "PORT",
    "GUNICORN_TIMEOUT",
    "GUNICORN_GRACEFUL_TIMEOUT",
    "GUNICORN_KEEPALIVE",
    "GUNICORN_MAX_REQUESTS",
    "GUNICORN_MAX_REQUESTS_JITTER",
]


def load_config(monkeypatch, **env):
    """The config module's settings as gunicorn reads them; an unknown name or a bad value raises."""
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    namespace = runpy.run_module("portal.gunicorn")
    config = Config()
    for name, value in namespace.items():
        if not name.startswith("_") and not isinstance(value, types.ModuleType):
            # gunicorn's own loader skips names it does not know: a misspelt setting would be silently ignored.
            config.set(name, value)
    return config


def test_defaults_preload_the_app_and_size_the_workers_from_the_cpus(monkeypatch):
    config = load_config(monkeypatch)

    assert config.preload_app is True
    assert config.workers == 2 * len(os.sched_getaffinity(0)) + 1
    assert config.bind == ["127.0.0.1:8000"]
    assert config.accesslog == "-"
    assert config.timeout == 60
    assert config.graceful_timeout == 30
    assert config.keepalive == 5
    assert config.max_requests == 20000
    assert 0 < config.max_requests_jitter < config.max_requests


def test_the_environment_sets_workers_port_and_timeouts(monkeypatch):
    config = load_config(
        monkeypatch, WEB_CONCURRENCY="3", PORT="9000", GUNICORN_TIMEOUT="120", GUNICORN_MAX_REQUESTS="0"
    )

    assert config.workers == 3
    assert config.bind == ["127.0.0.1:9000"]
    assert config.timeout == 120
    assert config.max_requests == 0


def test_bind_wins_over_port_and_takes_several_addresses(monkeypatch):
    config = load_config(monkeypatch, PORT="9000", BIND="0.0.0.0:8080, unix:/run/osallistu/web.sock")

    assert config.bind == ["0.0.0.0:8080", "unix:/run/osallistu/web.sock"]


def test_a_number_that_is_not_one_stops_the_server_from_starting(monkeypatch):
    with pytest.raises(ValueError):
        load_config(monkeypatch, WEB_CONCURRENCY="many")


def test_gunicorn_loads_the_application_with_the_search_analysers_warm(tmp_path):
    """`--check-config` loads the config and the application as the master does before it forks (preload)."""
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_SETTINGS_MODULE", *ENVIRONMENT}}
    env.update(
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="osallistu.example.fi",
        DATABASE_URL=f"sqlite:///{tmp_path / 'gunicorn.sqlite3'}",
        REDIS_URL="redis://127.0.0.1:6379/0",
        LOG_LEVEL="INFO",
    )
    gunicorn = Path(sys.executable).with_name("gunicorn")

    result = subprocess.run(
        [gunicorn, "-c", "python:portal.gunicorn", "portal.wsgi", "--check-config"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Search analysers warmed up: {'languages': ['en', 'fi', 'sv'], 'voikko': True}" in result.stderr
