from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    label = "campaigns"
    verbose_name = _("Campaigns")

    def ready(self):
        from campaigns import signals

        signals.connect()
