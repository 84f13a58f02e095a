from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, no_translations

from directory.hsds.importer import InvalidImport, import_services
from directory.hsds.sources import SourceError, load_services
from portal.localization import default_language

# Enough lines to fix a file in one go without burying the terminal.
MAX_PROBLEMS_SHOWN = 200


class Command(BaseCommand):
    help = (
        "Import support services in Open Referral HSDS 3.0: a JSON file holding a list of "
        "service objects, or a tabular data package (a folder with datapackage.json and CSV "
        "files). Every record is checked first; if any is invalid, the problems are listed "
        "by record id and field and nothing is written. Importing the same file again "
        "changes nothing. With --locale en, the file gives the English text of services "
        "already imported in Vietnamese (same ids)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="A JSON file, or a data package folder.")
        parser.add_argument(
            "--locale",
            choices=[code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES],
            default=None,
            help="The language of the file's text (default: the site's main language).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and report what would change, without writing anything.",
        )

    @no_translations
    def handle(self, *args, path, locale, dry_run, **options):
        locale = locale or default_language()
        try:
            source = load_services(path)
        except SourceError as error:
            raise CommandError(str(error)) from error
        records = source.services
        try:
            report = import_services(records, terms=source.terms, language=locale, dry_run=dry_run)
        except InvalidImport as error:
            for line in error.problems[:MAX_PROBLEMS_SHOWN]:
                self.stderr.write(line)
            if len(error.problems) > MAX_PROBLEMS_SHOWN:
                self.stderr.write(f"... and {len(error.problems) - MAX_PROBLEMS_SHOWN} more")
            raise CommandError(
                f"{len(error.problems)} problem(s) in {path}; nothing was imported."
            ) from error
        if options["verbosity"] > 1 or dry_run:
            for line in report.lines:
                self.stdout.write(line)
        for warning in report.warnings:
            self.stdout.write(self.style.WARNING(f"Note: {warning}"))
        if dry_run:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Dry run, nothing was written. {len(records)} record(s) are valid; "
                    f"an import would have: {report.summary()}."
                )
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Imported {len(records)} record(s) ({locale}): {report.summary()}."
                )
            )
