"""Both content languages exist after `migrate` alone, and English follows Vietnamese."""

from django.db import migrations

SOURCE_LANGUAGE = "vi"
LANGUAGES = ["vi", "en"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    for code, locale in locales.items():
        if code != SOURCE_LANGUAGE:
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": locales[SOURCE_LANGUAGE]}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
