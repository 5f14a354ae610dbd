"""Loads the demo programme in French with English Localize translations.

Idempotent: an object that already exists (found by its French name or slug) is
left as it is, so staff edits survive a second run.
"""

import datetime

from wagtail.models import Locale

from home.seed.content import T
from home.seed.localize import create_translation, segment_map
from presentation.models import Commitment

from ..models import (
    PARIS,
    Session,
    SessionCommitment,
    SessionSpeaker,
    Speaker,
    Theme,
    Venue,
)
from . import demo_data


def in_language(values, lang):
    return {k: v.get(lang) if isinstance(v, T) else v for k, v in values.items()}


def paris_time(day, hhmm):
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return datetime.datetime(2016, 12, day, hours, minutes, tzinfo=PARIS)


class DemoProgrammeLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.french = Locale.get_default()
        self.english = Locale.objects.get(language_code="en")
        self.created = 0

    def run(self):
        themes = {
            d["key"]: self.ensure(
                Theme,
                {"name": d["name"]},
                {"description": d["description"], "colour": d["colour"]},
            )
            for d in demo_data.THEMES
        }
        venues = {
            d["key"]: self.ensure(
                Venue,
                {"name": d["name"]},
                {
                    "address": d["address"],
                    "capacity": d["capacity"],
                    "accessibility": d["accessibility"],
                },
            )
            for d in demo_data.VENUES
        }
        speakers = {
            d["key"]: self.ensure(
                Speaker,
                {"name": d["name"]},
                {
                    "role": d["role"],
                    "organisation": d["organisation"],
                    "country": d["country"],
                    "bio": d["bio"],
                    "is_demo": True,
                },
            )
            for d in demo_data.SPEAKERS
        }
        commitments = {
            c.number: c for c in Commitment.objects.filter(locale=self.french)
        }
        for d in demo_data.SESSIONS:
            self.ensure(
                Session,
                {"slug": d["slug"]},
                {
                    "title": d["title"],
                    "description": d["description"],
                    "format": d["format"],
                    "theme": themes[d["theme"]],
                    "start": paris_time(d["day"], d["start"]),
                    "end": paris_time(d["day"], d["end"]),
                    "venue": venues[d["venue"]] if d.get("venue") else None,
                    "in_french": "fr" in d["languages"],
                    "in_english": "en" in d["languages"],
                    "in_other_language": "other" in d["languages"],
                    "other_language": d["other_language"],
                    "organisers": d["organisers"],
                    "organiser_type": d["organiser_type"],
                    "external_link": d["external_link"],
                    "status": d["status"],
                    "is_demo": True,
                },
                speakers=[speakers[key] for key in d["speakers"]],
                commitments=[
                    commitments[n] for n in d.get("commitments", []) if n in commitments
                ],
            )
        if self.stdout and self.created:
            self.stdout.write(f"Demo programme: {self.created} object(s) created.")
        return self.created

    def ensure(self, model, lookup, values, speakers=(), commitments=()):
        """The French object, created with its English translation if missing."""
        french_lookup = in_language(lookup, "fr")
        existing = model.objects.filter(locale=self.french, **french_lookup).first()
        if existing:
            return existing
        obj = model(locale=self.french, **french_lookup, **in_language(values, "fr"))
        obj.full_clean()
        obj.save()
        for order, speaker in enumerate(speakers):
            SessionSpeaker.objects.create(
                session=obj, speaker=speaker, sort_order=order
            )
        for order, commitment in enumerate(commitments):
            SessionCommitment.objects.create(
                session=obj, commitment=commitment, sort_order=order
            )
        shadow = model(**in_language(lookup, "en"), **in_language(values, "en"))
        create_translation(obj, segment_map(obj, shadow), self.english)
        self.created += 1
        return obj
