"""Create a wagtail-localize translation from English strings known in advance.

The loaders use this so seeded English content is a real Localize translation
that translators can continue in the editor, and that goes out of date when
the French source changes.
"""

import re

from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def string_segments(instance):
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def normalised(segment):
    """A segment's path without block ids, which differ between copies."""
    return UUID.sub("*", segment.path), segment.string.data


def segment_map(source, english_shadow):
    """{(path, French string): English string}, pairing the segments of the saved
    French object with those of an unsaved English copy of the same structure."""
    french = string_segments(source)
    english = string_segments(english_shadow)
    if [UUID.sub("*", s.path) for s in french] != [
        UUID.sub("*", s.path) for s in english
    ]:
        raise ValueError(f"French and English structures differ for {source!r}")
    return {
        (fr.path, fr.string.data): en.string.data
        for fr, en in zip(french, english, strict=True)
    }


def create_translation(source_object, english, locale):
    """Translate `source_object` into `locale` with the strings of `english`
    (a segment_map), and publish it. Returns the translated object."""
    TranslationCreator(None, [locale]).create_translations(
        source_object, include_related_objects=False
    )
    source = TranslationSource.objects.get_for_instance(source_object)
    for segment in StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    ):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": english[(segment.context.path, segment.string.data)],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation = Translation.objects.get(source=source, target_locale=locale)
    if isinstance(source_object, Page):
        # save_target(publish=True) defers publishing to transaction.on_commit,
        # with a page snapshot taken before its children were added: inside a
        # transaction that resets the parent's child count. Publish now instead.
        translation.save_target(publish=False)
        translated = source_object.get_translation(locale)
        translated.get_latest_revision().publish()
        return translated
    translation.save_target(publish=True)
    return source_object.get_translation(locale)
