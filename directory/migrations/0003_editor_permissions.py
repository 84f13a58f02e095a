"""Let Wagtail's Editors and Moderators groups keep the directory up to date.

They add and correct organisations, locations and categories, and both work the
problem-report queue (reports come only from readers, so nobody adds them here).
"""

from django.db import migrations

from portal.group_permissions import grant_to_editorial_groups


def grant(apps, schema_editor):
    grant_to_editorial_groups(
        apps,
        "directory",
        {
            "organization": ["add", "change", "delete", "view"],
            "location": ["add", "change", "delete", "view"],
            "servicecategory": ["add", "change", "delete", "view"],
            "taxonomy": ["add", "change", "view"],
            "spokenlanguage": ["add", "change", "view"],
            "problemreport": ["change", "view"],
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0002_languages_and_categories_taxonomy"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
