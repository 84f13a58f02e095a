from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, no_translations

from directory.hsds.exporter import export_package
from directory.hsds.tabular import DESCRIPTOR_NAME
from portal.localization import default_language


class Command(BaseCommand):
    help = (
        "Export the live support services as an Open Referral HSDS 3.0 tabular data package "
        "(datapackage.json and one UTF-8 CSV file per table) in PATH, a folder. `import_hsds "
        "PATH` reads it back. The default package may be shared: like the API, it leaves out "
        "confidential locations (shelters) and checkers' emails. For the portal's own backups "
        "and transfers, --include-confidential makes a complete package that imports back "
        "identically; keep that one private."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The folder to write (created if missing).")
        parser.add_argument(
            "--locale",
            choices=[code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES],
            default=None,
            help="Export this language's text (default: the site's main language). In "
            "another language, only services translated into it are exported.",
        )
        parser.add_argument(
            "--include-confidential",
            action="store_true",
            help="Include confidential locations and checkers' emails (a private backup).",
        )

    @no_translations
    def handle(self, *args, path, locale, include_confidential, **options):
        folder = Path(path)
        if folder.exists() and not folder.is_dir():
            raise CommandError(f"{folder} is a file; give a folder for the data package.")
        if folder.is_dir() and any(folder.iterdir()) and not (folder / DESCRIPTOR_NAME).exists():
            raise CommandError(
                f"{folder} is not empty and holds no data package; give an empty or new folder."
            )
        try:
            counts = export_package(
                folder,
                language=locale or default_language(),
                public=not include_confidential,
            )
        except OSError as error:
            raise CommandError(f"Cannot write to {folder}: {error.strerror}.") from error
        for name, count in counts.items():
            self.stdout.write(f"  {name}: {count}")
        if include_confidential:
            self.stdout.write(
                self.style.WARNING(
                    "This package includes confidential locations' addresses and checkers' "
                    "emails: keep it private (leave out --include-confidential for one to share)."
                )
            )
        self.stdout.write(
            self.style.SUCCESS(f"Wrote {counts.get('services.csv', 0)} service(s) to {folder}.")
        )
