"""The portal's fixed HSDS vocabulary, shared by the API, the exporter and the importer.

HSDS 3.0 has no fields for the safety facts readers filter by (free, anonymous, welcoming
to people who sell sex, walk-in), for "this phone is on Zalo", or for "these days are
closed". So they travel as HSDS attributes linked to the terms of one fixed taxonomy,
and closed days as schedules marked with CLOSED_NOTES. The ids here are uuid5 values
derived from HSDS_NAMESPACE: they never change, so a file exported today imports into
any copy of the portal tomorrow. Change nothing here without a migration plan for data
that other systems already hold.
"""

import uuid
from dataclasses import dataclass

HSDS_NAMESPACE = uuid.UUID("1ff204a7-10a3-4f13-aefe-f34fef38013a")

COUNTRY_CODE = "VN"
# Ho Chi Minh City time has been UTC+7 all year since 1975.
TIMEZONE_OFFSET_HOURS = 7
TIME_SUFFIX = "+07:00"
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

# A schedule whose notes are exactly this word, with valid_from (and valid_to for more than
# one day) and no opens_at/freq, is a closure: the service is closed on those days.
# Its description is the reason readers see ("Tết"). The word is a machine token, the same
# in every language.
CLOSED_NOTES = "closed"

# Attribute link_type values: which of the portal's fields the attribute stands for.
LINK_TYPE_CATEGORY = "category"
LINK_TYPE_SAFETY = "safety"
ATTRIBUTE_TRUE = "true"


def derived_id(parent_id, *names) -> str:
    """A stable id for an HSDS object the portal keeps no row for (a service's language or
    required document, an attribute, a location's address): uuid5 of its parent's id and
    a name. The same parent and name give the same id in every language and every copy."""
    return str(uuid.uuid5(uuid.UUID(str(parent_id)), ":".join(str(name) for name in names)))


@dataclass(frozen=True)
class FixedTerm:
    """A term of the portal's safety taxonomy and the model field it stands for."""

    code: str
    field: str
    entity: str  # what the attribute links to: "service", "phone" or "location"
    name_vi: str
    name_en: str
    description_vi: str
    description_en: str

    @property
    def id(self) -> str:
        return str(uuid.uuid5(HSDS_NAMESPACE, f"term:{self.code}"))

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_vi

    def description(self, language: str) -> str:
        return self.description_en if language == "en" else self.description_vi


SAFETY_TAXONOMY_ID = str(uuid.uuid5(HSDS_NAMESPACE, "taxonomy:safety"))
SAFETY_TAXONOMY_NAME = {
    "vi": "An toàn và tiếp cận",
    "en": "Safety and access",
}
SAFETY_TAXONOMY_DESCRIPTION = {
    "vi": "Những điều giúp người bán dâm dùng dịch vụ an toàn: miễn phí, ẩn danh, "
    "thân thiện, không cần hẹn trước.",
    "en": "What makes a service safe to use for people who sell sex: free, anonymous, "
    "welcoming, no appointment needed.",
}

SAFETY_TERMS = (
    FixedTerm(
        "free",
        "is_free",
        "service",
        "Miễn phí",
        "Free of charge",
        "Người dùng không phải trả tiền.",
        "People do not pay for it.",
    ),
    FixedTerm(
        "anonymous",
        "is_anonymous",
        "service",
        "Ẩn danh, không cần giấy tờ",
        "Anonymous, no ID needed",
        "Có thể dùng dịch vụ mà không cần cho biết tên hay xuất trình giấy tờ tùy thân.",
        "People can use the service without giving their name or showing ID.",
    ),
    FixedTerm(
        "sex-worker-friendly",
        "is_sex_worker_friendly",
        "service",
        "Thân thiện với người bán dâm",
        "Welcoming to people who sell sex",
        "Nhân viên được tập huấn để phục vụ người bán dâm không kỳ thị.",
        "Staff are trained to serve people who sell sex without judgement.",
    ),
    FixedTerm(
        "walk-in",
        "is_walk_in",
        "service",
        "Không cần hẹn trước",
        "Walk-in, no appointment",
        "Có thể đến trực tiếp mà không cần đặt hẹn.",
        "People can come without an appointment.",
    ),
)
ZALO_TERM = FixedTerm(
    "zalo",
    "on_zalo",
    "phone",
    "Có Zalo",
    "On Zalo",
    "Số điện thoại này nhắn tin và gọi được qua Zalo.",
    "This number can be reached by message or call on Zalo.",
)
# Only ever written by a private export (serialize(..., private=True)), never by the API.
CONFIDENTIAL_TERM = FixedTerm(
    "confidential",
    "is_confidential",
    "location",
    "Địa điểm bảo mật",
    "Confidential location",
    "Không công bố địa chỉ và vị trí của nơi này.",
    "The address and position of this place are never published.",
)
FIXED_TERMS = (*SAFETY_TERMS, ZALO_TERM, CONFIDENTIAL_TERM)
# Terms the public API lists under /taxonomy_terms (the confidential one is for exports).
PUBLIC_FIXED_TERMS = (*SAFETY_TERMS, ZALO_TERM)
FIXED_TERMS_BY_ID = {term.id: term for term in FIXED_TERMS}
FIXED_TERMS_BY_FIELD = {term.field: term for term in FIXED_TERMS}
