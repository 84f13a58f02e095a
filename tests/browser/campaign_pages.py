"""The campaign pages the browser tests visit: the campaign index with running, upcoming and
past campaigns, and a campaign with every block. public_pages (tests/browser/conftest.py)
adds them to the pages every accessibility, small-phone and privacy check runs on."""

import datetime

import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document

from directory import admin_units
from tests.articles_factories import AudienceFactory, TopicFactory
from tests.campaigns_factories import campaign, campaign_index, consented_testimony, every_block
from tests.directory_factories import OrganizationFactory


def campaign_pages(site_url, image, finder) -> dict[str, str]:
    """The campaign index with running, upcoming and past campaigns, and a campaign with
    every block, every detail and a long list of wards; their addresses by name."""
    today = timezone.localdate()
    index = campaign_index()
    health = TopicFactory(name="Sức khoẻ", slug="suc-khoe-chien-dich")
    rights = TopicFactory(name="Quyền của bạn", slug="quyen-chien-dich")
    public = AudienceFactory(name="Cộng đồng", slug="cong-dong-chien-dich")
    peers = AudienceFactory(name="Người bán dâm", slug="nguoi-ban-dam-chien-dich")
    partners = [
        OrganizationFactory(name="Hội Liên hiệp Phụ nữ Thành phố", website="https://example.org/"),
        OrganizationFactory(name="Nhóm đồng đẳng Ánh Dương", website=""),
    ]
    leaflet = Document(title="Tờ rơi Không kỳ thị (A5)")
    leaflet.file.save("to-roi-khong-ky-thi.pdf", ContentFile(b"%PDF-1.4\n" + b"0" * 4096))
    leaflet.save()
    photo = wagtail_factories.ImageFactory(title="Chân dung", file__width=400, file__height=400)
    full = campaign(
        index,
        title="Không kỳ thị — Không phân biệt đối xử",
        slug="khong-ky-thi",
        key_message="Mỗi người đều xứng đáng được tôn trọng.",
        summary="Kỳ thị khiến người bán dâm ngại tìm đến dịch vụ y tế và pháp lý.",
        hero_image=image,
        hero_alt_text="Hai bàn tay nắm lấy nhau",
        start_date=today - datetime.timedelta(days=10),
        end_date=today + datetime.timedelta(days=50),
        topics=[health, rights],
        audiences=[public, peers],
        partners=partners,
        areas=[ward.code for ward in admin_units.wards_of()[:12]],
        body=every_block(
            image=image,
            finder=finder,
            document=leaflet,
            testimonies=[
                consented_testimony(photo=photo),
                consented_testimony(
                    name="",
                    anonymous=True,
                    description="một phụ nữ ở Phường Sài Gòn",
                    quote="Tôi đã dám đi xét nghiệm.",
                ),
            ],
        ),
    )
    for title, start, end in [
        ("Biết quyền của mình", 20, 80),
        ("Xét nghiệm HIV miễn phí", -300, -200),
    ]:
        campaign(
            index,
            title=title,
            start_date=today + datetime.timedelta(days=start),
            end_date=today + datetime.timedelta(days=end),
            hero_image=image,
            topics=[health],
        )
    return {
        "campaign index": site_url + index.url,
        "campaign": site_url + full.url,
    }
