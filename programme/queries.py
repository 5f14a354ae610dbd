"""Public sessions in the visitor's language, with French fallback.

A session not yet translated into the page's language is shown in French (the
template marks it with lang="fr") rather than missing from the programme.
"""

from django.db.models import Prefetch, Q
from wagtail.models import Locale

from .models import Session, SessionSpeaker


def localized_public_sessions(locale):
    source = Locale.get_default()
    sessions = Session.objects.filter(status__in=Session.PUBLIC_STATUSES)
    if locale.pk == source.pk:
        sessions = sessions.filter(locale=locale)
    else:
        translated = Session.objects.filter(locale=locale).values("translation_key")
        sessions = sessions.filter(
            Q(locale=locale) | (Q(locale=source) & ~Q(translation_key__in=translated))
        )
    return sessions.select_related("theme", "venue", "locale").prefetch_related(
        Prefetch(
            "session_speakers",
            queryset=SessionSpeaker.objects.select_related("speaker").order_by(
                "sort_order"
            ),
        )
    )


def localized(model, objects, locale):
    """Each object in `locale` where a translation exists, else itself; one query."""
    objects = [o for o in objects if o is not None]
    keys = {o.translation_key for o in objects if o.locale_id != locale.pk}
    if not keys:
        return {o.pk: o for o in objects}
    translations = {
        t.translation_key: t
        for t in model.objects.filter(locale=locale, translation_key__in=keys)
    }
    return {o.pk: translations.get(o.translation_key, o) for o in objects}
