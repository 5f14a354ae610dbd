"""The forms' rate limit counts per visitor behind the proxies, believes
X-Forwarded-For only from trusted proxies, and counts atomically."""

import threading

import pytest
import time_machine
from django.core.cache import cache
from django.test import RequestFactory

from participation import guards
from participation.models import Proposal
from tests.participation_helpers import DURING_CALL, call_page, proposal_data

pytestmark = pytest.mark.django_db

VARNISH = "127.0.0.1"


@pytest.fixture(autouse=True)
def setup(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "::1", "10.0.0.0/8"]
    settings.PARTICIPATION_RATE_LIMIT = (2, 3600)
    cache.clear()
    with time_machine.travel(DURING_CALL, tick=False):
        yield
    cache.clear()


def post(client, remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(call_page("fr").url, proposal_data(), **headers)


def test_visitors_behind_the_proxy_are_counted_each_on_their_own(client):
    for _ in range(2):
        assert post(client, VARNISH, "203.0.113.1").status_code == 302
    assert post(client, VARNISH, "203.0.113.1").status_code == 429
    # Other visitors, through the same Varnish, still may.
    assert post(client, VARNISH, "203.0.113.2").status_code == 302
    assert post(client, VARNISH, "198.51.100.7, 10.1.2.3").status_code == 302
    assert Proposal.objects.count() == 4


def test_a_forged_header_from_a_visitor_is_not_believed(client):
    # Straight to the app server: X-Forwarded-For is the visitor's own text.
    for number in range(2):
        assert post(client, "203.0.113.9", f"192.0.2.{number}").status_code == 302
    assert post(client, "203.0.113.9", "192.0.2.99").status_code == 429
    # Behind the proxy: what the visitor wrote left of the proxy's entry.
    for number in range(2):
        forged = f"192.0.2.{number}, 203.0.113.5"
        assert post(client, VARNISH, forged).status_code == 302
    assert post(client, VARNISH, "192.0.2.50, 203.0.113.5").status_code == 429


def test_the_address_is_the_first_untrusted_hop_from_the_right():
    factory = RequestFactory()
    request = factory.get(
        "/",
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.4, 127.0.0.1",
    )
    assert guards.client_address(request) == "203.0.113.4"
    garbage = factory.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="nonsense")
    assert guards.client_address(garbage) == "10.0.0.2"


def test_simultaneous_submissions_never_exceed_the_quota():
    factory = RequestFactory()
    barrier = threading.Barrier(8)
    allowed = []

    def submit():
        request = factory.post("/", REMOTE_ADDR="203.0.113.77")
        barrier.wait()
        allowed.append(guards.take_slot(request, "submit"))

    threads = [threading.Thread(target=submit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert allowed.count(True) == 2


def test_when_the_cache_does_not_answer_submissions_are_still_taken(monkeypatch):
    monkeypatch.setattr(cache, "add", lambda *args, **kwargs: None)
    monkeypatch.setattr(cache, "incr", lambda *args, **kwargs: None)
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.78")
    assert all(guards.take_slot(request, "submit") for _ in range(5))
