"""Media on shared storage: local files by default, an S3-compatible bucket
when AWS_STORAGE_BUCKET_NAME is set (site_config/storage.py).

The end-to-end tests run against moto's in-process S3 with fake credentials:
nothing leaves the machine.
"""

import io
import os
import secrets

import boto3
import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.core.files.storage import FileSystemStorage, default_storage, storages
from django.core.management import call_command
from django.template import Context, Template
from django.test import override_settings
from moto import mock_aws
from PIL import Image as Picture
from wagtail.images import get_image_model

from site_config.storage import media_origin, media_storage
from tests.helpers import django_process

BUCKET = "ogp2016-media"


# Which storage the environment selects


@pytest.mark.parametrize("env", [{}, {"AWS_STORAGE_BUCKET_NAME": "  "}])
def test_without_a_bucket_media_are_local_files(env):
    storage = media_storage(env)
    assert storage == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert media_origin(storage) is None


def test_a_bucket_selects_s3_with_the_options_given():
    storage = media_storage(
        {
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud",
            "AWS_S3_REGION_NAME": "fr-par",
            "AWS_S3_CUSTOM_DOMAIN": "https://media.ogpsummit2016.fr/",
            "AWS_LOCATION": "/uploads/",
            "AWS_QUERYSTRING_AUTH": "1",
        }
    )
    assert storage == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": BUCKET,
            "endpoint_url": "https://s3.fr-par.scw.cloud",
            "region_name": "fr-par",
            "custom_domain": "media.ogpsummit2016.fr",
            "location": "uploads",
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": True,
        },
    }
    assert media_origin(storage) == "https://media.ogpsummit2016.fr"


def test_a_bucket_alone_gets_public_urls_under_media():
    storage = media_storage({"AWS_STORAGE_BUCKET_NAME": BUCKET})
    assert storage["OPTIONS"] == {
        "bucket_name": BUCKET,
        "location": "media",
        "file_overwrite": False,
        "default_acl": None,
        "querystring_auth": False,
    }
    assert media_origin(storage) == f"https://{BUCKET}.s3.amazonaws.com"


def test_an_empty_location_is_the_bucket_root_and_the_endpoint_is_the_origin():
    storage = media_storage(
        {
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_LOCATION": "",
            "AWS_S3_ENDPOINT_URL": "http://minio.internal:9000",
        }
    )
    assert storage["OPTIONS"]["location"] == ""
    assert media_origin(storage) == "http://minio.internal:9000"


def production_settings(**env):
    """The production settings' media choices, loaded in a fresh process."""
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("AWS_") and k not in ("DATABASE_URL", "REDIS_URL")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="site_config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="testserver",
        DEFAULT_FROM_EMAIL="Sommet PGO 2016 <noreply@example.org>",
        SERVER_EMAIL="errors@example.org",
        **env,
    )
    code = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'storages': s.STORAGES, "
        "'img_src': s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], "
        "'admin_img_src': s.CONTENT_SECURITY_POLICY_ADMIN['DIRECTIVES']['img-src'], "
        "'docs': getattr(s, 'WAGTAILDOCS_SERVE_METHOD', None)}))"
    )
    return django_process(code, environment)


def test_production_keeps_local_media_without_a_bucket():
    loaded = production_settings()
    assert loaded["storages"] == {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {
            "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        },
    }
    assert loaded["img_src"] == ["'self'", "data:"]
    assert loaded["docs"] is None


def test_production_with_a_bucket_stores_media_there_and_shows_them():
    loaded = production_settings(
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
        AWS_S3_REGION_NAME="fr-par",
    )
    assert loaded["storages"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert loaded["storages"]["default"]["OPTIONS"]["bucket_name"] == BUCKET
    assert loaded["storages"]["staticfiles"] == {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    }
    assert loaded["img_src"] == ["'self'", "data:", "https://s3.fr-par.scw.cloud"]
    assert "https://s3.fr-par.scw.cloud" in loaded["admin_img_src"]
    assert loaded["docs"] == "serve_view"


# End to end, against moto's S3

CDN_ENV = {
    "AWS_STORAGE_BUCKET_NAME": BUCKET,
    "AWS_S3_REGION_NAME": "eu-west-3",
    "AWS_S3_CUSTOM_DOMAIN": "media.ogpsummit2016.fr",
}
ENDPOINT_ENV = {
    "AWS_STORAGE_BUCKET_NAME": BUCKET,
    "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud",
    "AWS_S3_REGION_NAME": "fr-par",
}


@pytest.fixture
def fake_aws(monkeypatch):
    """Fake credentials; moto answers every S3 call in process."""
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_CONFIG_FILE", "/dev/null")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
    # The Scaleway endpoint of ENDPOINT_ENV is answered by moto too.
    monkeypatch.setenv("MOTO_S3_CUSTOM_ENDPOINTS", ENDPOINT_ENV["AWS_S3_ENDPOINT_URL"])
    # Wagtail caches renditions by image id and file hash: one made by another
    # test (same id after its rollback, same picture) must not answer here.
    renditions = get_image_model().get_rendition_model().cache_backend
    renditions.clear()
    with mock_aws():
        yield
    renditions.clear()


def s3_client(env):
    return boto3.client(
        "s3",
        endpoint_url=env.get("AWS_S3_ENDPOINT_URL"),
        region_name=env["AWS_S3_REGION_NAME"],
    )


def bucket_keys(env):
    listing = s3_client(env).list_objects_v2(Bucket=BUCKET)
    return sorted(item["Key"] for item in listing.get("Contents", []))


def local_files(root):
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def jpeg(width, height):
    buffer = io.BytesIO()
    Picture.new("RGB", (width, height), (0, 85, 164)).save(buffer, "JPEG")
    return buffer


@pytest.mark.django_db
@pytest.mark.parametrize("env", [CDN_ENV, ENDPOINT_ENV], ids=["cdn", "endpoint"])
def test_images_and_renditions_are_stored_in_the_bucket(fake_aws, env, tmp_path):
    s3_client(env).create_bucket(
        Bucket=BUCKET,
        CreateBucketConfiguration={"LocationConstraint": env["AWS_S3_REGION_NAME"]},
    )
    storage = media_storage(env)
    media_root = tmp_path / "media"
    with override_settings(
        STORAGES={**settings.STORAGES, "default": storage}, MEDIA_ROOT=media_root
    ):
        # Django's cached storages were reset by the setting_changed signal.
        assert type(storages["default"]).__name__ == "S3Storage"
        assert default_storage.bucket_name == BUCKET
        image = get_image_model().objects.create(
            title="Affiche du sommet",
            file=ImageFile(jpeg(800, 600), name="affiche.jpg"),
        )
        rendition = image.get_rendition("width-400")
        html = Template(
            "{% load wagtailimages_tags %}{% image image width-400 %}"
        ).render(Context({"image": image}))

        keys = bucket_keys(env)
        assert image.file.name.startswith("original_images/affiche")
        assert rendition.file.name.startswith("images/affiche")
        assert keys == sorted(
            ["media/" + image.file.name, "media/" + rendition.file.name]
        )
        stored = s3_client(env).get_object(
            Bucket=BUCKET, Key="media/" + rendition.file.name
        )
        assert Picture.open(io.BytesIO(stored["Body"].read())).size == (400, 300)

        # What visitors get: a plain URL at the CDN or the bucket, which the
        # production Content-Security-Policy lets pages load.
        if "AWS_S3_CUSTOM_DOMAIN" in env:
            expected = f"https://media.ogpsummit2016.fr/media/{rendition.file.name}"
        else:
            expected = (
                f"https://s3.fr-par.scw.cloud/{BUCKET}/media/{rendition.file.name}"
            )
        assert rendition.url == expected
        assert f'src="{expected}"' in html
        assert expected.startswith(media_origin(storage) + "/")

    assert local_files(media_root) == []
    assert isinstance(storages["default"], FileSystemStorage)  # restored afterwards


@pytest.mark.django_db
def test_a_second_upload_with_the_same_name_keeps_the_first(fake_aws):
    s3_client(CDN_ENV).create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-3"}
    )
    with override_settings(
        STORAGES={**settings.STORAGES, "default": media_storage(CDN_ENV)}
    ):
        first, second = (
            get_image_model().objects.create(
                title=title, file=ImageFile(jpeg(64, 48), name="logo.jpg")
            )
            for title in ("Logo", "Logo bis")
        )
        assert first.file.name != second.file.name
        assert len(bucket_keys(CDN_ENV)) == 2


# backup_site and restore_site say what they do with media in a bucket


def test_backup_and_restore_say_that_media_in_a_bucket_are_not_in_the_backup(
    fake_aws, monkeypatch
):
    from maintenance.management.commands import backup_site, restore_site

    manifest = {"summary": {"media_files": 0}}
    monkeypatch.setattr(backup_site, "create_backup", lambda destination: manifest)
    monkeypatch.setattr(backup_site, "describe_manifest", lambda manifest: "")
    monkeypatch.setattr(
        restore_site, "restore_backup", lambda source, force: (manifest, [])
    )
    monkeypatch.setattr(restore_site, "describe_manifest", lambda manifest: "")
    out = io.StringIO()
    with override_settings(
        STORAGES={**settings.STORAGES, "default": media_storage(CDN_ENV)}
    ):
        call_command("backup_site", "/nonexistent/site.tar.gz", stdout=out)
        call_command("restore_site", "/nonexistent/site.tar.gz", stdout=out)
    said = " ".join(out.getvalue().split())
    assert f"Media are stored in the bucket '{BUCKET}' (prefix media/)" in said
    assert "this backup holds the database" in said
    assert "versioning or replication is the backup of the media" in said
    assert "it was not touched" in said


def test_backup_says_nothing_of_buckets_with_local_media(monkeypatch):
    from maintenance.management.commands import backup_site

    monkeypatch.setattr(backup_site, "create_backup", lambda destination: {})
    monkeypatch.setattr(backup_site, "describe_manifest", lambda manifest: "")
    out = io.StringIO()
    call_command("backup_site", "/nonexistent/site.tar.gz", stdout=out)
    assert "bucket" not in out.getvalue()
