from django.core.management.base import BaseCommand

from portal import catalogues


class Command(BaseCommand):
    help = "Compile the message catalogues to .mo files (needs no gettext tools)."

    def handle(self, *args, **options):
        for path in catalogues.compile_all():
            self.stdout.write(f"Compiled {path}")
