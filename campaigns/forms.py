"""The campaign page's admin form."""

from wagtail.admin.forms import WagtailAdminPageForm


class CampaignPageForm(WagtailAdminPageForm):
    pass
