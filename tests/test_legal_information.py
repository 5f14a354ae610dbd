"""Legal pages from structured, translatable data: the legal notice and the
personal data page show the publisher, director, host, data controller and
contact from the legal information snippet, in the visitor's language; no
placeholder ever reaches visitors; demo values say so; production's checks
fail while the details are missing or still the demo values."""

import pytest
from bs4 import BeautifulSoup

from home.checks import legal_information_is_real
from home.models import LegalInformation

pytestmark = pytest.mark.django_db

PAGES = {
    "fr": ("/fr/mentions-legales/", "/fr/donnees-personnelles/"),
    "en": ("/en/legal-notice/", "/en/personal-data/"),
}
PLACEHOLDERS = ("À compléter", "To be completed", "modèle", "template")


def main_text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").find("main")
    return " ".join(main.get_text(" ").split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_legal_pages_show_the_structured_details_labelled_as_demo(client, lang):
    notice, personal_data = PAGES[lang]
    text = main_text(client, notice)
    publisher = "Organisme éditeur" if lang == "fr" else "Demonstration publishing"
    assert publisher in text
    assert "contact@example.org" in text and "+33 1 00 00 00 00" in text
    assert ("Contenu de démonstration" if lang == "fr" else "Demo content") in text
    data_text = main_text(client, personal_data)
    assert "donnees-personnelles@example.org" in data_text
    for shown in (text, data_text):
        assert not any(placeholder in shown for placeholder in PLACEHOLDERS)


def test_real_details_replace_the_demo_label(client):
    LegalInformation.objects.update(is_demo=False, publisher_name="Secrétariat général")
    text = main_text(client, PAGES["fr"][0])
    assert "Secrétariat général" in text
    assert "Contenu de démonstration" not in text


def test_incomplete_details_are_not_shown_half_filled(client):
    LegalInformation.objects.update(host_phone="")
    text = main_text(client, PAGES["en"][0])
    assert "contact@example.org" not in text
    assert not any(placeholder in text for placeholder in PLACEHOLDERS)


def test_production_checks_fail_until_real_details_are_entered():
    assert [e.id for e in legal_information_is_real()] == ["home.E001"]  # demo
    LegalInformation.objects.update(is_demo=False, director_name="")
    errors = legal_information_is_real()
    assert [e.id for e in errors] == ["home.E001"]
    assert "director_name" in errors[0].msg
    LegalInformation.objects.update(director_name="Camille Martin")
    assert legal_information_is_real() == []
    LegalInformation.objects.all().delete()
    assert [e.id for e in legal_information_is_real()] == ["home.E001"]
