"""Copy every French fact onto its translations now (translations.facts).

Publishing or saving in French does it by itself; this is for data that
changed without signals (bulk imports, a database restored from before the
facts were synchronised)."""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page

from translations import facts
from translations.status import snippet_labels


class Command(BaseCommand):
    help = (
        "Copy the synchronised fields of every source page and snippet onto "
        "its translations."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        source = Locale.get_default()
        pages = 0
        for page in Page.objects.filter(locale=source, depth__gt=1).specific():
            if page.live:
                facts.sync_page(page)
            else:
                facts.unpublish_translations(page)
            pages += 1
        snippets = 0
        for label in snippet_labels():
            for obj in apps.get_model(label)._default_manager.filter(locale=source):
                facts.sync_snippet(obj)
                snippets += 1
        self.stdout.write(
            f"Facts copied from {pages} page(s) and {snippets} snippet(s)."
        )
