"""The admin login is throttled: after a few failed attempts from one address,
that address may not log in for a while (django-axes); other visitors, and
other visitors behind the same proxy, are not affected."""

import pytest
from django.contrib.auth.models import User
from django.test import Client

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture(autouse=True)
def limits(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.TRUSTED_PROXIES = ["127.0.0.1"]


@pytest.fixture
def editor():
    return User.objects.create_superuser(
        "editrice", "e@example.org", "bon-mot-de-passe"
    )


def attempt(password, address="203.0.113.10", forwarded=None):
    client = Client(REMOTE_ADDR=address)
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    response = client.post(
        LOGIN, {"username": "editrice", "password": password}, **extra
    )
    logged_in = "_auth_user_id" in client.session
    return response, logged_in


def test_repeated_failures_lock_the_address_out(editor):
    for _ in range(3):
        response, logged_in = attempt("devine")
        assert not logged_in
    response, logged_in = attempt("bon-mot-de-passe")
    assert response.status_code == 429
    assert not logged_in
    # Another address still logs in.
    _response, logged_in = attempt("bon-mot-de-passe", address="198.51.100.4")
    assert logged_in


def test_behind_the_proxy_each_visitor_is_counted(editor):
    for _ in range(3):
        attempt("devine", address="127.0.0.1", forwarded="203.0.113.66")
    response, logged_in = attempt(
        "bon-mot-de-passe", address="127.0.0.1", forwarded="203.0.113.66"
    )
    assert response.status_code == 429 and not logged_in
    _response, logged_in = attempt(
        "bon-mot-de-passe", address="127.0.0.1", forwarded="203.0.113.67"
    )
    assert logged_in


def test_a_success_before_the_limit_is_not_hindered(editor):
    attempt("devine")
    _response, logged_in = attempt("bon-mot-de-passe")
    assert logged_in
