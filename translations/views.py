"""The translation status report: every page and snippet in every target
locale, with its state and a link to the work to do."""

import django_filters
from django import forms
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail_localize.models import Translation, get_edit_url

from access.roles import COMMUNICATION, TRANSLATORS
from site_config.csv_safety import FormulaSafeExportMixin
from site_config.request_memo import kept_on

from .previous import changed_segments
from .status import (
    NOT_TRANSLATED,
    OUT_OF_DATE,
    STATE_LABELS,
    STATES,
    UP_TO_DATE,
    count_by_state,
    kind_choices,
    target_locales,
    translation_status,
)

REPORT_GROUPS = (TRANSLATORS, COMMUNICATION)


def can_view_report(user):
    """Superusers, and admin users of the Translators or Communication groups.
    Cached on the user: the menu, dashboard and view all ask."""
    return kept_on(
        user,
        "can_view_translation_report",
        lambda: bool(
            user.is_active
            and (
                user.is_superuser
                or (
                    user.has_perm("wagtailadmin.access_admin")
                    and user.groups.filter(name__in=REPORT_GROUPS).exists()
                )
            )
        ),
    )


def can_submit_translations(user):
    """Localize's "Translate" and "Sync" forms need this permission."""
    return user.has_perm("wagtail_localize.submit_translation")


def report_url(**params):
    url = reverse("translations:status_report")
    query = "&".join(f"{key}={value}" for key, value in params.items() if value)
    return f"{url}?{query}" if query else url


# Filters ------------------------------------------------------------------


def _state_choices():
    return list(STATE_LABELS.items())


def _locale_choices():
    return [
        (locale.language_code, locale.get_display_name()) for locale in target_locales()
    ]


class NoQuerysetFilter(django_filters.ChoiceFilter):
    """The report filters rows computed in Python: the view applies the value."""

    def filter(self, qs, value):
        return qs


class TranslationStatusFilterSet(WagtailFilterSet):
    kind = NoQuerysetFilter(
        label=_("Kind"),
        choices=kind_choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    state = NoQuerysetFilter(
        label=_("State"),
        choices=_state_choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    locale = NoQuerysetFilter(
        label=_("Language"),
        choices=_locale_choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        # django-filter wants a queryset; the rows are not one.
        if queryset is None:
            queryset = Locale.objects.none()
        super().__init__(data, queryset, request=request, prefix=prefix)


# Columns ------------------------------------------------------------------


class LabelColumn(Column):
    cell_template_name = "wagtailadmin/tables/locale_cell.html"


class ActionColumn(Column):
    """The next step: edit the translation, or start it; sync when out of date."""

    cell_template_name = "translations/action_cell.html"

    def __init__(self, name, can_submit=False, **kwargs):
        super().__init__(name, **kwargs)
        self.can_submit = can_submit

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["row"] = instance
        context["can_submit"] = self.can_submit
        return context


def _link_of(can_submit):
    def link(row):
        if row.target_pk is not None:
            return row.target_edit_url
        if can_submit:
            return row.translate_url
        return None

    return link


# Report -------------------------------------------------------------------


class TranslationStatusReportView(FormulaSafeExportMixin, ReportView):
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    index_url_name = "translations:status_report"
    index_results_url_name = "translations:status_report_results"
    results_template_name = "translations/report_results.html"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 100
    # The rows are computed in Python: get_queryset applies the search.
    is_searchable = True
    export_filename = "translation-status"
    list_export = [
        "title",
        "kind_label",
        "locale.language_code",
        "state_label",
        "since",
        "percent",
        "glossary_display",
    ]
    export_headings = {
        "title": _("Object"),
        "kind_label": _("Kind"),
        "locale.language_code": _("Language"),
        "state_label": _("State"),
        "since": _("Source changed"),
        "percent": _("Translated segments (%)"),
        "glossary_display": _("Glossary terms missing"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_view_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def columns(self):
        can_submit = can_submit_translations(self.request.user)
        return [
            TitleColumn("title", label=_("Object"), get_url=_link_of(can_submit)),
            Column("kind_label", label=_("Kind")),
            LabelColumn("locale_label", label=_("Language")),
            StatusTagColumn(
                "state_label",
                label=_("State"),
                primary=lambda row: row.state == UP_TO_DATE,
                classname="w-whitespace-nowrap",
            ),
            DateColumn("since", label=_("Source changed")),
            Column("percent_display", label=_("Translated segments")),
            Column("glossary_display", label=_("Glossary terms missing")),
            ActionColumn("state", label=_("Action"), can_submit=can_submit),
        ]

    @cached_property
    def filter_values(self):
        """The valid filter values; an invalid one is ignored, not reported."""
        if not self.filters:
            return {}
        form = self.filters.form
        form.is_valid()
        return {key: value for key, value in form.cleaned_data.items() if value}

    def filter_queryset(self, queryset):
        return queryset  # get_queryset has applied the filters

    def get_queryset(self):
        values = self.filter_values
        locales = None
        if "locale" in values:
            locales = list(Locale.objects.filter(language_code=values["locale"]))
        kinds = [values["kind"]] if "kind" in values else None
        rows = translation_status(kinds=kinds, locales=locales)
        if self.search_query:
            words = self.search_query.casefold().split()
            rows = [
                row
                for row in rows
                if all(word in str(row.title).casefold() for word in words)
            ]
        self.state_counts = count_by_state(rows)
        if "state" in values:
            rows = [row for row in rows if row.state == values["state"]]
        # Most urgent first; otherwise the tree and model order is kept.
        return sorted(rows, key=lambda row: STATES.index(row.state))

    def get_state_links(self):
        query = self.request.GET.copy()
        for key in (self.page_kwarg, "_w_filter_fragment", "export", "state"):
            query.pop(key, None)
        current = self.filter_values.get("state")
        links = [
            {
                "state": None,
                "label": _("All"),
                "count": sum(self.state_counts.values()),
                "url": f"{self.index_url}?{query.urlencode()}",
                "active": current is None,
            }
        ]
        for state in STATES:
            query["state"] = state
            links.append(
                {
                    "state": state,
                    "label": STATE_LABELS[state],
                    "count": self.state_counts[state],
                    "url": f"{self.index_url}?{query.urlencode()}",
                    "active": current == state,
                }
            )
        return links

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["state_links"] = self.get_state_links()
        return context


# Dashboard ----------------------------------------------------------------


class TranslationStatusPanel(Component):
    name = "translation_status"
    order = 200
    template_name = "translations/dashboard_panel.html"
    icons = {
        OUT_OF_DATE: "warning",
        NOT_TRANSLATED: "circle-plus",
        UP_TO_DATE: "circle-check",
    }

    def get_context_data(self, parent_context=None):
        counts = count_by_state(translation_status())
        return {
            "items": [
                {
                    "state": state,
                    "label": STATE_LABELS[state],
                    "count": counts[state],
                    "icon": self.icons[state],
                    "url": report_url(state=state),
                }
                for state in STATES
            ],
            "report_url": report_url(),
        }


# What changed ---------------------------------------------------------------


class ChangedSegmentsView(WagtailAdminTemplateMixin, TemplateView):
    """Old French, new French and the English to review, for each segment of
    a translation that waits for a translator."""

    template_name = "translations/changes.html"
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_report(request.user):
            raise PermissionDenied
        self.translation = get_object_or_404(
            Translation.objects.select_related("source", "target_locale"),
            source_id=kwargs["source_id"],
            target_locale__language_code=kwargs["locale"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("What changed")

    def get_page_subtitle(self):
        return self.translation.source.object_repr

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("translations:status_report"),
                "label": _("Translation status"),
            },
            {
                "url": "",
                "label": self.get_page_title(),
                "sublabel": self.get_page_subtitle(),
            },
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            target = self.translation.get_target_instance()
        except ObjectDoesNotExist:
            target = None
        context["rows"] = changed_segments(self.translation)
        context["locale"] = self.translation.target_locale
        context["editor_url"] = target and get_edit_url(target)
        return context
