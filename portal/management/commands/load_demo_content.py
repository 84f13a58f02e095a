from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Site

from portal.demo import DemoContent, find_loaders

# Published in the README and the Makefile; the account only exists where
# settings.DEMO_LOGIN_ALLOWED is on, which production settings never allow.
DEMO_EDITOR_USERNAME = "demo-editor"
DEMO_EDITOR_PASSWORD = "demo-editor-password"  # noqa: S105


class Command(BaseCommand):
    help = (
        "Load the bilingual demo content: pages, images, hotlines, menus and site settings, "
        "plus the demo-editor account where settings.DEMO_LOGIN_ALLOWED is on. Each app adds "
        "its own content through a demo_content.py module (see portal/demo.py). Safe to run "
        "again: it only creates what is missing and never changes what editors changed. "
        "Under production settings the content loads (for a public demo server) but the "
        "account is not created."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hostname",
            default="127.0.0.1",
            help="Host name of the default site, used in canonical URLs (default: 127.0.0.1).",
        )
        parser.add_argument(
            "--port",
            type=int,
            default=8000,
            help="Port of the default site, used in canonical URLs (default: 8000).",
        )

    def handle(self, *args, hostname, port, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("There is no default site. Run `manage.py migrate` first.")
        self.stdout.write(f"Demo content for {Site(hostname=hostname, port=port).root_url}/")
        # One transaction: a failing loader leaves nothing half-made, and a page is never
        # left without the English translation that the next run would no longer make.
        with transaction.atomic():
            demo = DemoContent(site=site, write=self.stdout.write)
            self.point_site_at(demo, hostname, port)
            self.create_demo_editor(demo)
            for module_name, load in find_loaders():
                if options["verbosity"] > 1:
                    self.stdout.write(f"Running {module_name}.load_demo_content")
                load(demo)
        self.stdout.write(self.style.SUCCESS(demo.summary()))

    def point_site_at(self, demo, hostname, port):
        """Make the default site's address the one the demo is served at (canonical URLs)."""
        site = demo.site
        if (site.hostname, site.port) == (hostname, port):
            return
        previous = f"{site.hostname}:{site.port}"
        site.hostname, site.port = hostname, port
        site.full_clean()
        site.save()
        demo.record("site", f"{hostname}:{port} (was {previous})", changed=True)

    def create_demo_editor(self, demo):
        if not settings.DEMO_LOGIN_ALLOWED:
            demo.note(
                f"The {DEMO_EDITOR_USERNAME} account was NOT created: DEMO_LOGIN_ALLOWED is off "
                "in these settings (production never allows it). Create real editor accounts "
                "with `manage.py createsuperuser`."
            )
            return
        user_model = get_user_model()
        if user_model.objects.filter(username=DEMO_EDITOR_USERNAME).exists():
            return
        user_model.objects.create_superuser(
            username=DEMO_EDITOR_USERNAME,
            email="demo-editor@example.org",
            password=DEMO_EDITOR_PASSWORD,
        )
        demo.record("user", f"{DEMO_EDITOR_USERNAME} / {DEMO_EDITOR_PASSWORD} (superuser)")
