"""Documents are only reachable through Wagtail's document view, which checks
collection privacy: never as plain files under /media/."""

import importlib

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import clear_url_caches
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

CONTENT = b"%PDF-1.4 zqconfidential"


@pytest.fixture
def media_served(settings, tmp_path):
    """The URLs of a DEBUG server (which serves MEDIA_ROOT), for this test."""
    import site_config.urls

    settings.MEDIA_ROOT = tmp_path
    settings.DEBUG = True
    importlib.reload(site_config.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(site_config.urls)
    clear_url_caches()


@pytest.fixture
def private_document():
    root = Collection.get_first_root_node()
    private = root.add_child(name="Confidentiel")
    CollectionViewRestriction.objects.create(
        collection=private,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="s3cret",
    )
    return get_document_model().objects.create(
        title="Note", collection=private, file=ContentFile(CONTENT, name="note.pdf")
    )


def test_a_private_document_asks_for_the_password(media_served, private_document):
    response = Client().get(private_document.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


@pytest.mark.parametrize("prefix", ["", "images/../", "./"])
def test_documents_are_not_served_as_media_files(
    media_served, private_document, prefix
):
    assert private_document.file.name.startswith("documents/")
    response = Client().get(f"/media/{prefix}{private_document.file.name}")
    assert response.status_code == 404
    assert CONTENT not in b"".join(getattr(response, "streaming_content", [b""]))


def test_images_are_still_served_as_media_files(media_served, tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "photo.txt").write_bytes(b"image")
    response = Client().get("/media/images/photo.txt")
    assert response.status_code == 200
