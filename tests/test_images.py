"""Responsive images: content images and speaker photos reach the browser as a
<picture> with WebP and JPEG renditions at several widths, lazy loaded, with
their dimensions (no layout shift) and the editor's alternative text."""

import io
from urllib.parse import urlparse

import pytest
from django.conf import settings as django_settings
from django.core.files.images import ImageFile
from django.test import RequestFactory
from django.views.static import serve
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Page

from tests.factories import en, make_session, make_speaker
from tests.helpers import soup

pytestmark = pytest.mark.django_db

FR_PAGE, EN_PAGE = "/fr/le-partenariat/", "/en/the-partnership/"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Renditions are written to a throwaway MEDIA_ROOT. The rendition cache
    is emptied around each test: ids are reused after a rollback, and a cached
    rendition would point at a file of another test's MEDIA_ROOT."""
    rendition_cache = get_image_model().get_rendition_model().cache_backend
    rendition_cache.clear()
    settings.MEDIA_ROOT = tmp_path / "media"
    yield settings.MEDIA_ROOT
    rendition_cache.clear()


def make_image(width=1600, height=1000, title="Salle plénière"):
    data = io.BytesIO()
    PillowImage.new("RGB", (width, height), (18, 58, 122)).save(data, "JPEG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(data, name="photo.jpg")
    )


def publish_with_image(path, image, alt_text, caption=""):
    language, slug = path.strip("/").split("/")
    page = Page.objects.get(locale__language_code=language, slug=slug).specific
    page.body.append(
        ("image", {"image": image, "alt_text": alt_text, "caption": caption})
    )
    page.save_revision().publish()
    return page


def fetch(url):
    """What the web server answers for a media URL: the file under MEDIA_ROOT."""
    path = urlparse(url).path
    assert path.startswith(django_settings.MEDIA_URL), url
    request = RequestFactory().get(path)
    response = serve(
        request,
        path.removeprefix(django_settings.MEDIA_URL),
        document_root=django_settings.MEDIA_ROOT,
    )
    assert response.status_code == 200, url
    return PillowImage.open(io.BytesIO(b"".join(response.streaming_content)))


def candidates(srcset):
    """{width: url} from a srcset with width descriptors."""
    result = {}
    for candidate in srcset.split(","):
        url, descriptor = candidate.split()
        assert descriptor.endswith("w"), srcset
        result[int(descriptor[:-1])] = url
    return result


def picture_in(response, selector):
    element = soup(response).select_one(selector)
    assert element is not None, f"no {selector} in the page"
    picture = element.find("picture")
    assert picture is not None, f"no <picture> in {selector}: {element}"
    return picture


def test_content_image_is_a_responsive_webp_picture(client):
    publish_with_image(FR_PAGE, make_image(), "Les délégués en séance plénière")

    picture = picture_in(client.get(FR_PAGE), "figure.content-image")
    sources = picture.find_all("source")
    assert [s["type"] for s in sources] == ["image/webp"]
    webp = candidates(sources[0]["srcset"])
    assert sorted(webp) == [400, 800, 1200]
    assert all(urlparse(url).path.endswith(".webp") for url in webp.values())
    assert "60rem" in sources[0]["sizes"]

    img = picture.find("img")
    assert img["alt"] == "Les délégués en séance plénière"
    assert img["loading"] == "lazy"
    assert img["decoding"] == "async"
    assert img["sizes"] == sources[0]["sizes"]
    jpeg = candidates(img["srcset"])
    assert sorted(jpeg) == [400, 800, 1200]
    assert all(urlparse(url).path.endswith(".jpg") for url in jpeg.values())
    # The largest rendition's dimensions, as with the former width-1200: the
    # browser reserves the 16:10 box before the file arrives.
    assert (img["width"], img["height"]) == ("1200", "750")
    assert img["src"] == jpeg[1200]


def test_webp_renditions_are_real_webp_files_of_the_announced_width(client):
    publish_with_image(FR_PAGE, make_image(), "Les délégués en séance plénière")

    picture = picture_in(client.get(FR_PAGE), "figure.content-image")
    for width, url in candidates(picture.source["srcset"]).items():
        with fetch(url) as file:
            assert file.format == "WEBP", url
            assert file.size == (width, width * 10 // 16), url
    with fetch(picture.img["src"]) as fallback:
        assert fallback.format == "JPEG"
        assert fallback.size == (1200, 750)


def test_english_page_image_uses_its_own_alternative_text(client):
    image = make_image()
    publish_with_image(FR_PAGE, image, "Les délégués en séance plénière")
    publish_with_image(EN_PAGE, image, "Delegates in the plenary session", "Paris")

    response = client.get(EN_PAGE)
    picture = picture_in(response, "figure.content-image")
    assert picture.img["alt"] == "Delegates in the plenary session"
    assert picture.img["loading"] == "lazy"
    webp = candidates(picture.source["srcset"])
    assert sorted(webp) == [400, 800, 1200]
    with fetch(webp[800]) as file:
        assert (file.format, file.width) == ("WEBP", 800)
    caption = soup(response).select_one("figure.content-image figcaption")
    assert caption.get_text() == "Paris"


def test_an_empty_alternative_text_stays_empty_not_the_image_title(client):
    """A decorative image keeps alt="": the image's title must not leak in."""
    publish_with_image(FR_PAGE, make_image(title="IMG_0042"), "")

    img = picture_in(client.get(FR_PAGE), "figure.content-image").img
    assert img.has_attr("alt")
    assert img["alt"] == ""


@pytest.fixture
def speaker_with_photo():
    speaker = make_speaker("Grace Hopper-Démo")
    english = speaker.get_translation(en())
    speaker.photo = english.photo = make_image(1000, 800, title="Portrait")
    speaker.photo_alt = "Portrait de Grace Hopper"
    english.photo_alt = "Portrait of Grace Hopper"
    speaker.save()
    english.save()
    make_session("Ouverture", "Opening", speakers=[speaker])
    return speaker


@pytest.mark.parametrize(
    ("url", "alt"),
    [
        ("/fr/programme/intervenants/grace-hopper-demo/", "Portrait de Grace Hopper"),
        ("/en/programme/speakers/grace-hopper-demo/", "Portrait of Grace Hopper"),
    ],
)
def test_speaker_photo_is_a_responsive_webp_picture(
    client, speaker_with_photo, url, alt
):
    picture = picture_in(client.get(url), "article.speaker-page")
    source = picture.source
    assert source["type"] == "image/webp"
    webp = candidates(source["srcset"])
    assert sorted(webp) == [240, 480]
    assert source["sizes"] == "10rem"

    img = picture.img
    assert img["class"] == ["speaker-photo"]
    assert img["alt"] == alt
    assert img["loading"] == "lazy"
    assert img["decoding"] == "async"
    assert img["sizes"] == "10rem"
    assert sorted(candidates(img["srcset"])) == [240, 480]
    assert (img["width"], img["height"]) == ("240", "240")

    with fetch(webp[480]) as file:  # cropped square from the 1000×800 portrait
        assert (file.format, file.size) == ("WEBP", (480, 480))
    with fetch(img["src"]) as fallback:
        assert (fallback.format, fallback.size) == ("JPEG", (240, 240))


def test_speaker_without_photo_has_no_picture(client):
    make_session("Ouverture", "Opening", speakers=[make_speaker("Sans Photo")])
    html = soup(client.get("/fr/programme/intervenants/sans-photo/"))
    assert html.select_one("article.speaker-page picture") is None
    assert html.select_one("article.speaker-page img") is None
