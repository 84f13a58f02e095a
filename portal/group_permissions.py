"""Grant model permissions to Wagtail's Editors and Moderators groups from a data migration.

Wagtail's own migrations make the two groups with page, image and document permissions;
each app's snippets need theirs added, or only superusers can edit them.
"""

from django.contrib.auth.management import create_permissions

EDITORIAL_GROUPS = ["Editors", "Moderators"]


def grant_to_editorial_groups(apps, app_label: str, actions_by_model: dict[str, list[str]]):
    # Permissions are otherwise created only after all migrations have run.
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [
        f"{action}_{model}" for model, actions in actions_by_model.items() for action in actions
    ]
    permissions = Permission.objects.filter(
        content_type__app_label=app_label, codename__in=codenames
    )
    for group in Group.objects.filter(name__in=EDITORIAL_GROUPS):
        group.permissions.add(*permissions)
