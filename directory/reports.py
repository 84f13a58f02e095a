"""Admin report: the services to check again, because nobody has checked them for a long time
or because readers reported a problem with them."""

import datetime

from django.conf import settings
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Locale

from directory.models import ProblemReport, ServicePage

MODERATION_QUEUE_URL_NAME = "wagtailsnippets_directory_problemreport:list"


def stale_before() -> datetime.date:
    """Services last checked before this day are due for checking."""
    return timezone.localdate() - datetime.timedelta(days=settings.DIRECTORY_STALE_AFTER_DAYS)


def open_reports_by_service_key():
    """Open reports of the service whose translation key is the outer row's: a report sent
    from the English page counts for the service as much as one from the Vietnamese."""
    return Coalesce(
        Subquery(
            ProblemReport.objects.filter(
                status=ProblemReport.Status.OPEN,
                service__translation_key=OuterRef("translation_key"),
            )
            .order_by()
            .values("service__translation_key")
            .annotate(count=Count("pk"))
            .values("count"),
            output_field=IntegerField(),
        ),
        Value(0),
    )


def open_reports_url() -> str:
    """The moderation queue, open reports only; the report adds &service=<key> per row."""
    return f"{reverse(MODERATION_QUEUE_URL_NAME)}?status=open"


class ServicesToCheckView(PageReportView):
    """Services last checked longer ago than DIRECTORY_STALE_AFTER_DAYS, and services with
    open problem reports; the longest unchecked first.

    One row per service: its page in the default language (translations follow it; aliases
    cannot be edited). Editors only see the services they may change.
    """

    page_title = _("Services to check")
    header_icon = "time"
    index_url_name = "directory_services_to_check"
    index_results_url_name = "directory_services_to_check_results"
    results_template_name = "directory/reports/services_to_check_results.html"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "assured_date", "status", "open_report_count", "status_string"]
    export_headings = {
        "assured_date": _("Last checked on"),
        "status": _("Service status"),
        "open_report_count": _("Open problem reports"),
        "status_string": _("Page status"),
    }

    def get_filename(self):
        return f"services-to-check-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        self.queryset = (
            ServicePage.objects.filter(
                locale=Locale.get_default(),
                alias_of__isnull=True,
                pk__in=editable.values("pk"),
            )
            .annotate(open_report_count=open_reports_by_service_key())
            .filter(Q(assured_date__lt=stale_before()) | Q(open_report_count__gt=0))
            .order_by("assured_date", "title", "pk")
            # What the status tags ask of each row, in one query for all the rows.
            .select_related("locale", "latest_revision", "content_type")
            .prefetch_workflow_states()
            .annotate_approved_schedule()
        )
        return super().get_queryset()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context.update(
            {
                "stale_before": stale_before(),
                "stale_after_days": settings.DIRECTORY_STALE_AFTER_DAYS,
                "open_reports_url": open_reports_url(),
            }
        )
        return context
