"""The legal documents library, and which articles cite which document."""

import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class LegalDocument(TranslatableMixin, index.Indexed, models.Model):
    """A law, ordinance, decree or other legal text that articles rely on.

    The title, issuing body and summary are translated; the number, type, dates, status and
    link are the same in every language and follow the original.
    """

    class DocumentType(models.TextChoices):
        LAW = "law", _("Law")
        ORDINANCE = "ordinance", _("Ordinance")
        RESOLUTION = "resolution", _("Resolution")
        DECREE = "decree", _("Decree")
        DECISION = "decision", _("Decision")
        CIRCULAR = "circular", _("Circular")
        JOINT_CIRCULAR = "joint_circular", _("Joint circular")
        DIRECTIVE = "directive", _("Directive")
        PLAN = "plan", _("Plan")
        OTHER = "other", _("Other document")

    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("In force")
        AMENDED = "amended", _("In force, amended")
        REPLACED = "replaced", _("Replaced")
        REPEALED = "repealed", _("Repealed")
        NOT_CHECKED = "not_checked", _("Status not checked")

    number = models.CharField(
        _("number and symbol"),
        max_length=60,
        help_text=_("As printed on the document, for example 178/2004/NĐ-CP."),
    )
    title = models.CharField(_("title"), max_length=255)
    document_type = models.CharField(
        _("type"), max_length=20, choices=DocumentType.choices, default=DocumentType.DECREE
    )
    issuing_body = models.CharField(
        _("issuing body"), max_length=160, help_text=_("For example: the Government.")
    )
    issued_date = models.DateField(
        _("issued on"),
        null=True,
        blank=True,
        help_text=_("Leave blank if you have not checked the date on the document."),
    )
    effective_date = models.DateField(
        _("in force from"),
        null=True,
        blank=True,
        help_text=_("Leave blank if you have not checked the date on the document."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NOT_CHECKED
    )
    official_url = models.URLField(
        _("official text"),
        blank=True,
        help_text=_("The address of the official text, on a government website."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=600,
        blank=True,
        help_text=_("In plain words: what the document is about and why it matters to readers."),
    )

    override_translatable_fields = [
        SynchronizedField("number", overridable=False),
        SynchronizedField("document_type", overridable=False),
        SynchronizedField("issued_date", overridable=False),
        SynchronizedField("effective_date", overridable=False),
        SynchronizedField("status", overridable=False),
        # An official translation may live at another address.
        SynchronizedField("official_url"),
    ]

    search_fields = [
        index.SearchField("number"),
        index.SearchField("title"),
        index.AutocompleteField("number"),
        index.AutocompleteField("title"),
        index.SearchField("summary"),
        index.FilterField("locale_id"),
    ]

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("document_type"), FieldPanel("status")]),
        FieldPanel("issuing_body"),
        FieldRowPanel([FieldPanel("issued_date"), FieldPanel("effective_date")]),
        FieldPanel("official_url"),
        MultiFieldPanel([FieldPanel("summary")], heading=_("For readers")),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = [models.F("issued_date").desc(nulls_last=True), "number"]
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        constraints = [
            models.UniqueConstraint(
                fields=["number", "locale"], name="articles_legaldocument_unique_number_per_locale"
            )
        ]

    def __str__(self):
        return f"{self.number} {self.title}"

    def save(self, *args, **kwargs):
        self.number = normalize_number(self.number)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.number = normalize_number(self.number)
        errors = {}
        if self.issued_date and self.effective_date and self.effective_date < self.issued_date:
            errors["effective_date"] = _(
                "A document cannot come into force before the date it was issued."
            )
        taken = LegalDocument.objects.filter(number=self.number).exclude(
            translation_key=self.translation_key
        )
        if self.number and taken.exists():
            errors["number"] = _("The library already has a document with this number.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_current(self):
        return self.status in {self.Status.IN_FORCE, self.Status.AMENDED}


def normalize_number(number: str) -> str:
    """Numbers are compared as text, so store them in one Unicode form (NFC) without padding."""
    return unicodedata.normalize("NFC", " ".join((number or "").split()))


class ArticleCitation(models.Model):
    """An article cites a legal document in its body.

    Kept in step with the article by ArticlePage.save(), which Wagtail calls whenever the
    live content changes (publishing a revision, creating the page, updating an alias). It
    lets the library list the articles that cite each document with one query, joined to
    the pages so that only live articles in the reader's language are found.

    Why not Wagtail's ReferenceIndex, which also records snippet choosers in StreamFields?
    It is updated by a background task after the transaction (so, with a worker backend,
    the library would lag behind publishing), it stores object ids as text (no join to the
    page tree, so a second query and a cast are needed), and it can be switched off per
    model. This table is written in the same transaction as the page and has real foreign
    keys, so deleting an article or a document removes its citations.
    """

    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="citations"
    )
    document = models.ForeignKey(LegalDocument, on_delete=models.CASCADE, related_name="citations")

    class Meta:
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "document"], name="articles_citation_unique_per_article"
            )
        ]

    def __str__(self):
        return f"{self.article_id} → {self.document_id}"
