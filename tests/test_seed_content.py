"""The seed text is on the site in French and in English, loaded idempotently
as real wagtail-localize translations."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation, TranslationSource

from home.models import HomePage
from programme.models import Session
from site_config.typography import french_text
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

# Every fact of home/seed/presentation-pgo-2016.md, as a visitor reads it.
FACTS = {
    ("/fr/le-partenariat/", "/en/the-partnership/"): [
        (
            "créée en 2011 par huit pays fondateurs",
            "founded in 2011 by eight countries",
        ),
        (
            "la transparence et l'intégrité du gouvernement",
            "transparency and integrity in government",
        ),
        (
            "l'utilisation des nouvelles technologies pour faciliter son ouverture",
            "the use of new technologies to help open it up",
        ),
        (
            "69 pays membres, sur tous les continents",
            "69 member countries on every continent",
        ),
        (
            "nombreux représentants de la société civile",
            "many representatives of civil society",
        ),
        (
            "La France prendra la présidence du PGO en octobre 2016",
            "France becomes lead co-chair of OGP in October 2016",
        ),
        (
            "Manish Bapna, vice-président exécutif et directeur du World Resources Institute",
            "Manish Bapna, Executive Vice President and Managing Director of the World "
            "Resources Institute",
        ),
        (
            "11 représentants des gouvernements nationaux et 11 représentants de la "
            "société civile",
            "11 representatives of national governments and 11 "
            "representatives of civil society",
        ),
        ("gouvernance collégiale", "govern collectively"),
        (
            "tandem gouvernement – société civile",
            "two co-chairs, one from a government and one from civil society",
        ),
        (
            "Le pays président a notamment pour mission d'organiser le Sommet mondial",
            "the lead co-chair country hosts the OGP Global Summit",
        ),
        (
            "Le secrétariat permanent du PGO travaille en étroite collaboration avec le "
            "comité directeur",
            "The OGP permanent secretariat works closely with the steering committee",
        ),
        ("Déclaration du gouvernement ouvert", "Open Government Declaration"),
        (
            "Transparence de l'action publique notamment via l'ouverture des données "
            "publiques",
            "Government transparency in particular through open public data",
        ),
        (
            "Participation des citoyens à l'élaboration et à l'évaluation des politiques "
            "publiques",
            "Citizen participation in the design and evaluation of public policies",
        ),
        (
            "Utilisation des nouvelles technologies en faveur de l'ouverture et de la "
            "redevabilité",
            "Use of new technologies for openness and accountability",
        ),
        (
            "Tous les deux ans, les pays membres publient un plan d'action national",
            "Every two years, member countries publish a national action plan",
        ),
    ],
    ("/fr/le-sommet-mondial-2016/", "/en/the-2016-global-summit/"): [
        ("du 7 au 9 décembre 2016 à Paris", "in Paris from 7 to 9 December 2016"),
        ("Organisé par le président du PGO", "Hosted by OGP's lead co-chair"),
        (
            "le plus grand rassemblement au monde des partisans du gouvernement ouvert",
            "the world's largest gathering of open government advocates",
        ),
        (
            "des 69 pays membres, du monde académique, de la société civile et "
            "d'organisations internationales",
            "69 member countries, of academia, of "
            "civil society and of international organisations",
        ),
        (
            "la formation de nouvelles alliances entre les gouvernements et la société "
            "civile",
            "forging new alliances between governments and civil society",
        ),
        (
            "une action publique plus contributive, enrichie par la participation des "
            "citoyens",
            "government that citizens help to shape, enriched by their participation",
        ),
        (
            "La France et le World Resources Institute",
            "France and the World Resources Institute",
        ),
        (
            "une vision à long terme du gouvernement ouvert",
            "a long-term vision of open government",
        ),
        (
            "l'impact des outils numériques sur la démocratie",
            "the impact of digital tools on democracy",
        ),
        ("Un sommet co-construit", "A co-created summit"),
        ("Jusqu'au 20 juillet 2016", "Until 20 July 2016"),
        (
            "citoyen, organisation, entreprise, pouvoir public, français ou à "
            "l'international",
            "citizens, organisations, companies, public authorities, "
            "in France or abroad",
        ),
        (
            "conférence, atelier, pitch, ou événement externe",
            "conference, workshop, pitch or external event",
        ),
        (
            "5 au 14 décembre partout en France et dans le monde",
            "5 to 14 December, across France and around the world",
        ),
        (
            "Les gouvernements, les administrations locales et la société civile",
            "Governments, local administrations and civil society",
        ),
        ("en marge du Sommet", "alongside the Summit"),
    ],
    ("/fr/l-action-de-la-france/", "/en/frances-action/"): [
        ("en juillet 2015", "In July 2015"),
        ("plan d'action national (2015 – 2017)", "national action plan (2015–2017)"),
        (
            "« Pour une action publique transparente et collaborative »",
            "« Pour une action publique transparente et collaborative »",
        ),
        (
            "Signé par le Président de la République",
            "Signed by the President of the Republic",
        ),
        (
            "remis à son homologue mexicain, dont le pays présidait alors le PGO",
            "handed to his Mexican counterpart, whose country was then lead "
            "co-chair of OGP",
        ),
        ("26 engagements", "26 commitments"),
        ("Manish Bapna", "Manish Bapna"),
        (
            "Jean-Vincent Placé, secrétaire d'État chargé de la réforme de l'État et de la "
            "Simplification",
            "Jean-Vincent Placé, Minister of State for State Reform and Simplification",
        ),
    ],
    ("/fr/", "/en/"): [
        (
            "Sommet mondial du Partenariat pour un gouvernement ouvert",
            "Open Government Partnership Global Summit",
        ),
        ("7–9 décembre 2016", "7–9 December 2016"),
        ("Paris, France", "Paris, France"),
        ("69 pays membres", "69 member countries"),
        ("par 8 pays fondateurs", "by 8 countries"),
    ],
}


@pytest.mark.parametrize("urls", FACTS.keys(), ids=lambda urls: urls[0])
def test_every_seed_fact_is_on_the_french_and_english_pages(client, urls):
    fr_text = text_of(client.get(urls[0]))
    en_text = text_of(client.get(urls[1]))
    for fr, en in FACTS[urls]:
        # French is served with French typography (site_config.typography).
        assert " ".join(french_text(fr).split()) in fr_text, fr
        assert en in en_text, en


@pytest.mark.parametrize(
    "url", ["/en/", "/en/the-partnership/", "/en/the-2016-global-summit/"]
)
def test_english_pages_hold_no_french_sentence(client, url):
    text = text_of(client.get(url))
    for french_word in (" le ", " les ", " des ", " du ", " et "):
        assert french_word not in text.lower(), french_word


def test_english_pages_are_complete_localize_translations():
    for page in Page.objects.filter(locale__language_code="fr", depth__gte=2):
        source = TranslationSource.objects.get_for_instance(page)
        translation = Translation.objects.get(
            source=source, target_locale__language_code="en"
        )
        total, done = translation.get_progress()
        assert total > 0 and done == total, page.url_path
        english = page.get_translation(translation.target_locale)
        assert english.live and not english.has_unpublished_changes


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        Translation.objects.count(),
        Session.objects.count(),
        sorted(Page.objects.values_list("id", "latest_revision_id", "title")),
        sorted(Session.objects.values_list("id", "title", "sequence")),
    )


def test_loader_is_idempotent_and_keeps_staff_edits(fr_home):
    """`load_content` on a seeded site (what `make run` does every time)
    changes no page, keeps what staff edited, and a second run changes
    nothing at all. One test: each run builds the demo programme."""
    fr_home.pitch = "Un nouveau texte écrit par l'équipe."
    fr_home.save_revision().publish()
    revisions = sorted(Page.objects.values_list("id", "latest_revision_id"))
    call_command("load_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert sorted(Page.objects.values_list("id", "latest_revision_id")) == revisions
    assert (
        HomePage.objects.get(pk=fr_home.pk).pitch
        == "Un nouveau texte écrit par l'équipe."
    )
    before = snapshot()
    call_command("load_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert snapshot() == before


def test_site_root_is_the_french_home(fr_home):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == fr_home.pk
    assert Page.objects.filter(depth=2).count() == 2  # Wagtail's welcome page is gone
