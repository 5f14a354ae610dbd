"""Backups are private from their first byte and hold no live sessions; a
restore empties every cache layer (Varnish included) and trusts no path in a
manifest."""

import json
import shutil
import sqlite3
import tarfile
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tests.ops import manage, shell, site_env, skip_in_postgres_pass

pytestmark = [skip_in_postgres_pass, pytest.mark.slow]

WATCHED_BACKUP = """
import json, os, stat, tarfile
from pathlib import Path
from django.contrib.sessions.backends.db import SessionStore
from django.core.management import call_command
import maintenance.media as media

os.umask(0o022)  # a usual umask
store = SessionStore()
store["_auth_user_id"] = "1"
store.create()
root = Path(os.environ["BACKUP_ROOT"])
seen = []

def watch():
    for path in [root, *root.rglob("*")]:
        if path.exists():
            seen.append([str(path), stat.S_IMODE(path.stat().st_mode)])

add, copy_tree = tarfile.TarFile.add, media.copy_tree

def watched_add(self, *args, **kwargs):
    watch()
    return add(self, *args, **kwargs)

def watched_copy(*args, **kwargs):
    watch()
    return copy_tree(*args, **kwargs)

tarfile.TarFile.add, media.copy_tree = watched_add, watched_copy
call_command("backup_site", os.environ["BACKUP_TARGET"])
watch()
print(json.dumps({"seen": seen, "session": store.session_key}))
"""


def test_a_backup_is_private_from_its_first_byte_and_holds_no_session(seeded, tmp_path):
    env = site_env(seeded.sqlite(tmp_path / "site.sqlite3"), MEDIA_ROOT=tmp_path / "m")
    root = tmp_path / "backups"
    archive = root / "site.tar.gz"
    result = json.loads(
        shell({**env, "BACKUP_ROOT": root, "BACKUP_TARGET": archive}, WATCHED_BACKUP)
        .strip()
        .splitlines()[-1]
    )
    assert any(path.endswith(".tar.gz") for path, _mode in result["seen"])
    readable_by_others = [
        (path, oct(mode)) for path, mode in result["seen"] if mode & 0o077
    ]
    assert readable_by_others == []
    assert oct(root.stat().st_mode & 0o777) == "0o700"
    assert oct(archive.stat().st_mode & 0o777) == "0o600"

    extracted = tmp_path / "extracted"
    with tarfile.open(archive) as opened:
        opened.extractall(extracted, filter="data")
    dump = extracted / "database.sqlite3"
    database = sqlite3.connect(dump)
    try:
        (sessions,) = database.execute("SELECT COUNT(*) FROM django_session").fetchone()
    finally:
        database.close()
    assert sessions == 0
    assert result["session"].encode() not in dump.read_bytes()
    manifest = json.loads((extracted / "manifest.json").read_text())
    assert manifest["tables"]["django_session"] == 0


@pytest.fixture(scope="module")
def backup(seeded, tmp_path_factory):
    """One backup of the seeded site for the restore tests of this module
    (each `manage.py backup_site` is a subprocess of a few seconds)."""
    directory = tmp_path_factory.mktemp("backup-safety")
    env = site_env(
        seeded.sqlite(directory / "site.sqlite3"), MEDIA_ROOT=directory / "m"
    )
    manage(env, "backup_site", str(directory / "backup"))
    return directory / "backup"


class Recorder(BaseHTTPRequestHandler):
    bans = []

    def do_BAN(self):  # noqa: N802
        Recorder.bans.append(self.headers.get("X-Ban-Url"))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_restore_empties_varnish_and_the_page_cache(seeded, backup, tmp_path):
    server = HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    generation = tmp_path / "generation"
    env = site_env(
        seeded.sqlite(tmp_path / "site.sqlite3"),
        MEDIA_ROOT=tmp_path / "m",
        VARNISH_URL=f"http://127.0.0.1:{server.server_port}",
        PAGE_CACHE_GENERATION_FILE=generation,
    )
    try:
        Recorder.bans.clear()
        before = generation.stat().st_mtime_ns if generation.exists() else 0
        manage(env, "restore_site", "--force", str(backup))
    finally:
        server.shutdown()
    assert "^/" in Recorder.bans
    assert generation.stat().st_mtime_ns != before


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("database", "/tmp/elsewhere.sqlite3"),
        ("database", "../elsewhere.sqlite3"),
        ("media", "../outside.txt"),
        ("media", "/etc/hostname"),
    ],
)
def test_a_manifest_naming_files_outside_the_backup_is_refused(
    seeded, backup, tmp_path, key, value
):
    env = site_env(seeded.sqlite(tmp_path / "site.sqlite3"), MEDIA_ROOT=tmp_path / "m")
    backup = shutil.copytree(backup, tmp_path / "backup")
    manifest = json.loads((backup / "manifest.json").read_text())
    if key == "database":
        # A real dump with its right checksum, but outside the backup.
        outside = tmp_path / value.lstrip("./").replace("tmp/", "")
        outside.write_bytes((backup / "database.sqlite3").read_bytes())
        manifest["database"]["file"] = str(outside) if value.startswith("/") else value
        (backup / "database.sqlite3").unlink()
    else:
        manifest["media"][value] = "0" * 64
    (backup / "manifest.json").write_text(json.dumps(manifest))
    refused = manage(env, "restore_site", "--check", str(backup), check=False)
    assert refused.returncode != 0
    assert "Unsafe path in the manifest" in refused.stderr
