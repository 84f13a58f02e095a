from wagtail.fields import StreamField as WagtailStreamField


class StreamField(WagtailStreamField):
    """A StreamField whose block definitions stay out of migrations.

    Blocks change often and never change the database schema (the column is JSON),
    so recording them in migrations only produces noise and slow migration files.
    """

    def deconstruct(self):
        name, _path, _args, kwargs = super().deconstruct()
        # The shape of an empty wagtail StreamField, so migrations see no change.
        kwargs["block_lookup"] = {}
        return name, "wagtail.fields.StreamField", [[]], kwargs
