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
