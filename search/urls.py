"""Included inside the language prefixes (site_config/urls.py)."""

from django.urls import re_path

from . import views
from .addresses import WORDS

urlpatterns = [
    re_path(
        r"^(?P<word>{})/$".format("|".join(WORDS.values())),
        views.search,
        name="search",
    ),
]
