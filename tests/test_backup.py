"""backup_site / restore_site: nothing lost.

A seeded site (pages in both languages, Localize translations, demo
submissions) with an uploaded image, its rendition and a document is backed
up, wiped, and restored into a fresh database and media directory; the pages
per language, translations, submissions and media checksums must be equal,
the restored pages must serve, and no migration may be missing. On SQLite
(online backup API, .tar.gz archive) and PostgreSQL (pg_dump, directory).
"""

import hashlib
import json
import shutil

import pytest

from tests import figures
from tests.ops import (
    manage,
    postgres_url,
    shell,
    site_env,
    skip_in_postgres_pass,
    temporary_postgres,
)

pytestmark = [skip_in_postgres_pass, pytest.mark.slow]

ADD_MEDIA = """
import io
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as Picture
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

buffer = io.BytesIO()
Picture.new("RGB", (64, 48), (0, 85, 164)).save(buffer, "PNG")
image = get_image_model().objects.create(
    title="Affiche du sommet", file=ImageFile(buffer, name="affiche-sommet.png")
)
image.get_rendition("fill-32x32")
get_document_model().objects.create(
    title="Programme imprimable",
    file=ContentFile("Programme du sommet, été 2016\\n".encode(), name="programme.txt"),
)
"""

DELETE_PROPOSALS = """
from participation.models import Proposal
Proposal.objects.all().delete()
"""

FACTS = """
import json
from django.db.models import Count
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation
from participation.models import Event, Proposal
from programme.models import Session

def per_language(pages):
    counts = pages.values("locale__language_code").annotate(n=Count("id"))
    return {row["locale__language_code"]: row["n"] for row in counts.order_by()}

client = Client()
print(json.dumps({
    "pages": per_language(Page.objects.all()),
    "live_pages": per_language(Page.objects.live()),
    "translations": Translation.objects.count(),
    "string_translations": StringTranslation.objects.count(),
    "proposals": Proposal.objects.count(),
    "events": Event.objects.count(),
    "proposal_emails": sorted(Proposal.objects.values_list("email", flat=True)),
    "sessions": Session.objects.count(),
    "images": get_image_model().objects.count(),
    "documents": get_document_model().objects.count(),
    "served": {
        url: client.get(url).status_code
        for url in ("/fr/", "/en/", "/fr/le-partenariat/", "/en/the-partnership/")
    },
}, sort_keys=True))
"""


def facts(env):
    return json.loads(shell(env, FACTS))


def media_checksums(root):
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def seeded_site_with_media(env, media_root):
    before = json.loads(shell(env, ADD_MEDIA + FACTS))
    assert before["pages"]["fr"] > 1 and before["pages"]["en"] > 1
    assert before["translations"] > 0 and before["proposals"] > 0
    assert before["events"] > 0
    assert before["images"] == 1 and before["documents"] == 1
    assert set(before["served"].values()) == {200}
    checksums = media_checksums(media_root)
    # The original image, its rendition and the document.
    assert len(checksums) == 3, checksums
    return before, checksums


def assert_restored(env, media_root, before, checksums, output, engine):
    assert "Restored and verified" in output
    after = facts(env)
    assert after == before
    assert media_checksums(media_root) == checksums
    figures.report(
        f"backup and restore ({engine})",
        f"pages {after['pages']}, {after['translations']} translations, "
        f"{after['proposals']} proposals, {after['events']} events, "
        f"{len(checksums)} media files with equal checksums; rows lost: 0",
    )


def remove_sqlite(path):
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def test_sqlite_backup_restores_the_whole_site(seeded, tmp_path):
    database, media_root = tmp_path / "site.sqlite3", tmp_path / "media"
    env = site_env(seeded.sqlite(database), MEDIA_ROOT=media_root)
    before, checksums = seeded_site_with_media(env, media_root)

    archive = tmp_path / "backups" / "site.tar.gz"
    output = manage(env, "backup_site", str(archive)).stdout
    assert "sqlite backup" in output and "3 media files" in output
    assert oct(archive.stat().st_mode & 0o777) == "0o600"  # personal data inside

    # Staff lose submissions and an upload after the backup: a restore over
    # the live site is refused, then done with --force.
    shell(env, DELETE_PROPOSALS)
    next(media_root.rglob("*.txt")).unlink()
    refused = manage(env, "restore_site", str(archive), check=False)
    assert refused.returncode != 0
    assert "Refusing to overwrite" in refused.stderr
    assert not any(media_root.rglob("*.txt"))  # nothing was touched
    output = manage(env, "restore_site", "--force", str(archive)).stdout
    assert_restored(env, media_root, before, checksums, output, "SQLite")

    # Wiped: database file and media gone; restored into new ones.
    remove_sqlite(database)
    shutil.rmtree(media_root)
    restored_root = tmp_path / "restored-media"
    restored = site_env(
        f"sqlite:///{tmp_path / 'restored.sqlite3'}", MEDIA_ROOT=restored_root
    )
    output = manage(restored, "restore_site", str(archive)).stdout
    assert_restored(
        restored, restored_root, before, checksums, output, "SQLite, new file"
    )
    manage(restored, "migrate", "--check")  # the schema is complete


def test_postgresql_backup_restores_the_whole_site(seeded, tmp_path):
    media_root = tmp_path / "media"
    backup = tmp_path / "backups" / "site"
    with seeded.postgres("backup") as name:
        env = site_env(postgres_url(name), MEDIA_ROOT=media_root)
        before, checksums = seeded_site_with_media(env, media_root)
        output = manage(env, "backup_site", str(backup)).stdout
        assert "postgresql backup" in output
        manifest = json.loads((backup / "manifest.json").read_text())
        assert manifest["engine"] == "postgresql"
        assert manifest["database"]["made_with"].startswith("pg_dump")
        assert manifest["summary"]["pages"] == before["pages"]
        assert manifest["media"] == checksums
    # The database was dropped on leaving the block; now the media go too.
    shutil.rmtree(media_root)

    restored_root = tmp_path / "restored-media"
    with temporary_postgres("restore") as fresh:
        restored = site_env(postgres_url(fresh), MEDIA_ROOT=restored_root)
        output = manage(restored, "restore_site", str(backup)).stdout
        assert_restored(
            restored, restored_root, before, checksums, output, "PostgreSQL"
        )
        manage(restored, "migrate", "--check")


def test_a_damaged_backup_is_refused_before_anything_changes(seeded, tmp_path):
    media_root = tmp_path / "media"
    (media_root / "documents").mkdir(parents=True)
    (media_root / "documents" / "programme.txt").write_text("Programme " * 100)
    env = site_env(seeded.sqlite(tmp_path / "site.sqlite3"), MEDIA_ROOT=media_root)
    backup = tmp_path / "backup"
    manage(env, "backup_site", str(backup))
    fresh = site_env(
        f"sqlite:///{tmp_path / 'fresh.sqlite3'}", MEDIA_ROOT=tmp_path / "fresh"
    )
    for victim in (
        backup / "media" / "documents" / "programme.txt",
        backup / "database.sqlite3",
    ):
        original = victim.read_bytes()
        with victim.open("r+b") as file:
            file.seek(100)
            file.write(b"\0damaged\0")
        checked = manage(env, "restore_site", "--check", str(backup), check=False)
        assert checked.returncode != 0, victim
        refused = manage(fresh, "restore_site", str(backup), check=False)
        assert refused.returncode != 0, victim
        assert "altered" in refused.stderr or "do not match" in refused.stderr
        assert not (tmp_path / "fresh").exists()
        victim.write_bytes(original)
