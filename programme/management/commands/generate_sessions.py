"""Synthetic programme volume for load tests and benchmarks (never real content)."""

import datetime
import random

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale

from maintenance.statistics import refresh_statistics
from pagecache.generation import bump
from programme.models import PARIS, Session, SessionSpeaker, Speaker, Theme, Venue
from search.indexing import index_objects

DAYS = (7, 8, 9)
SLOTS = [(9, 0), (9, 30), (11, 0), (14, 0), (15, 30), (17, 0)]


class Command(BaseCommand):
    help = (
        "Generate N synthetic sessions (and speakers) in French with English "
        "translations, marked as demo content, for load and benchmark work."
    )

    def add_arguments(self, parser):
        parser.add_argument("--sessions", type=int, default=1000)
        parser.add_argument("--speakers", type=int, default=300)
        parser.add_argument("--seed", type=int, default=2016)

    @transaction.atomic
    def handle(self, *args, sessions, speakers, seed, **options):
        rng = random.Random(seed)
        self.fr = Locale.get_default()
        self.en = Locale.objects.get(language_code="en")
        themes = self.pairs(Theme, [{"name": f"Thème {n}"} for n in range(1, 6)])
        venues = self.pairs(Venue, [{"name": f"Salle {n}"} for n in range(1, 21)])
        people = self.pairs(
            Speaker,
            [
                {
                    "name": f"Intervenant·e synthétique {n}",
                    "role": "Rôle",
                    "is_demo": True,
                }
                for n in range(1, speakers + 1)
            ],
        )
        start_number = Session.objects.count() + 1
        french = []
        for n in range(start_number, start_number + sessions):
            hour, minute = rng.choice(SLOTS)
            start = datetime.datetime(
                2016, 12, rng.choice(DAYS), hour, minute, tzinfo=PARIS
            )
            french.append(
                Session(
                    locale=self.fr,
                    title=f"Session synthétique {n}",
                    slug=f"session-synthetique-{n}",
                    description=f"<p>Description de la session synthétique {n}.</p>",
                    format=rng.choice([f for f, _label in Session.FORMATS]),
                    theme=rng.choice(themes)[0],
                    venue=rng.choice(venues)[0],
                    start=start,
                    end=start + datetime.timedelta(minutes=rng.choice([30, 60, 90])),
                    in_french=True,
                    in_english=rng.random() < 0.7,
                    status=Session.SCHEDULED,
                    is_demo=True,
                )
            )
        Session.objects.bulk_create(french)
        english = [
            Session(
                locale=self.en,
                translation_key=s.translation_key,
                title=s.title.replace("Session synthétique", "Synthetic session"),
                slug=s.slug.replace("session-synthetique", "synthetic-session"),
                description=s.description,
                format=s.format,
                theme=dict(themes)[s.theme],
                venue=dict(venues)[s.venue],
                start=s.start,
                end=s.end,
                in_french=s.in_french,
                in_english=s.in_english,
                status=s.status,
                is_demo=True,
            )
            for s in french
        ]
        Session.objects.bulk_create(english)
        links = []
        people_en = dict(people)
        for source, translated in zip(french, english, strict=True):
            for order, (speaker, _en) in enumerate(
                rng.sample(people, rng.randint(1, 3))
            ):
                link = SessionSpeaker(
                    session=source, speaker=speaker, sort_order=order, locale=self.fr
                )
                links += [
                    link,
                    SessionSpeaker(
                        session=translated,
                        speaker=people_en[speaker],
                        sort_order=order,
                        locale=self.en,
                        translation_key=link.translation_key,
                    ),
                ]
        SessionSpeaker.objects.bulk_create(links)
        # bulk_create sends no post_save: add the sessions to the search index.
        index_objects(Session, french + english)
        transaction.on_commit(bump)  # no signals either: empty the page caches
        # Search plans need statistics that match the new volume.
        transaction.on_commit(refresh_statistics)
        self.stdout.write(f"Generated {sessions} sessions and {speakers} speakers.")

    def pairs(self, model, rows):
        """[(French object, English object)], created in bulk."""
        french = [model(locale=self.fr, **row) for row in rows]
        for obj in french:
            if hasattr(obj, "slug") and not obj.slug:
                obj.slug = f"synthetic-{obj.translation_key}"
        model.objects.bulk_create(french)
        english = []
        for obj in french:
            copy = model(locale=self.en, translation_key=obj.translation_key)
            for field in ("name", "role", "slug", "is_demo"):
                if hasattr(obj, field):
                    setattr(copy, field, getattr(obj, field))
            english.append(copy)
        model.objects.bulk_create(english)
        index_objects(model, french + english)
        return list(zip(french, english, strict=True))
