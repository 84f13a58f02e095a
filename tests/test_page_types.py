"""Every page type can be created by an editor and renders in both languages."""

import html
import json

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from home.models import HomePage, InformationPage
from tests.factories import InformationPageFactory, publish_child, publish_translation, site_home


@pytest.mark.django_db
class TestPageTypes(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()
        self.home = site_home()

    def test_home_page_lives_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(InformationPage, HomePage)

    def test_editor_can_create_a_home_page(self):
        root = Page.get_first_root_node()
        self.assertCanCreate(
            root,
            HomePage,
            nested_form_data(
                {
                    "title": "Trang chủ thử",
                    "slug": "trang-chu-thu",
                    "hero_heading": "Thông tin và hỗ trợ",
                    "hero_text": "Chúng tôi ở đây để giúp bạn.",
                    "shortcuts_heading": "Tìm hỗ trợ",
                    "shortcuts": streamfield(
                        [
                            (
                                "shortcut",
                                {
                                    "icon": "health",
                                    "title": "Xét nghiệm HIV",
                                    "description": "Miễn phí",
                                    "link": {"label": "", "page": self.home.pk, "url": ""},
                                },
                            )
                        ]
                    ),
                    "body": streamfield(
                        [
                            (
                                "callout",
                                {
                                    "kind": "safety",
                                    "heading": "An toàn",
                                    "text": rich_text("<p>Hãy dùng chế độ riêng tư.</p>"),
                                },
                            )
                        ]
                    ),
                }
            ),
        )

    def test_editor_can_create_an_information_page(self):
        self.assertCanCreate(
            self.home,
            InformationPage,
            nested_form_data(
                {
                    "title": "Duyệt web an toàn",
                    "slug": "duyet-web-an-toan",
                    "introduction": "Cách giữ kín việc bạn đọc trang này.",
                    "body": streamfield(
                        [
                            ("heading", "Chế độ riêng tư"),
                            ("paragraph", rich_text("<p>Mở một thẻ ẩn danh.</p>")),
                            (
                                "call_to_action",
                                {
                                    "heading": "Cần hỗ trợ?",
                                    "text": "Gọi cho chúng tôi.",
                                    "link": {"label": "Trang chủ", "page": self.home.pk, "url": ""},
                                },
                            ),
                        ]
                    ),
                }
            ),
        )

    def test_link_block_needs_exactly_one_target_in_the_editor_language(self):
        # The admin speaks Vietnamese by default and English to editors who choose it.
        self.assert_link_without_label_is_refused("Liên kết tới địa chỉ khác cần có nhãn.")
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "en"
        profile.save()
        self.assert_link_without_label_is_refused("A link to another address needs a label.")

    def assert_link_without_label_is_refused(self, message):
        response = self.client.post(
            f"/admin/pages/add/home/informationpage/{self.home.pk}/",
            nested_form_data(
                {
                    "title": "Liên kết sai",
                    "slug": "lien-ket-sai",
                    "body": streamfield(
                        [
                            (
                                "call_to_action",
                                {
                                    "heading": "Cần hỗ trợ?",
                                    "text": "",
                                    "link": {
                                        "label": "",
                                        "page": "",
                                        "url": "https://example.org/",
                                    },
                                },
                            )
                        ]
                    ),
                }
            ),
        )
        assert response.status_code == 200
        assert not InformationPage.objects.filter(slug="lien-ket-sai").exists()
        # Block errors reach the editor as JSON inside the form.
        assert json.dumps(message) in html.unescape(response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "en"])
def test_information_page_renders_every_body_block(client, soup, language):
    import wagtail_factories

    image = wagtail_factories.ImageFactory(title="Minh hoạ")
    page = publish_child(
        site_home(),
        InformationPageFactory.build(
            title="Trang đầy đủ",
            slug="trang-day-du",
            introduction="Phần mở đầu.",
            body=[
                ("heading", "Quyền của bạn"),
                ("paragraph", "<p>Bạn có quyền được <b>tôn trọng</b>.</p>"),
                (
                    "image",
                    {
                        "image": image,
                        "alt_text": "Hai người đang trò chuyện",
                        "caption": "Chú thích",
                    },
                ),
                ("callout", {"kind": "warning", "heading": "Lưu ý", "text": "<p>Giữ bí mật.</p>"}),
                (
                    "call_to_action",
                    {
                        "heading": "Gọi ngay",
                        "text": "",
                        "link": {"label": "Trang chủ", "page": site_home(), "url": ""},
                    },
                ),
            ],
        ),
    )
    if language == "en":
        page = publish_translation(page, title="Complete page", slug="complete-page")

    parsed = soup(client.get(page.url))
    main = parsed.main
    assert main.h1.get_text(strip=True) == page.title
    assert main.select_one("h2.block-heading").get_text(strip=True) == "Quyền của bạn"
    assert main.find("b").get_text() == "tôn trọng"
    img = main.select_one("figure img")
    assert img["alt"] == "Hai người đang trò chuyện"
    assert img["srcset"].count("w,") == 2  # three widths, for cheap phones and large screens
    assert main.select_one("figure figcaption").get_text() == "Chú thích"
    assert main.select_one(".callout--warning .callout__heading").get_text() == "Lưu ý"
    cta = main.select_one(".cta a.button")
    assert cta.get_text(strip=True) == "Trang chủ"
    assert cta["href"] == ("/" if language == "vi" else "/en/")
