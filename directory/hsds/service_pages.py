"""Write imported services as ServicePage pages: published, with a revision, compared first.

A service in the default language (Vietnamese) is created under the service directory,
published, and given an English alias as the admin would (wagtail-localize's tree
synchronisation), so that /en/ shows it with the "not yet translated" notice. An English
record turns that alias (or nothing) into a real translation: copied from the Vietnamese
page, the English text set, the synchronised fields kept from Vietnamese, and published.

A page is only saved when something differs from what is live, so re-importing a file
makes no revision.
"""

from django.utils.text import slugify
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.coreutils import find_available_slug
from wagtail.models import Site
from wagtail_localize.synctree import create_aliases_for_new_page

from directory.hsds.records import summary_from
from directory.models import (
    Location,
    Organization,
    ServiceCategory,
    ServiceClosure,
    ServiceDirectoryPage,
    ServiceLocation,
    ServicePage,
    ServicePhone,
    ServiceSchedule,
)
from portal.text import fold

# The directory page an import makes on an empty site, in each language.
DIRECTORY_PAGES = {
    "vi": {
        "title": "Dịch vụ hỗ trợ",
        "slug": "dich-vu",
        "introduction": "Tìm dịch vụ hỗ trợ gần bạn: y tế, tư vấn pháp lý và tâm lý, "
        "học nghề, việc làm, vay vốn và nơi ở an toàn.",
    },
    "en": {
        "title": "Support services",
        "slug": "services",
        "introduction": "Find support near you: health care, legal and psychological "
        "counselling, vocational training, jobs, loans and a safe place to stay.",
    },
}
PAGE_TEXT_FIELDS = (
    "title",
    "alternate_name",
    "description",
    "alert",
    "eligibility_description",
    "fees_description",
    "application_process",
    "wait_time",
    "required_documents",
)
PAGE_SYNCHRONISED_FIELDS = (
    "organization_id",
    "status",
    "is_free",
    "is_anonymous",
    "is_sex_worker_friendly",
    "is_walk_in",
    "minimum_age",
    "maximum_age",
    "website",
    "email",
    "assured_date",
    "assurer_email",
)
# Inline rows: (model, synchronised fields, translatable fields), as the models declare.
ROWS = {
    "service_locations": (ServiceLocation, ("location_id",), ("description",)),
    "phones": (ServicePhone, ("number", "extension", "kind", "on_zalo"), ("description",)),
    "schedules": (ServiceSchedule, ("weekday", "opens_at", "closes_at", "location_id"), ()),
    "closures": (ServiceClosure, ("starts_on", "ends_on"), ("reason",)),
}

# What page_state reads, to prefetch for many pages at once.
PAGE_RELATIONS = (*ROWS, "categories", "languages")


def page_state(page: ServicePage) -> tuple:
    """Everything an import may change on a page, to tell whether it changed."""
    fields = tuple(
        getattr(page, name)
        for name in (*PAGE_TEXT_FIELDS, *PAGE_SYNCHRONISED_FIELDS, "summary", "slug")
    )
    rows = tuple(
        tuple(
            (str(row.hsds_id), *(getattr(row, name) for name in (*synchronised, *texts)))
            for row in getattr(page, relation).all()
        )
        for relation, (_model, synchronised, texts) in ROWS.items()
    )
    related = (
        tuple(sorted(category.pk for category in page.categories.all())),
        tuple(sorted(language.pk for language in page.languages.all())),
    )
    return fields, rows, related


def _slug(parent, title: str, key: str, page_id=None) -> str:
    base = slugify(fold(title))[:80].strip("-") or f"dich-vu-{key[:8]}"
    return find_available_slug(parent, base, ignore_page_id=page_id)


def _reuse_rows(model, current, desired: list[dict]) -> list:
    """Rows for the desired values, reusing the stored row with the same HSDS id."""
    by_id = {str(row.hsds_id): row for row in current}
    rows = []
    for index, values in enumerate(desired):
        row = by_id.get(values["hsds_id"]) or model(hsds_id=values["hsds_id"])
        for name, value in values.items():
            if name != "hsds_id":
                setattr(row, name, value)
        row.sort_order = index
        rows.append(row)
    return rows


class ServicePageWriter:
    def __init__(self, report, snippets, source_locale, locale):
        self.report = report
        self.snippets = snippets
        self.source_locale = source_locale
        self.locale = locale
        self._directory = None

    # The directory page

    def directory(self) -> ServiceDirectoryPage:
        """The default language's directory page, made (with its translations) if missing."""
        if self._directory is not None:
            return self._directory
        page = (
            ServiceDirectoryPage.objects.filter(locale=self.source_locale).order_by("path").first()
        )
        if page is None:
            site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
            home = site.root_page.specific
            fields = dict(
                DIRECTORY_PAGES.get(self.source_locale.language_code, DIRECTORY_PAGES["vi"])
            )
            fields["slug"] = find_available_slug(home, fields["slug"])
            page = ServiceDirectoryPage(**fields)
            home.add_child(instance=page)
            self.report.saved_page_keys.add(page.translation_key)
            page.save_revision(log_action=True).publish()
            page.refresh_from_db()
            self.report.record("page", "created", f"{page.title} {page.url}")
        self._directory = page
        self._translate_directory(page)
        return page

    def _translate_directory(self, page) -> None:
        for code, fields in DIRECTORY_PAGES.items():
            if code == self.source_locale.language_code:
                continue
            locale = type(self.source_locale).objects.filter(language_code=code).first()
            if locale is None or page.get_translation_or_none(locale) is not None:
                continue
            translation = page.copy_for_translation(locale, copy_parents=True)
            self.report.saved_page_keys.add(page.translation_key)
            translation.title = fields["title"]
            translation.introduction = fields["introduction"]
            translation.slug = find_available_slug(translation.get_parent(), fields["slug"])
            translation.save_revision(log_action=True).publish()
            translation.refresh_from_db()
            self.report.record("page", "translated", f"{translation.title} {translation.url}")

    # Default language

    def write(self, record, pages: dict, languages: dict) -> None:
        page = pages.get(record.key)
        created = page is None
        if created:
            page = ServicePage(translation_key=record.key, locale=self.source_locale)
            before = None
        else:
            before = page_state(page)
        self._apply(page, record, languages)
        if created:
            parent = self.directory()
            page.slug = _slug(parent, page.title, record.key)
            parent.add_child(instance=page)
            self.report.saved_page_keys.add(page.translation_key)
            page.save_revision(log_action=True).publish()
            # What the admin does for a new page: an alias in each synchronised language.
            create_aliases_for_new_page(page)
            self.report.record("service", "created", page.title)
            return
        if page_state(page) == before:
            self.report.record("service", "unchanged", page.title)
            return
        self._publish(page)
        self.report.record("service", "updated", page.title)
        for translation in ServicePage.objects.filter(
            translation_key=page.translation_key, alias_of__isnull=True
        ).exclude(pk=page.pk):
            # Real translations keep their text and take the new numbers, hours, flags.
            before = page_state(translation)
            apply_translation(translation, page, texts=None, row_texts={})
            if page_state(translation) != before:
                self._publish(translation)
                self.report.record(
                    "service", "updated", f"{translation.title} ({translation.locale})"
                )

    def _publish(self, page) -> None:
        self.report.saved_page_keys.add(page.translation_key)
        if page.has_unpublished_changes:
            self.report.warn(
                f"service {page.translation_key} ({page.locale}) had unpublished changes; "
                "the imported version is now the latest (the draft stays in its history)"
            )
        page.save_revision(log_action=True).publish()

    def _apply(self, page, record, languages) -> None:
        found = self.snippets.found
        locations = found.get(Location, {})
        for name, value in record.fields.items():
            setattr(page, name, value)
        if not page.summary:
            page.summary = summary_from(page.description)
        page.organization = found[Organization][record.organization.key]
        categories = found.get(ServiceCategory, {})
        page.categories = list({term.key: categories[term.key] for term in record.terms}.values())
        page.languages = list({code: languages[code] for code, _name in record.languages}.values())
        kept_locations, kept_schedules = self._confidential_rows_kept(page, record)
        page.service_locations = _reuse_rows(
            ServiceLocation,
            page.service_locations.all(),
            [
                {
                    "hsds_id": link_id,
                    "location_id": locations[location.key].pk,
                    "description": description,
                }
                for link_id, location, description in record.locations
            ]
            + kept_locations,
        )
        page.phones = _reuse_rows(ServicePhone, page.phones.all(), record.phones)
        page.schedules = _reuse_rows(
            ServiceSchedule,
            page.schedules.all(),
            [
                {
                    key: value
                    for key, value in dict(
                        schedule,
                        location_id=(
                            locations[schedule["location_key"]].pk
                            if schedule["location_key"]
                            else None
                        ),
                    ).items()
                    if key != "location_key"
                }
                for schedule in record.schedules
            ]
            + kept_schedules,
        )
        page.closures = _reuse_rows(ServiceClosure, page.closures.all(), record.closures)

    def _confidential_rows_kept(self, page, record) -> tuple[list, list]:
        """Confidential locations of the service that the file does not mention.

        Public HSDS files never include them, so re-importing one must not drop a
        shelter from its service; they stay with their own opening periods.
        """
        if page.pk is None:
            return [], []
        mentioned = {link_id for link_id, _location, _description in record.locations}
        unmentioned = [
            row for row in page.service_locations.all() if str(row.hsds_id) not in mentioned
        ]
        confidential = set(
            Location.objects.filter(
                pk__in=[row.location_id for row in unmentioned], is_confidential=True
            ).values_list("pk", flat=True)
        )
        kept = [row for row in unmentioned if row.location_id in confidential]
        if not kept:
            return [], []
        kept_location_ids = {row.location_id for row in kept}
        planned = {schedule["hsds_id"] for schedule in record.schedules}
        schedules = [
            row
            for row in page.schedules.all()
            if row.location_id in kept_location_ids and str(row.hsds_id) not in planned
        ]
        return (
            [
                {
                    "hsds_id": str(row.hsds_id),
                    "location_id": row.location_id,
                    "description": row.description,
                }
                for row in kept
            ],
            [
                {
                    "hsds_id": str(row.hsds_id),
                    "weekday": row.weekday,
                    "opens_at": row.opens_at,
                    "closes_at": row.closes_at,
                    "location_id": row.location_id,
                }
                for row in schedules
            ],
        )

    # Other languages

    def translate(self, record, source: ServicePage) -> None:
        translation = source.get_translation_or_none(self.locale)
        fresh = translation is None or bool(translation.alias_of_id)
        if translation is None:
            translation = source.copy_for_translation(self.locale, copy_parents=True)
        elif translation.alias_of_id:
            translation = ConvertAliasPageAction(translation.specific).execute()
        translation = translation.specific
        before = page_state(translation)
        texts = {name: record.fields[name] for name in PAGE_TEXT_FIELDS}
        row_texts = {
            "service_locations": {
                link_id: {"description": description}
                for link_id, _location, description in record.locations
            },
            "phones": {
                phone["hsds_id"]: {"description": phone["description"]} for phone in record.phones
            },
            "closures": {
                closure["hsds_id"]: {"reason": closure["reason"]} for closure in record.closures
            },
        }
        apply_translation(translation, source, texts=texts, row_texts=row_texts)
        if fresh:
            translation.summary = summary_from(translation.description)
            translation.slug = _slug(
                translation.get_parent(), translation.title, record.key, translation.pk
            )
        if not fresh and page_state(translation) == before:
            self.report.record("service", "unchanged", translation.title)
            return
        self._publish(translation)
        self.report.record("service", "translated" if fresh else "updated", translation.title)


def apply_translation(page, source, *, texts: dict | None, row_texts: dict) -> None:
    """Make a translation follow its source: synchronised fields and rows from the source,
    text from `texts` and `row_texts` ({relation: {hsds id: {field: text}}}) where given,
    else the translation's own text (or the source's, for a row it did not have)."""
    for name in PAGE_SYNCHRONISED_FIELDS:
        setattr(page, name, getattr(source, name))
    page.categories = list(source.categories.all())
    page.languages = list(source.languages.all())
    for name, value in (texts or {}).items():
        setattr(page, name, value)
    for relation, (model, synchronised, translatable) in ROWS.items():
        current = {str(row.hsds_id): row for row in getattr(page, relation).all()}
        given = row_texts.get(relation, {})
        rows = []
        for index, source_row in enumerate(getattr(source, relation).all()):
            hsds_id = str(source_row.hsds_id)
            row = current.get(hsds_id)
            if row is None:
                row = model(hsds_id=source_row.hsds_id)
                for name in translatable:
                    setattr(row, name, getattr(source_row, name))
            for name in synchronised:
                setattr(row, name, getattr(source_row, name))
            for name, value in given.get(hsds_id, {}).items():
                setattr(row, name, value)
            row.sort_order = index
            rows.append(row)
        setattr(page, relation, rows)
