"""Reading, checking and compiling the portal's message catalogues.

The catalogues live in portal/locale/<language>/LC_MESSAGES/django.po. English is
the source language of interface strings, so its catalogue is filled with the
msgid itself; Vietnamese is translated by people.
"""

import shutil
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command

SOURCE_LANGUAGE = "en"
IGNORED_PATTERNS = ["tests/*", "scripts/*", "static-collected/*", "media/*", "node_modules/*"]


def locale_dir() -> Path:
    return Path(settings.LOCALE_PATHS[0])


def catalogue_path(language: str) -> Path:
    return locale_dir() / language / "LC_MESSAGES" / "django.po"


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


@dataclass
class CatalogueReport:
    language: str
    missing: list[str] = field(default_factory=list)
    obsolete: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)
    fuzzy: list[str] = field(default_factory=list)
    not_nfc: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.missing or self.obsolete or self.untranslated or self.fuzzy or self.not_nfc
        )


def _key(entry: polib.POEntry) -> tuple[str | None, str]:
    return (entry.msgctxt, entry.msgid)


def _translations(entry: polib.POEntry) -> list[str]:
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def extract_messages() -> None:
    """Run makemessages for every language, writing into portal/locale."""
    call_command(
        "makemessages",
        locale=languages(),
        no_location=True,
        no_obsolete=True,
        ignore_patterns=IGNORED_PATTERNS,
        verbosity=0,
    )


def tidy_header(path: Path, language: str) -> None:
    catalogue = polib.pofile(str(path))
    catalogue.metadata_is_fuzzy = False
    catalogue.header = "Interface strings of the Ho Chi Minh City community support portal."
    catalogue.metadata.update(
        {
            "Project-Id-Version": "hcmc-support-portal",
            "Language": language,
            "PO-Revision-Date": catalogue.metadata.get("POT-Creation-Date", ""),
            "Last-Translator": "Portal team",
            "Language-Team": language,
        }
    )
    catalogue.save()


def fill_source_language(path: Path) -> None:
    """English strings are their own translation."""
    catalogue = polib.pofile(str(path))
    for entry in catalogue:
        if "fuzzy" in entry.flags:
            # A guess from a similar string: for the source language, the string itself is right.
            entry.flags.remove("fuzzy")
            entry.msgstr = ""
            entry.previous_msgid = None
            entry.previous_msgid_plural = None
            entry.previous_msgctxt = None
        if entry.msgid_plural:
            entry.msgstr_plural = {
                index: entry.msgid if index == 0 else entry.msgid_plural
                for index in range(max(len(entry.msgstr_plural), 2))
            }
        elif not entry.msgstr:
            entry.msgstr = entry.msgid
    catalogue.save()


def compare(language: str, before: polib.POFile | None, after: polib.POFile) -> CatalogueReport:
    report = CatalogueReport(language)
    before_keys = {_key(e) for e in before if not e.obsolete} if before is not None else set()
    after_keys = {_key(e) for e in after if not e.obsolete}
    report.missing = sorted(msgid for _ctx, msgid in after_keys - before_keys)
    report.obsolete = sorted(msgid for _ctx, msgid in before_keys - after_keys)
    for entry in after:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            report.fuzzy.append(entry.msgid)
        elif not all(_translations(entry)):
            report.untranslated.append(entry.msgid)
        if any(text != unicodedata.normalize("NFC", text) for text in _translations(entry)):
            report.not_nfc.append(entry.msgid)
    return report


def check(update: bool = False) -> list[CatalogueReport]:
    """Extract the strings again and compare them with the committed catalogues.

    Without update, the committed files are left exactly as they were.
    """
    backup = Path(tempfile.mkdtemp(prefix="catalogues-"))
    try:
        before = {}
        for language in languages():
            path = catalogue_path(language)
            if path.exists():
                before[language] = polib.pofile(str(path))
                shutil.copy2(path, backup / f"{language}.po")
        extract_messages()
        if update:
            fill_source_language(catalogue_path(SOURCE_LANGUAGE))
            for language in languages():
                tidy_header(catalogue_path(language), language)
        reports = []
        for language in languages():
            after = polib.pofile(str(catalogue_path(language)))
            report = compare(language, before.get(language), after)
            if update:
                report.missing, report.obsolete = [], []
            reports.append(report)
        return reports
    finally:
        if not update:
            for language in languages():
                saved = backup / f"{language}.po"
                if saved.exists():
                    shutil.copy2(saved, catalogue_path(language))
                else:
                    catalogue_path(language).unlink(missing_ok=True)
        shutil.rmtree(backup, ignore_errors=True)


def compile_all() -> list[Path]:
    """Write the .mo files with polib, so serving the site needs no gettext tools."""
    written = []
    for language in languages():
        path = catalogue_path(language)
        if path.exists():
            mo_path = path.with_suffix(".mo")
            polib.pofile(str(path)).save_as_mofile(str(mo_path))
            written.append(mo_path)
    return written
