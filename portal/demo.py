"""Shared tools for the demo content that `manage.py load_demo_content` loads.

An app adds demo content with a `demo_content.py` module that defines

    def load_demo_content(demo: DemoContent) -> None

The command finds these modules in INSTALLED_APPS order and runs them in one transaction,
so a loader can use what earlier apps made (`demo.pages["get-help"]`). A module that sets
`RUN_LAST = True` runs after the others: the portal's own loader does, because the menus
it makes link to the pages that the other apps register with `demo.register_page`.

Loaders follow three rules so that the command can run again and again:

* Create only what is missing, found by a stable key (a slug under a parent, an image
  title, a phone number). Never change what exists: an editor may have changed it.
* Make a page's English translation in the run that makes the page, and only then, so
  that an editor's Vietnamese page never gets an English version that does not match it.
* Create through the helpers below, which record what they make for the summary.
"""

from collections import Counter
from collections.abc import Callable
from importlib import import_module
from io import BytesIO

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.utils.html import escape
from django.utils.module_loading import module_has_submodule
from PIL import Image as PillowImage
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail.utils.file import hash_filelike

LOADER_MODULE_NAME = "demo_content"
DEMO_COLLECTION_NAME = "Demo content"


def find_loaders():
    """(module name, load_demo_content) of every installed app that has demo content."""
    modules = [
        import_module(f"{app_config.name}.{LOADER_MODULE_NAME}")
        for app_config in apps.get_app_configs()
        if module_has_submodule(app_config.module, LOADER_MODULE_NAME)
    ]
    # sorted() is stable, so INSTALLED_APPS order holds within each group.
    modules = sorted(modules, key=lambda module: getattr(module, "RUN_LAST", False))
    return [(module.__name__, module.load_demo_content) for module in modules]


class DemoContent:
    """What the loaders share: the site, both languages, the pages made so far, a log."""

    def __init__(self, *, site: Site, write: Callable[[str], None]):
        self.site = site
        self.vietnamese = Locale.objects.get(language_code="vi")
        self.english = Locale.objects.get(language_code="en")
        # Vietnamese pages by a stable key, whether made in this run or an earlier one.
        self.pages: dict[str, Page] = {}
        self.header_links: list[Page] = []
        self.footer_links: list[Page] = []
        self.counts: Counter[str] = Counter()
        self._write = write
        self._collection = None

    @property
    def home(self) -> Page:
        return self.site.root_page.specific

    def record(self, kind: str, description: str, *, changed: bool = False) -> None:
        """Count and print one thing that was created (or, with changed=True, changed)."""
        self.counts[kind] += 1
        self._write(f"  {'~' if changed else '+'} {kind}: {description}")

    def note(self, message: str) -> None:
        self._write(f"  ! {message}")

    def summary(self) -> str:
        if not self.counts:
            return "Nothing was missing, so nothing changed."
        return "Done: " + ", ".join(f"{kind} ×{count}" for kind, count in self.counts.items())

    def register_page(
        self, key: str, page: Page, *, in_header: bool = False, in_footer: bool = False
    ) -> None:
        """Make a Vietnamese page findable by later loaders and, if asked, put it in the menus."""
        self.pages[key] = page
        if in_header:
            self.header_links.append(page)
        if in_footer:
            self.footer_links.append(page)

    def in_english(self, page: Page) -> Page:
        """The English version of a page (alias included), or the page itself if there is none."""
        translation = page.get_translation_or_none(self.english)
        return translation.specific if translation else page

    # Images

    @property
    def collection(self) -> Collection:
        if self._collection is None:
            root = Collection.get_first_root_node()
            collection = root.get_children().filter(name=DEMO_COLLECTION_NAME).first()
            if collection is None:
                collection = root.add_child(name=DEMO_COLLECTION_NAME)
                self.record("collection", DEMO_COLLECTION_NAME)
            self._collection = collection
        return self._collection

    def image(self, title: str, filename: str, paint: Callable[[], PillowImage.Image]):
        """The demo image with this title, painted and saved as a JPEG if it does not exist."""
        image_model = get_image_model()
        existing = image_model.objects.filter(collection=self.collection, title=title).first()
        if existing is not None:
            return existing
        buffer = BytesIO()
        paint().convert("RGB").save(buffer, "JPEG", quality=85, optimize=True)
        image = image_model(
            title=title,
            collection=self.collection,
            file=ImageFile(buffer, name=filename),
            file_size=buffer.tell(),
        )
        buffer.seek(0)
        image.file_hash = hash_filelike(buffer)
        image.save()
        self.record("image", title)
        return image

    # Pages

    def child_page(self, parent: Page, page: Page) -> tuple[Page, bool]:
        """The child of parent with page's slug, or page itself, added and published.

        Returns (page, created).
        """
        existing = parent.get_children().filter(slug=page.slug).specific().first()
        if existing is not None:
            return existing, False
        validate_streams(page)
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        self.record("page", f"{page.title}  {page.url}")
        return page, True

    def translate_page(self, source: Page, **english_fields) -> Page:
        """The English translation of source, made from english_fields if there is none.

        An English alias (what wagtail-localize's tree synchronisation makes) is converted
        into a real page; otherwise the page is copied into English, as the admin's
        "Translate" does. A real translation is returned unchanged.
        """
        existing = source.get_translation_or_none(self.english)
        if existing is not None and not existing.alias_of_id:
            return existing.specific
        if existing is not None:
            translation = ConvertAliasPageAction(existing.specific).execute()
        else:
            translation = source.copy_for_translation(self.english, copy_parents=True)
        for name, value in english_fields.items():
            setattr(translation, name, value)
        validate_streams(translation)
        translation.save_revision().publish()
        translation.refresh_from_db()
        self.record("page translation", f"{translation.title}  {translation.url}")
        return translation

    # Snippets

    def translate_snippet(self, source, **english_fields):
        """The English translation of a snippet, copied from source if there is none."""
        existing = source.get_translation_or_none(self.english)
        if existing is not None:
            return existing
        translation = source.copy_for_translation(self.english)
        for name, value in english_fields.items():
            setattr(translation, name, value)
        save_snippet(translation)
        self.record(f"{source._meta.model_name} translation", str(translation))
        return translation


def save_snippet(snippet) -> None:
    """Validate a snippet as the admin form would, then save it."""
    validate_streams(snippet)
    snippet.full_clean()
    snippet.save()


def validate_streams(instance) -> None:
    """Run the block validation that the admin form runs and full_clean() does not.

    It catches demo content that an editor could not have saved, such as a link with
    both a page and an address.
    """
    errors = {}
    for field in instance._meta.concrete_fields:
        if isinstance(field, StreamField):
            try:
                field.stream_block.clean(getattr(instance, field.attname))
            except ValidationError as error:
                errors[field.name] = error
    if errors:
        raise ValidationError(errors)


# Building content


def stream(*blocks: tuple[str, object]) -> list[dict]:
    """StreamField data from (block type, value) pairs, in the form stored in the database."""
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def link(page: Page | None = None, *, url: str = "", label: str = "") -> dict:
    """A LinkBlock value; without a label, readers see the page title in their language."""
    return {"label": label, "page": page.pk if page else None, "url": url}


def page_link(page: Page, text: str) -> str:
    """A rich text link to a page, as the editor stores it (it follows the reader's language)."""
    return f'<a linktype="page" id="{page.pk}">{escape(text)}</a>'


def gradient(size: tuple[int, int], top: str, bottom: str) -> PillowImage.Image:
    """A calm vertical gradient between two colours, the background of every demo image."""
    mask = PillowImage.linear_gradient("L").resize(size)
    return PillowImage.composite(
        PillowImage.new("RGB", size, bottom), PillowImage.new("RGB", size, top), mask
    )
