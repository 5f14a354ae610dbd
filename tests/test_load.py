"""The load script holds its promise on a short run: `benchmarks/load.py` with
20 visitors for 10 s against gunicorn (production settings, PostgreSQL,
Redis), staff publishing every second, ends with 0 errors. About 50 s:
seeding and collectstatic take most of it. `make load` runs the full
60 s with 50 visitors."""

import subprocess
import sys

from tests.ops import POSTGRES_URL, PROJECT_DIR, require_postgres, skip_in_postgres_pass

pytestmark = skip_in_postgres_pass


def redis_url():
    """Redis database 7 as the shared cache, or none when Redis is absent."""
    import redis

    url = "redis://127.0.0.1:6379/7"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return ""
    return url


def test_short_load_run_serves_every_request_while_staff_publish():
    require_postgres()
    result = subprocess.run(
        [
            sys.executable,
            "benchmarks/load.py",
            "--duration=10",
            "--visitors=20",
            "--workers=2",
            f"--postgres-url={POSTGRES_URL}",
            f"--redis-url={redis_url()}",
        ],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-5000:]
    assert "\nerrors: 0\n" in result.stdout, output[-5000:]
    assert "staff: 0 page publications" not in result.stdout
    assert ", 0 errors" in result.stdout  # staff
