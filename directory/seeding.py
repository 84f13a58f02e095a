"""A seeded generator of large directories, for the benchmark (`manage.py bench_directory`).

Publishing 10,000 services through Wagtail one by one takes the best part of an hour, so
the rows are written in bulk instead: the page tree rows with their treebeard paths, depth,
numchild and url_path, the ServicePage rows that extend them, their inline rows and
many-to-many links. What is written is what the real code would write: `search_text` comes
from ServicePage.build_search_text and `sort_name` from portal.text.fold, Location's
province from its ward, English versions as wagtail-localize makes them (a third real
translations, the rest aliases of the Vietnamese page, each with its own copy of the rows).
Pages are live without revisions, and the search and reference indexes are not filled:
nothing measured reads them.

The same seed gives the same data.
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from directory import admin_units
from directory.demo_services import (
    ALL_DAY_EVERY_DAY,
    CATEGORIES,
    CLINIC_HOURS,
    HEALTH_STATION_HOURS,
    OFFICE_HOURS,
    combine,
    week,
)
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
    SpokenLanguage,
)
from portal.text import fold

SLUG = "bench-directory"
CATEGORY_PREFIX = "bench-"
# Marks the benchmark's organisations and places (a field that search does not read).
MARKER = "benchmark"
TRANSLATED_EVERY = 3  # one English version in three is a real translation

# Hours as services keep them, with how often each is seen.
HOURS = [
    (OFFICE_HOURS, 30),
    (CLINIC_HOURS, 30),
    (HEALTH_STATION_HOURS, 15),
    (week((0, 1, 2, 3, 4), ("17:30", "20:30")), 10),
    (combine(OFFICE_HOURS, week((5,), ("07:30", "11:30"))), 8),
    (week((1, 3, 5), ("18:00", "21:00")), 4),
    (week((1, 2, 3, 4, 5, 6), ("20:00", "02:00")), 2),
    (ALL_DAY_EVERY_DAY, 1),
]
VIETNAMESE_TEXT = (
    "hỗ trợ miễn phí bí mật tư vấn xét nghiệm điều trị khám sức khoẻ người bán dâm cộng đồng "
    "tôn trọng không phán xét giấy tờ căn cước bảo hiểm y tế hẹn trước buổi tối cuối tuần "
    "nhân viên đồng đẳng phòng khám trung tâm phường xã học nghề việc làm vay vốn lãi suất "
    "an toàn bạo lực pháp lý luật sư tâm lý lắng nghe thuốc dự phòng kết quả nhanh"
)
ENGLISH_TEXT = (
    "free confidential support counselling testing treatment health care people who sell sex "
    "community respect no judgement papers identity card insurance appointment evening weekend "
    "peer staff clinic centre ward commune training jobs loan interest safety violence legal "
    "lawyer listen prevention medicine quick result"
)


def copy_row(row):
    """An inline row for another version of its page: the same values and HSDS id."""
    copy = type(row)(
        **{
            field.attname: getattr(row, field.attname)
            for field in type(row)._meta.concrete_fields
            if not field.primary_key and field.attname != "service_id"
        }
    )
    if isinstance(row, ServiceLocation):
        copy.location = row.location  # already loaded: search text reads it
    return copy


def weighted(rng, choices):
    values, weights = zip(*choices, strict=True)
    return rng.choices(values, weights=weights)[0]


class DirectorySeeder:
    def __init__(self, rng, stdout):
        self.rng = rng
        self.stdout = stdout
        self.vietnamese = Locale.objects.get(language_code="vi")
        self.english = Locale.objects.get(language_code="en")
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.wards = admin_units.wards_of()
        self.words = VIETNAMESE_TEXT.split()
        self.english_words = ENGLISH_TEXT.split()
        self.english_names = {
            CATEGORY_PREFIX + category.slug: category.name_en for category in CATEGORIES
        }

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def sentence(self, words, count) -> str:
        return " ".join(self.rng.choice(words) for _ in range(count)).capitalize() + "."

    # The whole data set

    def seed(self, services: int, locations: int) -> dict[str, ServiceDirectoryPage]:
        directories = self.directory_pages()
        self.categories = self.make_categories()
        self.languages = list(SpokenLanguage.objects.all())
        organisations = self.make_organisations(max(1, services // 10))
        places = self.make_locations(locations, organisations)
        self.stdout.write(f"  {len(places)} locations, {len(organisations)} organisations")
        self.make_services(services, places, organisations, directories)
        return directories

    def directory_pages(self) -> dict[str, ServiceDirectoryPage]:
        home = Site.objects.get(is_default_site=True).root_page.specific
        vietnamese = ServiceDirectoryPage(
            title="Dịch vụ hỗ trợ (benchmark)", slug=SLUG, locale=self.vietnamese, live=True
        )
        home.add_child(instance=vietnamese)
        english = ServiceDirectoryPage(
            title="Support services (benchmark)",
            slug=SLUG,
            locale=self.english,
            translation_key=vietnamese.translation_key,
            live=True,
        )
        home.get_translation(self.english).add_child(instance=english)
        return {"vi": vietnamese, "en": english}

    def make_categories(self) -> list[ServiceCategory]:
        made = []
        for order, category in enumerate(CATEGORIES):
            term = ServiceCategory.objects.create(
                locale=self.vietnamese,
                slug=CATEGORY_PREFIX + category.slug,
                name=category.name_vi,
                description=category.description_vi,
                sort_order=order,
            )
            translation = term.copy_for_translation(self.english)
            translation.name = category.name_en
            translation.save()
            made.append(term)
        return made

    def make_organisations(self, count) -> list[Organization]:
        rows = []
        for number in range(count):
            kind = self.rng.choice(CATEGORIES)
            organisation = Organization(
                locale=self.vietnamese,
                translation_key=self.uuid(),
                name=f"Tổ chức mẫu {kind.name_vi.lower()} số {number}",
                alternate_name=MARKER,
                description=self.sentence(self.words, 25),
            )
            rows.append(organisation)
            if number % 2 == 0:
                rows.append(
                    Organization(
                        locale=self.english,
                        translation_key=organisation.translation_key,
                        name=f"Sample {kind.name_en.lower()} organisation no. {number}",
                        alternate_name=MARKER,
                        description=self.sentence(self.english_words, 25),
                    )
                )
        write(Organization, rows)
        vietnamese = [row for row in rows if row.locale_id == self.vietnamese.pk]
        assign_ids(Organization.objects.filter(locale=self.vietnamese), vietnamese)
        return vietnamese

    def make_locations(self, count, organisations) -> list[Location]:
        rows = []
        for number in range(count):
            location = Location(
                locale=self.vietnamese,
                translation_key=self.uuid(),
                organization=self.rng.choice(organisations),
                name=f"Điểm hỗ trợ mẫu số {number}",
                alternate_name=MARKER,
                is_confidential=self.rng.random() < 0.02,
            )
            if self.rng.random() < 0.03:
                location.location_type = Location.LocationType.VIRTUAL
            else:
                ward = self.rng.choice(self.wards)
                location.address_1 = (
                    f"{self.rng.randint(1, 400)} Đường số {self.rng.randint(1, 60)}"
                )
                location.ward_code = ward.code
                # What Location.save() sets, since bulk_create does not call it.
                location.province_code = ward.province_code
                location.latitude = round(ward.lat + self.rng.gauss(0, 0.006), 6)
                location.longitude = round(ward.lng + self.rng.gauss(0, 0.006), 6)
            rows.append(location)
        write(Location, rows)
        assign_ids(Location.objects.filter(locale=self.vietnamese), rows)
        return rows

    # Services

    def make_services(self, count, places, organisations, directories):
        # Every place is used once, then the rest go to services with several places.
        shuffled = self.rng.sample(places, len(places))
        places_of = [
            [shuffled[number]] if number < len(shuffled) else [] for number in range(count)
        ]
        for place in shuffled[count:]:
            places_of[self.rng.randrange(count)].append(place)
        for number in range(count):
            if not places_of[number]:
                places_of[number].append(self.rng.choice(places))

        content_type = ContentType.objects.get_for_model(ServicePage)
        vietnamese, english = [], []
        for number in range(count):
            page = self.service(number, places_of[number], organisations, content_type)
            vietnamese.append(page)
            english.append(self.english_version(page, number))
        self.insert_pages(directories["vi"], vietnamese)
        for page, version in zip(vietnamese, english, strict=True):
            if version.alias_of is not None:
                version.alias_of_id = page.pk
        self.insert_pages(directories["en"], english)
        self.insert_rows(list(zip(vietnamese, english, strict=True)))
        self.stdout.write(f"  {count} services in each language")

    def service(self, number, places, organisations, content_type) -> ServicePage:
        rng = self.rng
        categories = rng.sample(self.categories, weighted(rng, [(1, 60), (2, 30), (3, 10)]))
        ward = next((place.ward for place in places if place.ward), None)
        where = ward.short_name if ward else "trực tuyến"
        title = f"{categories[0].name} – {where} (mẫu {number})"
        page = ServicePage(
            title=title,
            draft_title=title,
            slug=f"dich-vu-{number}",
            content_type=content_type,
            locale=self.vietnamese,
            translation_key=self.uuid(),
            live=True,
            first_published_at=self.now,
            last_published_at=self.now,
            organization=places[0].organization or rng.choice(organisations),
            summary=self.sentence(self.words, 14),
            description=self.sentence(self.words, rng.randint(40, 90)),
            status=weighted(
                rng,
                [
                    (ServicePage.Status.ACTIVE, 95),
                    (ServicePage.Status.TEMPORARILY_CLOSED, 3),
                    (ServicePage.Status.INACTIVE, 2),
                ],
            ),
            is_free=rng.random() < 0.6,
            is_anonymous=rng.random() < 0.4,
            is_sex_worker_friendly=rng.random() < 0.5,
            is_walk_in=rng.random() < 0.6,
            eligibility_description=self.sentence(self.words, 15),
            fees_description=self.sentence(self.words, 10),
            application_process=self.sentence(self.words, 25),
            required_documents="Căn cước\nThẻ bảo hiểm y tế, nếu có",
            wait_time="Khoảng 30 phút.",
            assured_date=self.today - datetime.timedelta(days=rng.randint(0, 400)),
        )
        page.categories = categories
        page.languages = [self.languages[0], *rng.sample(self.languages[1:], rng.choice([0, 0, 1]))]
        page.service_locations = [
            ServiceLocation(location=place, sort_order=order, hsds_id=self.uuid())
            for order, place in enumerate(places)
        ]
        page.phones = [
            ServicePhone(
                number=f"028 0000 {rng.randint(0, 9999):04d}",
                on_zalo=rng.random() < 0.3,
                description="Số mẫu",
                sort_order=order,
                hsds_id=self.uuid(),
            )
            for order in range(rng.choice([1, 1, 2]))
        ]
        hours = weighted(rng, HOURS)
        page.schedules = [
            ServiceSchedule(
                weekday=weekday,
                opens_at=datetime.time.fromisoformat(opens),
                closes_at=datetime.time.fromisoformat(closes),
                sort_order=order,
                hsds_id=self.uuid(),
            )
            for order, (weekday, opens, closes) in enumerate(
                (weekday, opens, closes)
                for weekday, periods in sorted(hours.items())
                for opens, closes in periods
            )
        ]
        closures = []
        if rng.random() < 0.2:
            first = self.today + datetime.timedelta(days=rng.randint(-30, 90))
            closures.append(
                ServiceClosure(
                    starts_on=first,
                    ends_on=first + datetime.timedelta(days=rng.randint(0, 6)),
                    reason="Nghỉ lễ",
                    hsds_id=self.uuid(),
                )
            )
        page.closures = closures
        page.sort_name = fold(page.title)[:255]
        page.search_text = page.build_search_text()
        return page

    def english_version(self, page, number) -> ServicePage:
        """The page in English: a real translation, or an alias showing the Vietnamese.

        Either has its own copy of the page's rows (insert_rows writes them)."""
        translated = number % TRANSLATED_EVERY == 0
        version = ServicePage(
            **{
                field.attname: getattr(page, field.attname)
                for field in ServicePage._meta.concrete_fields
                if not field.primary_key and field.attname != "page_ptr_id"
            }
        )
        version.organization = page.organization
        version.locale = self.english
        version.alias_of = None if translated else page
        if not translated:
            # An alias has the page's own text, places, organisation and categories, so
            # build_search_text gives the same as for the page.
            return version
        category = page.categories.all()[0]
        version.title = version.draft_title = (
            f"{self.english_names[category.slug]} (sample {number})"
        )
        version.slug = f"service-{number}"
        version.summary = self.sentence(self.english_words, 14)
        version.description = self.sentence(self.english_words, self.rng.randint(40, 90))
        version.categories = list(page.categories.all())
        version.service_locations = [copy_row(row) for row in page.service_locations.all()]
        version.sort_name = fold(version.title)[:255]
        version.search_text = version.build_search_text()
        return version

    # Writing in bulk

    def insert_pages(self, parent, pages):
        """Write pages as the last children of parent, with the tree columns treebeard
        would give them: one Page row each, then the ServicePage row that extends it."""
        start = parent.numchild
        depth = parent.depth + 1
        for offset, page in enumerate(pages, start=1):
            page.depth = depth
            page.path = Page._get_path(parent.path, depth, start + offset)
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
        write(Page, pages)
        ids = dict(
            Page.objects.filter(path__startswith=parent.path, depth=depth).values_list("path", "pk")
        )
        for page in pages:
            page.id = page.page_ptr_id = ids[page.path]
        write(ServicePage, pages, ServicePage._meta.local_concrete_fields)
        Page.objects.filter(pk=parent.pk).update(numchild=start + len(pages))
        parent.numchild = start + len(pages)

    def insert_rows(self, pairs):
        """The inline rows and links of each page, and a copy for its English version."""
        for relation in ("service_locations", "phones", "schedules", "closures"):
            rows = []
            for page, version in pairs:
                for row in getattr(page, relation).all():
                    rows += [(row, page.pk), (row, version.pk)]
            if rows:
                write(type(rows[0][0]), rows)
        for relation in ("categories", "languages"):
            through = getattr(ServicePage, relation).through
            target = "servicecategory_id" if relation == "categories" else "spokenlanguage_id"
            links = [
                through(servicepage_id=owner.pk, **{target: item.pk})
                for page, version in pairs
                for item in getattr(page, relation).all()
                for owner in (page, version)
            ]
            write(through, links)


def assign_ids(queryset, rows):
    """Give rows written by `write` their ids, found by translation key."""
    ids = dict(queryset.values_list("translation_key", "pk"))
    for row in rows:
        row.pk = ids[row.translation_key]


def write(model, rows, fields=None):
    """INSERT rows of a model as Model.save() would (each field's pre_save and database
    value), in one executemany: bulk_create is limited to 999 values a statement on SQLite
    and compiles each one. A row may be (inline row, id of the page it belongs to)."""
    if fields is None:
        fields = [
            field
            for field in model._meta.concrete_fields
            if not (field.primary_key and field.auto_created) and field.attname != "id"
        ]
    # The connection itself, not django.db.connection: that proxy costs a lookup per value.
    connection = connections[DEFAULT_DB_ALIAS]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    params = []
    for item in rows:
        row, owner = item if isinstance(item, tuple) else (item, None)
        if owner is not None:
            row.service_id = owner
        params.append(
            [field.get_db_prep_save(field.pre_save(row, add=True), connection) for field in fields]
        )
    # Names come from the model's metadata, quoted; values are parameters.
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)
