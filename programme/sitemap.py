"""Public sessions in the sitemap, each with its translations as alternates."""

from collections import defaultdict

from site_config.seo import absolute, register_entries

from .models import ProgrammePage, Session


@register_entries
def session_entries(request):
    programmes = {
        p.locale.language_code: p.get_url(request)
        for p in ProgrammePage.objects.live().public().select_related("locale")
    }
    groups = defaultdict(dict)
    for session in (
        Session.objects.filter(status__in=Session.PUBLIC_STATUSES)
        .select_related("locale")
        .only("translation_key", "slug", "updated_at", "locale__language_code")
    ):
        code = session.locale.language_code
        if code in programmes:
            groups[session.translation_key][code] = (
                absolute(request, f"{programmes[code]}{session.slug}/"),
                session.updated_at,
            )
    return list(groups.values())
