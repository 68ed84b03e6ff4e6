import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_overrides):
    unset = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE", "EMAIL_HOST"}
    env = {key: value for key, value in os.environ.items() if key not in unset}
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def production_env(tmp_path):
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "osallistu.example.fi",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy-check.sqlite3'}",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }


def test_production_settings_pass_the_deploy_check_without_warnings(tmp_path):
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=production_env(tmp_path))

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"])
def test_production_refuses_to_start_without_required_settings(tmp_path, missing):
    env = production_env(tmp_path)
    env[missing] = ""

    result = run_manage("check", env_overrides=env)

    assert result.returncode != 0
    assert f"The environment variable {missing} must be set in production." in result.stderr


def test_mail_goes_to_smtp_when_email_host_is_set(tmp_path):
    env = production_env(tmp_path) | {"EMAIL_HOST": "smtp.example.fi", "EMAIL_PORT": "587", "EMAIL_USE_TLS": "true"}

    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS)",
        env_overrides=env,
    )

    assert result.stdout.split() == ["django.core.mail.backends.smtp.EmailBackend", "smtp.example.fi", "587", "True"]


def database_connection_settings(env):
    script = (
        "from django.conf import settings as s; "
        "d = s.DATABASES['default']; print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
    )
    return run_manage("shell", "--no-imports", "-c", script, env_overrides=env).stdout.split()


def test_production_keeps_database_connections_and_checks_them_before_use(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_CONN_MAX_AGE", raising=False)

    assert database_connection_settings(production_env(tmp_path)) == ["60", "True"]
    assert database_connection_settings(production_env(tmp_path) | {"DATABASE_CONN_MAX_AGE": "0"}) == ["0", "True"]


def test_plain_http_is_only_for_trying_production_settings_locally(tmp_path):
    script = (
        "from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE)"
    )

    served_over_https = run_manage("shell", "--no-imports", "-c", script, env_overrides=production_env(tmp_path))
    plain_http = run_manage(
        "shell", "--no-imports", "-c", script, env_overrides=production_env(tmp_path) | {"PLAIN_HTTP": "true"}
    )

    assert served_over_https.stdout.split() == ["True", "31536000", "True", "True"]
    assert plain_http.stdout.split() == ["False", "0", "False", "False"]
