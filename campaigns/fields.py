"""The areas a campaign covers: wards and communes of Ho Chi Minh City, by official code."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory import admin_units


def city_unit_choices() -> list[tuple[str, str]]:
    return [(unit.code, unit.name) for unit in admin_units.wards_of()]


class WardCodesFormField(forms.MultipleChoiceField):
    widget = forms.SelectMultiple(attrs={"size": 12})

    def __init__(self, **kwargs):
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        kwargs.pop("max_length", None)
        super().__init__(choices=city_unit_choices, **kwargs)

    def prepare_value(self, value):
        return value or []


class WardCodesField(models.JSONField):
    """A list of ward and commune codes; empty means the whole city."""

    def formfield(self, **kwargs):
        return WardCodesFormField(
            required=not self.blank,
            label=self.verbose_name.capitalize() if self.verbose_name else None,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {unit.code for unit in admin_units.wards_of()}
        unknown = [code for code in value or [] if code not in known]
        if unknown:
            raise ValidationError(
                _("Not a ward or commune of Ho Chi Minh City: %(codes)s"),
                params={"codes": ", ".join(map(str, unknown))},
            )


def area_names(codes) -> list[str]:
    """The names of the units, in the order of the city's list."""
    chosen = set(codes or [])
    return [unit.name for unit in admin_units.wards_of() if unit.code in chosen]
