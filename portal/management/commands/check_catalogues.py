from django.core.management.base import BaseCommand, CommandError

from portal import catalogues


class Command(BaseCommand):
    help = (
        "Check that makemessages would not change the vi and en catalogues and that every "
        "string is translated (NFC, not fuzzy). With --update, write the new catalogues."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Keep the extracted catalogues and fill English from the source strings.",
        )

    def handle(self, *args, update=False, **options):
        problems = []
        for report in catalogues.check(update=update):
            for label, items in [
                ("not in the catalogue yet (run `make messages`)", report.missing),
                ("no longer used (run `make messages`)", report.obsolete),
                ("untranslated", report.untranslated),
                ("marked fuzzy", report.fuzzy),
                ("not in Unicode NFC", report.not_nfc),
            ]:
                for msgid in items:
                    problems.append(f"[{report.language}] {label}: {msgid!r}")
        if problems:
            raise CommandError("Message catalogues are incomplete:\n" + "\n".join(problems))
        self.stdout.write(self.style.SUCCESS("Message catalogues are complete."))
