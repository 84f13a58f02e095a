"""Admin report: articles whose review date has come."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView

from articles.models import ArticlePage


class ArticlesDueForReviewView(PageReportView):
    """Articles due for review today or earlier, the most overdue first.

    Aliases are left out: they follow their original and cannot be edited. Editors only
    see the articles they may change.
    """

    page_title = _("Articles due for review")
    header_icon = "time"
    index_url_name = "articles_due_for_review"
    index_results_url_name = "articles_due_for_review_results"
    results_template_name = "articles/reports/due_for_review_results.html"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "locale", "review_due", "last_reviewed", "owner_team", "status_string"]
    export_headings = {
        "locale": _("Language"),
        "review_due": _("Review due"),
        "last_reviewed": _("Last reviewed"),
        "owner_team": _("Owner team"),
        "status_string": _("Status"),
    }

    def get_filename(self):
        return f"articles-due-for-review-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        self.queryset = (
            ArticlePage.objects.filter(
                review_due__lte=timezone.localdate(),
                alias_of__isnull=True,
                pk__in=editable.values("pk"),
            )
            .defer_streamfields()
            .select_related("locale")
            .order_by("review_due", "title", "pk")
        )
        return super().get_queryset()
