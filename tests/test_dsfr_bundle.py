"""The DSFR bundles the pages link (site_config/static/dsfr/) are what
site_config.dsfr builds from the installed django-dsfr, and every file they
point to exists: upgrading the package without `make dsfr` fails here."""

import re

from django.contrib.staticfiles import finders

from site_config import dsfr


def test_committed_bundles_match_the_installed_django_dsfr():
    for name, build in dsfr.BUNDLES.items():
        assert (dsfr.OUT / name).read_text() == build(), (
            f"site_config/static/dsfr/{name} is out of date: run `make dsfr`"
        )


def test_every_file_the_stylesheet_points_to_is_a_static_file():
    css = (dsfr.OUT / "dsfr.css").read_text()
    targets = set(re.findall(r"url\((?!['\"]?data:)([^)'\"]+)\)", css))
    assert any(t.endswith("Marianne-Regular.woff2") for t in targets)
    missing = [t for t in targets if not finders.find(f"dsfr/{t}")]
    assert not missing
