"""Every block offered to editors explains itself in the block picker."""

import pytest
from django.apps import apps
from django.conf import settings
from wagtail.fields import StreamField


def project_models():
    """Models of this project's apps, not of installed packages."""
    project_dir = str(settings.BASE_DIR)
    for model in apps.get_models():
        path = model._meta.app_config.path
        if path.startswith(project_dir) and ".venv" not in path:
            yield model


def stream_fields():
    for model in project_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield f"{model.__name__}.{field.name}", field


def offered_blocks():
    """Blocks an editor picks from a stream (the top level of each StreamField)."""
    seen = {}
    for name, field in stream_fields():
        for child in field.stream_block.child_blocks.values():
            seen.setdefault(type(child), f"{name}.{child.name}")
    return seen


BLOCKS = offered_blocks()


def test_there_are_blocks_to_check():
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize("block_class", list(BLOCKS), ids=[cls.__name__ for cls in BLOCKS])
def test_block_has_description_and_icon(block_class):
    block = block_class()
    assert str(block.meta.description), f"{BLOCKS[block_class]} has no description"
    assert block.meta.icon and block.meta.icon != "placeholder", (
        f"{BLOCKS[block_class]} has no icon"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("block_class", list(BLOCKS), ids=[cls.__name__ for cls in BLOCKS])
def test_block_has_a_preview_value_that_renders(block_class):
    import wagtail_factories

    wagtail_factories.ImageFactory()  # the image block previews the newest image
    block = block_class()
    block.set_name("preview")
    value = block.get_preview_value()
    assert value not in (None, "", {}), f"{BLOCKS[block_class]} has no preview value"
    assert block.render(value).strip()
