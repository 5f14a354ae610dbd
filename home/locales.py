"""Locales remembered per process: Wagtail looks the active locale up in the
database several times per page (routing, `.localized`, our menu and footer),
and the two rows only change when a language is added, at deployment.

`LocaleManager.get_for_language` (behind `Locale.get_active()` and
`Locale.get_default()`) answers from memory; saving or deleting a locale
forgets everything, in this process. A language added while the site runs
needs the app servers restarted, like any deployment."""

from django.db.models.signals import post_delete, post_save
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

from site_config import languages

_by_code = {}
_uncached = LocaleManager.get_for_language


def get_for_language(self, language_code):
    code = get_supported_content_language_variant(language_code)
    try:
        return _by_code[code]
    except KeyError:
        locale = _uncached(self, code)
        _by_code[code] = locale
        return locale


def forget(**kwargs):
    _by_code.clear()


def install():
    LocaleManager.get_for_language = get_for_language
    post_save.connect(forget, sender=Locale, dispatch_uid="home-locales-save")
    post_delete.connect(forget, sender=Locale, dispatch_uid="home-locales-delete")


def url_word(page, name):
    """A URL word of a page's sub-pages (register, speakers…), in the page's
    language; any page row will do, its specific model is not needed."""
    return languages.word(name, code_of(page.locale_id))


def locale_by_id(locale_id):
    """The Locale of an id, without a query once known."""
    for locale in _by_code.values():
        if locale.pk == locale_id:
            return locale
    locale = Locale.objects.get(pk=locale_id)
    _by_code[locale.language_code] = locale
    return locale


def with_locale(page):
    """The page, its `locale` taken from memory instead of a query."""
    if "locale" not in page._state.fields_cache:
        page.locale = locale_by_id(page.locale_id)
    return page


def code_of(locale_id):
    """The language code of a locale id, without a query once known."""
    return locale_by_id(locale_id).language_code
