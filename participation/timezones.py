"""Time zones as a visitor looks for them: by country, then by city.

The list comes from tzdata's zone.tab (the pinned `tzdata` package, so every
server offers the same zones whatever its system files): one line per
canonical zone of a country, none of the aliases (Zulu, GB-Eire,
Asia/Calcutta) that `zoneinfo.available_timezones()` also returns.
"""

import functools
from importlib import resources

from django.utils.translation import get_language
from django_countries import countries


@functools.cache
def zones_by_country():
    """{country code: [zone names]}, each country's main zone first."""
    table = resources.files("tzdata.zoneinfo").joinpath("zone.tab")
    zones = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _coordinates, name, *_comment = line.split("\t")
        zones.setdefault(code, []).append(name)
    return zones


def canonical_zones():
    return {name for names in zones_by_country().values() for name in names}


def city_name(zone):
    """ "America/Argentina/Buenos_Aires" -> "Buenos Aires"."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def main_zone(country_code):
    names = zones_by_country().get(str(country_code or ""), [])
    return names[0] if names else None


@functools.cache
def _grouped(language):
    groups = []
    by_country = zones_by_country()
    for code, country_name in countries:
        names = by_country.get(code)
        if names:
            cities = sorted(((name, city_name(name)) for name in names), key=_by_city)
            groups.append((country_name, cities))
    return groups


def _by_city(choice):
    return choice[1]


def grouped_choices():
    """Choices for a select: one group per country, named in the current
    language and in its alphabetical order, its cities inside."""
    return _grouped(get_language())
