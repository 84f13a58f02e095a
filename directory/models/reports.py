"""Problems that readers report with a listing: the moderation queue."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.models.services import ServicePage


class ProblemReport(models.Model):
    """A reader's note that a listing is wrong. Holds no personal data: no name, contact,
    IP address or user agent is asked for or stored."""

    class Kind(models.TextChoices):
        CLOSED = "closed", _("The service has closed or moved")
        HOURS = "hours", _("The opening hours are wrong")
        PHONE = "phone", _("The phone number does not work")
        ADDRESS = "address", _("The address or map position is wrong")
        TREATMENT = "treatment", _("I was treated badly or turned away")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        RESOLVED = "resolved", _("resolved")
        DISMISSED = "dismissed", _("dismissed")

    service = models.ForeignKey(
        ServicePage,
        on_delete=models.CASCADE,
        related_name="problem_reports",
        verbose_name=_("service"),
    )
    kind = models.CharField(_("problem"), max_length=12, choices=Kind.choices)
    message = models.TextField(_("details"), max_length=1000, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    moderator_note = models.TextField(_("moderator's note"), blank=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)

    class Meta:
        verbose_name = _("problem report")
        verbose_name_plural = _("problem reports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.service.title}: {self.get_kind_display()}"
