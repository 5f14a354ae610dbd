"""Small builders for programme data; tests only."""

import datetime
import itertools

from django.contrib.auth.models import Group, User
from wagtail.models import Locale

from programme.models import PARIS, Session, SessionSpeaker, Speaker, Theme, Venue

_counter = itertools.count(1)


def fr():
    return Locale.objects.get(language_code="fr")


def en():
    return Locale.objects.get(language_code="en")


def make_member(group_name, username):
    """A user in one of the editorial roles (access.roles)."""
    user = User.objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def paris(day, hour, minute=0, month=12):
    return datetime.datetime(2016, month, day, hour, minute, tzinfo=PARIS)


def make_theme(name="Transparence", english="Transparency", colour="blue"):
    theme = Theme.objects.create(locale=fr(), name=name, colour=colour)
    translated = theme.copy_for_translation(en())
    translated.name = english
    translated.save()
    return theme


def make_venue(name="Grand amphithéâtre", english="Main auditorium"):
    venue = Venue.objects.create(locale=fr(), name=name, capacity=500)
    translated = venue.copy_for_translation(en())
    translated.name = english
    translated.save()
    return venue


def make_speaker(name=None):
    speaker = Speaker.objects.create(
        locale=fr(), name=name or f"Intervenant {next(_counter)}", role="Ministre"
    )
    translated = speaker.copy_for_translation(en())
    translated.role = "Minister"
    translated.save()
    return speaker


def make_session(title=None, english_title=None, speakers=(), **fields):
    number = next(_counter)
    values = {
        "title": title or f"Session {number}",
        "format": Session.CONFERENCE,
        "start": paris(7, 9),
        "end": paris(7, 10),
        "status": Session.SCHEDULED,
        "in_french": True,
        "in_english": True,
    }
    values.update(fields)
    session = Session(locale=fr(), **values)
    session.full_clean()
    session.save()
    for order, speaker in enumerate(speakers):
        SessionSpeaker.objects.create(
            session=session, speaker=speaker, sort_order=order
        )
    if english_title is not False:
        translate_session(session, english_title or f"English {values['title']}")
    return session


def translate_session(session, title):
    """An English copy pointing at English theme, venue and speakers."""
    english = session.copy_for_translation(en())
    english.title = title
    english.slug = ""
    english.theme = session.theme.get_translation(en()) if session.theme else None
    english.venue = session.venue.get_translation(en()) if session.venue else None
    english.save()  # copy_for_translation also copied the speaker rows
    for link in english.session_speakers.all():
        link.speaker = link.speaker.get_translation(en())
        link.save()
    for link in english.session_commitments.all():
        link.commitment = link.commitment.get_translation(en())
        link.save()
    return english


def bulk_sessions(count, theme, venue, speakers):
    """Many French sessions with English translations, fast: for volume tests."""
    french, english = fr(), en()
    theme_en, venue_en = theme.get_translation(english), venue.get_translation(english)
    speakers_en = {s.pk: s.get_translation(english) for s in speakers}
    sources = []
    for index in range(count):
        number = next(_counter)
        day, hour = 7 + index % 3, 9 + index % 8
        sources.append(
            Session(
                locale=french,
                title=f"Session {number}",
                slug=f"session-{number}",
                format=Session.CONFERENCE,
                theme=theme,
                venue=venue,
                start=paris(day, hour),
                end=paris(day, 18),
                status=Session.SCHEDULED,
                in_french=True,
                in_english=True,
            )
        )
    Session.objects.bulk_create(sources)
    sources = list(Session.objects.filter(slug__in=[s.slug for s in sources]))
    translations = [
        Session(
            locale=english,
            translation_key=s.translation_key,
            title=f"English {s.title}",
            slug=f"english-{s.slug}",
            format=s.format,
            theme=theme_en,
            venue=venue_en,
            start=s.start,
            end=s.end,
            status=s.status,
            in_french=True,
            in_english=True,
        )
        for s in sources
    ]
    Session.objects.bulk_create(translations)
    translations = {
        s.translation_key: s
        for s in Session.objects.filter(slug__in=[t.slug for t in translations])
    }
    links = []
    for index, session in enumerate(sources):
        for order, speaker in enumerate(speakers[: index % 3 + 1]):
            link = SessionSpeaker(
                session=session, speaker=speaker, sort_order=order, locale=french
            )
            links.append(link)
            links.append(
                SessionSpeaker(
                    session=translations[session.translation_key],
                    speaker=speakers_en[speaker.pk],
                    sort_order=order,
                    locale=english,
                    translation_key=link.translation_key,
                )
            )
    SessionSpeaker.objects.bulk_create(links)
