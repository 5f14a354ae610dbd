"""/health/: what the load balancer asks each app server."""

import pytest
from django.db import OperationalError, connection
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

CLOSED_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6390/3",  # nothing listens there
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }
}


def database_down(execute, sql, params, many, context):
    raise OperationalError("connection refused (simulated outage)")


def test_health_is_outside_the_language_prefixes():
    assert reverse("health") == "/health/"


def test_health_answers_ok_when_database_and_cache_answer(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok"},
    }


def test_health_is_never_cached(client):
    response = client.get("/health/")
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control
    assert "no-cache" in cache_control
    assert "max-age=0" in cache_control


def test_health_answers_head_and_refuses_writes(client):
    assert client.head("/health/").status_code == 200
    assert client.post("/health/").status_code == 405


def test_health_answers_503_when_the_database_is_down(client):
    with connection.execute_wrapper(database_down):
        response = client.get("/health/")
    assert response.status_code == 503
    assert response.json() == {
        "status": "error",
        "checks": {"database": "error", "cache": "ok"},
    }
    assert "no-store" in response["Cache-Control"]
    assert client.get("/health/").status_code == 200  # and back once it returns


def test_health_reports_a_cache_outage_without_leaving_the_pool(client):
    """With Redis down pages still serve (slower), so the server stays in."""
    with override_settings(CACHES=CLOSED_REDIS):
        response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "error"},
    }


def test_health_tells_nothing_about_the_error(client):
    with connection.execute_wrapper(database_down):
        response = client.get("/health/")
    assert "refused" not in response.content.decode()
