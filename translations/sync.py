"""A step in front of wagtail-localize's "Sync translated pages/snippets".

Localize's sync updates the strings of a translation but not the snippets it
points to: a theme newly chosen on a French session stayed French on the
English one. Before the sync runs, this creates the missing translations of
the objects the source now refers to, so the synced translation points at
them (their strings are then translated like any other).
"""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.utils.translation import gettext as _
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views.update_translations import UpdateTranslationsView

update_translations = UpdateTranslationsView.as_view()


def translate_new_related_objects(source, user):
    source.update_from_db()
    locales = [
        t.target_locale
        for t in source.translations.filter(enabled=True).select_related(
            "target_locale"
        )
    ]
    for segment in source.relatedobjectsegment_set.select_related("object", "source"):
        related = segment.get_source_instance()
        if related is None:
            continue
        missing = [locale for locale in locales if not related.has_translation(locale)]
        if missing:
            TranslationCreator(user, missing).create_translations(
                related, include_related_objects=False
            )


def incomplete_translations(source):
    """The enabled translations of `source` with strings not translated yet
    (after `update_from_db`): publishing them would show those in French."""
    incomplete = []
    for translation in source.translations.filter(enabled=True):
        total, translated = translation.get_progress()
        if translated < total:
            incomplete.append(translation)
    return incomplete


@permission_required("wagtail_localize.submit_translation", raise_exception=True)
def sync_with_related_objects(request, translation_source_id):
    if request.method == "POST":
        source = TranslationSource.objects.filter(pk=translation_source_id).first()
        if source is not None:
            translate_new_related_objects(source, request.user)
            if request.POST.get("publish_translations") and incomplete_translations(
                source
            ):
                # Facts already reach English on their own (translations.facts);
                # text waits for the translator, never goes live in French.
                request.POST = request.POST.copy()
                request.POST.pop("publish_translations")
                messages.warning(
                    request,
                    _(
                        "The translation was updated but not published: some "
                        "texts are not translated yet and would appear in "
                        "French. Translators publish it from the translation "
                        "editor."
                    ),
                )
    return update_translations(request, translation_source_id=translation_source_id)
