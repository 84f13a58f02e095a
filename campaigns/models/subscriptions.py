"""Calendar subscriptions: a secret address per staff member for their calendar app.

Calendar apps cannot log in to the admin, so each member of staff gets an address with a
token of their own. It shows only what their account may see, stops working when the
account is deactivated, and can be replaced at any time (which revokes the old address).
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarSubscription(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="campaign_calendar_subscription",
        verbose_name=_("user"),
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("calendar subscription")
        verbose_name_plural = _("calendar subscriptions")

    def __str__(self):
        return str(self.user)

    def renew(self):
        self.token = new_token()
        self.save(update_fields=["token"])
