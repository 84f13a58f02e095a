"""The campaigns' demo data: three bilingual campaigns and their channel posts.

The campaigns are the three the city's plan names as examples: anti-stigma, know your rights
and free HIV testing. Their words are chosen for readers who may be stigmatised ("người bán
dâm" / "people who sell sex"); their images are calm illustrations, never photographs.

Nothing is invented and presented as real. Facts paraphrase closely what a law says and name
the law and article (the 2013 Constitution, articles 16, 20 and 21; the 2015 Civil Code,
article 38; the 2006 Law on HIV/AIDS Prevention and Control as amended in 2020, articles 4, 8
and 27; the 2017 Law on Legal Aid, article 7) or a WHO publication; the one figure about the
campaign itself says it is illustrative sample data. Confirm a fact against the official text
before reusing it in a real campaign. Testing is never promised without papers: since 2020 a
confirmed positive result is given only on showing an identity document.
Testimonies are written for the demo and say so ("lời kể mẫu", "sample testimony"), and
their consent notes say so to editors.

Dates are days relative to the day the demo is first loaded (see campaigns/demo_content.py).
Each campaign's function returns the page's fields in one language; `c` holds the pages of
that language by demo key ("services", "article:stigma") and the campaign's materials.
"""

from collections.abc import Callable
from dataclasses import dataclass

from campaigns.channels import Channel
from campaigns.models import ChannelPost
from portal.demo import link, stream

Status = ChannelPost.Status


@dataclass(frozen=True)
class Words:
    """A channel post's words in one language."""

    text: str
    title: str = ""
    hashtags: str = ""


@dataclass(frozen=True)
class Post:
    key: str
    channel: Channel
    status: Status
    # Planned for this many days after the load day (negative: before it), at this local time.
    day: int
    time: str
    vi: Words
    en: Words
    with_image: bool = True


@dataclass(frozen=True)
class Campaign:
    key: str
    first_day: int
    last_day: int | None
    image: str
    vi: Callable[[dict], dict]
    en: Callable[[dict], dict]
    topics: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    # Today's wards and communes, by name (directory.admin_units); none: the whole city.
    wards: tuple[str, ...] = ()
    # Organisations of the directory's demo, by their demo key.
    partners: tuple[str, ...] = ()
    posts: tuple[Post, ...] = ()
    # A downloadable material per language: (title, file name, text).
    materials: dict | None = None


def story(*paragraphs: str) -> tuple[str, str]:
    return ("story", "".join(f"<p>{text}</p>" for text in paragraphs))


def bullets(*items: str) -> tuple[str, str]:
    return ("story", "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def testimony(quote, description, consent_note, *, name="") -> tuple[str, dict]:
    return (
        "testimonial",
        {
            "quote": quote,
            "name": name,
            "anonymous": not name,
            "description": description,
            "photo": None,
            "consent_given": True,
            "consent_note": consent_note,
        },
    )


def facts(heading, *items: tuple[str, str, str]) -> tuple[str, dict]:
    return (
        "facts",
        {
            "heading": heading,
            "facts": [
                {"figure": figure, "text": text, "source": source, "source_url": ""}
                for figure, text, source in items
            ],
        },
    )


def call_to_action(heading, text, page) -> tuple[str, dict]:
    return ("call_to_action", {"heading": heading, "text": text, "link": link(page)})


def materials(document, description) -> tuple[str, dict]:
    return ("materials", {"document": document.pk, "title": "", "description": description})


CONSENT_NOTE_VI = (
    "Lời kể mẫu, viết cho bản demo: không phải lời của một người có thật. Với lời kể thật, "
    "ghi lại ai đồng ý, ngày nào, bằng văn bản hay ghi âm, và đồng ý cho dùng ở những kênh nào."
)
CONSENT_NOTE_EN = (
    "A sample testimony written for the demo, not the words of a real person. For a real one, "
    "record who agreed, when, in writing or on tape, and on which channels it may be used."
)

CONSTITUTION_VI = "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 2013"
CONSTITUTION_EN = "Constitution of the Socialist Republic of Viet Nam, 2013"
HIV_LAW_VI = "Luật Phòng, chống HIV/AIDS năm 2006 (số 64/2006/QH11)"
HIV_LAW_EN = "Law on HIV/AIDS Prevention and Control, 2006 (No. 64/2006/QH11)"


# 1. Không kỳ thị — Không phân biệt đối xử (running on the load day, the whole city)


def no_stigma_vi(c):
    return {
        "title": "Không kỳ thị — Không phân biệt đối xử",
        "slug": "khong-ky-thi-khong-phan-biet-doi-xu",
        "key_message": (
            "Người bán dâm là một phần của cộng đồng: hãy đối xử tôn trọng, không kỳ thị, "
            "không phân biệt đối xử."
        ),
        "summary": (
            "Kỳ thị khiến người bán dâm ngại đi khám bệnh, ngại tìm trợ giúp pháp lý và dễ gặp "
            "bạo lực hơn. Chiến dịch mời mỗi người dân, mỗi gia đình, mỗi nhân viên y tế và cán "
            "bộ cơ sở chọn lời nói và cách cư xử tôn trọng, và biết giới thiệu đến dịch vụ hỗ "
            "trợ khi ai đó cần."
        ),
        "hero_alt_text": "Minh hoạ: ba hình người cách điệu đứng sát vai nhau dưới mặt trời.",
        "body": stream(
            ("heading", "Vì sao lời nói quan trọng"),
            story(
                "Một câu đùa, một ánh nhìn hay một lời gọi miệt thị có thể khiến người khác không "
                "dám quay lại phòng khám, không dám báo khi bị đánh, không dám kể với gia đình. "
                "Kỳ thị không giúp ai an toàn hơn; nó chỉ đẩy người ta xa khỏi sự giúp đỡ.",
                "Không kỳ thị không có nghĩa là đồng tình với mọi lựa chọn. Đó là nhìn thấy một "
                "con người: một người mẹ, một người con, một người lao động, có quyền được tôn "
                "trọng và được chăm sóc như bất kỳ ai.",
            ),
            testimony(
                "Lần đầu đi khám, tôi sợ bị hỏi làm nghề gì. Cô y tá chỉ hỏi tôi thấy trong người "
                "thế nào, rồi giải thích từng bước. Từ hôm đó tôi đi khám định kỳ, và rủ thêm bạn "
                "bè cùng đi.",
                "Một phụ nữ bán dâm ở TP. Hồ Chí Minh (lời kể mẫu)",
                CONSENT_NOTE_VI,
            ),
            ("heading", "Bốn việc ai cũng làm được"),
            bullets(
                "Nói “người bán dâm”, hoặc hỏi người đó muốn được gọi thế nào; không dùng những "
                "từ miệt thị, kể cả khi nói đùa.",
                "Giữ bí mật điều người khác kể với bạn, nhất là tình trạng sức khoẻ và HIV.",
                "Ở phòng khám, ở cơ quan hay trong khu phố: phục vụ như với mọi người, không hỏi "
                "những câu không cần thiết.",
                "Khi ai đó cần giúp đỡ, giới thiệu họ đến dịch vụ hỗ trợ, giữ bí mật và không "
                "phán xét.",
            ),
            facts(
                "Pháp luật nói gì",
                (
                    "Điều 16",
                    "Mọi người đều bình đẳng trước pháp luật. Không ai bị phân biệt đối xử trong "
                    "đời sống chính trị, dân sự, kinh tế, văn hoá, xã hội.",
                    f"{CONSTITUTION_VI}, Điều 16",
                ),
                (
                    "Điều 21",
                    "Mọi người có quyền bất khả xâm phạm về đời sống riêng tư, bí mật cá nhân và "
                    "bí mật gia đình.",
                    f"{CONSTITUTION_VI}, Điều 21",
                ),
                (
                    "Điều 8",
                    "Luật nghiêm cấm kỳ thị, phân biệt đối xử với người nhiễm HIV, và cấm tiết lộ "
                    "việc một người nhiễm HIV khi chưa có sự đồng ý của người đó.",
                    f"{HIV_LAW_VI}, Điều 8",
                ),
            ),
            call_to_action(
                "Ai đó cần hỗ trợ?",
                "Tìm nơi khám bệnh, tư vấn tâm lý và tư vấn pháp lý gần bạn: giữ bí mật, không "
                "phán xét, nhiều nơi miễn phí.",
                c["pages"]["services"],
            ),
            call_to_action(
                "Đọc thêm",
                "Kỳ thị gây hại thế nào, và nói sao cho tôn trọng khi một người thân chia sẻ.",
                c["pages"]["article:stigma"],
            ),
            materials(
                c["materials"],
                "Một trang gợi ý để in hoặc gửi cho đồng nghiệp, cán bộ cơ sở và tình nguyện viên.",
            ),
        ),
    }


def no_stigma_en(c):
    return {
        "title": "No stigma, no discrimination",
        "slug": "no-stigma-no-discrimination",
        "key_message": (
            "People who sell sex are part of our community: treat them with respect, without "
            "stigma or discrimination."
        ),
        "summary": (
            "Stigma keeps people who sell sex away from health care and legal help, and "
            "exposes them to more violence. The campaign asks every resident, family, health "
            "worker and local official to choose respectful words and ways, and to know where "
            "to send someone who needs support."
        ),
        "hero_alt_text": "Illustration: three stylised figures standing shoulder to shoulder "
        "under the sun.",
        "body": stream(
            ("heading", "Why words matter"),
            story(
                "A joke, a look or a name can stop someone from going back to the clinic, from "
                "reporting violence, from talking to their family. Stigma makes no one safer; it "
                "only pushes people away from help.",
                "Rejecting stigma does not mean approving of every choice. It means seeing a "
                "person: a mother, a son or daughter, a worker, with the right to be respected "
                "and cared for like anyone else.",
            ),
            testimony(
                "The first time I went to the clinic, I was afraid they would ask what I do for "
                "a living. The nurse only asked how I was feeling, then explained each step. "
                "Since then I go for regular check-ups, and I bring friends along.",
                "A woman who sells sex in Ho Chi Minh City (sample testimony)",
                CONSENT_NOTE_EN,
            ),
            ("heading", "Four things anyone can do"),
            bullets(
                "Say “people who sell sex”, or ask how a person wants to be called; never use "
                "slurs, not even as a joke.",
                "Keep private what others tell you, above all their health and HIV status.",
                "At the clinic, the office or in the neighbourhood: serve everyone the same way "
                "and ask no needless questions.",
                "When someone needs help, point them to support that is confidential and free "
                "of judgement.",
            ),
            facts(
                "What the law says",
                (
                    "Article 16",
                    "All people are equal before the law. No one may be discriminated against in "
                    "political, civil, economic, cultural or social life.",
                    f"{CONSTITUTION_EN}, Article 16",
                ),
                (
                    "Article 21",
                    "Everyone has the right to the inviolability of their private life, personal "
                    "secrets and family secrets.",
                    f"{CONSTITUTION_EN}, Article 21",
                ),
                (
                    "Article 8",
                    "The law prohibits stigma and discrimination against people living with HIV, "
                    "and disclosing that someone has HIV without their consent.",
                    f"{HIV_LAW_EN}, Article 8",
                ),
            ),
            call_to_action(
                "Someone needs support?",
                "Find health care, counselling and legal advice near you: confidential, without "
                "judgement, often free of charge.",
                c["pages"]["services"],
            ),
            call_to_action(
                "Read more",
                "How stigma harms, and how to respond with respect when someone close to you "
                "confides in you.",
                c["pages"]["article:stigma"],
            ),
            materials(
                c["materials"],
                "A one-page guide to print or send to colleagues, local officials and volunteers.",
            ),
        ),
    }


NO_STIGMA_MATERIALS = {
    "vi": (
        "Gợi ý lời nói tôn trọng (bản mẫu)",
        "goi-y-loi-noi-ton-trong.txt",
        "GỢI Ý LỜI NÓI TÔN TRỌNG (bản mẫu của chiến dịch “Không kỳ thị — Không phân biệt "
        "đối xử”)\n\n"
        "1. Nói “người bán dâm”, hoặc hỏi người đó muốn được gọi thế nào.\n"
        "2. Không dùng từ miệt thị, kể cả khi nói đùa hay khi người đó không có mặt.\n"
        "3. Nói về việc làm của một người, không gán nó thành con người họ.\n"
        "4. Giữ bí mật tình trạng sức khoẻ, HIV và chuyện riêng mà người khác kể với bạn.\n"
        "5. Hỏi điều cần để giúp, không hỏi điều chỉ để tò mò.\n"
        "6. Khi ai đó cần giúp đỡ, giới thiệu dịch vụ hỗ trợ giữ bí mật, không phán xét.\n",
    ),
    "en": (
        "Respectful words: a short guide (sample)",
        "respectful-words-guide.txt",
        "RESPECTFUL WORDS: A SHORT GUIDE (sample material of the campaign “No stigma, no "
        "discrimination”)\n\n"
        "1. Say “people who sell sex”, or ask how a person wants to be called.\n"
        "2. Never use slurs, not even as a joke or when the person is not there.\n"
        "3. Speak of what a person does, not as if it were who they are.\n"
        "4. Keep private what others tell you about their health, HIV status and life.\n"
        "5. Ask what you need to know to help, never out of curiosity.\n"
        "6. When someone needs help, point them to confidential support that does not judge.\n",
    ),
}

NO_STIGMA_POSTS = (
    Post(
        "facebook",
        Channel.FACEBOOK,
        Status.PUBLISHED,
        day=-18,
        time="19:30",
        vi=Words(
            "Một lời nói có thể mở cửa, cũng có thể đóng cửa.\n\n"
            "Khi bị gọi bằng những từ miệt thị, nhiều người bán dâm không dám quay lại phòng "
            "khám, không dám tìm trợ giúp khi bị bạo lực. Thành phố bắt đầu chiến dịch “Không "
            "kỳ thị — Không phân biệt đối xử”: mời bạn chọn lời nói tôn trọng, giữ bí mật cho "
            "người khác và biết giới thiệu đến dịch vụ hỗ trợ khi ai đó cần.\n\n"
            "Đọc thêm và chia sẻ:",
            hashtags="#KhôngKỳThị #TônTrọng #TPHCM",
        ),
        en=Words(
            "One word can open a door, or close it.\n\n"
            "When people who sell sex are called names, many stop going back to the clinic or "
            "asking for help when they face violence. The city starts the campaign “No stigma, "
            "no discrimination”: choose respectful words, keep what others tell you private, "
            "and know where to send someone who needs support.\n\n"
            "Read more and share:",
            hashtags="#NoStigma #Respect #HCMC",
        ),
    ),
    Post(
        "poster",
        Channel.POSTER,
        Status.APPROVED,
        day=-7,
        time="08:00",
        vi=Words(
            "Người bán dâm cũng là người của cộng đồng. Hãy chọn lời nói tôn trọng, giữ bí mật "
            "cho người khác, và giới thiệu đến dịch vụ hỗ trợ giữ bí mật, không phán xét. Quét "
            "mã QR để đọc thêm và tìm dịch vụ gần bạn.",
            title="Không kỳ thị — Không phân biệt đối xử",
            hashtags="#KhôngKỳThị",
        ),
        en=Words(
            "People who sell sex are part of our community. Choose respectful words, keep what "
            "others tell you private, and point people to confidential support that does not "
            "judge. Scan the QR code to read more and find services near you.",
            title="No stigma, no discrimination",
            hashtags="#NoStigma",
        ),
    ),
    Post(
        "zalo",
        Channel.ZALO,
        Status.APPROVED,
        day=-2,
        time="09:00",
        vi=Words(
            "Kỳ thị không giúp ai an toàn hơn. Nó chỉ khiến người bán dâm xa rời y tế, pháp "
            "luật và gia đình.\n\n"
            "Bốn việc ai cũng làm được: nói “người bán dâm”, không dùng từ miệt thị; giữ bí mật "
            "điều người khác kể; phục vụ như với mọi người; giới thiệu đến dịch vụ hỗ trợ giữ "
            "bí mật.\n\n"
            "Xem chi tiết:",
            title="Không kỳ thị — Không phân biệt đối xử",
            hashtags="#KhôngKỳThị #TPHCM",
        ),
        en=Words(
            "Stigma makes no one safer. It only keeps people who sell sex away from health "
            "care, the law and their families.\n\n"
            "Four things anyone can do: say “people who sell sex”, never slurs; keep private "
            "what others tell you; serve everyone the same way; point people to confidential "
            "support.\n\n"
            "Find out more:",
            title="No stigma, no discrimination",
            hashtags="#NoStigma #HCMC",
        ),
    ),
    Post(
        "x",
        Channel.X,
        Status.APPROVED,
        day=-1,
        time="12:00",
        vi=Words(
            "Không kỳ thị, không phân biệt đối xử. Chọn lời nói tôn trọng, giữ bí mật cho "
            "người khác và giới thiệu dịch vụ hỗ trợ khi ai đó cần.",
            hashtags="#KhôngKỳThị #TPHCM",
        ),
        en=Words(
            "No stigma, no discrimination. Choose respectful words, keep what others tell you "
            "private, and point people to support when they need it.",
            hashtags="#NoStigma #HCMC",
        ),
    ),
    Post(
        "sms",
        Channel.SMS,
        Status.SCHEDULED,
        day=-1,
        time="17:00",
        with_image=False,
        vi=Words("TP.HCM: Không kỳ thị người bán dâm. Tư vấn, khám bệnh, pháp lý giữ bí mật:"),
        en=Words(
            "HCMC: No stigma, no discrimination against people who sell sex. Confidential "
            "health care, counselling and legal help:"
        ),
    ),
    Post(
        "email",
        Channel.EMAIL,
        Status.DRAFT,
        day=5,
        time="08:00",
        vi=Words(
            "Chào bạn,\n\n"
            "Tháng này Thành phố triển khai chiến dịch “Không kỳ thị — Không phân biệt đối xử”. "
            "Kỳ thị khiến người bán dâm ngại đi khám bệnh, ngại tìm trợ giúp pháp lý và dễ gặp "
            "bạo lực hơn. Mỗi chúng ta có thể thay đổi điều đó bằng bốn việc nhỏ:\n\n"
            "• Nói “người bán dâm”, không dùng từ miệt thị.\n"
            "• Giữ bí mật điều người khác kể với mình.\n"
            "• Phục vụ như với mọi người, không hỏi điều không cần thiết.\n"
            "• Giới thiệu đến dịch vụ hỗ trợ giữ bí mật, không phán xét.\n\n"
            "Trang chiến dịch có lời kể, những điều pháp luật quy định và một trang gợi ý để "
            "in cho đồng nghiệp:",
            title="Không kỳ thị — Không phân biệt đối xử: bốn việc ai cũng làm được",
        ),
        en=Words(
            "Hello,\n\n"
            "This month the city runs the campaign “No stigma, no discrimination”. Stigma keeps "
            "people who sell sex away from health care and legal help, and exposes them to "
            "more violence. Each of us can change that with four small things:\n\n"
            "• Say “people who sell sex”, never slurs.\n"
            "• Keep private what others tell you.\n"
            "• Serve everyone the same way, and ask no needless questions.\n"
            "• Point people to confidential support that does not judge.\n\n"
            "The campaign page has a testimony, what the law says and a one-page guide to print "
            "for colleagues:",
            title="No stigma, no discrimination: four things anyone can do",
        ),
    ),
    Post(
        # A video channel: it stays a draft until the video exists (approving needs its address).
        "tiktok",
        Channel.TIKTOK,
        Status.DRAFT,
        day=10,
        time="20:00",
        vi=Words(
            "Một lời nói có thể mở cửa hoặc đóng cửa. Bạn chọn lời nào? Xem thêm ở đường dẫn "
            "trên trang cá nhân.",
            hashtags="#KhôngKỳThị #TônTrọng #TPHCM",
        ),
        en=Words(
            "One word can open a door or close it. Which will you choose? More at the link in "
            "our profile.",
            hashtags="#NoStigma #Respect #HCMC",
        ),
    ),
)


# 2. Biết quyền của mình (upcoming on the load day, five central wards)


def rights_vi(c):
    return {
        "title": "Biết quyền của mình",
        "slug": "biet-quyen-cua-minh",
        "key_message": (
            "Dù bạn là ai, bạn có quyền được tôn trọng, được giữ bí mật đời tư và được tư vấn "
            "pháp lý."
        ),
        "summary": (
            "Nhiều người bán dâm không biết mình có những quyền gì khi bị kiểm tra, bị xử phạt, "
            "bị bạo lực hay bị lộ thông tin cá nhân. Chiến dịch giải thích các quyền ấy bằng "
            "lời dễ hiểu tại năm phường trung tâm, và chỉ nơi tư vấn pháp lý cho những ai cần."
        ),
        "hero_alt_text": "Minh hoạ: tấm khiên màu xanh có dấu tích trắng.",
        "body": stream(
            ("heading", "Những quyền bạn luôn có"),
            story(
                "Bán dâm là hành vi bị xử phạt hành chính, nhưng người bán dâm vẫn có đầy đủ các "
                "quyền của một con người và một công dân: không ai được đánh, làm nhục hay đe doạ "
                "bạn; đời tư của bạn được pháp luật bảo vệ; bạn được khám chữa bệnh và được hỏi ý "
                "kiến luật sư.",
                "Khi bị kiểm tra hay bị lập biên bản, bạn có thể hỏi lý do, đọc kỹ biên bản "
                "trước khi ký và ghi ý kiến của mình vào đó. Nếu không hiểu, hãy hỏi lại, hoặc "
                "nhờ người tư vấn pháp lý giúp.",
            ),
            testimony(
                "Nhiều chị đến gặp tôi sau khi đã ký những giấy tờ mà mình không hiểu. Chỉ cần "
                "biết trước vài quyền cơ bản, các chị đã có thể hỏi lại, đọc kỹ và nhờ người giúp.",
                "Trợ giúp viên pháp lý (lời kể mẫu)",
                CONSENT_NOTE_VI,
                name="Thu",
            ),
            facts(
                "Pháp luật nói gì",
                (
                    "Điều 20",
                    "Mọi người có quyền bất khả xâm phạm về thân thể, được pháp luật bảo hộ về "
                    "sức khoẻ, danh dự và nhân phẩm.",
                    f"{CONSTITUTION_VI}, Điều 20",
                ),
                (
                    "Điều 38",
                    "Đời sống riêng tư, bí mật cá nhân, bí mật gia đình là bất khả xâm phạm và "
                    "được pháp luật bảo vệ.",
                    "Bộ luật Dân sự năm 2015 (số 91/2015/QH13), Điều 38",
                ),
                (
                    "Điều 7",
                    "Luật quy định những người được trợ giúp pháp lý miễn phí, trong đó có người "
                    "thuộc hộ nghèo và trẻ em. Hãy hỏi để biết bạn có thuộc diện này không.",
                    "Luật Trợ giúp pháp lý năm 2017 (số 11/2017/QH14), Điều 7",
                ),
            ),
            call_to_action(
                "Cần hỏi luật sư?",
                "Tìm nơi tư vấn pháp lý gần bạn, giữ bí mật.",
                c["pages"]["services"],
            ),
            call_to_action(
                "Khi bị kiểm tra: quyền của bạn",
                "Từng bước, điều bạn có thể hỏi và điều bạn không phải làm.",
                c["pages"]["article:rights-when-stopped"],
            ),
        ),
    }


def rights_en(c):
    return {
        "title": "Know your rights",
        "slug": "know-your-rights",
        "key_message": (
            "Whoever you are, you have the right to be treated with dignity, to a private life "
            "and to legal advice."
        ),
        "summary": (
            "Many people who sell sex do not know their rights when they are stopped, fined, "
            "face violence or have their personal details exposed. The campaign explains those "
            "rights in plain words in five central wards, and shows where to get legal advice."
        ),
        "hero_alt_text": "Illustration: a blue shield with a white tick.",
        "body": stream(
            ("heading", "Rights you always have"),
            story(
                "Selling sex is an administrative violation, but people who sell sex keep every "
                "right of a human being and a citizen: no one may beat, humiliate or threaten "
                "you; the law protects your private life; you may get health care and ask a "
                "lawyer for advice.",
                "When you are stopped or a record is made, you may ask why, read the record "
                "carefully before signing and write your own view on it. If you do not "
                "understand, ask again, or ask a legal adviser for help.",
            ),
            testimony(
                "Many women come to me after signing papers they did not understand. Knowing a "
                "few basic rights beforehand is enough for them to ask, read carefully and get "
                "help.",
                "A legal aid worker (sample testimony)",
                CONSENT_NOTE_EN,
                name="Thu",
            ),
            facts(
                "What the law says",
                (
                    "Article 20",
                    "Everyone has the right to inviolability of the body and to the law's "
                    "protection of their health, honour and dignity.",
                    f"{CONSTITUTION_EN}, Article 20",
                ),
                (
                    "Article 38",
                    "Private life, personal secrets and family secrets are inviolable and "
                    "protected by law.",
                    "Civil Code, 2015 (No. 91/2015/QH13), Article 38",
                ),
                (
                    "Article 7",
                    "The law lists who may receive free legal aid, among them people in poor "
                    "households and children. Ask whether you are one of them.",
                    "Law on Legal Aid, 2017 (No. 11/2017/QH14), Article 7",
                ),
            ),
            call_to_action(
                "Need to ask a lawyer?",
                "Find confidential legal advice near you.",
                c["pages"]["services"],
            ),
            call_to_action(
                "When you are stopped: your rights",
                "Step by step, what you may ask and what you do not have to do.",
                c["pages"]["article:rights-when-stopped"],
            ),
        ),
    }


RIGHTS_POSTS = (
    Post(
        "poster",
        Channel.POSTER,
        Status.APPROVED,
        day=14,
        time="07:00",
        vi=Words(
            "Dù bạn là ai, bạn có quyền được tôn trọng, được giữ bí mật đời tư và được tư vấn "
            "pháp lý. Khi bị kiểm tra: hỏi lý do, đọc kỹ trước khi ký. Quét mã QR để biết thêm "
            "và tìm nơi tư vấn gần bạn.",
            title="Biết quyền của mình",
            hashtags="#BiếtQuyền",
        ),
        en=Words(
            "Whoever you are, you have the right to dignity, to a private life and to legal "
            "advice. When you are stopped: ask why, read before you sign. Scan the QR code to "
            "learn more and find advice near you.",
            title="Know your rights",
            hashtags="#KnowYourRights",
        ),
    ),
    Post(
        "email",
        Channel.EMAIL,
        Status.APPROVED,
        day=14,
        time="07:30",
        vi=Words(
            "Chào bạn,\n\n"
            "Từ hôm nay, chiến dịch “Biết quyền của mình” đến với năm phường trung tâm. Chúng "
            "tôi giải thích bằng lời dễ hiểu những quyền mà mọi người, kể cả người bán dâm, "
            "luôn có: được tôn trọng thân thể và nhân phẩm, được giữ bí mật đời tư, được hỏi lý "
            "do khi bị kiểm tra và đọc kỹ biên bản trước khi ký.\n\n"
            "Nếu bạn làm việc với cộng đồng, hãy chia sẻ trang chiến dịch và áp phích với đồng "
            "nghiệp:",
            title="Biết quyền của mình: chiến dịch bắt đầu hôm nay",
        ),
        en=Words(
            "Hello,\n\n"
            "From today, the campaign “Know your rights” comes to five central wards. It "
            "explains in plain words the rights everyone has, people who sell sex included: "
            "respect for their body and dignity, a private life, asking why when stopped and "
            "reading a record before signing it.\n\n"
            "If you work with the community, please share the campaign page and the poster "
            "with your colleagues:",
            title="Know your rights: the campaign starts today",
        ),
    ),
    Post(
        "facebook",
        Channel.FACEBOOK,
        Status.APPROVED,
        day=14,
        time="09:00",
        vi=Words(
            "Bạn có biết: khi bị lập biên bản, bạn có thể đọc kỹ trước khi ký và ghi ý kiến "
            "của mình vào đó?\n\n"
            "Chiến dịch “Biết quyền của mình” bắt đầu hôm nay. Dù bạn là ai, bạn có quyền được "
            "tôn trọng, được giữ bí mật đời tư và được tư vấn pháp lý. Đọc các quyền của bạn, "
            "bằng lời dễ hiểu:",
            hashtags="#BiếtQuyền #TPHCM",
        ),
        en=Words(
            "Did you know? When a record is made, you may read it carefully before signing and "
            "write your own view on it.\n\n"
            "The campaign “Know your rights” starts today. Whoever you are, you have the right "
            "to dignity, to a private life and to legal advice. Read your rights, in plain "
            "words:",
            hashtags="#KnowYourRights #HCMC",
        ),
    ),
    Post(
        "zalo",
        Channel.ZALO,
        Status.APPROVED,
        day=14,
        time="10:00",
        vi=Words(
            "Khi bị kiểm tra: hỏi lý do, đọc kỹ trước khi ký, ghi ý kiến của mình vào biên "
            "bản. Cần hỏi luật sư? Có nơi tư vấn pháp lý giữ bí mật gần bạn.",
            title="Biết quyền của mình",
            hashtags="#BiếtQuyền",
        ),
        en=Words(
            "When you are stopped: ask why, read before you sign, write your own view on the "
            "record. Need a lawyer? There is confidential legal advice near you.",
            title="Know your rights",
            hashtags="#KnowYourRights",
        ),
    ),
    Post(
        "sms",
        Channel.SMS,
        Status.DRAFT,
        day=14,
        time="17:30",
        with_image=False,
        vi=Words("Biết quyền của mình: được tôn trọng, giữ bí mật đời tư, tư vấn pháp lý. Xem:"),
        en=Words(
            "Know your rights: you have the right to dignity, privacy and legal advice. More:"
        ),
    ),
    Post(
        "x",
        Channel.X,
        Status.DRAFT,
        day=15,
        time="12:00",
        vi=Words(
            "Khi bị kiểm tra, bạn có thể hỏi lý do và đọc kỹ biên bản trước khi ký.",
            hashtags="#BiếtQuyền #TPHCM",
        ),
        en=Words(
            "When you are stopped, you may ask why and read the record carefully before signing.",
            hashtags="#KnowYourRights #HCMC",
        ),
    ),
    Post(
        # A video channel: it stays a draft until the video exists (approving needs its address).
        "youtube",
        Channel.YOUTUBE,
        Status.DRAFT,
        day=21,
        time="19:00",
        vi=Words(
            "Một trợ giúp viên pháp lý giải thích, trong ba phút, những điều bạn có thể hỏi và "
            "những điều bạn không phải làm khi bị kiểm tra giấy tờ. Các quyền của bạn, bằng lời "
            "dễ hiểu:",
            title="Biết quyền của mình: khi bị kiểm tra giấy tờ",
            hashtags="#BiếtQuyền",
        ),
        en=Words(
            "In three minutes, a legal aid worker explains what you may ask and what you do "
            "not have to do when your papers are checked. Your rights, in plain words:",
            title="Know your rights: when your papers are checked",
            hashtags="#KnowYourRights",
        ),
    ),
)


# 3. Xét nghiệm HIV miễn phí (ended before the load day, five wards)


def testing_vi(c):
    return {
        "title": "Xét nghiệm HIV miễn phí",
        "slug": "xet-nghiem-hiv-mien-phi",
        "key_message": (
            "Xét nghiệm HIV nhanh, tự nguyện và giữ bí mật: biết sớm để được điều trị sớm và "
            "sống khoẻ."
        ),
        "summary": (
            "Trong ba tháng, các điểm tư vấn và nhóm đồng đẳng ở năm phường mở thêm giờ xét "
            "nghiệm HIV miễn phí vào buổi tối và cuối tuần. Chiến dịch đã kết thúc; bạn vẫn "
            "tìm được nơi xét nghiệm trong danh bạ dịch vụ."
        ),
        "hero_alt_text": "Minh hoạ: chiếc nơ đỏ, biểu tượng của phòng, chống HIV.",
        "body": stream(
            ("heading", "Vì sao nên xét nghiệm"),
            story(
                "Xét nghiệm là cách duy nhất để biết mình có HIV hay không. Xét nghiệm nhanh chỉ "
                "cần một giọt máu ở đầu ngón tay; kết quả có phản ứng sẽ được làm thêm xét nghiệm "
                "khẳng định.",
                "Nếu kết quả âm tính, bạn được tư vấn cách phòng HIV, kể cả PrEP. Nếu kết quả "
                "dương tính, bạn được giới thiệu điều trị ARV ngay: điều trị sớm giúp sống khoẻ "
                "và không lây HIV cho bạn tình.",
            ),
            testimony(
                "Tôi hoãn xét nghiệm suốt hai năm vì sợ. Bạn trong nhóm đồng đẳng đi cùng tôi, "
                "ngồi chờ với tôi hai mươi phút. Giờ tôi biết tình trạng của mình, và tôi thấy "
                "nhẹ lòng.",
                "Một người bán dâm đã đi xét nghiệm cùng nhóm đồng đẳng (lời kể mẫu)",
                CONSENT_NOTE_VI,
            ),
            facts(
                "Điều nên biết",
                (
                    "Tự nguyện",
                    "Xét nghiệm HIV được thực hiện trên cơ sở tự nguyện; người nhiễm HIV có quyền "
                    "được giữ bí mật riêng tư liên quan đến HIV/AIDS.",
                    "Luật Phòng, chống HIV/AIDS năm 2006, sửa đổi năm 2020, Điều 27 và Điều 4",
                ),
                (
                    "K = K",
                    "Người có HIV điều trị ARV đều đặn, có tải lượng vi rút dưới ngưỡng phát hiện, "
                    "không lây HIV qua quan hệ tình dục.",
                    "Tổ chức Y tế Thế giới (WHO), bản tóm tắt chính sách về ức chế tải lượng vi "
                    "rút HIV, tháng 7/2023",
                ),
                (
                    "120 lượt",
                    "Số lượt xét nghiệm tại các điểm của chiến dịch (con số minh hoạ).",
                    "Số liệu minh hoạ của bản demo, không phải thống kê thật",
                ),
            ),
            call_to_action(
                "Tìm nơi xét nghiệm gần bạn",
                "Nhiều nơi miễn phí, có giờ buổi tối, không phán xét.",
                c["pages"]["services"],
            ),
            call_to_action(
                "Phòng HIV: PrEP, PEP và xét nghiệm",
                "Những cách phòng HIV, và nên làm gì trong 72 giờ sau khi có nguy cơ.",
                c["pages"]["article:hiv-prevention"],
            ),
        ),
    }


def testing_en(c):
    return {
        "title": "Free HIV testing",
        "slug": "free-hiv-testing",
        "key_message": (
            "Quick, voluntary and confidential HIV testing: know early, get treatment early, "
            "live well."
        ),
        "summary": (
            "For three months, counselling points and peer groups in five wards added free "
            "HIV testing hours in the evenings and at weekends. The campaign has ended; you can "
            "still find testing in the services directory."
        ),
        "hero_alt_text": "Illustration: a red ribbon, the symbol of the response to HIV.",
        "body": stream(
            ("heading", "Why get tested"),
            story(
                "Testing is the only way to know whether you have HIV. A rapid test needs one "
                "drop of blood from a fingertip; a reactive result is followed by a "
                "confirmatory test.",
                "If the result is negative, you get advice on preventing HIV, PrEP included. If "
                "it is positive, you are referred for ARV treatment straight away: early "
                "treatment keeps you well and stops HIV passing to your partners.",
            ),
            testimony(
                "I put off testing for two years because I was afraid. A friend from the peer "
                "group came with me and waited with me for twenty minutes. Now I know my status, "
                "and I feel lighter.",
                "A person who sells sex, tested with a peer group (sample testimony)",
                CONSENT_NOTE_EN,
            ),
            facts(
                "Good to know",
                (
                    "Voluntary",
                    "HIV testing is done on a voluntary basis, and people living with HIV have "
                    "the right to keep private all that concerns their HIV.",
                    "Law on HIV/AIDS Prevention and Control, 2006, as amended in 2020, "
                    "Articles 27 and 4",
                ),
                (
                    "U = U",
                    "People with HIV on regular ARV treatment whose viral load is undetectable do "
                    "not pass HIV on through sex.",
                    "World Health Organization (WHO), policy brief on HIV viral suppression, "
                    "July 2023",
                ),
                (
                    "120 tests",
                    "Tests done at the campaign's testing points (an illustrative figure).",
                    "Illustrative figure for the demo, not a real statistic",
                ),
            ),
            call_to_action(
                "Find testing near you",
                "Often free, with evening hours, without judgement.",
                c["pages"]["services"],
            ),
            call_to_action(
                "Preventing HIV: PrEP, PEP and testing",
                "The ways to prevent HIV, and what to do in the 72 hours after a risk.",
                c["pages"]["article:hiv-prevention"],
            ),
        ),
    }


TESTING_POSTS = (
    Post(
        "poster",
        Channel.POSTER,
        Status.PUBLISHED,
        day=-152,
        time="07:00",
        vi=Words(
            "Nhanh, tự nguyện, giữ bí mật. Có giờ buổi tối và cuối tuần, không phán xét. "
            "Biết sớm để được điều trị sớm. Quét mã QR để tìm điểm xét nghiệm gần bạn.",
            title="Xét nghiệm HIV miễn phí",
            hashtags="#XétNghiệmHIV",
        ),
        en=Words(
            "Quick, voluntary, confidential. Evening and weekend hours, no judgement. Know "
            "early, get treatment early. Scan the QR code to find testing near you.",
            title="Free HIV testing",
            hashtags="#HIVTesting",
        ),
    ),
    Post(
        "email",
        Channel.EMAIL,
        Status.PUBLISHED,
        day=-151,
        time="08:00",
        vi=Words(
            "Chào bạn,\n\n"
            "Từ tuần này đến hết ba tháng tới, các điểm tư vấn và nhóm đồng đẳng ở năm phường "
            "mở thêm giờ xét nghiệm HIV miễn phí vào buổi tối và cuối tuần. Xét nghiệm nhanh, "
            "tự nguyện và giữ bí mật; nếu cần, bạn được giới thiệu điều trị ngay.\n\n"
            "Xem địa điểm và giờ mở cửa:",
            title="Xét nghiệm HIV miễn phí buổi tối và cuối tuần",
        ),
        en=Words(
            "Hello,\n\n"
            "From this week and for the next three months, counselling points and peer groups "
            "in five wards add free HIV testing hours in the evenings and at weekends. Testing "
            "is quick, voluntary and confidential; if needed, you are referred for treatment "
            "straight away.\n\n"
            "See places and opening hours:",
            title="Free HIV testing in the evenings and at weekends",
        ),
    ),
    Post(
        "facebook",
        Channel.FACEBOOK,
        Status.PUBLISHED,
        day=-150,
        time="19:00",
        vi=Words(
            "Xét nghiệm HIV chỉ mất khoảng hai mươi phút, và có thể thay đổi cả cuộc đời.\n\n"
            "Trong ba tháng tới, các điểm tư vấn và nhóm đồng đẳng mở thêm giờ xét nghiệm miễn "
            "phí vào buổi tối và cuối tuần: tự nguyện, giữ bí mật, không phán xét. Tìm điểm "
            "gần bạn:",
            hashtags="#XétNghiệmHIV #KhôngKỳThị #TPHCM",
        ),
        en=Words(
            "An HIV test takes about twenty minutes, and can change a whole life.\n\n"
            "For the next three months, counselling points and peer groups add free testing "
            "hours in the evenings and at weekends: voluntary, confidential, without judgement. "
            "Find a place near you:",
            hashtags="#HIVTesting #NoStigma #HCMC",
        ),
    ),
    Post(
        "zalo",
        Channel.ZALO,
        Status.PUBLISHED,
        day=-149,
        time="09:00",
        vi=Words(
            "Xét nghiệm HIV miễn phí vào buổi tối và cuối tuần, không phán xét. Nhanh, tự "
            "nguyện, giữ bí mật. Xem địa điểm và giờ mở cửa:",
            title="Xét nghiệm HIV miễn phí buổi tối và cuối tuần",
            hashtags="#XétNghiệmHIV",
        ),
        en=Words(
            "Free HIV testing in the evenings and at weekends, without judgement. Quick, "
            "voluntary, confidential. See places and opening hours:",
            title="Free HIV testing in the evenings and at weekends",
            hashtags="#HIVTesting",
        ),
    ),
    Post(
        "x",
        Channel.X,
        Status.PUBLISHED,
        day=-148,
        time="12:00",
        vi=Words(
            "Xét nghiệm HIV miễn phí buổi tối và cuối tuần: nhanh, tự nguyện, giữ bí mật.",
            hashtags="#XétNghiệmHIV #TPHCM",
        ),
        en=Words(
            "Free HIV testing in the evenings and at weekends: quick, voluntary, confidential.",
            hashtags="#HIVTesting #HCMC",
        ),
    ),
    Post(
        "sms",
        Channel.SMS,
        Status.PUBLISHED,
        day=-145,
        time="17:00",
        with_image=False,
        vi=Words("Xét nghiệm HIV miễn phí tối và cuối tuần, giữ bí mật, không phán xét:"),
        en=Words(
            "Free HIV testing evenings and weekends: quick, confidential, no judgement. Places:"
        ),
    ),
)


CAMPAIGNS = [
    Campaign(
        "no-stigma",
        first_day=-21,
        last_day=69,
        image="together",
        vi=no_stigma_vi,
        en=no_stigma_en,
        topics=("chong-ky-thi", "quyen-va-phap-luat"),
        audiences=("cong-dong", "gia-dinh-ban-be", "can-bo-ho-tro"),
        partners=("nhom-dong-dang-sen-hong", "trung-tam-tu-van-an-nhien"),
        posts=NO_STIGMA_POSTS,
        materials=NO_STIGMA_MATERIALS,
    ),
    Campaign(
        "know-your-rights",
        first_day=14,
        last_day=104,
        image="shield",
        vi=rights_vi,
        en=rights_en,
        topics=("quyen-va-phap-luat", "an-toan"),
        audiences=("nguoi-ban-dam", "can-bo-ho-tro"),
        wards=("Bến Thành", "Sài Gòn", "Chợ Lớn", "Xóm Chiếu", "Khánh Hội"),
        partners=("van-phong-tu-van-phap-ly", "nhom-dong-dang-sen-hong"),
        posts=RIGHTS_POSTS,
    ),
    Campaign(
        "free-hiv-testing",
        first_day=-152,
        last_day=-62,
        image="ribbon",
        vi=testing_vi,
        en=testing_en,
        topics=("suc-khoe",),
        audiences=("nguoi-ban-dam", "cong-dong"),
        wards=("Bàn Cờ", "Tân Định", "Gia Định", "Bình Thạnh", "Thủ Đức"),
        partners=(
            "phong-kham-cong-dong-ben-thanh",
            "phong-kham-da-khoa-thu-duc",
            "nhom-dong-dang-sen-hong",
            "trung-tam-y-te-trung-tam",
        ),
        posts=TESTING_POSTS,
    ),
]

INDEX_VI = {
    "title": "Chiến dịch",
    "slug": "chien-dich",
    "introduction": (
        "Các chiến dịch truyền thông của Thành phố nhằm giảm kỳ thị, phân biệt đối xử với người "
        "bán dâm và giới thiệu các dịch vụ hỗ trợ: đang diễn ra, sắp diễn ra và đã kết thúc."
    ),
}
INDEX_EN = {
    "title": "Campaigns",
    "slug": "campaigns",
    "introduction": (
        "The city's communication campaigns to reduce stigma and discrimination against people "
        "who sell sex and to make support services known: running, upcoming and past."
    ),
}
