"""Cutting every image size a share kit needs, on every core.

The sizes are ordinary Wagtail renditions (the channel's `fill-WxH` around the focal point),
stored and reused like any other. Wagtail's own get_renditions() cuts one image at a time,
three sizes at once; a kit needs a dozen sizes of several photographs, and decoding a
phone's photograph is most of the work. So the missing sizes of all the images are cut
together on a pool of threads as wide as the machine (Pillow releases the interpreter lock
while it decodes, resizes and encodes), each original read once, with Wagtail's
generate_rendition_instance(); the renditions are then saved in one statement.
"""

import io
import logging
import os
from concurrent.futures import ThreadPoolExecutor

from django.db.models import Q
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.models import Filter, SourceImageIOError

logger = logging.getLogger(__name__)

# What cutting an image can raise for a missing, corrupt or oversized original.
IMAGE_ERRORS = (
    OSError,
    ValueError,
    SourceImageIOError,
    InvalidFilterSpecError,
    PillowImage.DecompressionBombError,
)


def load_images(ids, specs) -> dict:
    """{id: image} with their renditions of these specs prefetched: one query each."""
    ids = {image_id for image_id in ids if image_id}
    if not ids:
        return {}
    return get_image_model().objects.prefetch_renditions(*specs).in_bulk(ids)


def cut(wanted: dict) -> dict:
    """{(image id, spec): JPEG bytes} for wanted = {image: specs}; sizes that could not be
    cut (the original is missing or unreadable) are left out, and logged."""
    cut_sizes, missing = {}, []
    for image, specs in wanted.items():
        filters = [Filter(spec) for spec in sorted(specs)]
        try:
            existing = image.find_existing_renditions(*filters)
        except IMAGE_ERRORS:
            existing = {}
        for image_filter in filters:
            rendition = existing.get(image_filter)
            data = read(rendition) if rendition is not None else None
            if data is None:
                missing.append((image, image_filter))
            else:
                cut_sizes[image.pk, image_filter.spec] = data
    if missing:
        cut_sizes.update(make(missing))
    return cut_sizes


def read(rendition) -> bytes | None:
    try:
        with rendition.file.open("rb") as file:
            return file.read()
    except IMAGE_ERRORS:
        # The rendition's file is gone (storage cleaned up): cut it again.
        rendition.delete()
        return None


def make(missing) -> dict:
    originals = {}
    for image, _filter in missing:
        if image.pk not in originals:
            originals[image.pk] = original_bytes(image)
    jobs = [(image, f) for image, f in missing if originals[image.pk] is not None]
    workers = max(1, min(len(jobs), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda job: generate(job, originals), jobs))
    made = [rendition for rendition in results if rendition is not None]
    cut_sizes = {}
    for rendition in made:
        rendition.file.seek(0)
        cut_sizes[rendition.image_id, rendition.filter_spec] = rendition.file.read()
        rendition.file.seek(0)
    save(made)
    return cut_sizes


def original_bytes(image) -> bytes | None:
    try:
        with image.open_file() as file:
            return file.read()
    except IMAGE_ERRORS:
        logger.warning("Could not read image %s for a share kit", image.pk, exc_info=True)
        return None


def generate(job, originals):
    image, image_filter = job
    try:
        return image.generate_rendition_instance(image_filter, io.BytesIO(originals[image.pk]))
    except IMAGE_ERRORS:
        logger.warning("Could not cut image %s for a share kit", image.pk, exc_info=True)
        return None


def save(renditions):
    """Store the new renditions, except any that another request stored meanwhile."""
    if not renditions:
        return
    model = type(renditions[0])
    clash = Q()
    for rendition in renditions:
        clash |= Q(
            image_id=rendition.image_id,
            filter_spec=rendition.filter_spec,
            focal_point_key=rendition.focal_point_key,
        )
    taken = set(model.objects.filter(clash).values_list("image_id", "filter_spec"))
    model.objects.bulk_create(
        [r for r in renditions if (r.image_id, r.filter_spec) not in taken],
        ignore_conflicts=True,
    )
