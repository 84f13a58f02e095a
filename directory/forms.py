"""Forms of the directory: readers' problem reports, and how editors moderate them."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from directory.models import ProblemReport

DETAILS_MAX_LENGTH = ProblemReport._meta.get_field("message").max_length


class ProblemReportForm(forms.Form):
    """What a reader tells us about a listing. Nothing here identifies them."""

    kind = forms.ChoiceField(
        label=_("What is wrong with this listing?"),
        choices=ProblemReport.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what is wrong with this listing.")},
    )
    details = forms.CharField(
        label=_("Details (optional)"),
        help_text=_(
            "For example the new opening hours or phone number. Please do not write your "
            "name, phone number or anything else about yourself."
        ),
        required=False,
        max_length=DETAILS_MAX_LENGTH,
        # directory/templates/directory/problem_report.html renders the fields itself.
        widget=forms.Textarea,
        error_messages={
            "max_length": _(
                "Keep the details to %(limit_value)d characters or fewer "
                "(you wrote %(show_value)d)."
            )
        },
    )
    # A honeypot: people never see or reach it, spam robots fill in every field.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    HONEYPOT_FIELD = "website"

    @property
    def caught_in_honeypot(self) -> bool:
        return bool(self.data.get(self.HONEYPOT_FIELD, "").strip())


class ProblemReportModerationForm(WagtailAdminModelForm):
    """The editors' form: a report is closed by resolving or dismissing it, and the time it
    was closed is kept, so the queue shows how long reports wait."""

    def save(self, commit=True):
        report = self.instance
        if "status" in self.changed_data:
            closed = report.status != ProblemReport.Status.OPEN
            report.resolved_at = timezone.now() if closed else None
        return super().save(commit=commit)
