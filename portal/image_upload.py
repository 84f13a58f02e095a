"""The image upload form: a broken file or an oversized image is a form error, never a 500.

Wagtail opens an uploaded image to measure it, and Pillow raises an OSError for a file that
is cut short (a JPEG half uploaded from a phone); Wagtail lets that through as a server
error. Its message for too many pixels gives raw pixel counts. This form's file field turns
the first into Django's "not an image or a corrupted image" message and says the second in
megapixels, with the image's size. Settings: WAGTAILIMAGES_IMAGE_FORM_BASE points here.
"""

from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


def _megapixels(pixels: int) -> str:
    return number_format(pixels / 1_000_000, decimal_pos=1)


class CheckedImageField(WagtailImageField):
    def to_python(self, data):
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:
            # Anything the image library cannot decode is the file's fault, not the server's.
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except ValidationError as error:
            if error.code != "file_too_many_pixels":
                raise
            try:
                width, height = f.image.get_size()
            except Exception:  # too large for the image library to open at all
                raise error from None
            if width * height <= self.max_image_pixels:
                raise  # an animation, too large by its frames: Wagtail's message says so
            raise ValidationError(
                _(
                    "This image is %(width)s×%(height)s pixels (%(megapixels)s megapixels); "
                    "the largest accepted is %(limit)s megapixels. Make it smaller and upload "
                    "it again."
                )
                % {
                    "width": width,
                    "height": height,
                    "megapixels": _megapixels(width * height),
                    "limit": _megapixels(self.max_image_pixels),
                },
                code="file_too_many_pixels",
            ) from None


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, CheckedImageField):
            self.fields["file"] = CheckedImageField(
                label=field.label, required=field.required, widget=field.widget
            )
