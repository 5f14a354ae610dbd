"""Invalidation by dependency, the matrix: every kind of change visitors can
see, against every kind of page. After a change, every cached page answers
exactly what an uncached render answers (never stale), the pages that show the
changed object are rendered again, and pages that do not show it stay cached
(X-Page-Cache: hit)."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from home.models import SummitCalendar
from participation import moderation
from presentation.models import ContentPage
from programme.models import ProgrammePage, Session
from tests.factories import (
    en,
    make_session,
    make_speaker,
    make_theme,
    make_venue,
    translate_session,
)
from tests.participation_helpers import agenda_page, make_event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

PAGE = "/fr/le-partenariat/"
EN_PAGE = "/en/the-partnership/"
ACTION_PLAN = "/fr/l-action-de-la-france/"
EN_ACTION_PLAN = "/en/frances-action/"
SEARCH = "/fr/recherche/?q=matrice"
SEARCH_TYPO = "/fr/recherche/?q=matrise"  # nothing found: "Did you mean"


def png():
    from io import BytesIO

    from PIL import Image as PillowImage

    data = BytesIO()
    PillowImage.new("RGB", (400, 300), (18, 58, 122)).save(data, "PNG")
    return data.getvalue()


@pytest.fixture
def world(commit):
    """A small programme: a speaker with a photo, a theme, a venue, two sessions
    (one with the speaker), a pending and an accepted event."""
    image = commit(
        get_image_model().objects.create,
        title="Portrait",
        file=ContentFile(png(), name="portrait.png"),
    )
    speaker = commit(make_speaker, "Intervenante Matrice")
    speaker.photo = image
    speaker.photo_alt = "Portrait de l'intervenante"
    commit(speaker.save)
    theme = commit(make_theme, "Thème Matrice", "Matrix theme")
    venue = commit(make_venue, "Salle Matrice", "Matrix room")
    session = commit(
        make_session,
        title="Session Matrice",
        speakers=[speaker],
        theme=theme,
        venue=venue,
    )
    other = commit(make_session, title="Autre session")
    # Two more on the theme: one translated, one shown in French on English
    # pages until it is translated.
    neighbour = commit(make_session, title="Voisine Matrice", theme=theme)
    lonely = commit(
        make_session, title="Session Seule", theme=theme, english_title=False
    )
    # The action plan page lists the session under its commitment.
    commit(make_commitment, 2)
    commit(link_commitment, session)
    # A draft session of the speaker and the theme: not public yet.
    draft = commit(
        make_session,
        title="Session Brouillon",
        speakers=[speaker],
        theme=theme,
        status=Session.DRAFT,
    )
    event = commit(make_event, title="Événement Matrice")
    programme = ProgrammePage.objects.get(locale__language_code="fr")
    english = ProgrammePage.objects.get(locale__language_code="en")
    translated = session.get_translation(english.locale)
    return {
        "image": image,
        "speaker": speaker,
        "theme": theme,
        "venue": venue,
        "session": session,
        "other": other,
        "neighbour": neighbour,
        "lonely": lonely,
        "draft": draft,
        "event": event,
        "programme": programme.url,
        "session_url": f"{programme.url}{session.slug}/",
        "en_session_url": f"{english.url}{translated.slug}/",
        "other_url": f"{programme.url}{other.slug}/",
        "speaker_url": f"{programme.url}{programme.speakers_segment}/{speaker.slug}/",
        "en_speaker_url": (
            f"{english.url}{english.speakers_segment}/"
            f"{speaker.get_translation(english.locale).slug}/"
        ),
        "agenda": agenda_page("fr").url,
    }


def urls(world):
    programme = world["programme"]
    return [
        "/fr/",
        "/en/",
        PAGE,
        EN_PAGE,
        programme,
        "/en/programme/",
        f"{programme}?format=conference",
        world["session_url"],
        world["en_session_url"],
        world["other_url"],
        world["speaker_url"],
        world["en_speaker_url"],
        ACTION_PLAN,
        EN_ACTION_PLAN,
        f"{programme}ics/",
        f"{programme}json/",
        f"{programme}csv/",
        world["agenda"],
        f"{world['agenda']}ics/",
        "/sitemap.xml",
        SEARCH,
        SEARCH_TYPO,
    ]


def fetch(url):
    response = Client().get(url)
    return response.status_code, response.get("X-Page-Cache"), response.content


def fresh(settings, url):
    """What the site answers without any cache."""
    seconds = settings.PAGE_CACHE_SECONDS
    settings.PAGE_CACHE_SECONDS = 0
    try:
        response = Client().get(url)
        return response.status_code, response.content
    finally:
        settings.PAGE_CACHE_SECONDS = seconds


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def partnership():
    return ContentPage.objects.get(url_path__endswith="/le-partenariat/")


def save(instance, **fields):
    for name, value in fields.items():
        setattr(instance, name, value)
    instance.save()


def add_speaker(session, speaker):
    from programme.models import SessionSpeaker

    SessionSpeaker.objects.create(session=session, speaker=speaker, sort_order=9)


def link_commitment(session, number=2):
    from presentation.models import Commitment
    from programme.models import SessionCommitment

    commitment = Commitment.objects.get(locale=session.locale, number=number)
    SessionCommitment.objects.create(session=session, commitment=commitment)


def make_commitment(number):
    from presentation.models import Commitment
    from tests.factories import fr

    return Commitment.objects.create(
        locale=fr(), number=number, axis=1, title=f"Engagement Matrice {number}"
    )


def publish_draft(world):
    world["draft"].status = Session.SCHEDULED
    world["draft"].save()


def restrict():
    PageViewRestriction.objects.create(
        page=partnership(), restriction_type=PageViewRestriction.LOGIN
    )


def move_calendar():
    from tests.participation_helpers import open_week_registration

    open_week_registration()  # an update(): the save below sends the signal
    SummitCalendar.load().save()


def document_linked():
    from wagtail.documents import get_document_model

    get_document_model().objects.create(
        title="Programme imprimable", file=ContentFile(b"%PDF-1.4", name="p.pdf")
    )


# change -> (action(world), URLs that show it, URLs that must stay cached).
CHANGES = {
    "page published": (
        lambda w: publish(partnership(), title="Le Partenariat, matrice"),
        lambda w: [PAGE, "/fr/"],
        lambda w: [],  # every page lists pages (menus, routing): see decisions
    ),
    "page unpublished": (
        lambda w: partnership().unpublish(),
        lambda w: [PAGE, "/fr/"],
        lambda w: [],
    ),
    "page privacy": (lambda w: restrict(), lambda w: [PAGE], lambda w: []),
    "session": (
        lambda w: save(w["session"], title="Session Matrice modifiée"),
        lambda w: [w["session_url"], w["programme"], w["speaker_url"], SEARCH],
        lambda w: [PAGE, EN_PAGE, w["agenda"]],
    ),
    # A session of another theme, without the speaker: the edited session's
    # page (its "other sessions on the theme") and the speaker's page do not
    # show it (summit day: staff editing one session must not empty them all).
    "unrelated session": (
        lambda w: save(w["other"], title="Autre session modifiée"),
        lambda w: [w["other_url"], w["programme"]],
        lambda w: [
            PAGE,
            w["agenda"],
            w["session_url"],
            w["en_session_url"],
            w["speaker_url"],
            ACTION_PLAN,
        ],
    ),  # fmt: skip
    "session linked to a commitment": (
        lambda w: link_commitment(w["other"]),
        lambda w: [w["other_url"], ACTION_PLAN],
        lambda w: [PAGE, w["agenda"], w["session_url"], w["speaker_url"]],
    ),
    # English pages read French sessions only to show those not translated.
    "translated French session on the theme": (
        lambda w: save(w["neighbour"], title="Voisine Matrice modifiée"),
        lambda w: [w["session_url"], w["programme"]],
        lambda w: [PAGE, w["agenda"], w["en_session_url"], w["speaker_url"]],
    ),
    "French session on the theme, not translated": (
        lambda w: save(w["lonely"], title="Session Seule modifiée"),
        lambda w: [w["session_url"], w["en_session_url"], w["programme"]],
        lambda w: [PAGE, w["agenda"], w["speaker_url"]],
    ),
    "French session on the theme translated": (
        lambda w: translate_session(w["lonely"], "Lonely English session"),
        lambda w: [w["en_session_url"]],
        lambda w: [PAGE, w["agenda"], w["speaker_url"]],
    ),
    "English version of a session on the theme deleted": (
        lambda w: w["neighbour"].get_translation(en()).delete(),
        lambda w: [w["en_session_url"]],
        lambda w: [PAGE, w["agenda"], w["session_url"], w["speaker_url"]],
    ),
    "session joining the theme": (
        lambda w: save(w["other"], theme=w["theme"]),
        lambda w: [w["other_url"], w["programme"], w["session_url"]],
        lambda w: [PAGE, w["agenda"], w["speaker_url"]],
    ),
    "session given the speaker": (
        lambda w: add_speaker(w["other"], w["speaker"]),
        lambda w: [w["other_url"], w["programme"], w["speaker_url"]],
        lambda w: [PAGE, w["agenda"]],
    ),
    "session of the speaker published": (
        lambda w: publish_draft(w),
        lambda w: [w["programme"], w["speaker_url"], w["session_url"]],
        lambda w: [PAGE, w["agenda"]],
    ),
    "session cancelled": (
        lambda w: save(w["session"], status=Session.CANCELLED),
        lambda w: [w["session_url"], w["programme"]],
        lambda w: [PAGE, w["agenda"]],
    ),
    "speaker": (
        lambda w: save(w["speaker"], name="Intervenante Renommée"),
        lambda w: [w["speaker_url"], w["session_url"], w["programme"], SEARCH],
        lambda w: [PAGE, w["other_url"], w["agenda"]],
    ),
    "theme": (
        lambda w: save(w["theme"], name="Thème Renommé"),
        lambda w: [w["session_url"], w["programme"]],
        lambda w: [PAGE, w["other_url"], w["agenda"]],
    ),
    "venue": (
        lambda w: save(w["venue"], name="Salle Renommée"),
        lambda w: [w["session_url"]],
        lambda w: [PAGE, w["other_url"], w["agenda"]],
    ),
    "event decision": (
        lambda w: moderation.accept(w["event"]),
        lambda w: [w["agenda"], f"{w['agenda']}ics/"],
        lambda w: [PAGE, w["session_url"], w["programme"]],
    ),
    "image": (
        lambda w: save(
            w["image"],
            focal_point_x=0,
            focal_point_y=0,
            focal_point_width=1,
            focal_point_height=1,
        ),
        lambda w: [w["speaker_url"]],
        lambda w: [PAGE, w["other_url"], w["agenda"]],
    ),  # fmt: skip
    "document": (lambda w: document_linked(), lambda w: [], lambda w: [w["agenda"]]),
    "settings (summit calendar, menus)": (
        lambda w: move_calendar(),
        lambda w: ["/fr/", w["programme"], w["agenda"]],
        lambda w: [],
    ),
    "menu (page hidden from menus)": (
        lambda w: publish(partnership(), show_in_menus=False),
        lambda w: ["/fr/", PAGE],
        lambda w: [],
    ),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_purges_what_shows_it_and_nothing_else(
    settings, commit, world, change
):
    action, shows, unrelated = CHANGES[change]
    addresses = urls(world)
    before = {}
    for url in addresses:
        fetch(url)
        status, state, body = fetch(url)
        assert (status, state) == (200, "hit"), url
        before[url] = body

    commit(action, world)

    changed = []
    for url in addresses:
        status, state, body = fetch(url)
        assert (status, body) == fresh(settings, url), f"stale: {url}"
        if url in shows(world):
            assert state != "hit", f"{url} shows the change but was not purged"
        if url in unrelated(world):
            assert state == "hit", f"{url} does not show the change but was purged"
        if status != 200 or body != before[url]:
            changed.append(url)
    # The change is visible somewhere (the test can fail).
    if shows(world):
        assert changed, change


# How queries become keys -------------------------------------------------------


@pytest.mark.parametrize(
    ("sql", "params", "tables", "lookups"),
    [
        # A listing: its table.
        ('SELECT "t"."id" FROM "t" WHERE "t"."status" = %s', ["a"], {"t"}, set()),
        # Bounded by a slug: rows with that slug only.
        ('SELECT "t"."id" FROM "t" WHERE ("t"."status" IN (%s, %s) AND '
         '"t"."slug" = %s) LIMIT 1', ["a", "b", "x"], set(), {"t.slug=x"}),
        # An exclusion bounds nothing.
        ('SELECT "t"."id" FROM "t" WHERE ("t"."path" IN (%s, %s) AND '
         'NOT ("t"."id" = %s))', ["1", "2", 6], {"t"}, set()),
        # A disjunction bounds nothing.
        ('SELECT "t"."id" FROM "t" WHERE ("t"."slug" = %s OR "t"."live")',
         ["x"], {"t"}, set()),
        # Prefetch by foreign key; the joined table read as objects (its id).
        ('SELECT "t"."id", "u"."id" FROM "t" INNER JOIN "u" ON '
         '("t"."u_id" = "u"."id") WHERE "t"."u_id" IN (%s, %s)',
         [3, 4], set(), {"t.u_id=3", "t.u_id=4"}),
        # The joined table read as values: its table.
        ('SELECT "t"."id", "u"."name" FROM "t" INNER JOIN "u" ON '
         '("t"."u_id" = "u"."id") WHERE "t"."u_id" = %s', [3], {"u"}, {"t.u_id=3"}),
        # QuerySet.get(): its row's instance key is enough.
        ('SELECT "t"."id" FROM "t" WHERE "t"."slug" = %s LIMIT 21', ["x"],
         set(), set()),
    ],
)  # fmt: skip
def test_queries_become_table_or_lookup_keys(sql, params, tables, lookups):
    from pagecache.keys import query_keys

    assert query_keys(sql, params) == (tables, lookups)


def test_a_change_purges_the_lookups_of_its_old_and_new_values(world):
    from pagecache.keys import instance_keys

    session = Session.objects.get(pk=world["session"].pk)
    old = session.slug
    session.slug = "nouvelle-adresse"
    shown = instance_keys(session)
    assert f"programme_session.slug={old}" in shown
    assert "programme_session.slug=nouvelle-adresse" in shown
    assert f"programme_session-{session.pk}" in shown
    assert "programme_session" in shown


def test_a_listing_of_many_rows_carries_its_table_key_in_a_short_header():
    from pagecache.keys import Collector

    collector = Collector()
    collector.instances = {f"programme_session-{n}" for n in range(1000)}
    collector.lookups = {
        f"programme_sessionspeaker.session_id={n}" for n in range(1000)
    }
    collector.instances.add("wagtailcore_page-3")
    shown = collector.keys()
    assert "programme_session" in shown
    assert "programme_sessionspeaker" in shown
    assert "wagtailcore_page-3" in shown
    assert len(" ".join(shown)) < 8 * 1024  # Varnish's http_resp_hdr_len


def test_a_query_by_translation_key_and_the_row_purged_share_one_key(world):
    """UUIDs reach SQLite as hex, PostgreSQL as UUIDs: the keys must agree."""
    from pagecache.keys import collecting, instance_keys

    session = world["session"]
    with collecting() as collector:
        list(
            Session.objects.filter(translation_key=session.translation_key)
            .values_list("slug", flat=True)
            .order_by()
        )
    shown = [key for key in collector.keys() if "translation_key" in key]
    assert shown and set(shown) <= set(instance_keys(session))
