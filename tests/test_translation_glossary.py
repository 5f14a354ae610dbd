"""The translation status report flags English that does not use the
glossary's English term where the French uses the French term, on screen and
in the CSV export."""

import csv
import io
import re

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation

from access.roles import TRANSLATORS
from glossary.seed import GlossaryLoader
from tests.factories import make_member
from tests.helpers import soup
from translations.status import translation_status

pytestmark = pytest.mark.django_db

REPORT = "/admin/translation-status/"
FRENCH, ENGLISH = "plan d'action national", "national action plan"


@pytest.fixture(autouse=True)
def glossary():
    GlossaryLoader().run()


@pytest.fixture
def translator(client):
    from wagtail.users.models import UserProfile

    user = make_member(TRANSLATORS, "translator")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return user


def a_translation_using_the_term():
    """An English string translating French text that uses the French term."""
    english = Locale.objects.get(language_code="en")
    for translation in StringTranslation.objects.filter(locale=english).select_related(
        "translation_of", "context"
    ):
        if (
            FRENCH in translation.translation_of.data
            and ENGLISH in translation.data.lower()
        ):
            return translation
    raise AssertionError("the seed has no translated use of the term")


def page_of(translation):
    key = translation.context.object_id
    return Page.objects.get(translation_key=key, locale=Locale.get_default())


def rows_for(page):
    return [row for row in translation_status(kinds=["pages"]) if row.object == page]


def test_seed_pages_follow_the_glossary():
    # (The demo programme's "engagement citoyen" is civic engagement, not a
    # commitment: a homonym the report rightly leaves to translators.)
    rows = translation_status(kinds=["pages"])
    assert [
        (row.title, row.glossary_misses) for row in rows if row.glossary_misses
    ] == []


def test_english_without_the_glossary_term_is_flagged(client, translator):
    translation = a_translation_using_the_term()
    translation.data = re.sub(
        ENGLISH, "national plan of action", translation.data, flags=re.I
    )
    translation.save()
    page = page_of(translation)

    (row,) = rows_for(page)
    assert row.glossary_misses == [(FRENCH, ENGLISH)]
    others = [r for r in translation_status(kinds=["pages"]) if r.object != page]
    assert all(r.glossary_misses == [] for r in others)

    html = soup(client.get(REPORT, {"kind": "pages"}))
    line = next(tr for tr in html.select("tbody tr") if page.title in tr.get_text(" "))
    assert f"{FRENCH} → {ENGLISH}" in line.get_text(" ")

    response = client.get(REPORT, {"kind": "pages", "export": "csv"})
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    header, *table = list(csv.reader(io.StringIO(content)))
    # The export speaks the admin's default language.
    assert header[-1] in ("Glossary terms missing", "Termes du glossaire manquants")
    flagged = [line for line in table if line[-1]]
    assert [line[0] for line in flagged] == [page.title]
    assert flagged[0][-1] == f"{FRENCH} → {ENGLISH}"
