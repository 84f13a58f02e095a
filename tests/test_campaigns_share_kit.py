"""The share kit: one ZIP per campaign and language with each channel's text, image sizes,
QR codes, tracked links and a printable A4 poster; and its download in the admin."""

import csv
import io
import shutil
import subprocess
import unicodedata
import zipfile

import pytest
import zxingcpp
from django.contrib.auth.models import Group, Permission, User
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission

from campaigns.admin.share_kit_hooks import share_kit_buttons, share_kit_listing_button
from campaigns.channels import Channel, rules_for
from campaigns.models import ShortLink
from campaigns.poster import printable
from campaigns.share_kit import build_share_kit
from tests.campaigns_factories import approved_post, campaign, campaign_index, channel_image, post
from tests.campaigns_qr import decoded, svg_as_image
from tests.factories import (
    HotlineFactory,
    InformationPageFactory,
    english,
    publish_child,
    publish_translation,
    site_home,
)

pytestmark = pytest.mark.django_db

POSTER_TEXT = "Xét nghiệm HIV miễn phí, bí mật, không phán xét. Quét mã để biết địa điểm gần bạn."


@pytest.fixture(autouse=True)
def hotline():
    return HotlineFactory(label="Đường dây nóng", phone_number="1900 1234")


@pytest.fixture
def index():
    return campaign_index()


def picture(width, height, colours=("#d33", "#33d"), focal_x=None, **fields):
    """A JPEG whose left half and right half have different colours; the focal point, when
    given, is a small square around focal_x in the middle of the height."""
    image = Image.new("RGB", (width, height), colours[0])
    image.paste(Image.new("RGB", (width - width // 2, height), colours[1]), (width // 2, 0))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    model = get_image_model()
    stored = model(title="Ảnh chiến dịch", file=ImageFile(buffer, name="chien-dich.jpg"), **fields)
    if focal_x is not None:
        stored.focal_point_x, stored.focal_point_y = focal_x, height // 2
        stored.focal_point_width = stored.focal_point_height = 100
    stored.save()
    return stored


@pytest.fixture
def full(index):
    """A published campaign with a post on every channel, one of them not approved."""
    return campaign(
        index,
        slug="xet-nghiem-hiv",
        title="Xét nghiệm HIV miễn phí",
        hero_image=channel_image(),
        posts=[
            approved_post(Channel.FACEBOOK, hashtags="#XétNghiệm #TPHCM"),
            approved_post(Channel.ZALO, title="Xét nghiệm miễn phí"),
            approved_post(Channel.TIKTOK),
            approved_post(Channel.INSTAGRAM),
            approved_post(Channel.YOUTUBE, title="Xét nghiệm HIV: bạn cần biết gì"),
            approved_post(Channel.X, text="Xét nghiệm HIV miễn phí tại TP.HCM."),
            approved_post(Channel.EMAIL, title="Bản tin: xét nghiệm miễn phí"),
            approved_post(Channel.POSTER, title="Không kỳ thị", text=POSTER_TEXT),
            post(Channel.SMS, text="Xét nghiệm HIV miễn phí, bí mật."),
        ],
    )


class Kit:
    def __init__(self, data: bytes):
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        names = self.zip.namelist()
        self.root = names[0].split("/", 1)[0] + "/"
        self.names = [name.removeprefix(self.root) for name in names]

    def read(self, name) -> bytes:
        return self.zip.read(self.root + name)

    def text(self, name) -> str:
        return self.read(name).decode("utf-8")

    def image(self, name) -> Image.Image:
        return Image.open(io.BytesIO(self.read(name)))

    def under(self, folder) -> list[str]:
        return sorted(name.removeprefix(folder) for name in self.names if name.startswith(folder))


def kit_of(page, language=None) -> Kit:
    return Kit(build_share_kit(page, language))


def short_link(page, channel) -> ShortLink:
    return ShortLink.objects.get(
        post_key=page.channel_posts.get(channel=channel).post_key,
        language_code=page.locale.language_code,
    )


# The archive.


def test_every_post_has_its_folder_and_every_name_is_ascii(full):
    kit = kit_of(full)
    assert kit.root == "share-kit-xet-nghiem-hiv-vi/"
    assert all(name.isascii() for name in kit.zip.namelist())
    folders = sorted({name.rsplit("/", 1)[0] for name in kit.names if name.count("/") >= 2})
    assert [folder for folder in folders if not folder.endswith("/images")] == [
        "email/post-1",
        "facebook/post-1",
        "instagram/post-1",
        "poster/post-1",
        "sms/post-1-not-approved",
        "tiktok/post-1",
        "x/post-1",
        "youtube/post-1",
        "zalo/post-1",
    ]
    assert {"README.txt", "links.csv", "poster-vi.pdf"} <= set(kit.names)


def test_texts_are_the_published_texts_in_utf8_nfc(full):
    kit = kit_of(full)
    for channel_post in full.channel_posts.all():
        folder = f"{channel_post.channel}/post-1" + (
            "" if channel_post.is_approved else "-not-approved"
        )
        link = (
            short_link(full, channel_post.channel) if channel_post.rules.uses_short_link else None
        )
        text = kit.text(f"{folder}/text.txt")
        assert text == channel_post.published_text(link)
        assert unicodedata.is_normalized("NFC", text)
    assert "http://localhost/c/" in kit.text("sms/post-1-not-approved/text.txt")
    facebook = kit.text("facebook/post-1/text.txt")
    assert "utm_source=facebook&utm_medium=social&utm_campaign=xet-nghiem-hiv" in facebook
    assert facebook.endswith("#XétNghiệm #TPHCM")


def test_titles_go_in_their_own_file_for_channels_that_have_them(full):
    kit = kit_of(full)
    assert kit.text("youtube/post-1/title.txt") == "Xét nghiệm HIV: bạn cần biết gì"
    assert kit.text("email/post-1/title.txt") == "Bản tin: xét nghiệm miễn phí"
    assert kit.text("poster/post-1/title.txt") == "Không kỳ thị"
    assert "facebook/post-1/title.txt" not in kit.names


def test_images_are_cut_to_exactly_each_channels_sizes(full):
    kit = kit_of(full)
    for channel in Channel:
        folder = f"{channel}/post-1" + ("-not-approved" if channel == Channel.SMS else "")
        images = kit.under(f"{folder}/images/")
        expected = rules_for(channel).image_formats
        assert images == sorted(
            f"{image_format.slug}-{image_format.width}x{image_format.height}.jpg"
            for image_format in expected
        )
        for image_format in expected:
            name = f"{image_format.slug}-{image_format.width}x{image_format.height}.jpg"
            image = kit.image(f"{folder}/images/{name}")
            assert image.format == "JPEG"
            assert image.size == (image_format.width, image_format.height)


def test_images_are_cut_around_the_focal_point(index):
    # Red on the left, blue on the right, the focal point well inside the blue.
    image = picture(4000, 2000, focal_x=3500)
    page = campaign(index, posts=[approved_post(Channel.TIKTOK, image=image)])
    vertical = kit_of(page).image("tiktok/post-1/images/vertical-1080x1920.jpg").convert("RGB")
    for x in (5, vertical.width // 2, vertical.width - 5):
        red, _green, blue = vertical.getpixel((x, vertical.height // 2))
        assert blue > 150 and red < 100


def test_a_post_uses_its_own_image_else_the_campaigns(index):
    hero = picture(2200, 2200, colours=("#d33", "#d33"))
    own = picture(2200, 2200, colours=("#33d", "#33d"))
    page = campaign(
        index,
        hero_image=hero,
        posts=[approved_post(Channel.X), approved_post(Channel.FACEBOOK, image=own)],
    )
    kit = kit_of(page)
    from_hero = kit.image("x/post-1/images/open-graph-1200x630.jpg").convert("RGB")
    from_own = kit.image("facebook/post-1/images/open-graph-1200x630.jpg").convert("RGB")
    assert from_hero.getpixel((600, 315))[0] > 150
    assert from_own.getpixel((600, 315))[2] > 150


def test_sizes_an_image_is_too_small_for_are_left_out_and_said_so(index):
    page = campaign(
        index, hero_image=channel_image(1200, 700), posts=[approved_post(Channel.FACEBOOK)]
    )
    kit = kit_of(page)
    assert kit.under("facebook/post-1/images/") == ["open-graph-1200x630.jpg"]
    details = kit.text("facebook/post-1/details.txt")
    assert "1080×1080" in details and "1080×1350" in details


def test_an_unreadable_image_gives_a_kit_without_it(index):
    image = channel_image()
    page = campaign(index, hero_image=image, posts=[approved_post(Channel.X)])
    image.file.storage.delete(image.file.name)
    kit = kit_of(page)
    assert kit.under("x/post-1/images/") == []
    assert "1200×630" in kit.text("x/post-1/details.txt")


def test_posts_with_short_links_have_qr_codes_that_decode_to_them(full):
    kit = kit_of(full)
    for channel, folder in (
        (Channel.POSTER, "poster/post-1"),
        (Channel.SMS, "sms/post-1-not-approved"),
    ):
        url = f"http://localhost/c/{short_link(full, channel).code}"
        assert decoded(kit.image(f"{folder}/qr-code.png")) == [url]
        assert decoded(svg_as_image(kit.read(f"{folder}/qr-code.svg"))) == [url]
    assert not [name for name in kit.names if "qr-code" in name and "facebook" in name]


def test_links_csv_lists_every_posts_tracked_and_short_link(full):
    kit = kit_of(full)
    rows = list(csv.reader(io.StringIO(kit.read("links.csv").decode("utf-8-sig"))))
    header, rows = rows[0], rows[1:]
    assert len(header) == 8
    assert len(rows) == 9
    by_folder = {row[1]: row for row in rows}
    facebook = by_folder["facebook/post-1/"]
    assert facebook[6].endswith(
        "?utm_source=facebook&utm_medium=social&utm_campaign=xet-nghiem-hiv"
    )
    assert facebook[7] == ""
    poster = by_folder["poster/post-1/"]
    assert poster[7] == f"http://localhost/c/{short_link(full, Channel.POSTER).code}"
    assert poster[4].endswith("+07:00")
    assert by_folder["sms/post-1-not-approved/"][7].startswith("http://localhost/c/")


def test_details_give_the_planned_time_in_ho_chi_minh_city_and_the_sms_count(full):
    kit = kit_of(full)
    planned = full.channel_posts.get(channel=Channel.FACEBOOK).planned_at
    from zoneinfo import ZoneInfo

    local = planned.astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).strftime("%d/%m/%Y %H:%M")
    assert local in kit.text("facebook/post-1/details.txt")
    sms_details = kit.text("sms/post-1-not-approved/details.txt")
    assert "SMS" in sms_details
    assert "http://localhost/c/" in sms_details


# Approval.


def in_vietnamese(message: str) -> str:
    """What the Vietnamese kit says for a message of the kit's source."""
    with translation.override("vi"):
        translated = translation.gettext(message)
    assert translated != message, f"not translated: {message}"
    return translated


def test_posts_not_approved_are_flagged_everywhere(full):
    kit = kit_of(full)
    readme = kit.text("README.txt")
    heading = in_vietnamese("NOT APPROVED: these posts must NOT go out yet")
    approved_part, not_approved_part = readme.split(heading, 1)
    assert "sms/post-1-not-approved/" in not_approved_part
    assert "sms/post-1" not in approved_part
    assert "facebook/post-1/" in approved_part
    status = in_vietnamese(
        "%(status)s: NOT APPROVED. It must not go out until an approver accepts it."
    )
    assert status.split("%(status)s", 1)[1] in kit.text("sms/post-1-not-approved/details.txt")
    rows = list(csv.reader(io.StringIO(kit.read("links.csv").decode("utf-8-sig"))))
    assert {row[3] for row in rows[1:] if row[1].startswith("sms/")} == {in_vietnamese("NO")}


def test_the_kit_is_made_from_the_latest_draft_before_publishing(index):
    page = campaign(index, publish=False, posts=[post(Channel.POSTER, title="Bản nháp")])
    kit = kit_of(page)
    assert "poster-vi-not-approved.pdf" in kit.names
    assert in_vietnamese(
        "The campaign is not published yet: its links work once it is."
    ) in kit.text("README.txt")
    draft = page.get_latest_revision_as_object()
    draft.channel_posts.add(approved_post(Channel.X, text="Một bài mới."))
    draft.save_revision()
    page.refresh_from_db()
    assert kit_of(page).text("x/post-1/text.txt").startswith("Một bài mới.")


def test_nothing_for_editors_only_goes_in_the_kit(index):
    page = campaign(
        index,
        body=[
            (
                "testimonial",
                {
                    "quote": "Tôi được đối xử tôn trọng.",
                    "name": "Chị H.",
                    "anonymous": True,
                    "consent_given": True,
                    "consent_note": "Đồng ý bằng văn bản ngày 01/03, lưu tại phòng.",
                },
            )
        ],
        posts=[approved_post(Channel.POSTER)],
    )
    kit = kit_of(page)
    everything = b"".join(kit.zip.read(name) for name in kit.zip.namelist())
    assert "Đồng ý bằng văn bản".encode() not in everything


# The poster.


def poppler(tool, *arguments) -> str:
    """The output of one of Debian's poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm)."""
    found = shutil.which(tool)
    if not found:
        pytest.fail(f"{tool} is missing: install poppler-utils (scripts/ensure-system-packages)")
    return subprocess.run(  # noqa: S603 (a fixed tool on a file the test wrote)
        [found, *arguments], check=True, capture_output=True, text=True
    ).stdout


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "poster.pdf"
    path.write_bytes(data)
    return unicodedata.normalize("NFC", poppler("pdftotext", "-enc", "UTF-8", str(path), "-"))


def test_the_poster_is_an_a4_pdf_with_the_headline_text_hotline_and_short_link(full, tmp_path):
    path = tmp_path / "poster.pdf"
    path.write_bytes(kit_of(full).read("poster-vi.pdf"))
    info = {
        line.split(":", 1)[0]: line.split(":", 1)[1].strip()
        for line in poppler("pdfinfo", str(path)).splitlines()
    }
    assert info["Pages"] == "1"
    assert info["Page size"] == "595.276 x 841.89 pts (A4)"
    text = pdf_text(path.read_bytes(), tmp_path)
    assert "Không kỳ thị" in text
    assert "Xét nghiệm HIV miễn phí, bí mật, không phán xét." in text
    assert "1900 1234" in text
    assert f"localhost/c/{short_link(full, Channel.POSTER).code}" in text
    # Every font is embedded, so the diacritics print the same on any printer.
    fonts = poppler("pdffonts", str(path)).splitlines()[2:]
    assert fonts
    assert all("DejaVuSans" in line and " yes " in line for line in fonts)


def test_the_posters_qr_code_scans_and_is_at_least_4_cm_wide(full, tmp_path):
    path = tmp_path / "poster.pdf"
    path.write_bytes(kit_of(full).read("poster-vi.pdf"))
    dpi = 100
    poppler("pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(path), str(tmp_path / "p"))
    page = Image.open(tmp_path / "p.png")
    assert abs(page.width / dpi * 2.54 - 21.0) < 0.1
    (result,) = zxingcpp.read_barcodes(page)
    assert result.text == f"http://localhost/c/{short_link(full, Channel.POSTER).code}"
    width_px = result.position.top_right.x - result.position.top_left.x
    assert width_px / dpi * 2.54 >= 4.0


def test_an_unapproved_poster_says_not_to_print_it(index, tmp_path):
    page = campaign(index, posts=[post(Channel.POSTER, title="Bản nháp", text="Chưa duyệt.")])
    kit = kit_of(page)
    assert "poster-vi.pdf" not in kit.names
    text = pdf_text(kit.read("poster-vi-not-approved.pdf"), tmp_path)
    with translation.override("vi"):
        warning = translation.gettext("NOT APPROVED: DO NOT PRINT")
    assert warning in text


def test_a_campaign_without_a_poster_post_says_how_to_get_one(index):
    kit = kit_of(campaign(index, posts=[approved_post(Channel.FACEBOOK)]))
    assert not [name for name in kit.names if name.endswith(".pdf")]
    with translation.override("vi"):
        advice = translation.gettext(
            "No poster: add a “Poster and print” post to the campaign to get one."
        )
    assert advice in kit.text("README.txt")


# Languages.


def test_the_english_kit_is_made_from_the_english_version(full, tmp_path):
    english_hotline = hotline_in_english()
    publish_translation(full, title="Free HIV testing", slug="free-hiv-testing")
    english_page = full.get_translation(english())
    english_post = english_page.channel_posts.get(channel=Channel.POSTER)
    english_post.title = "No stigma"
    english_page.save_revision().publish()
    kit = kit_of(full, "en")
    assert kit.root == "share-kit-free-hiv-testing-en/"
    assert "poster-en.pdf" in kit.names
    readme = kit.text("README.txt")
    assert readme.startswith("Free HIV testing")
    assert "APPROVED: these posts may go out at their planned time" in readme
    text = pdf_text(kit.read("poster-en.pdf"), tmp_path)
    assert english_hotline.label in text
    assert "/c/" in text
    assert "utm_campaign=free-hiv-testing" in kit.text("facebook/post-1/text.txt")


def hotline_in_english():
    from portal.models import Hotline

    source = Hotline.objects.get()
    translated = source.copy_for_translation(english())
    translated.label = "Hotline"
    translated.save()
    return translated


def test_a_language_the_campaign_is_not_written_in_is_refused(full):
    with pytest.raises(LookupError):
        build_share_kit(full, "en")


# Cost.


def test_the_kit_costs_the_same_queries_for_few_and_many_posts(index):
    hero = channel_image()

    def kit_queries(posts):
        page = campaign(index, hero_image=hero, posts=posts)
        build_share_kit(page)  # Cuts the images once.
        with CaptureQueriesContext(connection) as queries:
            build_share_kit(page)
        return len(queries)

    few = kit_queries([approved_post(Channel.FACEBOOK), approved_post(Channel.POSTER)])
    many = kit_queries(
        [approved_post(channel) for channel in Channel]
        + [approved_post(Channel.FACEBOOK), approved_post(Channel.POSTER), post(Channel.SMS)]
    )
    assert many == few


# The admin download.


def kit_url(page, language="vi"):
    return reverse("campaigns_share_kit", args=[page.pk, language])


def test_an_editor_downloads_the_kit(admin_client, full):
    response = admin_client.get(kit_url(full))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == (
        'attachment; filename="share-kit-xet-nghiem-hiv-vi.zip"'
    )
    assert "no-store" in response.get("Cache-Control", "") or "no-cache" in response.get(
        "Cache-Control", ""
    )
    kit = Kit(b"".join(response.streaming_content))
    assert "README.txt" in kit.names


def test_the_edit_page_offers_the_kit_in_each_language(admin_client, full, soup):
    publish_translation(full, title="Free HIV testing", slug="free-hiv-testing")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[full.pk]))
    links = {a["href"] for a in soup(response).select("a[href*='/share-kit/']")}
    assert links == {kit_url(full, "vi"), kit_url(full, "en")}


def test_anonymous_visitors_are_sent_to_the_login(client, full):
    response = client.get(kit_url(full))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_a_writer_of_another_section_cannot_download_it(client, full):
    section = publish_child(site_home(), InformationPageFactory.build(slug="gioi-thieu"))
    group = Group.objects.create(name="Người viết mục Giới thiệu")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for permission_type in ("add", "change"):
        GroupPagePermission.objects.create(
            group=group, page=section, permission_type=permission_type
        )
    writer = User.objects.create_user("writer", password="not-used")
    writer.groups.add(group)
    client.force_login(writer)
    response = client.get(kit_url(full))
    # Wagtail turns the refusal into a message on the dashboard.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert list(share_kit_buttons(full, writer)) == []


@pytest.mark.parametrize("language", ["en", "fr", "xx-yy", "vi.zip"])
def test_a_language_without_a_version_is_not_found(admin_client, full, language):
    assert admin_client.get(kit_url(full, language)).status_code == 404


def test_a_page_that_is_not_a_campaign_is_not_found(admin_client, index):
    assert (
        admin_client.get(reverse("campaigns_share_kit", args=[index.pk, "vi"])).status_code == 404
    )
    assert admin_client.get(reverse("campaigns_share_kit", args=[999999, "vi"])).status_code == 404


def test_the_poster_font_draws_every_vietnamese_letter():
    vowels = "aăâeêioôơuưy"
    tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
    letters = "".join(
        unicodedata.normalize("NFC", vowel + tone) for vowel in vowels for tone in tones
    )
    letters += "đ"
    letters += letters.upper()
    assert len(letters) == 2 * (len(vowels) * len(tones) + 1)
    assert printable(letters) == letters
    # What the font cannot draw is left out rather than printed as a box.
    assert printable("Không kỳ thị 🤝 nhé") == "Không kỳ thị nhé"


def test_the_page_listing_offers_each_campaigns_kit_at_no_cost(
    admin_client, index, soup, monkeypatch
):
    url = reverse("wagtailadmin_explore", args=[index.pk])

    def listing():
        admin_client.get(url)  # Warms the caches that the first admin page fills.
        with CaptureQueriesContext(connection) as queries:
            response = admin_client.get(url)
        links = {a["href"] for a in soup(response).select("a[href*='/share-kit/']")}
        return links, len(queries)

    pages = [campaign(index, posts=[approved_post(Channel.POSTER)]) for _ in range(5)]
    links, with_buttons = listing()
    assert links == {kit_url(page) for page in pages}
    # The same listing without the button: Wagtail's own per-row queries are all there is.
    others = [
        hook
        for hook in hooks.get_hooks("register_page_listing_more_buttons")
        if hook is not share_kit_listing_button
    ]
    monkeypatch.setattr(
        hooks,
        "get_hooks",
        lambda name, get=hooks.get_hooks: (
            others if name == "register_page_listing_more_buttons" else get(name)
        ),
    )
    links, without_buttons = listing()
    assert links == set()
    assert with_buttons == without_buttons
