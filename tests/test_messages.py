"""Every interface string has its French and English, compiled and current."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fr", "en")


def catalogue(root, lang):
    return polib.pofile(str(root / "locale" / lang / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_is_complete_and_not_fuzzy(lang):
    po = catalogue(ROOT, lang)
    assert len(po) > 50
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []


def test_english_catalogue_says_what_the_message_ids_say():
    # Message ids are English: a different English text is a stale fuzzy match.
    wrong = [
        e.msgid
        for e in catalogue(ROOT, "en")
        if not e.msgid_plural and e.msgstr != e.msgid
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogue_matches_the_po_file(lang):
    with translation.override(lang):
        for entry in catalogue(ROOT, lang).translated_entries():
            if entry.msgid_plural:
                continue
            assert translation.gettext(entry.msgid) == entry.msgstr, entry.msgid


def entries(po):
    return {(e.msgctxt, e.msgid, e.msgid_plural) for e in po if not e.obsolete}


@pytest.mark.skipif(
    shutil.which("xgettext") is None,
    reason="GNU gettext is not installed: cannot check that catalogues are current "
    "(CI installs it)",
)
def test_makemessages_would_not_change_the_catalogues(tmp_path):
    # Every app (a folder with apps.py), the settings and the catalogues.
    apps = [path.name for path in ROOT.iterdir() if (path / "apps.py").exists()]
    for name in [*apps, "site_config", "locale"]:
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "manage.py", tmp_path)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--no-location", "-v0"]
        + [arg for lang in LANGUAGES for arg in ("--locale", lang)],
        cwd=tmp_path,
        check=True,
        timeout=300,
    )
    for lang in LANGUAGES:
        assert entries(catalogue(tmp_path, lang)) == entries(catalogue(ROOT, lang))
