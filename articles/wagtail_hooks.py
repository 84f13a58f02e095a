from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from articles.models import Audience, LegalDocument, Topic
from articles.reports import ArticlesDueForReviewView


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class LegalDocumentViewSet(SnippetViewSet):
    model = LegalDocument
    icon = "doc-full-inverse"
    list_display = ["number", "title", "document_type", "status", "locale"]
    list_filter = ["document_type", "status", "locale"]


class ArticlesGroup(SnippetViewSetGroup):
    items = (LegalDocumentViewSet, TopicViewSet, AudienceViewSet)
    menu_icon = "doc-full"
    menu_label = _("Articles and laws")
    menu_name = "articles-and-laws"


register_snippet(ArticlesGroup)


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path(
            "reports/articles-due-for-review/",
            ArticlesDueForReviewView.as_view(),
            name="articles_due_for_review",
        ),
        path(
            "reports/articles-due-for-review/results/",
            ArticlesDueForReviewView.as_view(results_only=True),
            name="articles_due_for_review_results",
        ),
    ]


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReviewReportMenuItem(
        _("Articles due for review"),
        reverse("articles_due_for_review"),
        name="articles-due-for-review",
        icon_name="time",
        order=1150,
    )
