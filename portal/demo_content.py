"""Demo content of the site chrome: hotlines, the menus and footer, and the site settings.

It runs after every other app's demo content (RUN_LAST) because the menus link to the
pages that those apps register. See portal/demo.py for the rules loaders follow.
"""

from PIL import ImageDraw

from portal.demo import DemoContent, gradient, link, save_snippet, stream
from portal.models import Hotline, Navigation, SiteSettings

RUN_LAST = True

# A weather forecast: a page anyone might have open, and which says nothing about the
# reader. It is a Google search for "thời tiết" ("weather"), so it works from anywhere.
QUICK_EXIT_URL = "https://www.google.com/search?q=th%E1%BB%9Di+ti%E1%BA%BFt"

# Reserved example addresses (RFC 2606), so that no real person's account is linked.
SAMPLE_SOCIAL_ACCOUNTS = {
    "zalo_url": "https://example.org/zalo",
    "facebook_url": "https://example.org/facebook",
    "tiktok_url": "https://example.org/tiktok",
    "youtube_url": "https://example.org/youtube",
}

SAMPLE_NUMBER_VI = "Số mẫu, chưa hoạt động"
SAMPLE_NUMBER_EN = "Sample number, not in service"

# (phone number, Vietnamese label, Vietnamese availability, English label, English
# availability, shown in the header). 115 and 111 are Vietnam's public emergency medical
# and national child protection lines; the 1900 000x numbers are made up for the demo.
HOTLINES = [
    ("1900 0000", "Đường dây hỗ trợ", SAMPLE_NUMBER_VI, "Support line", SAMPLE_NUMBER_EN, True),
    ("1900 0001", "Tư vấn pháp lý", SAMPLE_NUMBER_VI, "Legal advice", SAMPLE_NUMBER_EN, False),
    ("115", "Cấp cứu y tế", "24/7, miễn phí", "Medical emergency", "24/7, free of charge", False),
    (
        "111",
        "Tổng đài quốc gia bảo vệ trẻ em",
        "24/7, miễn phí",
        "National Child Protection Hotline",
        "24/7, free of charge",
        False,
    ),
]


def load_demo_content(demo: DemoContent) -> None:
    load_hotlines(demo)
    load_navigation(demo)
    load_site_settings(demo)


def load_hotlines(demo):
    for order, (number, label, availability, label_en, availability_en, in_header) in enumerate(
        HOTLINES
    ):
        if Hotline.objects.filter(locale=demo.vietnamese, phone_number=number).exists():
            continue
        hotline = Hotline(
            locale=demo.vietnamese,
            label=label,
            phone_number=number,
            availability=availability,
            show_in_header=in_header,
            sort_order=order,
        )
        save_snippet(hotline)
        demo.record("hotline", str(hotline))
        demo.translate_snippet(hotline, label=label_en, availability=availability_en)


def load_navigation(demo):
    # The site has one navigation; other languages are translations of it.
    if Navigation.objects.exists():
        return
    navigation = Navigation(
        locale=demo.vietnamese,
        header_links=menu(demo.header_links),
        footer_links=menu(demo.footer_links),
        footer_text=(
            "<p>Cổng thông tin cộng đồng dành cho người bán dâm tại TP. Hồ Chí Minh. "
            "<b>Nội dung hiện tại là dữ liệu mẫu.</b> Trang không dùng cookie với người đọc "
            "và không tải nội dung từ bên thứ ba.</p>"
        ),
    )
    save_snippet(navigation)
    demo.record("navigation", str(navigation))
    demo.translate_snippet(
        navigation,
        header_links=menu([demo.in_english(page) for page in demo.header_links]),
        footer_links=menu([demo.in_english(page) for page in demo.footer_links]),
        footer_text=(
            "<p>A community portal for people who sell sex in Ho Chi Minh City. "
            "<b>The current content is sample data.</b> The site sets no cookies for readers "
            "and loads nothing from third parties.</p>"
        ),
    )


def menu(pages):
    # No labels: readers see each page's title in their language.
    return stream(*[("link", link(page)) for page in pages])


def load_site_settings(demo):
    site_settings = SiteSettings.for_site(demo.site)
    wanted = {
        "quick_exit_url": lambda: QUICK_EXIT_URL,
        **{name: (lambda url=url: url) for name, url in SAMPLE_SOCIAL_ACCOUNTS.items()},
        # Painted only when needed, so that an editor's own choice leaves no unused image.
        "default_social_image": lambda: demo.image(
            "Ảnh chia sẻ mẫu của cổng thông tin", "demo-chia-se.jpg", paint_social_image
        ),
    }
    # Fill only what still has its default value: anything else an editor chose.
    changed = [
        name
        for name in wanted
        if getattr(site_settings, name) == SiteSettings._meta.get_field(name).get_default()
    ]
    for name in changed:
        setattr(site_settings, name, wanted[name]())
    # The notice is turned on even if an editor turned it off: the database now holds
    # sample phone numbers and addresses, and readers must not take them for real ones.
    if not site_settings.show_sample_data_notice:
        site_settings.show_sample_data_notice = True
        changed.append("show_sample_data_notice")
    if changed:
        site_settings.full_clean()
        site_settings.save()
        demo.record("site settings", ", ".join(changed), changed=True)


def paint_social_image():
    picture = gradient((1200, 630), "#cfe9e4", "#2f7f86")
    draw = ImageDraw.Draw(picture, "RGBA")
    draw.ellipse((150, 120, 450, 420), fill=(255, 236, 204, 230))
    draw.rounded_rectangle((-80, 420, 1280, 800), radius=190, fill=(22, 84, 94, 220))
    draw.rounded_rectangle((520, 210, 1060, 290), radius=40, fill=(255, 255, 255, 190))
    draw.rounded_rectangle((520, 320, 900, 380), radius=30, fill=(255, 255, 255, 140))
    return picture
