"""Let Wagtail's Editors and Moderators groups edit topics, audiences and legal documents."""

from django.db import migrations

from portal.group_permissions import grant_to_editorial_groups


def grant(apps, schema_editor):
    actions = ["add", "change", "delete", "view"]
    grant_to_editorial_groups(
        apps, "articles", {"topic": actions, "audience": actions, "legaldocument": actions}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
