"""Faults: the database or Redis going away, many writers on one SQLite file."""

import os
import textwrap
import time
import uuid

import pytest
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.test import Client, override_settings

from tests import figures
from tests.factories import make_session
from tests.helpers import django_process, soup_any

pytestmark = pytest.mark.django_db


def run_python(code, **env):
    """Run code with Django set up in a fresh process: settings as they load."""
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS")
    }
    environment.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.test")
    environment.update(env)
    return django_process(code, environment)


def failing(error):
    def wrapper(execute, sql, params, many, context):
        raise error("could not connect to server (simulated outage)")

    return wrapper


# The database goes away, then comes back


def test_database_outage_answers_the_designed_503_page():
    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(failing(OperationalError)):
        response = client.get("/fr/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "Content-Security-Policy" in response
    page = soup_any(response)
    assert page.html["lang"] == "fr"
    assert "Site momentanément indisponible" in page.h1.get_text()
    english = page.select_one('[lang="en"]')
    assert "Site temporarily unavailable" in english.get_text()
    assert "Traceback" not in response.content.decode()
    assert "simulated outage" not in response.content.decode()


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_every_kind_of_page_answers_503_during_the_outage(error):
    session = make_session("Session panne", "Outage session")
    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(failing(error)):
        for url in (
            "/en/",
            "/fr/le-partenariat/",
            "/fr/programme/",
            f"/fr/programme/{session.slug}/",
            "/fr/page-qui-n-existe-pas/",
            "/admin/login/",
        ):
            response = client.get(url)
            assert response.status_code == 503, url
            assert b"Site temporarily unavailable" in response.content, url


def test_a_database_error_raised_by_a_middleware_gets_the_503_page_too():
    """An unknown path matches no view: the 404 page and Wagtail's redirect
    middleware query the database outside any view, and handler500 answers."""
    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(failing(OperationalError)):
        response = client.get("/missing.txt")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"


def test_other_server_errors_keep_the_500_page(rf):
    from site_config.faults import server_error

    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(rf.get("/fr/"))
    assert response.status_code == 500


def test_the_site_recovers_on_its_own_when_the_database_returns():
    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(failing(OperationalError)):
        assert client.get("/fr/").status_code == 503
        assert client.get("/health/").status_code == 503
    assert client.get("/fr/").status_code == 200
    assert client.get("/en/programme/").status_code == 200
    assert client.get("/health/").status_code == 200


@pytest.mark.slow  # a Python process of its own
def test_real_connection_failure_then_recovery(tmp_path):
    """No simulation: the database file cannot be opened, then it can."""
    folder = tmp_path / "not-yet-mounted"
    code = textwrap.dedent(
        f"""
        import json, os
        from django.test import Client
        client = Client(raise_request_exception=False)
        down = [client.get(url) for url in ("/health/", "/fr/")]
        os.mkdir({str(folder)!r})
        up = client.get("/health/")
        print(json.dumps({{
            "down": [r.status_code for r in down],
            "page": down[1].content.decode(),
            "up": up.status_code,
        }}))
        """
    )
    result = run_python(code, DATABASE_URL=f"sqlite:///{folder}/db.sqlite3")
    assert result["down"] == [503, 503]
    assert "Site temporarily unavailable" in result["page"]
    assert result["up"] == 200
    figures.report(
        "fault: database unreachable",
        "the designed 503 page (no traceback), then 200 on its own once the "
        "database returned",
    )


# Redis


@pytest.mark.slow  # a Python process of its own
def test_cache_is_redis_when_redis_url_is_set_and_local_memory_otherwise():
    code = (
        "import json; from django.conf import settings; "
        "print(json.dumps(settings.CACHES['default']))"
    )
    local = run_python(code)
    assert local["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    redis = run_python(code, REDIS_URL="redis://127.0.0.1:6379/3")
    assert redis["BACKEND"] == "django_redis.cache.RedisCache"
    assert redis["LOCATION"] == "redis://127.0.0.1:6379/3"
    assert redis["OPTIONS"]["IGNORE_EXCEPTIONS"] is True


def redis_caches(url):
    """CACHES exactly as the settings build them for this REDIS_URL."""
    code = (
        "import json; from django.conf import settings; "
        "print(json.dumps(settings.CACHES))"
    )
    caches = run_python(code, REDIS_URL=url)
    caches["default"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex[:8]}"
    return caches


@pytest.fixture(scope="module")
def closed_redis():
    return redis_caches("redis://127.0.0.1:6390/3")  # nothing listens there


def test_pages_still_serve_with_redis_down(closed_redis):
    session = make_session("Session sans cache", "Cacheless session")
    client = Client(raise_request_exception=False)
    with override_settings(CACHES=closed_redis):
        started = time.monotonic()
        for url in (
            "/fr/",
            "/en/",
            "/fr/programme/",
            f"/fr/programme/{session.slug}/",
            "/health/",
        ):
            assert client.get(url).status_code == 200, url
        assert time.monotonic() - started < 30
    figures.report("fault: Redis down", "5 page types served 200, cache calls missed")


def test_cache_calls_degrade_to_misses_with_redis_down(closed_redis):
    with override_settings(CACHES=closed_redis):
        cache.set("k", "v")
        assert cache.get("k") is None
        assert cache.get("k", "fallback") == "fallback"
        cache.add("n", 1)
        cache.incr("n")
        cache.delete("k")
        assert cache.get_many(["k", "n"]) == {}


def test_cache_round_trip_through_redis():
    redis = pytest.importorskip("redis")
    server = redis.Redis(host="127.0.0.1", port=6379, db=3, socket_timeout=1)
    try:
        server.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis server on 127.0.0.1:6379")
    caches = redis_caches("redis://127.0.0.1:6379/3")
    prefix = caches["default"]["KEY_PREFIX"]
    try:
        with override_settings(CACHES=caches):
            cache.set("greeting", {"fr": "bonjour"}, timeout=60)
            assert cache.get("greeting") == {"fr": "bonjour"}
            assert Client().get("/health/").json()["checks"]["cache"] == "ok"
        assert server.keys(f"{prefix}:*")  # it really went to Redis
    finally:
        for key in server.scan_iter(f"{prefix}:*"):
            server.delete(key)


# SQLite with several writers


WRITERS = textwrap.dedent(
    """
    import json, threading, time
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connection, transaction

    call_command("migrate", "auth", verbosity=0)
    barrier, errors = threading.Barrier(20), []

    def write(number):
        try:
            barrier.wait()
            with transaction.atomic():
                # Read, then write: under SQLite's default DEFERRED mode the
                # write cannot wait for the lock and fails at once.
                Group.objects.count()
                time.sleep(0.02)
                Group.objects.create(name=f"writer {number}")
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        mode = cursor.fetchone()[0]
    print(json.dumps(
        {"rows": Group.objects.count(), "errors": errors, "journal_mode": mode}
    ))
    """
)


@pytest.mark.slow  # a Python process of its own
def test_twenty_concurrent_sqlite_writers_all_succeed(tmp_path):
    result = run_python(WRITERS, DATABASE_URL=f"sqlite:///{tmp_path}/writers.sqlite3")
    assert result["errors"] == []
    assert result["rows"] == 20
    assert result["journal_mode"] == "wal"


@pytest.mark.slow  # a Python process of its own
def test_sqlite_options_apply_to_sqlite_only():
    code = (
        "import json; from django.conf import settings; "
        "print(json.dumps(settings.DATABASES['default']['OPTIONS']))"
    )
    sqlite = run_python(code, DATABASE_URL="sqlite:////tmp/never-opened.sqlite3")
    assert sqlite["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in sqlite["init_command"]
    assert "busy_timeout" in sqlite["init_command"]
    postgres = run_python(code, DATABASE_URL="postgres://u@127.0.0.1:5432/never")
    assert "transaction_mode" not in postgres
    assert "init_command" not in postgres
