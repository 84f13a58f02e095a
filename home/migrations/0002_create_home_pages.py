"""Replace Wagtail's welcome page with the Vietnamese home page and its English alias.

The English alias is what wagtail-localize's tree synchronisation would create; it is
made here so that /en/ works on a database that has only been migrated. Editors turn it
into a real translation with "Translate" in the admin (the demo content does so too).
"""

import uuid

from django.db import migrations


def create_home_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("home", "HomePage")

    if HomePage.objects.exists():
        return
    vietnamese = Locale.objects.get(language_code="vi")
    english = Locale.objects.get(language_code="en")
    root = Page.objects.get(depth=1)

    Page.objects.filter(
        depth=2, slug="home", content_type__app_label="wagtailcore", content_type__model="page"
    ).delete()

    home_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    translation_key = uuid.uuid4()
    common = {
        "content_type": home_type,
        "depth": 2,
        "numchild": 0,
        "live": True,
        "translation_key": translation_key,
        "hero_heading": "Thông tin và hỗ trợ, an toàn và tôn trọng",
        "hero_text": "",
        "shortcuts": [],
        "body": [],
    }
    sibling_paths = sorted(Page.objects.filter(depth=2).values_list("path", flat=True))
    next_number = int(sibling_paths[-1][-4:], 36) + 1 if sibling_paths else 1

    def path_for(number):
        # Treebeard's materialised path: four base-36 digits per level.
        return root.path + _base36(number)

    home = HomePage.objects.create(
        title="Trang chủ",
        draft_title="Trang chủ",
        slug="home",
        path=path_for(next_number),
        url_path="/home/",
        locale=vietnamese,
        **common,
    )
    HomePage.objects.create(
        title="Trang chủ",
        draft_title="Trang chủ",
        slug="home-en",
        path=path_for(next_number + 1),
        url_path="/home-en/",
        locale=english,
        alias_of_id=home.pk,
        **common,
    )
    Page.objects.filter(pk=root.pk).update(numchild=Page.objects.filter(depth=2).count())

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True,
            site_name="",
        )
    else:
        site.root_page_id = home.pk
        site.save(update_fields=["root_page"])


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while number:
        number, remainder = divmod(number, 36)
        out = digits[remainder] + out
    return out.rjust(4, "0")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("portal", "0002_locales"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_pages, migrations.RunPython.noop)]
