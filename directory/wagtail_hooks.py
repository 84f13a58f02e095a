import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory.forms import ProblemReportModerationForm
from directory.models import (
    Location,
    Organization,
    ProblemReport,
    ServiceCategory,
    SpokenLanguage,
    Taxonomy,
)
from directory.reports import ServicesToCheckView


class ReaderReportsPolicy(ModelPermissionPolicy):
    """Problem reports come from readers only: editors moderate them but never write one
    (nor copy one), whatever their other permissions."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


# Before the viewset below asks for the model's policy, or Wagtail makes a default one.
register_permission_policy(ProblemReport, ReaderReportsPolicy(ProblemReport))


# Translatable snippets get Wagtail's language filter (?locale=en) and wagtail-localize's
# translate actions without asking; naming "locale" in list_filter would replace that filter
# with one by database id.


class ServiceCategoryViewSet(SnippetViewSet):
    model = ServiceCategory
    icon = "tag"
    list_display = ["name", "slug", "locale"]


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    list_display = ["name", "website", "locale"]


def ward_name(location) -> str:
    unit = location.ward
    return f"{unit.name}, {unit.province.name}" if unit else ""


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    list_display = [
        "name",
        Column("ward", label=_("Ward or commune"), accessor=ward_name),
        BooleanColumn("is_confidential", label=_("Confidential location")),
        "locale",
    ]
    list_filter = ["is_confidential"]


class TaxonomyViewSet(SnippetViewSet):
    model = Taxonomy
    icon = "list-ul"
    list_display = ["name", "version"]


class SpokenLanguageViewSet(SnippetViewSet):
    model = SpokenLanguage
    icon = "globe"
    list_display = ["name", "english_name", "code"]


class ProblemReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ProblemReport.Status.choices, empty_label=_("All")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Problem"), choices=ProblemReport.Kind.choices, empty_label=_("All")
    )
    # The service id (its translation key), so that the reports sent from its pages in every
    # language are listed together; "Services to check" links here with it.
    service = django_filters.UUIDFilter(
        label=_("Service id"), field_name="service__translation_key"
    )

    class Meta:
        model = ProblemReport
        fields = ["status", "kind", "service"]


class ProblemReportViewSet(SnippetViewSet):
    """The moderation queue: what readers reported, the newest first."""

    model = ProblemReport
    icon = "warning"
    list_display = ["service", "kind", "status", "created_at"]
    filterset_class = ProblemReportFilterSet
    copy_view_enabled = False
    inspect_view_enabled = True
    # The reader's words stay as they are; editors answer with the status and a note.
    edit_handler = ObjectList(
        [
            FieldPanel("service", read_only=True),
            FieldPanel("kind", read_only=True),
            FieldPanel("message", read_only=True),
            FieldPanel("language", read_only=True),
            FieldPanel("created_at", read_only=True),
            FieldPanel("status"),
            FieldPanel("moderator_note"),
            FieldPanel("resolved_at", read_only=True),
        ],
        base_form_class=ProblemReportModerationForm,
    )

    def get_queryset(self, request):
        return ProblemReport.objects.select_related("service").order_by("-created_at", "-pk")


class DirectoryGroup(SnippetViewSetGroup):
    items = (
        ServiceCategoryViewSet,
        OrganizationViewSet,
        LocationViewSet,
        TaxonomyViewSet,
        SpokenLanguageViewSet,
        ProblemReportViewSet,
    )
    menu_icon = "site"
    menu_label = _("Directory")
    menu_name = "directory"


register_snippet(DirectoryGroup)


@hooks.register("register_admin_urls")
def register_services_to_check_urls():
    return [
        path(
            "reports/services-to-check/",
            ServicesToCheckView.as_view(),
            name="directory_services_to_check",
        ),
        path(
            "reports/services-to-check/results/",
            ServicesToCheckView.as_view(results_only=True),
            name="directory_services_to_check_results",
        ),
    ]


class PageEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_services_to_check_menu_item():
    return PageEditorsMenuItem(
        _("Services to check"),
        reverse("directory_services_to_check"),
        name="directory-services-to-check",
        icon_name="time",
        order=1160,
    )
