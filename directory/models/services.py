"""The directory's pages: the service finder and one page per service."""

import datetime
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import path
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from directory.models.places import Location, Organization
from directory.models.taxonomy import ServiceCategory, SpokenLanguage
from portal.pages import BasePage, RoutableBasePage
from portal.taxonomy import in_default_language
from portal.text import fold


def hsds_id_field():
    """A row's HSDS id. Translations copy it, so a phone or a schedule keeps its id in every
    language and imports match rows whatever the language."""
    return models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)


class ServiceDirectoryPage(RoutableBasePage):
    """The finder: search and filter the services below it. Demo at /dich-vu/.

    The finder itself is directory.finder; near-me/ (JSON) gives the phone what it needs to
    sort by distance on the device (see there).
    """

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["directory.ServicePage"]
    template = "directory/service_directory_page.html"

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("service directory")

    def get_social_description(self):
        return self.introduction

    def get_context(self, request, *args, **kwargs):
        from directory.finder import finder_context

        context = super().get_context(request, *args, **kwargs)
        context.update(finder_context(self, request))
        return context

    # Not "near-me.json": Wagtail's page URLs allow only letters, digits, - and _ in a
    # segment, so an address with a dot never reaches the page.
    @path("near-me/", name="near_me_data")
    def near_me_data(self, request):
        from directory.finder import near_me_data

        return near_me_data(self, request)


class ServicePage(RoutableBasePage):
    """One service (HIV testing at a clinic, legal counselling, a loan scheme...).

    Its translation key is its HSDS id, shared by its Vietnamese and English pages. Drafts,
    revisions, moderation and translation are Wagtail's.
    """

    class Status(models.TextChoices):
        ACTIVE = "active", _("active")
        TEMPORARILY_CLOSED = "temporarily closed", _("temporarily closed")
        INACTIVE = "inactive", _("inactive")
        DEFUNCT = "defunct", _("no longer exists")

    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="services",
        limit_choices_to=in_default_language,
        verbose_name=_("organisation"),
    )
    alternate_name = models.CharField(_("other name"), max_length=200, blank=True)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One sentence shown in search results: what help people get here."),
    )
    description = models.TextField(_("description"), max_length=4000)
    categories = ParentalManyToManyField(
        ServiceCategory,
        related_name="services",
        limit_choices_to=in_default_language,
        verbose_name=_("categories"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    alert = models.CharField(
        _("notice"),
        max_length=300,
        blank=True,
        help_text=_("A temporary notice shown at the top, e.g. closed for Tết until 3 February."),
    )
    is_free = models.BooleanField(_("free of charge"), default=False)
    is_anonymous = models.BooleanField(
        _("anonymous, no ID needed"),
        default=False,
        help_text=_("People can use the service without giving their name or showing ID."),
    )
    is_sex_worker_friendly = models.BooleanField(
        _("welcoming to people who sell sex"),
        default=False,
        help_text=_("Staff are trained to serve people who sell sex without judgement."),
    )
    is_walk_in = models.BooleanField(_("walk-in, no appointment"), default=False)
    languages = ParentalManyToManyField(
        SpokenLanguage, blank=True, related_name="services", verbose_name=_("languages spoken")
    )
    eligibility_description = models.TextField(_("who can use it"), max_length=1000, blank=True)
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    maximum_age = models.PositiveSmallIntegerField(
        _("maximum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    fees_description = models.TextField(_("fees"), max_length=1000, blank=True)
    application_process = models.TextField(_("how to get the service"), max_length=1000, blank=True)
    required_documents = models.TextField(
        _("what to bring"),
        max_length=1000,
        blank=True,
        help_text=_("One item per line. Say so when nothing is needed."),
    )
    wait_time = models.CharField(_("waiting time"), max_length=200, blank=True)
    # Not "url": that is the page's own address (Page.url). HSDS calls it url.
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    assured_date = models.DateField(
        _("last checked on"),
        default=timezone.localdate,
        help_text=_("When someone last confirmed these details with the service."),
    )
    assurer_email = models.EmailField(
        _("checked by (email)"),
        blank=True,
        help_text=_("Who checked, for the team. Readers do not see it."),
    )
    # Folded text of the service and its categories: what keyword search matches.
    search_text = models.TextField(editable=False, blank=True, default="")
    sort_name = models.CharField(
        editable=False, max_length=255, blank=True, default="", db_index=True
    )

    parent_page_types = ["directory.ServiceDirectoryPage"]
    subpage_types = []
    template = "directory/service_page.html"

    override_translatable_fields = [
        SynchronizedField("organization"),
        SynchronizedField("categories"),
        SynchronizedField("status"),
        SynchronizedField("is_free"),
        SynchronizedField("is_anonymous"),
        SynchronizedField("is_sex_worker_friendly"),
        SynchronizedField("is_walk_in"),
        SynchronizedField("languages"),
        SynchronizedField("minimum_age"),
        SynchronizedField("maximum_age"),
        SynchronizedField("website"),
        SynchronizedField("email"),
        SynchronizedField("assured_date"),
        SynchronizedField("assurer_email"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("alternate_name"),
        FieldPanel("organization"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("status"), FieldPanel("assured_date")]),
        FieldPanel("alert"),
    ]
    access_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("is_anonymous")]),
                FieldRowPanel([FieldPanel("is_sex_worker_friendly"), FieldPanel("is_walk_in")]),
            ],
            heading=_("Safety and access"),
        ),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("eligibility_description"),
        FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
        FieldPanel("fees_description"),
        FieldPanel("application_process"),
        FieldPanel("required_documents"),
        FieldPanel("wait_time"),
    ]
    contact_panels = [
        InlinePanel("service_locations", label=_("Location"), heading=_("Where")),
        InlinePanel("phones", label=_("Phone"), heading=_("Phones")),
        FieldRowPanel([FieldPanel("website"), FieldPanel("email")]),
        InlinePanel("schedules", label=_("Opening period"), heading=_("Opening hours")),
        InlinePanel("closures", label=_("Closed days"), heading=_("Closed days")),
        FieldPanel("assurer_email"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Service")),
            ObjectList(access_panels, heading=_("Access")),
            ObjectList(contact_panels, heading=_("Where and when")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("search_text"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def clean(self):
        super().clean()
        if (
            self.minimum_age is not None
            and self.maximum_age is not None
            and self.minimum_age > self.maximum_age
        ):
            raise ValidationError(
                {"maximum_age": _("The maximum age cannot be below the minimum age.")}
            )

    def save(self, *args, **kwargs):
        self.sort_name = fold(self.title)[:255]
        self.search_text = self.build_search_text()
        super().save(*args, **kwargs)

    def build_search_text(self) -> str:
        """Folded words readers may type: the service's own text, its organisation, its
        categories' names in every language, and where it is (public locations only)."""
        parts = [self.title, self.alternate_name, self.summary, self.description]
        for service_location in self.service_locations.all():
            location = service_location.location
            if location.is_confidential:
                continue
            ward = location.ward
            parts += [location.name, location.address_1, ward.name if ward else ""]
        if self.organization_id:
            parts += list(
                Organization.objects.filter(
                    translation_key=self.organization.translation_key
                ).values_list("name", flat=True)
            )
        category_keys = [category.translation_key for category in self.categories.all()]
        if category_keys:
            parts += list(
                ServiceCategory.objects.filter(translation_key__in=category_keys).values_list(
                    "name", flat=True
                )
            )
        return fold(" ".join(part for part in parts if part))

    def get_context(self, request, *args, **kwargs):
        from directory.finder import service_context

        context = super().get_context(request, *args, **kwargs)
        context.update(service_context(self, request))
        return context

    @path("report-problem/", name="report_problem")
    def report_problem(self, request):
        from directory.problem_reports import report_problem

        return report_problem(self, request)

    @property
    def required_document_list(self) -> list[str]:
        return [line.strip() for line in self.required_documents.splitlines() if line.strip()]

    @property
    def last_modified(self):
        return self.last_published_at or self.latest_revision_created_at


class ServiceLocation(Orderable):
    """HSDS service_at_location: where a service is given."""

    service = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="service_locations")
    location = models.ForeignKey(
        Location,
        on_delete=models.PROTECT,
        related_name="service_locations",
        limit_choices_to=in_default_language,
        verbose_name=_("location"),
    )
    description = models.CharField(_("note for this location"), max_length=300, blank=True)
    hsds_id = hsds_id_field()

    override_translatable_fields = [SynchronizedField("location")]
    panels = [FieldPanel("location"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("service location")
        verbose_name_plural = _("service locations")


class ServicePhone(Orderable):
    class Kind(models.TextChoices):
        VOICE = "voice", _("calls")
        CELL = "cell", _("mobile")
        TEXT = "text", _("text messages")
        FAX = "fax", _("fax")
        VIDEO = "video", _("video calls")

    service = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(
        _("number"),
        max_length=30,
        help_text=_("As people dial it, e.g. 028 3930 0000 or 1900 1234."),
    )
    extension = models.CharField(_("extension"), max_length=10, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.VOICE)
    on_zalo = models.BooleanField(_("on Zalo"), default=False)
    description = models.CharField(_("note"), max_length=200, blank=True)
    hsds_id = hsds_id_field()

    override_translatable_fields = [
        SynchronizedField("number"),
        SynchronizedField("extension"),
        SynchronizedField("kind"),
        SynchronizedField("on_zalo"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("extension")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("on_zalo")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("phone")
        verbose_name_plural = _("phones")

    def clean(self):
        super().clean()
        if not any(char.isdigit() for char in self.number or ""):
            raise ValidationError({"number": _("Enter a phone number with digits.")})

    @property
    def dial(self) -> str:
        """The number for tel: and Zalo links: digits, with a leading + kept."""
        number = (self.number or "").strip()
        digits = "".join(char for char in number if char.isdigit())
        return ("+" + digits) if number.startswith("+") else digits


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class ServiceSchedule(Orderable):
    """One opening period on one weekday, in Ho Chi Minh City time.

    A day with a lunch break has two periods. A period that closes at or before it opens
    runs past midnight (20:00-02:00); 00:00-00:00 is the whole day.
    """

    service = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="schedules")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens_at = models.TimeField(_("opens at"))
    closes_at = models.TimeField(_("closes at"))
    location = models.ForeignKey(
        Location,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to=in_default_language,
        verbose_name=_("only at this location"),
        help_text=_("Leave empty when the hours are the same everywhere."),
    )
    hsds_id = hsds_id_field()

    override_translatable_fields = [
        SynchronizedField("weekday"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("location"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("location"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("opening period")
        verbose_name_plural = _("opening periods")
        indexes = [
            # "Open now" across all services, and one page of services' hours.
            models.Index(fields=["weekday", "opens_at", "closes_at"]),
            models.Index(fields=["service", "weekday"]),
        ]

    @property
    def runs_past_midnight(self) -> bool:
        return self.closes_at <= self.opens_at


class ServiceClosure(Orderable):
    """Days a service is closed although its weekly hours say open (Tết, holidays)."""

    service = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="closures")
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"), null=True, blank=True, help_text=_("Empty for one day."))
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    hsds_id = hsds_id_field()

    override_translatable_fields = [
        SynchronizedField("starts_on"),
        SynchronizedField("ends_on"),
    ]
    panels = [FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]), FieldPanel("reason")]

    class Meta(Orderable.Meta):
        verbose_name = _("closed days")
        verbose_name_plural = _("closed days")

    def clean(self):
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day cannot be before the first.")})

    @property
    def last_day(self) -> datetime.date:
        return self.ends_on or self.starts_on

    def covers(self, day: datetime.date) -> bool:
        return self.starts_on <= day <= self.last_day
