"""schema.org structured data (JSON-LD) for search engines: the summit on the
home page, and the escaping every JSON-LD block on the site goes through."""

import json

from django.templatetags.static import static

from home.locales import code_of

# JSON inside a <script> element: "</script>" or "<!--" in a title must not
# end or comment out the element.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def script_json(data):
    """`data` as JSON safe inside a <script> element."""
    return json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)


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
    return script_json(data)
