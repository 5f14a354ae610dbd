"""Query budgets: each page type costs a fixed number of SQL queries, whatever
the volume of sessions, speakers and events, and home and content pages stay
within 12. (Time budgets are in benchmarks/site.py, not in tests.)"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from participation.models import Event
from tests.factories import make_session, make_speaker
from tests.participation_helpers import make_event

pytestmark = [pytest.mark.django_db, pytest.mark.engine]

# The home pages went from 6 queries to 12 (French) and 14 (English) with the
# summit calendar, the private-sections check, the phase panel and the latest
# news; the phase panel now links its pages as the menu read them, and the
# serve-time privacy check shares the menus' read of the restrictions (8 and
# 10; content pages 9 and 10).
BUDGETS = {
    "/fr/": 8,
    "/en/": 10,
    "/fr/le-partenariat/": 9,
    "/en/the-partnership/": 10,
}


def queries(client, url):
    client.get(url)  # warm per-process caches (site root, locales)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def add_volume(sessions, events):
    speakers = [make_speaker() for _ in range(3)]
    for _ in range(sessions):
        make_session(speakers=speakers)
    for _ in range(events):
        make_event(status=Event.ACCEPTED)


@pytest.mark.parametrize(("url", "budget"), BUDGETS.items())
def test_home_and_content_pages_stay_within_budget(client, url, budget):
    assert queries(client, url) <= budget


def page_urls():
    from programme.models import Session

    session = Session.objects.filter(locale__language_code="fr").first()
    return [
        "/fr/",
        "/fr/le-partenariat/",
        "/fr/programme/",
        "/en/programme/?format=conference",
        f"/fr/programme/{session.slug}/",
        "/fr/semaine-du-gouvernement-ouvert/",
        "/en/open-government-week/?country=FR",
        "/fr/recherche/?q=session",
        "/fr/programme/ics/",
        "/en/open-government-week/json/",
    ]


def test_every_page_costs_the_same_queries_whatever_the_volume(client):
    add_volume(sessions=2, events=2)
    urls = page_urls()
    before = {url: queries(client, url) for url in urls}
    add_volume(sessions=12, events=12)
    after = {url: queries(client, url) for url in urls}
    assert after == before
