from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .guards import convert_to_alias, stop_translation
from .po_upload import checked_upload_pofile
from .sync import sync_with_related_objects
from .views import (
    ChangedSegmentsView,
    TranslationStatusPanel,
    TranslationStatusReportView,
    can_view_report,
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", TranslationStatusReportView.as_view(), name="status_report"),
        path(
            "results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="status_report_results",
        ),
        path(
            "changes/<int:source_id>/<str:locale>/",
            ChangedSegmentsView.as_view(),
            name="changes",
        ),
    ]
    return [
        path(
            "translation-status/",
            include((urls, "translations"), namespace="translations"),
        )
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_report(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translations:status_report"),
        icon_name="wagtail-localize-language",
        order=8900,
    )


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if can_view_report(request.user):
        panels.append(TranslationStatusPanel())


@hooks.register("register_admin_urls")
def register_localize_guards():
    # This app loads before wagtail_localize, so these answer first at the
    # same addresses as Localize's own views (see po_upload.py and sync.py).
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            checked_upload_pofile,
            name="checked_upload_pofile",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            sync_with_related_objects,
            name="sync_with_related_objects",
        ),
        path(
            "localize/translate/<int:translation_id>/disable/",
            stop_translation,
            name="guarded_stop_translation",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias,
            name="guarded_convert_to_alias",
        ),
    ]
