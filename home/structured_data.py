"""schema.org Event for the summit, on the home page, for search engines."""

import json

from django.templatetags.static import static

from home.locales import code_of
from programme.exports import JSON_SCRIPT_ESCAPES


def summit_event(home, request):
    """JSON-LD of the summit, safe inside a <script> element."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": home.summit_name,
        "description": home.pitch,
        "startDate": home.start_date.isoformat(),
        "endDate": home.end_date.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": home.place,
            "address": {
                "@type": "PostalAddress",
                "addressLocality": "Paris",
                "addressCountry": "FR",
            },
        },
        "organizer": {
            "@type": "Organization",
            "name": "Open Government Partnership",
            "url": "https://www.opengovpartnership.org/",
        },
        "inLanguage": code_of(home.locale_id),
        "url": request.build_absolute_uri(home.get_url(request)),
        "image": request.build_absolute_uri(static("img/og-default.png")),
    }
    return json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
