"""The search page's address, one word per language (site_config.languages):
/fr/recherche/, /en/search/.

Explicit words rather than a gettext-translated path, so the address does not
depend on the message catalogues; the route accepts any language's word and
the view redirects to the one of the URL's language.
"""

from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode

from site_config import languages


def search_url(language_code=None, /, **params):
    """The search page in a language (the active one by default), with the
    non-empty `params` as its query string."""
    code = language_code or translation.get_language()
    with translation.override(code):
        url = reverse("search", kwargs={"word": languages.word("search", code)})
    params = {key: value for key, value in params.items() if value}
    return f"{url}?{urlencode(params)}" if params else url
