"""The "Tracked links" panel on a campaign's Channels tab: what each saved post links to.

Read-only: it shows the campaign as last saved (the latest revision), so staff can copy a
post's tracked address or fetch its QR code before the campaign is published. Short links
missing so far are made here, as the share kit would make them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class TrackedLinksPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Tracked links"))
        kwargs.setdefault(
            "help_text",
            _(
                "Each saved post's address with its UTM parameters, and the short link and QR "
                "code of posters and SMS. Save the campaign to see changes here."
            ),
        )
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/admin/tracked_links_panel.html"

        def get_context_data(self, parent_context=None):
            # Imported here: the campaign page model imports this panel.
            from campaigns.post_links import post_links

            context = super().get_context_data(parent_context)
            page = self.instance
            context["is_saved"] = bool(page is not None and page.pk)
            context["rows"] = post_links(page, request=self.request) if context["is_saved"] else []
            return context
