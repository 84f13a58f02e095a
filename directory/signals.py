"""Keep services' folded search text in step with the snippets it is built from.

A service's search_text includes its categories' and organisation's names in every
language and its locations' addresses; renaming or translating one of those must change
what finds the service without waiting for the service to be published again.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from directory.models import Location, Organization, ServiceCategory, ServicePage


def refresh_search_text(services) -> int:
    """Recompute search_text of the given service pages (all versions: drafts and live)."""
    refreshed = 0
    for service in services.prefetch_related("categories", "service_locations__location"):
        text = service.build_search_text()
        if text != service.search_text:
            ServicePage.objects.filter(pk=service.pk).update(search_text=text)
            refreshed += 1
    return refreshed


@receiver(post_save, sender=ServiceCategory)
def category_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    translations = ServiceCategory.objects.filter(translation_key=instance.translation_key)
    refresh_search_text(ServicePage.objects.filter(categories__in=translations).distinct())


@receiver(post_save, sender=Organization)
def organization_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    translations = Organization.objects.filter(translation_key=instance.translation_key)
    refresh_search_text(ServicePage.objects.filter(organization__in=translations))


@receiver(post_save, sender=Location)
def location_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    translations = Location.objects.filter(translation_key=instance.translation_key)
    services = ServicePage.objects.filter(service_locations__location__in=translations)
    refresh_search_text(services.distinct())
