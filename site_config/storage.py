"""Where uploaded media (images, renditions, documents) live.

Local files under MEDIA_ROOT by default; an S3-compatible bucket (django-storages'
S3Storage: AWS, MinIO, Scaleway, OVH…) when AWS_STORAGE_BUCKET_NAME is set.
Functions of an environment mapping, so that tests can pass a fake one; the
production settings call them with os.environ.

Credentials are not settings: boto3 reads AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY (or a role, a profile…) from the environment itself, so
they never appear in a settings dump.
"""

from urllib.parse import urlsplit

LOCAL_BACKEND = "django.core.files.storage.FileSystemStorage"
S3_BACKEND = "storages.backends.s3.S3Storage"
DEFAULT_LOCATION = "media"
TRUE = {"1", "true", "yes", "on"}


def _value(env, name):
    return env.get(name, "").strip()


def _host(value):
    """A CDN domain as django-storages wants it: no scheme, no trailing slash."""
    if "://" in value:
        parts = urlsplit(value)
        value = parts.netloc + parts.path
    return value.rstrip("/")


def media_storage(env):
    """The STORAGES["default"] entry for this environment.

    The S3 options are S3Storage's own names for the AWS_* settings
    (bucket_name = AWS_STORAGE_BUCKET_NAME, endpoint_url = AWS_S3_ENDPOINT_URL,
    region_name = AWS_S3_REGION_NAME, custom_domain = AWS_S3_CUSTOM_DOMAIN,
    location = AWS_LOCATION, file_overwrite = AWS_S3_FILE_OVERWRITE,
    default_acl = AWS_DEFAULT_ACL, querystring_auth = AWS_QUERYSTRING_AUTH),
    given in OPTIONS so that the whole choice is this one entry.
    """
    bucket = _value(env, "AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return {"BACKEND": LOCAL_BACKEND}
    options = {
        "bucket_name": bucket,
        # A prefix inside the bucket; set and empty: the bucket's root.
        "location": env.get("AWS_LOCATION", DEFAULT_LOCATION).strip().strip("/"),
        # Wagtail requires it: two uploads with one name must not overwrite
        # each other (the second gets a suffix).
        "file_overwrite": False,
        # Objects inherit the bucket's policy; no per-object ACL is sent
        # (many buckets refuse ACLs altogether).
        "default_acl": None,
        # Public media: plain, stable URLs that cached pages can keep. Signed
        # URLs (1) expire after an hour, long before a cached page does.
        "querystring_auth": _value(env, "AWS_QUERYSTRING_AUTH").lower() in TRUE,
    }
    for option, name in (
        ("endpoint_url", "AWS_S3_ENDPOINT_URL"),
        ("region_name", "AWS_S3_REGION_NAME"),
    ):
        if value := _value(env, name):
            options[option] = value
    if domain := _host(_value(env, "AWS_S3_CUSTOM_DOMAIN")):
        options["custom_domain"] = domain
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}


def media_origin(storage):
    """The origin (scheme://host[:port]) of the URLs the storage gives media,
    for the Content-Security-Policy; None for local files (same origin).

    Worked out by botocore as S3Storage.url() does it, without any request."""
    if storage["BACKEND"] != S3_BACKEND:
        return None
    options = storage["OPTIONS"]
    if options.get("custom_domain"):
        return "https://" + options["custom_domain"].split("/")[0]
    import boto3
    from botocore import UNSIGNED
    from botocore.config import Config

    if options["querystring_auth"]:
        # Placeholder keys: only the URL's origin is used, nothing is sent.
        client = boto3.session.Session().client(
            "s3",
            endpoint_url=options.get("endpoint_url"),
            region_name=options.get("region_name"),
            aws_access_key_id="origin-only",
            aws_secret_access_key="origin-only",  # noqa: S106
        )
    else:
        client = boto3.session.Session().client(
            "s3",
            endpoint_url=options.get("endpoint_url"),
            region_name=options.get("region_name"),
            config=Config(signature_version=UNSIGNED),
        )
    url = client.generate_presigned_url(
        "get_object", Params={"Bucket": options["bucket_name"], "Key": "x"}
    )
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def remote_media(storage):
    """In words, where media are when they are not under MEDIA_ROOT; None when
    they are (for backup_site and restore_site)."""
    from django.core.files.storage import FileSystemStorage

    if isinstance(storage, FileSystemStorage):
        return None
    bucket = getattr(storage, "bucket_name", None)
    if bucket:
        location = getattr(storage, "location", "")
        return f"the bucket {bucket!r}" + (
            f" (prefix {location.rstrip('/')}/)" if location else ""
        )
    return f"{type(storage).__module__}.{type(storage).__name__}"
