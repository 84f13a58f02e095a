from directory.models.places import Location, Organization
from directory.models.reports import ProblemReport
from directory.models.services import (
    ServiceClosure,
    ServiceDirectoryPage,
    ServiceLocation,
    ServicePage,
    ServicePhone,
    ServiceSchedule,
    Weekday,
)
from directory.models.taxonomy import PORTAL_TAXONOMY_ID, ServiceCategory, SpokenLanguage, Taxonomy

__all__ = [
    "PORTAL_TAXONOMY_ID",
    "Location",
    "Organization",
    "ProblemReport",
    "ServiceCategory",
    "ServiceClosure",
    "ServiceDirectoryPage",
    "ServiceLocation",
    "ServicePage",
    "ServicePhone",
    "ServiceSchedule",
    "SpokenLanguage",
    "Taxonomy",
    "Weekday",
]
