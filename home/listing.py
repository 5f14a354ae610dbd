"""Snippet listings made for two languages: a "Language" column and filter,
Communication landing on French rows and translators on English ones."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.models import Locale
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from access.permissions import is_translator_only


def default_language(user):
    """The language a person works in: the source for Communication, the
    first translation for translators."""
    source = Locale.get_default()
    if is_translator_only(user):
        other = Locale.objects.exclude(pk=source.pk).order_by("language_code")
        target = other.first()
        if target is not None:
            return target.language_code
    return source.language_code


# Wagtail says "Locale" ("Région" in its French) where it means a content
# language, in its own views too: our French catalogue says "Langue".
LOCALE_WORD = _("Locale")


class LanguageFilterSet(WagtailFilterSet):
    """Wagtail's language filter, labelled "Language"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "locale" in self.filters:
            self.filters["locale"].label = _("Language")


class LanguageIndexView(IndexView):
    base_filterset_class = LanguageFilterSet

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if "locale" not in self.request.GET:
            data = self.request.GET.copy()
            data["locale"] = default_language(self.request.user)
            kwargs["data"] = data
        return kwargs


class LanguageSnippetViewSet(SnippetViewSet):
    """A translatable snippet's viewset; `list_display` gets the language
    column after its first column, and Wagtail's language filter (added when
    `list_filter` has no "locale" of its own) is labelled "Language"."""

    index_view_class = LanguageIndexView

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        columns = list(self.list_display)
        self.list_display = [
            *columns[:1],
            LocaleColumn(label=_("Language")),
            *columns[1:],
        ]
