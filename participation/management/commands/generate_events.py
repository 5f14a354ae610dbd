"""Synthetic agenda volume for load tests and benchmarks (never real content)."""

import datetime
import random
import zoneinfo

from django.core.management.base import BaseCommand
from django.db import transaction

from maintenance.statistics import refresh_statistics
from pagecache.generation import bump
from participation.models import Event
from search.indexing import index_objects

PLACES = [
    ("FR", "Paris", "Europe/Paris"),
    ("FR", "Lyon", "Europe/Paris"),
    ("SN", "Dakar", "Africa/Dakar"),
    ("MX", "Ciudad de México", "America/Mexico_City"),
    ("BR", "São Paulo", "America/Sao_Paulo"),
    ("CA", "Ottawa", "America/Toronto"),
    ("ID", "Jakarta", "Asia/Jakarta"),
    ("TN", "Tunis", "Africa/Tunis"),
    ("GB", "London", "Europe/London"),
    ("KE", "Nairobi", "Africa/Nairobi"),
]


class Command(BaseCommand):
    help = "Generate N accepted synthetic agenda events, marked as demo content."

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=2016)

    @transaction.atomic
    def handle(self, *args, events, seed, **options):
        rng = random.Random(seed)
        start_number = Event.objects.count() + 1
        created = []
        for n in range(start_number, start_number + events):
            country, city, tz_name = rng.choice(PLACES)
            day = rng.randint(5, 14)
            start = datetime.datetime(
                2016,
                12,
                day,
                rng.choice([9, 10, 14, 18]),
                tzinfo=zoneinfo.ZoneInfo(tz_name),
            )
            online = rng.random() < 0.3
            created.append(
                Event(
                    kind=Event.WEEK_EVENT,
                    title=f"Événement synthétique {n}",
                    description=f"Description de l'événement synthétique {n}.",
                    organiser=f"Organisateur synthétique {n % 97}",
                    organiser_type=rng.choice(
                        [t for t, _label in Event.ORGANISER_TYPES]
                    ),
                    start=start,
                    end=start + datetime.timedelta(hours=rng.choice([1, 2, 3])),
                    timezone=tz_name,
                    city=city,
                    country=country,
                    address="" if online else f"{n} rue de l'Exemple",
                    online_url="https://example.org/live" if online else "",
                    language=rng.choice(["fr", "en", "es"]),
                    contact_email="synthetic@example.org",
                    consent=True,
                    status=Event.ACCEPTED,
                    is_demo=True,
                )
            )
        Event.objects.bulk_create(created)
        # bulk_create sends no signals: index the events and empty the caches.
        index_objects(Event, created)
        transaction.on_commit(bump)
        # Search plans need statistics that match the new volume.
        transaction.on_commit(refresh_statistics)
        self.stdout.write(f"Generated {events} accepted events.")
