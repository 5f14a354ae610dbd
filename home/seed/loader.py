"""Builds the seed pages in French, then their English translations through
wagtail-localize, so translators can carry on in the translation editor.

Idempotent: a page that already exists (found by its slug under its parent)
is left exactly as it is, so a second run, or staff edits, are never undone.
"""

from django.apps import apps
from django.db import transaction
from wagtail.models import Locale, Page, Site

from access.roles import grant_translator_pages

from .content import HOME, PageRef, PageSpec, T
from .localize import create_translation, normalised, segment_map, string_segments
from .workflows import retire_unapprovable_workflows


def resolve(value, lang, pages):
    """Replace T pairs by one language and PageRefs by the pages they name."""
    if isinstance(value, T):
        return value.get(lang)
    if isinstance(value, PageRef):
        return pages.get(value.key)
    if isinstance(value, dict):
        return {k: resolve(v, lang, pages) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(resolve(v, lang, pages) for v in value)
    return value


def build_page(spec: PageSpec, lang, pages):
    """An unsaved page of the spec's model with every text in `lang`."""
    model = apps.get_model(spec.model)
    page = model(
        title=spec.title.get(lang),
        slug=spec.slug.get(lang),
        show_in_menus=spec.show_in_menus,
        search_description=spec.search_description.get(lang)
        if spec.search_description
        else "",
        **resolve(spec.fields, lang, pages),
    )
    if spec.body:
        page.body = resolve(spec.body, lang, pages)
    return page


def walk(spec, parent_key=None):
    yield spec, parent_key
    for child in spec.children:
        yield from walk(child, spec.key)


class ContentLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.source_locale = Locale.get_default()
        self.target_locale, _ = Locale.objects.get_or_create(language_code="en")
        self.created = []

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    @transaction.atomic
    def run(self):
        from home.models import SummitCalendar

        # The 2016 dates (the model's defaults), unless staff already set them.
        SummitCalendar.load()
        self.load_legal_information()
        pages = self.load_french()
        for spec, _parent in walk(HOME):
            self.translate(spec, pages[spec.key])
        for name in retire_unapprovable_workflows():
            self.log(f"Workflow retired (no one can approve it): {name}")
        return self.created

    # French source -------------------------------------------------------

    def load_french(self):
        pages, new_specs = {}, []
        for spec, parent_key in walk(HOME):
            parent = pages[parent_key] if parent_key else Page.get_first_root_node()
            existing = self.find_existing(spec, parent)
            if existing:
                pages[spec.key] = existing
                continue
            # Links between seeded pages are resolved once every page exists.
            page = build_page(spec, "fr", {})
            if spec.body:
                page.body = []
            page.locale = self.source_locale
            parent.add_child(instance=page)
            pages[spec.key] = page
            new_specs.append(spec)
            if spec is HOME:
                self.make_site_root(page)

        for spec in new_specs:
            page = pages[spec.key]
            if spec.body:
                page.body = resolve(spec.body, "fr", pages)
            for name, value in spec.fields.items():
                if isinstance(value, PageRef):
                    setattr(page, name, pages.get(value.key))
            page.save_revision().publish()
            self.created.append(page)
            self.log(f"Created {page.url_path} (fr)")
        return pages

    def load_legal_information(self):
        """Labelled demo values, created once; staff replace them in the admin."""
        from home.models import LegalInformation

        from .content import DEMO_LEGAL_INFORMATION

        if LegalInformation.objects.filter(locale=self.source_locale).exists():
            return
        french = LegalInformation.objects.create(
            locale=self.source_locale, **resolve(DEMO_LEGAL_INFORMATION, "fr", {})
        )
        english = LegalInformation(**resolve(DEMO_LEGAL_INFORMATION, "en", {}))
        create_translation(french, segment_map(french, english), self.target_locale)
        self.log("Created the demo legal information (fr, en)")

    def find_existing(self, spec, parent):
        model = apps.get_model(spec.model)
        found = parent.get_children().filter(
            slug=spec.slug.fr, locale=self.source_locale
        )
        if spec is HOME:
            found = model.objects.filter(depth=2, locale=self.source_locale)
        page = found.first()
        return page.specific if page else None

    def make_site_root(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        old_root = site.root_page if site.pk else None
        site.root_page = home
        site.site_name = home.summit_name
        site.save()
        # Wagtail's placeholder "Welcome" page is no use once the home page exists.
        if old_root and old_root.pk != home.pk and old_root.depth == 2:
            old_root.delete()

    # English translation -------------------------------------------------

    def translate(self, spec, source_page):
        if source_page.get_translation_or_none(self.target_locale):
            return
        english = self.english_strings(spec, source_page)
        if english is None:
            self.log(
                f"Skipped the English translation of {source_page.url_path}: "
                "the French page no longer matches the seed."
            )
            return
        translated = create_translation(source_page, english, self.target_locale)
        if spec is HOME:
            grant_translator_pages(translated)
        self.created.append(translated)
        self.log(f"Translated {source_page.url_path} (en)")

    def english_strings(self, spec, source_page):
        """{(segment path, French string): English string} for the page, or None
        when the French page no longer holds the seed's text (staff edited it)."""
        seed_french = string_segments(shadow_page(spec, "fr"))
        if [normalised(s) for s in string_segments(source_page)] != [
            normalised(s) for s in seed_french
        ]:
            return None
        return segment_map(source_page, shadow_page(spec, "en"))


def shadow_page(spec, lang):
    """An unsaved page holding the seed text in one language, links left empty."""
    page = build_page(spec, lang, {})
    if spec.body:
        # Serialising gives every block an id, as saving would; paths need them.
        page.body = page.body.stream_block.get_prep_value(page.body)
    return page
