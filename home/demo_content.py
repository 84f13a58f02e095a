"""Demo content of the home app: the home page and the information pages, in both languages.

Run by `manage.py load_demo_content`; see portal/demo.py for the rules loaders follow.
"""

from PIL import ImageDraw

from home.models import HomePage, InformationPage
from portal.demo import DemoContent, gradient, link, page_link, stream

IMAGE_SIZE = (1200, 800)


def load_demo_content(demo: DemoContent) -> None:
    images = {
        "hero": demo.image(
            "Minh hoạ mẫu: bình minh trên sông", "demo-binh-minh.jpg", paint_sunrise
        ),
        "phone": demo.image(
            "Minh hoạ mẫu: điện thoại có ổ khoá", "demo-dien-thoai.jpg", paint_locked_phone
        ),
        "together": demo.image(
            "Minh hoạ mẫu: ba vòng tròn đan vào nhau", "demo-gan-ket.jpg", paint_circles
        ),
    }

    home = demo.home
    demo.register_page("home", home)
    created_pages = []
    # Pages link only to pages above them in this list, so that the link targets exist.
    for key, vietnamese, english, menus in INFORMATION_PAGES:
        page, created = demo.child_page(
            home, InformationPage(**vietnamese(demo.pages, images), locale=demo.vietnamese)
        )
        demo.register_page(key, page, **menus)
        if created:
            created_pages.append((page, english))

    # The migration made the home page with a heading only and no revision; once an
    # editor has saved it, it has a revision and is theirs.
    if isinstance(home, HomePage) and home.latest_revision_id is None:
        for name, value in home_vietnamese(demo.pages, images).items():
            setattr(home, name, value)
        home.save_revision().publish()
        demo.record("home page", f"{home.title} (filled in)  {home.url}", changed=True)
        demo.translate_page(home, **home_english(english_pages(demo), images))

    for page, english in created_pages:
        # Recomputed each time so that links reach the translations made just before.
        demo.translate_page(page, **english(english_pages(demo), images))


def english_pages(demo):
    return {key: demo.in_english(page) for key, page in demo.pages.items()}


# Images: calm gradients with simple shapes, painted here so that nothing is downloaded.


def paint_sunrise():
    picture = gradient(IMAGE_SIZE, "#fde2c8", "#f3a683")
    draw = ImageDraw.Draw(picture, "RGBA")
    draw.ellipse((760, 170, 1000, 410), fill=(255, 246, 214, 235))
    for index, colour in enumerate([(87, 170, 170, 200), (52, 132, 140, 220), (30, 96, 110, 240)]):
        top = 470 + index * 95
        draw.rounded_rectangle((-100, top, 1300, top + 420), radius=210, fill=colour)
    return picture


def paint_locked_phone():
    picture = gradient(IMAGE_SIZE, "#e4dcf7", "#9fb8e8")
    draw = ImageDraw.Draw(picture, "RGBA")
    draw.rounded_rectangle((430, 90, 770, 710), radius=48, fill=(40, 52, 92, 235))
    draw.rounded_rectangle((455, 150, 745, 640), radius=20, fill=(238, 242, 252, 255))
    draw.arc((540, 240, 660, 380), start=180, end=360, fill=(40, 52, 92, 255), width=22)
    draw.rounded_rectangle((515, 310, 685, 470), radius=22, fill=(71, 102, 173, 255))
    draw.ellipse((584, 362, 616, 394), fill=(238, 242, 252, 255))
    return picture


def paint_circles():
    picture = gradient(IMAGE_SIZE, "#dff3e8", "#f6e7c8")
    draw = ImageDraw.Draw(picture, "RGBA")
    for box, colour in [
        ((300, 170, 660, 530), (46, 139, 122, 150)),
        ((540, 170, 900, 530), (232, 140, 92, 150)),
        ((420, 330, 780, 690), (98, 112, 190, 150)),
    ]:
        draw.ellipse(box, fill=colour)
    return picture


# Content. Each function returns the field values of a page in one language; `pages` holds
# the pages of that language by key, `images` the demo images.


def home_vietnamese(pages, images):
    return {
        "title": "Trang chủ",
        "hero_heading": "Thông tin và hỗ trợ, an toàn và tôn trọng",
        "hero_text": (
            "Thông tin pháp luật, chăm sóc sức khoẻ và các dịch vụ hỗ trợ dành cho người "
            "bán dâm tại TP. Hồ Chí Minh. Miễn phí, giữ bí mật, không phán xét."
        ),
        "hero_image": images["hero"],
        "shortcuts_heading": "Tìm hỗ trợ",
        "shortcuts": shortcuts(
            pages["get-help"],
            [
                (
                    "health",
                    "Y tế và xét nghiệm HIV/STI",
                    "Khám, xét nghiệm và điều trị miễn phí hoặc chi phí thấp, giữ bí mật.",
                ),
                ("counselling", "Tư vấn tâm lý", "Trò chuyện với người biết lắng nghe."),
                (
                    "legal",
                    "Trợ giúp pháp lý",
                    "Hiểu quyền của bạn khi làm việc với cơ quan chức năng.",
                ),
                (
                    "training",
                    "Học nghề và việc làm",
                    "Khoá học nghề miễn phí, giới thiệu việc làm.",
                ),
                (
                    "loan",
                    "Vay vốn ưu đãi",
                    "Vay lãi suất thấp từ Ngân hàng Chính sách xã hội: ai được vay, vay thế nào.",
                ),
                ("shelter", "Nơi ở tạm thời", "Chỗ ở an toàn khi bạn gặp bạo lực."),
            ],
        ),
        "body": stream(
            (
                "section",
                {
                    "heading": "Quyền của bạn",
                    "text": (
                        "<p>Bạn có quyền được đối xử tôn trọng, được khám chữa bệnh và được "
                        "bảo vệ trước bạo lực như mọi người khác. Bán dâm là vi phạm hành "
                        "chính, không phải tội phạm hình sự; dù vậy, không ai được phép đánh "
                        "đập, đe doạ hay ép buộc bạn.</p>"
                    ),
                    "links": [link(pages["get-help"]), link(pages["about"])],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "heading": "Đọc trang này an toàn hơn",
                    "text": (
                        "<p>Nhấn nút <b>Thoát nhanh</b> hoặc nhấn phím Shift ba lần để rời "
                        "trang ngay. Xem thêm cách "
                        f"{page_link(pages['browse-safely'], 'duyệt web an toàn')}.</p>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "Sức khoẻ là của bạn",
                    "text": (
                        "<p>Xét nghiệm HIV và các bệnh lây truyền qua đường tình dục định kỳ, "
                        "dùng bao cao su và PrEP giúp bạn chủ động bảo vệ sức khoẻ. Nhiều nơi "
                        "xét nghiệm miễn phí và giữ bí mật.</p>"
                    ),
                    "links": [link(pages["get-help"], label="Nơi xét nghiệm và điều trị")],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Cần hỗ trợ ngay?",
                    "text": "Số điện thoại khẩn cấp và những nơi có thể giúp bạn, miễn phí.",
                    "link": link(pages["get-help"], label="Xem cách nhận hỗ trợ"),
                },
            ),
        ),
    }


def home_english(pages, images):
    return {
        "title": "Home",
        "hero_heading": "Information and support, safe and respectful",
        "hero_text": (
            "Legal information, health care and support services for people who sell sex in "
            "Ho Chi Minh City. Free, confidential and without judgement."
        ),
        "hero_image": images["hero"],
        "shortcuts_heading": "Find help",
        "shortcuts": shortcuts(
            pages["get-help"],
            [
                (
                    "health",
                    "Health care and HIV/STI testing",
                    "Check-ups, testing and treatment, free or low cost, kept confidential.",
                ),
                ("counselling", "Counselling", "Talk to someone who listens without judging."),
                (
                    "legal",
                    "Legal help",
                    "Know your rights when dealing with the authorities.",
                ),
                ("training", "Training and jobs", "Free vocational courses and job referrals."),
                (
                    "loan",
                    "Preferential loans",
                    (
                        "Low-interest loans from the Vietnam Bank for Social Policies: "
                        "who can borrow, and how."
                    ),
                ),
                ("shelter", "Shelter", "A safe place to stay if you face violence."),
            ],
        ),
        "body": stream(
            (
                "section",
                {
                    "heading": "Your rights",
                    "text": (
                        "<p>You have the right to be treated with respect, to get health care "
                        "and to be protected from violence, like anyone else. Selling sex is an "
                        "administrative offence, not a crime; even so, nobody may beat, "
                        "threaten or force you.</p>"
                    ),
                    "links": [link(pages["get-help"]), link(pages["about"])],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "heading": "Read this site more safely",
                    "text": (
                        "<p>Press the <b>Quick exit</b> button, or press the Shift key three "
                        "times, to leave the site at once. Find out how to "
                        f"{page_link(pages['browse-safely'], 'browse safely')}.</p>"
                    ),
                },
            ),
            (
                "section",
                {
                    "heading": "Your health, your choice",
                    "text": (
                        "<p>Regular tests for HIV and sexually transmitted infections, condoms "
                        "and PrEP help you look after your health. Many places test for free "
                        "and keep it confidential.</p>"
                    ),
                    "links": [link(pages["get-help"], label="Where to get tested and treated")],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Need help now?",
                    "text": "Emergency numbers and places that can help you, free of charge.",
                    "link": link(pages["get-help"], label="See how to get help"),
                },
            ),
        ),
    }


def shortcuts(target, items):
    # Every shortcut leads to "Get help now" until the directory app gives each kind of
    # help a page of its own.
    return stream(
        *[
            ("shortcut", {"icon": icon, "title": title, "description": text, "link": link(target)})
            for icon, title, text in items
        ]
    )


def browse_safely_vietnamese(pages, images):
    return {
        "title": "Duyệt web an toàn",
        "slug": "duyet-web-an-toan",
        "introduction": (
            "Nếu bạn dùng chung điện thoại hoặc lo người khác biết bạn đã đọc gì, vài bước "
            "đơn giản dưới đây giúp bạn giữ kín việc đọc trang này."
        ),
        "body": stream(
            ("heading", "Dùng chế độ duyệt web riêng tư"),
            (
                "paragraph",
                "<p>Ở chế độ riêng tư (ẩn danh), trình duyệt không lưu lịch sử, cookie và "
                "những gì bạn gõ sau khi bạn đóng thẻ.</p>"
                "<ul>"
                "<li><b>Chrome trên Android:</b> chạm vào dấu ba chấm ở góc trên, chọn "
                "<i>Thẻ ẩn danh mới</i>.</li>"
                "<li><b>Safari trên iPhone:</b> chạm vào biểu tượng hai ô vuông chồng nhau, "
                "chọn <i>Riêng tư</i> rồi chạm dấu +.</li>"
                "<li><b>Cốc Cốc và các trình duyệt khác:</b> tìm mục <i>Ẩn danh</i> trong "
                "menu.</li>"
                "</ul>"
                "<p>Chế độ riêng tư không giấu bạn khỏi nhà mạng hay chủ mạng wifi, nhưng người "
                "dùng chung điện thoại sẽ không thấy bạn đã đọc gì.</p>",
            ),
            ("heading", "Xoá lịch sử duyệt web"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Chrome trên Android:</b> dấu ba chấm › <i>Lịch sử</i> › <i>Xoá dữ "
                "liệu duyệt web</i>, chọn khoảng thời gian rồi xoá.</li>"
                "<li><b>Safari trên iPhone:</b> <i>Cài đặt</i> › <i>Safari</i> › <i>Xoá lịch "
                "sử và dữ liệu trang web</i>.</li>"
                "<li><b>Trình duyệt trong Zalo:</b> Zalo mở liên kết bằng trình duyệt riêng của "
                "ứng dụng. Chạm vào dấu ba chấm ở góc trên và chọn mở bằng trình duyệt của "
                "máy để dùng chế độ ẩn danh. Muốn xoá dấu vết, hãy xoá tin nhắn có đường liên "
                "kết và xoá bộ nhớ đệm trong phần cài đặt dữ liệu của Zalo (tên mục có thể "
                "khác tuỳ phiên bản).</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "heading": "Thoát nhanh",
                    "text": (
                        "<p>Nút <b>Thoát nhanh</b> ở đầu mỗi trang đưa bạn ngay sang một trang "
                        "web bình thường, như trang dự báo thời tiết. Trên máy tính, bạn cũng "
                        "có thể nhấn phím <b>Shift ba lần</b> liên tiếp.</p>"
                        "<p>Thoát nhanh không xoá lịch sử: nếu không dùng chế độ riêng tư, "
                        "trang này vẫn còn trong lịch sử duyệt web.</p>"
                    ),
                },
            ),
            (
                "image",
                {
                    "image": images["phone"].pk,
                    "alt_text": "Hình vẽ một chiếc điện thoại, trên màn hình có ổ khoá.",
                    "caption": "",
                },
            ),
        ),
    }


def browse_safely_english(pages, images):
    return {
        "title": "Browse safely",
        "slug": "browse-safely",
        "introduction": (
            "If you share a phone or worry that someone could find out what you have read, "
            "these simple steps help you keep your visit to this site private."
        ),
        "body": stream(
            ("heading", "Use private browsing"),
            (
                "paragraph",
                "<p>In private (incognito) mode, the browser keeps no history, no cookies and "
                "nothing you typed once you close the tab.</p>"
                "<ul>"
                "<li><b>Chrome on Android:</b> tap the three dots at the top, then "
                "<i>New Incognito tab</i>.</li>"
                "<li><b>Safari on iPhone:</b> tap the two overlapping squares, choose "
                "<i>Private</i>, then tap +.</li>"
                "<li><b>Cốc Cốc and other browsers:</b> look for <i>Incognito</i> in the "
                "menu.</li>"
                "</ul>"
                "<p>Private mode does not hide you from your mobile network or the owner of the "
                "wifi, but someone who shares your phone will not see what you read.</p>",
            ),
            ("heading", "Clear your browsing history"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Chrome on Android:</b> three dots › <i>History</i> › <i>Delete "
                "browsing data</i>, choose a time range, then delete.</li>"
                "<li><b>Safari on iPhone:</b> <i>Settings</i> › <i>Safari</i> › <i>Clear "
                "History and Website Data</i>.</li>"
                "<li><b>Zalo's in-app browser:</b> Zalo opens links in its own browser. Tap the "
                "three dots at the top and choose to open the page in your phone's browser, "
                "where you can use private mode. To remove traces, delete the message with the "
                "link and clear the cache in Zalo's data settings (the names may differ "
                "between versions).</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "heading": "Quick exit",
                    "text": (
                        "<p>The <b>Quick exit</b> button at the top of every page takes you "
                        "straight to an ordinary website, such as a weather forecast. On a "
                        "computer you can also press the <b>Shift key three times</b> in a "
                        "row.</p>"
                        "<p>Quick exit does not clear your history: unless you use private "
                        "mode, this site stays in your browsing history.</p>"
                    ),
                },
            ),
            (
                "image",
                {
                    "image": images["phone"].pk,
                    "alt_text": "Drawing of a mobile phone with a padlock on its screen.",
                    "caption": "",
                },
            ),
        ),
    }


def privacy_vietnamese(pages, images):
    return {
        "title": "Quyền riêng tư",
        "slug": "quyen-rieng-tu",
        "introduction": (
            "Bạn đọc được mọi trang mà không cần đăng ký, không cần cho biết tên và không bị "
            "theo dõi."
        ),
        "body": stream(
            ("heading", "Không có cookie"),
            (
                "paragraph",
                "<p>Khi bạn chỉ đọc, trang không đặt cookie nào trên máy của bạn. Ngôn ngữ bạn "
                "chọn nằm trong địa chỉ trang (ví dụ /en/ cho tiếng Anh), không lưu trên máy. "
                "Cookie chỉ được dùng khi biên tập viên đăng nhập để sửa nội dung.</p>",
            ),
            ("heading", "Không có bên thứ ba"),
            (
                "paragraph",
                "<p>Trang không tải phông chữ, bản đồ, quảng cáo hay công cụ thống kê từ máy "
                "chủ khác, nên không công ty nào khác biết bạn đã đọc trang này. Các liên kết "
                "đến Zalo, Facebook hay trang web khác chỉ mở khi bạn chạm vào.</p>",
            ),
            ("heading", "Vị trí của bạn ở lại trên máy"),
            (
                "paragraph",
                "<p>Khi bạn tìm dịch vụ gần mình, điện thoại tự tính khoảng cách. Vị trí của "
                "bạn không bao giờ được gửi đến máy chủ của chúng tôi hay bất kỳ ai khác. Bạn "
                "có thể từ chối chia sẻ vị trí và vẫn tìm dịch vụ theo khu vực.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": "Còn điện thoại của bạn thì sao?",
                    "text": (
                        "<p>Chúng tôi không thấy lịch sử trên điện thoại của bạn, nhưng người "
                        "dùng chung máy thì có thể. Xem cách "
                        f"{page_link(pages['browse-safely'], 'duyệt web an toàn')}.</p>"
                    ),
                },
            ),
        ),
    }


def privacy_english(pages, images):
    return {
        "title": "Privacy",
        "slug": "privacy",
        "introduction": (
            "You can read every page without signing up, without giving your name and without "
            "being tracked."
        ),
        "body": stream(
            ("heading", "No cookies"),
            (
                "paragraph",
                "<p>When you only read, the site puts no cookies on your device. The language "
                "you choose is part of the page address (for example /en/ for English), not "
                "stored on your device. Cookies are used only when editors sign in to change "
                "the content.</p>",
            ),
            ("heading", "No third parties"),
            (
                "paragraph",
                "<p>The site loads no fonts, maps, adverts or analytics from other servers, so "
                "no other company learns that you read it. Links to Zalo, Facebook or other "
                "websites open only when you tap them.</p>",
            ),
            ("heading", "Your location stays on your device"),
            (
                "paragraph",
                "<p>When you look for services near you, your phone works out the distances "
                "itself. Your location is never sent to our server or to anyone else. You can "
                "refuse to share your location and still search by area.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": "What about your phone?",
                    "text": (
                        "<p>We cannot see the history on your phone, but someone who shares it "
                        f"can. Find out how to {page_link(pages['browse-safely'], 'browse safely')}"
                        ".</p>"
                    ),
                },
            ),
        ),
    }


def get_help_vietnamese(pages, images):
    return {
        "title": "Cần hỗ trợ ngay",
        "slug": "can-ho-tro-ngay",
        "introduction": (
            "Nếu bạn đang gặp nguy hiểm, bị bạo lực hoặc cần chăm sóc y tế gấp, đây là những "
            "nơi bạn có thể liên hệ ngay."
        ),
        "body": stream(
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": "Khi tính mạng bị đe doạ",
                    "text": (
                        '<p>Gọi <a href="tel:115"><b>115</b></a> để có xe cấp cứu. Cuộc gọi '
                        "miễn phí, 24/7.</p>"
                    ),
                },
            ),
            ("heading", "Khi bị bạo lực hoặc bị ép buộc"),
            (
                "paragraph",
                "<p>Bạn không có lỗi khi bị đánh đập, đe doạ, cưỡng hiếp hay bị ép làm điều bạn "
                "không muốn. Hãy tìm đến nơi an toàn trước, rồi gọi đường dây hỗ trợ để được tư "
                "vấn về chỗ ở tạm thời, khám sức khoẻ và trợ giúp pháp lý.</p>"
                "<ul>"
                '<li>Đường dây hỗ trợ (số mẫu): <a href="tel:19000000">1900 0000</a></li>'
                '<li>Tư vấn pháp lý (số mẫu): <a href="tel:19000001">1900 0001</a></li>'
                "</ul>",
            ),
            ("heading", "Sau khi bị cưỡng hiếp hoặc quan hệ không an toàn"),
            (
                "paragraph",
                "<p>Hãy đến cơ sở y tế càng sớm càng tốt. Thuốc PEP (điều trị dự phòng sau phơi "
                "nhiễm HIV) chỉ có hiệu quả khi bắt đầu trong vòng 72 giờ. Ở đó bạn cũng được "
                "xét nghiệm, điều trị các bệnh lây truyền qua đường tình dục và tư vấn về tránh "
                "thai khẩn cấp.</p>",
            ),
            ("heading", "Khi trẻ em bị xâm hại"),
            (
                "paragraph",
                "<p>Nếu bạn biết một trẻ em bị xâm hại hoặc bị bóc lột tình dục, hãy gọi Tổng "
                'đài quốc gia bảo vệ trẻ em <a href="tel:111"><b>111</b></a>, miễn phí, '
                "24/7.</p>",
            ),
            (
                "call_to_action",
                {
                    "heading": "Lo người khác thấy bạn đọc trang này?",
                    "text": "Cách dùng chế độ riêng tư, xoá lịch sử và nút Thoát nhanh.",
                    "link": link(pages["browse-safely"]),
                },
            ),
        ),
    }


def get_help_english(pages, images):
    return {
        "title": "Get help now",
        "slug": "get-help-now",
        "introduction": (
            "If you are in danger, facing violence or need urgent medical care, these are the "
            "places you can contact right away."
        ),
        "body": stream(
            (
                "callout",
                {
                    "kind": "warning",
                    "heading": "If your life is in danger",
                    "text": (
                        '<p>Call <a href="tel:115"><b>115</b></a> for an ambulance. The call is '
                        "free, 24/7.</p>"
                    ),
                },
            ),
            ("heading", "If you face violence or coercion"),
            (
                "paragraph",
                "<p>It is not your fault if you are beaten, threatened, raped or forced to do "
                "something you do not want to do. Get to a safe place first, then call the "
                "support line for advice on shelter, health care and legal help.</p>"
                "<ul>"
                '<li>Support line (sample number): <a href="tel:19000000">1900 0000</a></li>'
                '<li>Legal advice (sample number): <a href="tel:19000001">1900 0001</a></li>'
                "</ul>",
            ),
            ("heading", "After rape or unsafe sex"),
            (
                "paragraph",
                "<p>Go to a clinic or hospital as soon as you can. PEP (medicine that prevents "
                "HIV after exposure) only works if you start it within 72 hours. You can also be "
                "tested and treated for sexually transmitted infections and get advice on "
                "emergency contraception.</p>",
            ),
            ("heading", "If a child is being abused"),
            (
                "paragraph",
                "<p>If you know of a child who is being abused or sexually exploited, call the "
                'National Child Protection Hotline <a href="tel:111"><b>111</b></a>, free, '
                "24/7.</p>",
            ),
            (
                "call_to_action",
                {
                    "heading": "Worried someone will see you read this?",
                    "text": "How to use private mode, clear your history and use Quick exit.",
                    "link": link(pages["browse-safely"]),
                },
            ),
        ),
    }


def about_vietnamese(pages, images):
    return {
        "title": "Giới thiệu",
        "slug": "gioi-thieu",
        "introduction": (
            "Cổng thông tin giúp người bán dâm tại TP. Hồ Chí Minh tìm hiểu pháp luật, chăm "
            "sóc sức khoẻ và tìm dịch vụ hỗ trợ, bằng ngôn ngữ tôn trọng và không phán xét."
        ),
        "body": stream(
            (
                "callout",
                {
                    "kind": "info",
                    "heading": "Đây là nội dung mẫu",
                    "text": (
                        "<p>Trang web đang được thử nghiệm. Tên, địa chỉ và số điện thoại trên "
                        "trang là ví dụ, chưa phải thông tin thật.</p>"
                    ),
                },
            ),
            ("heading", "Chúng tôi làm gì"),
            (
                "paragraph",
                "<ul>"
                "<li>Giải thích pháp luật bằng lời dễ hiểu: quyền của bạn khi làm việc với cơ "
                "quan chức năng và khi gặp bạo lực.</li>"
                "<li>Chỉ đường đến dịch vụ y tế, tư vấn, trợ giúp pháp lý, học nghề, vay vốn và "
                "nơi ở tạm thời.</li>"
                "<li>Lan toả thông điệp chống kỳ thị, để người bán dâm được đối xử như mọi "
                "người.</li>"
                "</ul>",
            ),
            (
                "image",
                {
                    "image": images["together"].pk,
                    "alt_text": "Hình vẽ ba vòng tròn màu đan vào nhau.",
                    "caption": "",
                },
            ),
            ("heading", "Nguyên tắc của chúng tôi"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Tôn trọng:</b> không dùng từ ngữ miệt thị, không phán xét ai.</li>"
                "<li><b>Riêng tư:</b> đọc trang không cần đăng ký hay cho biết tên. Đọc thêm về "
                f"{page_link(pages['privacy'], 'quyền riêng tư')}.</li>"
                "<li><b>An toàn:</b> mỗi trang có nút Thoát nhanh. Xem cách "
                f"{page_link(pages['browse-safely'], 'duyệt web an toàn')}.</li>"
                "<li><b>Dễ tiếp cận:</b> đọc được trên điện thoại cũ, mạng chậm và bằng trình "
                "đọc màn hình.</li>"
                "</ul>",
            ),
            ("heading", "Ai xây dựng cổng thông tin này"),
            (
                "paragraph",
                "<p>Đây là dự án mã nguồn mở. Bản mẫu này chưa nêu tên các tổ chức đối tác; khi "
                "cổng thông tin đi vào hoạt động, danh sách tổ chức và cách liên hệ sẽ được "
                "đăng tại đây.</p>",
            ),
        ),
    }


def about_english(pages, images):
    return {
        "title": "About this portal",
        "slug": "about",
        "introduction": (
            "This portal helps people who sell sex in Ho Chi Minh City understand the law, "
            "look after their health and find support services, in respectful language and "
            "without judgement."
        ),
        "body": stream(
            (
                "callout",
                {
                    "kind": "info",
                    "heading": "This is sample content",
                    "text": (
                        "<p>The site is being tested. Names, addresses and phone numbers on it "
                        "are examples, not real information yet.</p>"
                    ),
                },
            ),
            ("heading", "What we do"),
            (
                "paragraph",
                "<ul>"
                "<li>Explain the law in plain words: your rights when dealing with the "
                "authorities and when you face violence.</li>"
                "<li>Show the way to health care, counselling, legal help, vocational training, "
                "loans and shelter.</li>"
                "<li>Spread messages against stigma, so that people who sell sex are treated "
                "like everyone else.</li>"
                "</ul>",
            ),
            (
                "image",
                {
                    "image": images["together"].pk,
                    "alt_text": "Drawing of three coloured circles overlapping one another.",
                    "caption": "",
                },
            ),
            ("heading", "Our principles"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Respect:</b> no demeaning words, no judging anyone.</li>"
                "<li><b>Privacy:</b> read without signing up or giving your name. Read more "
                f"about {page_link(pages['privacy'], 'privacy')}.</li>"
                "<li><b>Safety:</b> every page has a Quick exit button. Find out how to "
                f"{page_link(pages['browse-safely'], 'browse safely')}.</li>"
                "<li><b>Accessibility:</b> readable on old phones, slow connections and with a "
                "screen reader.</li>"
                "</ul>",
            ),
            ("heading", "Who runs this portal"),
            (
                "paragraph",
                "<p>This is an open-source project. This sample version does not name the "
                "partner organisations yet; when the portal goes live, the list of "
                "organisations and how to contact them will be published here.</p>",
            ),
        ),
    }


# (key, Vietnamese, English, menus), in an order where every page links only to pages
# above it.
INFORMATION_PAGES = [
    (
        "browse-safely",
        browse_safely_vietnamese,
        browse_safely_english,
        {"in_header": True, "in_footer": True},
    ),
    ("get-help", get_help_vietnamese, get_help_english, {"in_header": True, "in_footer": True}),
    ("privacy", privacy_vietnamese, privacy_english, {"in_footer": True}),
    ("about", about_vietnamese, about_english, {"in_header": True, "in_footer": True}),
]
