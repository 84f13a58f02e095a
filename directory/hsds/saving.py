"""Write imported records to the directory, changing only what differs.

Every writer compares the record with what is stored and saves only when a value
differs, so that importing the same file twice changes nothing (no saves, no revisions).
Snippets are saved as the admin saves them: validated, with a revision for those that
keep revisions (organisations, locations) and an entry in their history.

Records in the default language (Vietnamese) create and update the snippets themselves.
Records in another language (English) only set the translatable text of that language's
translations, copying the Vietnamese snippet (copy_for_translation) the first time; the
synchronised fields (slug, address, coordinates, flags...) always come from Vietnamese.
"""

import uuid
from collections import Counter

from django.db.models import Q
from wagtail.log_actions import log
from wagtail.models import RevisionMixin

from directory.models import (
    Location,
    Organization,
    ServiceCategory,
    SpokenLanguage,
    Taxonomy,
)

# The translatable text of each snippet; every other field is synchronised from Vietnamese.
TEXT_FIELDS = {
    Organization: ("name", "alternate_name", "description", "legal_status"),
    Location: ("name", "alternate_name", "description", "transportation", "accessibility"),
    ServiceCategory: ("name", "description"),
}
SYNCHRONISED_FIELDS = {
    Organization: ("website", "email"),
    Location: (
        "organization_id",
        "location_type",
        "address_1",
        "ward_code",
        "postal_code",
        "latitude",
        "longitude",
        "is_confidential",
    ),
    ServiceCategory: ("slug", "taxonomy_id", "parent_id", "term_uri", "sort_order"),
}


class Report:
    """What an import created, updated or left alone, and what it noticed on the way."""

    PLURALS = {"category": "categories", "taxonomy": "taxonomies"}
    SYMBOLS = {"created": "+", "translated": "+", "updated": "~", "unchanged": "="}

    def __init__(self):
        self.counts: Counter[tuple[str, str]] = Counter()
        self.lines: list[str] = []
        self.warnings: list[str] = []
        # What was saved, for the reference index (updated once per object at the end).
        self.saved_snippets: list = []
        self.saved_page_keys: set = set()

    def record(self, kind: str, action: str, label) -> None:
        self.counts[(kind, action)] += 1
        if action != "unchanged":
            self.lines.append(f"  {self.SYMBOLS[action]} {kind} {action}: {label}")

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    @property
    def changed(self) -> bool:
        return any(action != "unchanged" for _kind, action in self.counts)

    def summary(self) -> str:
        parts = [
            f"{action} {count} {kind if count == 1 else self.PLURALS.get(kind, kind + 's')}"
            for (kind, action), count in sorted(self.counts.items())
        ]
        return "; ".join(parts) or "nothing to import"


def assign(instance, values: dict) -> bool:
    """Set the values that differ; whether any did."""
    changed = False
    for name, value in values.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


def save_snippet(instance, *, created: bool, report: Report) -> None:
    """Validate and save as the admin does, leaving a trace in the snippet's history."""
    instance.full_clean()
    instance.save()
    report.saved_snippets.append(instance)
    action = "wagtail.create" if created else "wagtail.edit"
    if isinstance(instance, RevisionMixin):
        instance.save_revision(log_action=action, clean=False)
    else:
        log(instance, action)


def _key(value) -> uuid.UUID:
    return uuid.UUID(str(value))


class SnippetWriter:
    """Taxonomies, categories, organisations, locations and spoken languages."""

    def __init__(self, report: Report, source_locale, locale):
        self.report = report
        self.source_locale = source_locale
        self.locale = locale
        self.translating = locale != source_locale
        # Default-language snippets by HSDS id, as written (or found) by this import.
        self.found: dict[type, dict[str, object]] = {}

    def existing(self, model, keys) -> dict[str, object]:
        """Default-language snippets by key, loaded in one query and remembered."""
        known = self.found.setdefault(model, {})
        missing = {str(key) for key in keys} - set(known)
        if missing:
            rows = model.objects.filter(locale=self.source_locale, translation_key__in=missing)
            known.update({str(row.translation_key): row for row in rows})
        return known

    # Default language

    def write_taxonomy(self, record) -> None:
        taxonomy = Taxonomy.objects.filter(pk=record.id).first()
        if taxonomy is None:
            fields = record.fields or {"name": f"Taxonomy {record.id}", "description": ""}
            taxonomy = Taxonomy(id=_key(record.id), **fields)
            taxonomy.save()
            self.report.record("taxonomy", "created", taxonomy.name)
        elif record.fields and assign(taxonomy, record.fields):
            taxonomy.save()
            self.report.record("taxonomy", "updated", taxonomy.name)
        else:
            self.report.record("taxonomy", "unchanged", taxonomy.name)

    def _free_slug(self, slug: str, key: str) -> str:
        taken = set(
            ServiceCategory.objects.filter(slug__startswith=slug)
            .exclude(translation_key=key)
            .values_list("slug", flat=True)
        )
        candidate, number = slug, 1
        while candidate in taken:
            number += 1
            candidate = f"{slug[:75]}-{number}"
        return candidate

    def write_category(self, record) -> None:
        category = self.existing(ServiceCategory, [record.key]).get(record.key)
        values = dict(record.fields)
        values["slug"] = self._free_slug(values["slug"], record.key)
        if record.taxonomy:
            values["taxonomy_id"] = _key(record.taxonomy.id)
        if category is None:
            category = ServiceCategory(translation_key=record.key, locale=self.source_locale)
            if "taxonomy_id" not in values:
                values["taxonomy_id"] = category.taxonomy_id
            assign(category, values)
            save_snippet(category, created=True, report=self.report)
            self.found[ServiceCategory][record.key] = category
            self.report.record("category", "created", category.name)
        elif assign(category, values):
            save_snippet(category, created=False, report=self.report)
            self.sync_translations(category)
            self.report.record("category", "updated", category.name)
        else:
            self.report.record("category", "unchanged", category.name)

    def link_parents(self, records) -> None:
        """After every category exists: point each at its parent (in the file or stored)."""
        categories = self.existing(ServiceCategory, [r.parent_key for r in records if r.parent_key])
        for record in records:
            category = categories[record.key]
            parent = categories.get(record.parent_key) if record.parent_key else None
            if record.parent_key and parent is None:
                self.report.warn(
                    f"category {record.key}: parent {record.parent_key} is neither in the "
                    "file nor in the directory; left without a parent"
                )
            parent_id = parent.pk if parent and parent.pk != category.pk else None
            if category.parent_id != parent_id:
                category.parent_id = parent_id
                save_snippet(category, created=False, report=self.report)
                self.sync_translations(category)

    def write_organization(self, record) -> None:
        organization = self.existing(Organization, [record.key]).get(record.key)
        if organization is None:
            organization = Organization(translation_key=record.key, locale=self.source_locale)
            assign(organization, record.fields)
            save_snippet(organization, created=True, report=self.report)
            self.found[Organization][record.key] = organization
            self.report.record("organization", "created", organization.name)
        elif assign(organization, record.fields):
            save_snippet(organization, created=False, report=self.report)
            self.sync_translations(organization)
            self.report.record("organization", "updated", organization.name)
        else:
            self.report.record("organization", "unchanged", organization.name)

    def write_location(self, record) -> None:
        location = self.existing(Location, [record.key]).get(record.key)
        organization = None
        if record.organization_key:
            organization = self.existing(Organization, [record.organization_key]).get(
                record.organization_key
            )
        values = dict(record.fields, organization_id=organization.pk if organization else None)
        values["is_confidential"] = record.is_confidential
        if location is not None and location.is_confidential and not record.is_confidential:
            # Publishing a shelter's address is for an editor to decide, never a file.
            values["is_confidential"] = True
            self.report.warn(
                f"location {record.key} stays confidential: the file does not mark it so, "
                "but only an editor may make a confidential location public"
            )
        if location is None:
            location = Location(translation_key=record.key, locale=self.source_locale)
            assign(location, values)
            save_snippet(location, created=True, report=self.report)
            self.found[Location][record.key] = location
            self.report.record("location", "created", location.name)
        elif assign(location, values):
            save_snippet(location, created=False, report=self.report)
            self.sync_translations(location)
            self.report.record("location", "updated", location.name)
        else:
            self.report.record("location", "unchanged", location.name)

    def write_languages(self, languages: dict[str, str]) -> dict[str, SpokenLanguage]:
        """The spoken languages by code, creating the codes the directory does not know."""
        query = Q()
        for code in languages:
            query |= Q(code__iexact=code)
        known = {row.code.lower(): row for row in SpokenLanguage.objects.filter(query)}
        found = {}
        for code, name in languages.items():
            language = known.get(code.lower())
            if language is None and not self.translating:
                language = SpokenLanguage(code=code, name=name, english_name=name, sort_order=100)
                language.full_clean()
                language.save()
                known[code.lower()] = language
                self.report.record("language", "created", f"{code} ({name})")
            elif (
                language is not None
                and self.translating
                and language.english_name == language.name != name
            ):
                # A language first imported from Vietnamese gets its English name from English.
                language.english_name = name
                language.save()
                self.report.record("language", "updated", f"{code} ({name})")
            if language is not None:
                found[code] = language
        return found

    def sync_translations(self, source) -> None:
        """Carry the synchronised fields of a changed snippet to its translations."""
        model = type(source)
        values = {name: getattr(source, name) for name in SYNCHRONISED_FIELDS[model]}
        for translation in model.objects.filter(translation_key=source.translation_key).exclude(
            pk=source.pk
        ):
            if assign(translation, values):
                save_snippet(translation, created=False, report=self.report)

    # Other languages

    def translate(self, model, record, kind: str) -> None:
        """Set the text of the translation of the default-language snippet with this id."""
        source = self.existing(model, [record.key])[record.key]
        texts = {name: record.fields[name] for name in TEXT_FIELDS[model]}
        synchronised = {name: getattr(source, name) for name in SYNCHRONISED_FIELDS[model]}
        translation = model.objects.filter(
            translation_key=source.translation_key, locale=self.locale
        ).first()
        if translation is None:
            if all(getattr(source, name) == value for name, value in texts.items()):
                # The same words as in Vietnamese are not a translation (a name kept as is).
                self.report.record(kind, "unchanged", source)
                return
            translation = source.copy_for_translation(self.locale)
            assign(translation, texts | synchronised)
            save_snippet(translation, created=True, report=self.report)
            self.report.record(kind, "translated", translation)
        elif assign(translation, texts | synchronised):
            save_snippet(translation, created=False, report=self.report)
            self.report.record(kind, "updated", translation)
        else:
            self.report.record(kind, "unchanged", translation)
