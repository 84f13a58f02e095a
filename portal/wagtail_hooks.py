from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.models import Hotline, Navigation


class HotlineViewSet(SnippetViewSet):
    model = Hotline
    icon = "mobile-alt"
    list_display = ["label", "phone_number", "show_in_header", "locale"]
    list_filter = ["locale", "show_in_header"]


class NavigationViewSet(SnippetViewSet):
    model = Navigation
    icon = "list-ul"
    list_display = ["name", "locale"]


class SiteChromeGroup(SnippetViewSetGroup):
    items = (NavigationViewSet, HotlineViewSet)
    menu_icon = "site"
    menu_label = _("Header and footer")
    menu_name = "header-footer"


register_snippet(SiteChromeGroup)
