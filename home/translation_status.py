"""Whether the English (or any target) version of a page is current.

wagtail-localize keeps no "out of date" flag (see docs/decisions.md), so it is
derived: the source was published after the translation source was last
synced, or a sync left strings untranslated.
"""

from dataclasses import dataclass
from datetime import datetime

from wagtail_localize.models import Translation, TranslationSource

UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"
NOT_TRANSLATED = "not_translated"


@dataclass(frozen=True)
class TranslationState:
    state: str
    since: datetime | None = None  # when the source changed, for OUT_OF_DATE


def page_translation_state(source_page, locale):
    target = source_page.get_translation_or_none(locale)
    if target is None:
        return TranslationState(NOT_TRANSLATED)
    try:
        source = TranslationSource.objects.get_for_instance(source_page)
    except TranslationSource.DoesNotExist:
        # Translated by hand, outside Localize: nothing to compare against.
        return TranslationState(UP_TO_DATE)
    changed_at = source_page.last_published_at
    if changed_at and changed_at > source.last_updated_at:
        return TranslationState(OUT_OF_DATE, since=changed_at)
    translation = Translation.objects.filter(
        source=source, target_locale=locale
    ).first()
    if translation:
        total, done = translation.get_progress()
        if done < total:
            return TranslationState(OUT_OF_DATE, since=source.last_updated_at)
    return TranslationState(UP_TO_DATE)
