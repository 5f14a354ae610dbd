"""Production refuses to start without its secrets; dev needs nothing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

ROOT = Path(__file__).resolve().parent.parent


def run_check(settings_module, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_requires_a_secret_key():
    result = run_check("site_config.settings.production", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY is required in production" in result.stderr


def test_production_requires_allowed_hosts():
    result = run_check("site_config.settings.production", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is required in production" in result.stderr


def test_production_starts_with_its_values():
    result = run_check(
        "site_config.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="example.org",
        DEFAULT_FROM_EMAIL="noreply@example.org",
        SERVER_EMAIL="errors@example.org",
    )
    assert result.returncode == 0, result.stderr


def test_dev_works_with_no_environment():
    result = run_check("site_config.settings.dev")
    assert result.returncode == 0, result.stderr


@pytest.mark.django_db
def test_demo_accounts_are_refused_outside_development():
    with pytest.raises(CommandError):
        call_command("create_demo_accounts")


@pytest.mark.django_db
def test_demo_accounts_have_their_roles_in_development(capsys):
    from django.contrib.auth.models import User

    with override_settings(DEBUG=True):
        call_command("create_demo_accounts")
        call_command("create_demo_accounts")  # a second run changes nothing
    assert (
        User.objects.filter(
            username__in=["admin", "communication", "translator"]
        ).count()
        == 3
    )
    assert User.objects.get(username="admin").is_superuser
    assert list(
        User.objects.get(username="translator").groups.values_list("name", flat=True)
    ) == ["Translators"]
    assert "translator / translator-demo-2016" in capsys.readouterr().out


def machine_translator(**env):
    environment = {k: v for k, v in os.environ.items() if k != "DEEPL_AUTH_KEY"}
    environment.update(DJANGO_SETTINGS_MODULE="site_config.settings.dev", **env)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', {})"
            ".get('CLASS', 'none'))",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_machine_translation_only_with_a_deepl_key():
    assert machine_translator() == "none"
    assert machine_translator(DEEPL_AUTH_KEY="abc:fx").endswith("DeepLTranslator")
