"""A changed French segment starts from its previous English translation.

When the source is refreshed (translations.facts.refresh_source), a segment
whose French text changed gets, in each target locale that had translated
the old text, the old English as a suggestion: a StringTranslation marked
with ``PREVIOUS_TOOL``. Localize's editor shows it filled in, with "Translated
with the previous translation, to review on <date>"; the status report does
not count it as translated until a translator saves it (which makes it
manual), and `changed_segments()` lists old French, new French and the
current English side by side.
"""

from collections import defaultdict

from django.db.models import Exists, OuterRef, Q
from wagtail_localize.models import StringSegment, StringTranslation, Translation

# Stored on the suggestion; Localize shows it in the editor as is.
PREVIOUS_TOOL = "the previous translation, to review"


def segments_by_context(source):
    """{context id: [(string id, text)]} in order."""
    found = defaultdict(list)
    for context_id, string_id, data in (
        StringSegment.objects.filter(source=source)
        .order_by("order")
        .values_list("context_id", "string_id", "string__data")
    ):
        found[context_id].append((string_id, data))
    return found


def changed_pairs(before, after):
    """[(context id, old string id, new string id)] of segments whose text
    changed in place (same context, same position within it)."""
    pairs = []
    for context_id, new in after.items():
        old = before.get(context_id, [])
        if len(old) != len(new):
            if len(old) == 1 and new:
                # A paragraph split or extended: the old text for the first.
                pairs.append((context_id, old[0][0], new[0][0]))
            continue
        for (old_id, _old), (new_id, _new) in zip(old, new, strict=True):
            if old_id != new_id:
                pairs.append((context_id, old_id, new_id))
    return pairs


def suggest_previous(source, before):
    """After `source` was refreshed: offer the old translations of changed
    segments. Returns the number of suggestions made."""
    pairs = changed_pairs(before, segments_by_context(source))
    if not pairs:
        return 0
    locales = list(
        Translation.objects.filter(source=source).values_list(
            "target_locale_id", flat=True
        )
    )
    old = {
        (t.context_id, t.translation_of_id, t.locale_id): t
        for t in StringTranslation.objects.filter(
            context_id__in={context for context, _old, _new in pairs},
            locale_id__in=locales,
        )
    }
    made = 0
    for context_id, old_id, new_id in pairs:
        for locale_id in locales:
            previous = old.get((context_id, old_id, locale_id))
            if previous is None or (context_id, new_id, locale_id) in old:
                continue
            StringTranslation.objects.create(
                translation_of_id=new_id,
                context_id=context_id,
                locale_id=locale_id,
                data=previous.data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                tool_name=PREVIOUS_TOOL,
            )
            made += 1
    return made


def reviewed():
    """StringTranslations a person made or accepted (not suggestions)."""
    return ~Q(tool_name=PREVIOUS_TOOL)


def reviewed_progress(translation):
    """(segments, segments translated by a person) of one translation."""
    segments = StringSegment.objects.filter(source=translation.source)
    total = segments.count()
    done = segments.filter(
        Exists(
            StringTranslation.objects.filter(
                reviewed(),
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=translation.target_locale_id,
                has_error=False,
            )
        )
    ).count()
    return total, done


def changed_segments(translation):
    """For the changes view: [{old, new, english, suggested}] for every segment
    of `translation` that is untranslated or a suggestion to review."""
    source = translation.source
    locale_id = translation.target_locale_id
    rows = []
    segments = (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )
    translations = {
        (t.translation_of_id, t.context_id): t
        for t in StringTranslation.objects.filter(
            locale_id=locale_id, context__in=[s.context_id for s in segments]
        ).select_related("translation_of")
    }
    by_context = defaultdict(list)
    for t in translations.values():
        by_context[t.context_id].append(t)
    for segment in segments:
        current = translations.get((segment.string_id, segment.context_id))
        if current is not None and current.tool_name != PREVIOUS_TOOL:
            continue
        old = None
        if current is not None:
            old = next(
                (
                    t.translation_of.data
                    for t in by_context[segment.context_id]
                    if t.translation_of_id != segment.string_id
                    and t.data == current.data
                ),
                None,
            )
        rows.append(
            {
                "field": segment.context.path,
                "old": old,
                "new": segment.string.data,
                "english": current.data if current else None,
                "suggested": current is not None,
            }
        )
    return rows
