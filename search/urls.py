"""Included inside the language prefixes (site_config/urls.py)."""

from site_config.languages import word_pattern

from . import views

urlpatterns = [
    word_pattern(r"^(?P<word>{search})/$", views.search, name="search"),
]
