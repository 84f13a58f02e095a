"""The eight demo articles, in Vietnamese and English.

Written for readers who may be stigmatised: plain words, no judgement, "người bán dâm" /
"people who sell sex". Legal and health statements are kept general and say where to get
advice for one's own situation; no fine amounts, deadlines or procedures are given that the
cited documents were not checked for. Each article is a spec: its key, age, review status,
owner team, topics and audiences, and one function per language that returns the page's
fields from a context (pages by key, legal documents by number, the download, images).
"""

from portal.demo import link, page_link, stream

ORDINANCE = "10/2003/PL-UBTVQH11"
DECREE_178 = "178/2004/NĐ-CP"
CIRCULAR_05 = "05/2006/TT-BLĐTBXH"
DECREE_282 = "282/2025/NĐ-CP"

LEGAL_TEAM_VI = "Nhóm nội dung pháp lý"
HEALTH_TEAM = "Nhóm nội dung sức khoẻ"
SUPPORT_TEAM = "Nhóm hỗ trợ cộng đồng"

# (title, file name, text) of the demo download, one per language.
LOAN_QUESTIONS_VI = (
    "Câu hỏi nên hỏi trước khi vay vốn (bản mẫu)",
    "cau-hoi-truoc-khi-vay-von.txt",
    "CÂU HỎI NÊN HỎI TRƯỚC KHI VAY VỐN (bản mẫu của cổng thông tin)\n\n"
    "1. Chương trình cho vay này dành cho ai? Tôi có thuộc diện được vay không?\n"
    "2. Lãi suất mỗi tháng là bao nhiêu? Có phí nào khác không?\n"
    "3. Tôi được vay tối đa bao nhiêu và trong bao lâu?\n"
    "4. Tôi trả nợ thế nào: mỗi tháng, mỗi quý, hay cuối kỳ?\n"
    "5. Tôi cần chuẩn bị những giấy tờ gì? Ai xác nhận cho tôi?\n"
    "6. Nếu tôi gặp khó khăn và trả chậm thì sao?\n"
    "7. Tôi liên hệ ai khi có thắc mắc?\n\n"
    "Ghi nhớ: các chương trình vay chính thức không bao giờ yêu cầu bạn nộp tiền trước để "
    "được vay, và không giữ giấy tờ tuỳ thân bản gốc của bạn.\n",
)
LOAN_QUESTIONS_EN = (
    "Questions to ask before taking a loan (sample)",
    "questions-before-a-loan.txt",
    "QUESTIONS TO ASK BEFORE TAKING A LOAN (a sample from the portal)\n\n"
    "1. Who is this loan programme for? Am I eligible?\n"
    "2. What is the monthly interest rate? Are there any other fees?\n"
    "3. How much can I borrow, and for how long?\n"
    "4. How do I repay: every month, every quarter, or at the end?\n"
    "5. Which papers do I need? Who has to confirm them?\n"
    "6. What happens if I have difficulties and pay late?\n"
    "7. Whom do I contact with questions?\n\n"
    "Remember: official loan programmes never ask you to pay money up front to get a loan, "
    "and never keep your original identity papers.\n",
)


def paragraph(*sentences):
    return ("paragraph", "<p>" + " ".join(sentences) + "</p>")


def bullets(*items):
    return ("paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def callout(kind, heading, text):
    return ("callout", {"kind": kind, "heading": heading, "text": f"<p>{text}</p>"})


def steps(heading, *items):
    return (
        "steps",
        {
            "heading": heading,
            "steps": [
                {"title": title, "text": f"<p>{text}</p>" if text else ""} for title, text in items
            ],
        },
    )


def faq(heading, *items):
    return (
        "faq",
        {
            "heading": heading,
            "questions": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in items],
        },
    )


def cite(context, number, reference="", note=""):
    return (
        "legal_citation",
        {"document": context["documents"][number].pk, "reference": reference, "note": note},
    )


def cta(heading, text, page, label=""):
    return ("call_to_action", {"heading": heading, "text": text, "link": link(page, label=label)})


# 1. Rights when stopped or questioned


def rights_when_stopped_vi(c):
    return {
        "title": "Quyền của bạn khi bị dừng lại hoặc bị kiểm tra",
        "slug": "quyen-khi-bi-kiem-tra",
        "summary": (
            "Khi làm việc với cơ quan chức năng, bạn vẫn có quyền được đối xử tôn trọng, được "
            "biết lý do và được đọc kỹ giấy tờ trước khi ký. Đây là những bước giúp bạn giữ an "
            "toàn và bảo vệ quyền của mình."
        ),
        "body": stream(
            paragraph(
                "Bạn có thể bị dừng lại để kiểm tra giấy tờ, hoặc có mặt khi một cơ sở bị kiểm "
                "tra. Dù trong hoàn cảnh nào, bạn vẫn là một người có quyền như mọi người khác."
            ),
            steps(
                "Khi bạn bị dừng lại hoặc bị kiểm tra",
                (
                    "Giữ bình tĩnh và an toàn",
                    "Nói chậm, rõ ràng. Nếu thấy nguy hiểm, hãy ưu tiên an toàn của bạn trước.",
                ),
                (
                    "Hỏi người làm việc với bạn là ai",
                    "Bạn có thể hỏi họ tên, đơn vị công tác và lý do bạn bị kiểm tra.",
                ),
                (
                    "Đọc kỹ biên bản trước khi ký",
                    "Biên bản có phần ghi ý kiến của bạn. Nếu không đồng ý với điều gì, hãy "
                    "nói rõ và đề nghị ghi lại ý kiến đó.",
                ),
                (
                    "Giữ lại giấy tờ bạn được giao",
                    "Nếu có quyết định xử phạt, hãy xin và giữ bản của bạn: bạn cần nó nếu "
                    "muốn khiếu nại.",
                ),
                (
                    "Tìm trợ giúp pháp lý",
                    "Bạn có thể hỏi một tổ chức trợ giúp pháp lý trước khi quyết định làm gì "
                    "tiếp theo.",
                ),
            ),
            callout(
                "warning",
                "Không ai được phép làm hại bạn",
                "Không ai được đánh đập, đe doạ, xúc phạm bạn, hay đòi tiền, quà hoặc quan hệ "
                "tình dục từ bạn. Nếu điều đó xảy ra, bạn có quyền khiếu nại, tố cáo. Hãy ghi "
                "lại thời gian, địa điểm và những gì đã xảy ra khi bạn thấy an toàn.",
            ),
            cite(
                c,
                DECREE_282,
                note="Quy định các hành vi vi phạm hành chính, mức xử phạt, ai có quyền xử "
                "phạt và thủ tục xử phạt.",
            ),
            faq(
                "Câu hỏi thường gặp",
                (
                    "Tôi có bắt buộc phải ký biên bản không?",
                    "Bạn nên đọc kỹ trước khi ký. Nếu không đồng ý với nội dung, hãy nói rõ và "
                    "đề nghị ghi ý kiến của bạn vào biên bản. Nếu chưa chắc, hãy hỏi trợ giúp "
                    "pháp lý.",
                ),
                (
                    "Tôi có thể khiếu nại quyết định xử phạt không?",
                    "Có. Bạn có quyền khiếu nại quyết định mà bạn cho là sai. Trợ giúp pháp lý "
                    "có thể giúp bạn viết đơn.",
                ),
            ),
            cta(
                "Cần người giúp ngay?",
                "Số điện thoại hỗ trợ và tư vấn pháp lý, miễn phí và giữ bí mật.",
                c["pages"]["get-help"],
                label="Xem cách nhận hỗ trợ",
            ),
        ),
    }


def rights_when_stopped_en(c):
    return {
        "title": "Your rights when you are stopped or questioned",
        "slug": "your-rights-when-stopped",
        "summary": (
            "When you deal with the authorities, you still have the right to be treated with "
            "respect, to know why, and to read papers carefully before you sign. These steps "
            "help you stay safe and protect your rights."
        ),
        "body": stream(
            paragraph(
                "You may be stopped to have your papers checked, or be present when a business "
                "is inspected. Whatever the situation, you are a person with rights like "
                "everyone else."
            ),
            steps(
                "When you are stopped or questioned",
                (
                    "Stay calm and safe",
                    "Speak slowly and clearly. If you feel in danger, put your safety first.",
                ),
                (
                    "Ask who you are dealing with",
                    "You can ask for their name, their unit and the reason you are being checked.",
                ),
                (
                    "Read the record carefully before you sign",
                    "The record has a place for your own statement. If you disagree with "
                    "anything, say so clearly and ask for your view to be written down.",
                ),
                (
                    "Keep the papers you are given",
                    "If a decision to impose a penalty is made, ask for your copy and keep it: "
                    "you need it if you want to complain.",
                ),
                (
                    "Get legal help",
                    "You can ask a legal aid organisation before deciding what to do next.",
                ),
            ),
            callout(
                "warning",
                "No one may harm you",
                "No one may beat, threaten or insult you, or demand money, gifts or sex from "
                "you. If this happens, you have the right to complain and to report it. When "
                "you are safe, write down when and where it happened and what happened.",
            ),
            cite(
                c,
                DECREE_282,
                note="Sets out administrative violations, the penalties, who may impose them "
                "and how.",
            ),
            faq(
                "Questions people ask",
                (
                    "Do I have to sign the record?",
                    "Read it carefully before signing. If you disagree with what it says, say "
                    "so and ask for your view to be written in the record. If you are not sure, "
                    "ask a legal aid service.",
                ),
                (
                    "Can I complain about a penalty decision?",
                    "Yes. You have the right to complain about a decision you think is wrong. "
                    "A legal aid service can help you write the complaint.",
                ),
            ),
            cta(
                "Need someone to help now?",
                "Support and legal advice phone lines, free and confidential.",
                c["pages"]["get-help"],
                label="See how to get help",
            ),
        ),
    }


# 2. Selling sex and administrative sanctions


def sanctions_vi(c):
    return {
        "title": "Bán dâm và xử phạt hành chính: những điều cần biết",
        "slug": "ban-dam-va-xu-phat-hanh-chinh",
        "summary": (
            "Theo pháp luật Việt Nam, bán dâm là hành vi bị cấm và bị xử phạt vi phạm hành "
            "chính, không phải tội phạm hình sự. Bài viết giải thích điều đó có nghĩa là gì, "
            "và khi nào người khác mới là người phạm tội."
        ),
        "body": stream(
            ("heading", "Vi phạm hành chính, không phải tội phạm"),
            paragraph(
                "Pháp lệnh Phòng, chống mại dâm giải thích thế nào là bán dâm, mua dâm và mại "
                "dâm. Người bán dâm có thể bị xử phạt vi phạm hành chính theo nghị định về xử "
                "phạt trong lĩnh vực phòng, chống tệ nạn xã hội. Bán dâm không bị xử lý như một "
                "tội phạm hình sự."
            ),
            cite(
                c,
                ORDINANCE,
                reference="Điều 3",
                note="Giải thích các từ ngữ: bán dâm, mua dâm, mại dâm.",
            ),
            cite(
                c,
                DECREE_282,
                note="Nghị định hiện hành quy định hành vi vi phạm, hình thức và mức xử phạt.",
            ),
            callout(
                "info",
                "Mức phạt có thể thay đổi",
                "Mức phạt cụ thể do nghị định quy định và có thể được sửa đổi. Hãy hỏi trợ "
                "giúp pháp lý để biết quy định đang áp dụng cho trường hợp của bạn.",
            ),
            ("heading", "Khi người khác mới là người phạm tội"),
            paragraph(
                "Ép buộc người khác bán dâm, chứa mại dâm, môi giới mại dâm, hay mua dâm người "
                "dưới 18 tuổi là những hành vi có thể bị xử lý hình sự. Nếu ai đó ép buộc bạn, "
                "đe doạ bạn hay giữ giấy tờ của bạn, người đó đang vi phạm pháp luật nghiêm "
                "trọng. Bạn có quyền được bảo vệ và được hỗ trợ."
            ),
            cite(
                c,
                DECREE_178,
                note="Hướng dẫn chi tiết một số điều của Pháp lệnh.",
            ),
            cite(
                c,
                CIRCULAR_05,
                note="Hướng dẫn các cơ quan thực hiện Nghị định 178/2004/NĐ-CP.",
            ),
        ),
    }


def sanctions_en(c):
    return {
        "title": "Selling sex and administrative sanctions: what to know",
        "slug": "selling-sex-and-administrative-sanctions",
        "summary": (
            "Under Vietnamese law, selling sex is prohibited and punished with administrative "
            "sanctions; it is not a criminal offence. This article explains what that means, "
            "and when it is someone else who commits a crime."
        ),
        "body": stream(
            ("heading", "An administrative violation, not a crime"),
            paragraph(
                "The Ordinance on Prostitution Prevention and Control defines selling sex, "
                "buying sex and prostitution. A person who sells sex may receive an "
                "administrative sanction under the decree on sanctions in the field of "
                "preventing social evils. Selling sex is not dealt with as a criminal offence."
            ),
            cite(
                c,
                ORDINANCE,
                reference="Article 3",
                note="Defines the terms: selling sex, buying sex, prostitution.",
            ),
            cite(
                c,
                DECREE_282,
                note="The current decree setting out the violations, the kinds of sanction and "
                "their levels.",
            ),
            callout(
                "info",
                "Penalties can change",
                "The exact penalties are set by decree and can be amended. Ask a legal aid "
                "service which rules apply to your situation.",
            ),
            ("heading", "When someone else commits a crime"),
            paragraph(
                "Forcing another person to sell sex, running a place where sex is sold, "
                "brokering sex, or buying sex from someone under 18 are acts that can be "
                "prosecuted as crimes. If someone forces you, threatens you or keeps your "
                "papers, they are seriously breaking the law. You have the right to protection "
                "and support."
            ),
            cite(
                c,
                DECREE_178,
                note="Sets out in detail how some articles of the Ordinance are applied.",
            ),
            cite(
                c,
                CIRCULAR_05,
                note="Guides agencies in applying Decree 178/2004/NĐ-CP.",
            ),
        ),
    }


# 3. HIV and STI prevention


def hiv_prevention_vi(c):
    return {
        "title": "Phòng HIV và các bệnh lây truyền qua đường tình dục: PrEP, PEP và xét nghiệm",
        "slug": "phong-hiv-prep-pep-xet-nghiem",
        "summary": (
            "Bao cao su, PrEP, PEP và xét nghiệm định kỳ giúp bạn chủ động bảo vệ sức khoẻ. "
            "Nhiều nơi tư vấn và xét nghiệm miễn phí, giữ bí mật và không phán xét."
        ),
        "body": stream(
            ("heading", "Những cách bảo vệ bạn"),
            bullets(
                "<b>Bao cao su và chất bôi trơn</b> giúp phòng HIV, các bệnh lây truyền qua "
                "đường tình dục khác và mang thai ngoài ý muốn.",
                "<b>PrEP</b> là thuốc uống để phòng HIV <i>trước</i> khi có nguy cơ, dành cho "
                "người có nguy cơ cao. Bạn dùng theo hướng dẫn của nhân viên y tế và được "
                "kiểm tra định kỳ.",
                "<b>PEP</b> là thuốc dùng <i>sau</i> khi có nguy cơ nhiễm HIV, ví dụ khi bao "
                "cao su bị rách hoặc khi bị cưỡng hiếp.",
                "<b>Xét nghiệm định kỳ</b> giúp phát hiện sớm và điều trị sớm.",
            ),
            callout(
                "warning",
                "PEP: càng sớm càng tốt, trong vòng 72 giờ",
                "PEP chỉ có hiệu quả khi bắt đầu trong vòng 72 giờ sau khi có nguy cơ. Đừng "
                "chờ đợi: hãy đến cơ sở y tế ngay.",
            ),
            steps(
                "Nếu bạn vừa có quan hệ không an toàn",
                ("Đến cơ sở y tế càng sớm càng tốt", "Không đợi quá 72 giờ."),
                ("Nói rằng bạn cần PEP", "Nhân viên y tế sẽ tư vấn và xét nghiệm cho bạn."),
                (
                    "Dùng thuốc đủ liệu trình",
                    "Uống thuốc đều đặn theo hướng dẫn, không tự ngừng giữa chừng.",
                ),
                ("Xét nghiệm lại theo hẹn", "Để chắc chắn bạn vẫn khoẻ mạnh."),
            ),
            faq(
                "Câu hỏi thường gặp",
                (
                    "PrEP có phòng được các bệnh khác không?",
                    "Không. PrEP chỉ phòng HIV. Hãy dùng bao cao su để phòng các bệnh lây "
                    "truyền qua đường tình dục khác.",
                ),
                (
                    "Kết quả xét nghiệm có được giữ bí mật không?",
                    "Có. Pháp luật yêu cầu giữ bí mật kết quả xét nghiệm HIV. Nhân viên y tế "
                    "không được cho người khác biết khi bạn chưa đồng ý, trừ những trường hợp "
                    "pháp luật quy định.",
                ),
                (
                    "Người có HIV có thể sống khoẻ mạnh không?",
                    "Có. Người có HIV điều trị ARV đều đặn có thể sống khoẻ mạnh lâu dài. Khi "
                    "tải lượng vi-rút dưới ngưỡng phát hiện, HIV không lây qua đường tình dục.",
                ),
            ),
            cta(
                "Tìm nơi xét nghiệm và tư vấn",
                "Miễn phí hoặc chi phí thấp, giữ bí mật.",
                c["pages"]["get-help"],
                label="Xem nơi có thể giúp bạn",
            ),
        ),
    }


def hiv_prevention_en(c):
    return {
        "title": "Preventing HIV and sexually transmitted infections: PrEP, PEP and testing",
        "slug": "preventing-hiv-prep-pep-testing",
        "summary": (
            "Condoms, PrEP, PEP and regular testing help you take charge of your health. Many "
            "places offer counselling and testing free of charge, confidentially and without "
            "judgement."
        ),
        "body": stream(
            ("heading", "Ways to protect yourself"),
            bullets(
                "<b>Condoms and lubricant</b> help prevent HIV, other sexually transmitted "
                "infections and unwanted pregnancy.",
                "<b>PrEP</b> is medicine taken to prevent HIV <i>before</i> a risk, for people "
                "at higher risk. You take it as a health worker advises and have regular "
                "check-ups.",
                "<b>PEP</b> is medicine taken <i>after</i> a possible exposure to HIV, for "
                "example when a condom breaks or after rape.",
                "<b>Regular testing</b> means early diagnosis and early treatment.",
            ),
            callout(
                "warning",
                "PEP: as soon as possible, within 72 hours",
                "PEP only works if you start it within 72 hours of the exposure. Do not wait: "
                "go to a clinic or hospital now.",
            ),
            steps(
                "If you have just had unsafe sex",
                (
                    "Go to a clinic or hospital as soon as you can",
                    "Do not wait more than 72 hours.",
                ),
                ("Say that you need PEP", "A health worker will advise and test you."),
                (
                    "Take the full course",
                    "Take the medicine regularly as advised, and do not stop half way.",
                ),
                ("Test again when you are asked to", "To make sure you are still healthy."),
            ),
            faq(
                "Questions people ask",
                (
                    "Does PrEP prevent other infections?",
                    "No. PrEP only prevents HIV. Use condoms to prevent other sexually "
                    "transmitted infections.",
                ),
                (
                    "Are test results kept confidential?",
                    "Yes. The law requires HIV test results to be kept confidential. Health "
                    "workers may not tell anyone without your consent, except where the law "
                    "says so.",
                ),
                (
                    "Can people with HIV live healthy lives?",
                    "Yes. People with HIV who take their treatment (ARV) regularly can live "
                    "long, healthy lives. When the virus is undetectable, HIV is not passed on "
                    "through sex.",
                ),
            ),
            cta(
                "Find testing and counselling",
                "Free or low cost, and confidential.",
                c["pages"]["get-help"],
                label="See where you can get help",
            ),
        ),
    }


# 4. Preferential loans


def loans_vi(c):
    return {
        "title": "Vay vốn ưu đãi từ Ngân hàng Chính sách xã hội: ai được vay và vay thế nào",
        "slug": "vay-von-uu-dai",
        "summary": (
            "Ngân hàng Chính sách xã hội cho một số nhóm người vay với lãi suất thấp để làm ăn, "
            "học nghề hay tạo việc làm. Đây là cách tìm hiểu bạn có được vay không và cần làm "
            "gì."
        ),
        "body": stream(
            paragraph(
                "Ngân hàng Chính sách xã hội cho vay ưu đãi theo các chương trình của Nhà nước, "
                "ví dụ cho hộ nghèo, hộ cận nghèo hay người cần vốn để tạo việc làm. Chương "
                "trình phòng, chống mại dâm của thành phố hỗ trợ người bán dâm tiếp cận các "
                "khoản vay này."
            ),
            paragraph(
                "Ở mỗi phường, xã, việc cho vay thường được thực hiện qua tổ tiết kiệm và vay "
                "vốn, do các tổ chức như Hội Liên hiệp Phụ nữ quản lý. Đây là nơi bạn có thể "
                "hỏi đầu tiên."
            ),
            steps(
                "Các bước để vay vốn",
                (
                    "Tìm hiểu chương trình phù hợp",
                    "Hỏi cán bộ hỗ trợ, Hội Liên hiệp Phụ nữ hoặc tổ tiết kiệm và vay vốn nơi "
                    "bạn đang sống.",
                ),
                (
                    "Chuẩn bị phương án sử dụng vốn",
                    "Bạn định dùng tiền vay làm gì, cần bao nhiêu, trả nợ thế nào.",
                ),
                (
                    "Chuẩn bị giấy tờ theo hướng dẫn",
                    "Giấy tờ cần có tuỳ từng chương trình; hãy hỏi rõ trước khi nộp.",
                ),
                (
                    "Chờ xét duyệt và nhận vốn",
                    "Hồ sơ được xác nhận ở địa phương và ngân hàng xét duyệt.",
                ),
            ),
            (
                "document",
                {
                    "document": c["downloads"].pk,
                    "title": "",
                    "description": "Một danh sách ngắn để mang theo khi đi hỏi vay.",
                },
            ),
            callout(
                "safety",
                "Cẩn thận với tín dụng đen",
                "Đừng vay của người cho vay nặng lãi trên mạng hay ngoài đường. Chương trình vay "
                "chính thức không bắt bạn nộp tiền trước và không giữ giấy tờ tuỳ thân bản gốc "
                "của bạn.",
            ),
            faq(
                "Câu hỏi thường gặp",
                (
                    "Tôi không thường trú ở TP. Hồ Chí Minh thì có vay được không?",
                    "Điều kiện tuỳ theo từng chương trình và nơi bạn cư trú. Hãy hỏi tổ tiết "
                    "kiệm và vay vốn hoặc Hội Liên hiệp Phụ nữ nơi bạn đang sống.",
                ),
                (
                    "Tôi có phải kể về công việc trước đây không?",
                    "Không bắt buộc. Hãy chia sẻ những gì bạn thấy thoải mái. Cán bộ hỗ trợ "
                    "cần tôn trọng quyền riêng tư của bạn.",
                ),
            ),
        ),
    }


def loans_en(c):
    return {
        "title": (
            "Preferential loans from the Vietnam Bank for Social Policies: who can borrow and how"
        ),
        "slug": "preferential-loans",
        "summary": (
            "The Vietnam Bank for Social Policies (Ngân hàng Chính sách xã hội) lends to some "
            "groups of people at low interest, to start a business, learn a trade or create a "
            "job. Here is how to find out whether you can borrow and what to do."
        ),
        "body": stream(
            paragraph(
                "The Vietnam Bank for Social Policies makes preferential loans under State "
                "programmes, for example to poor and near-poor households or to people who need "
                "money to create a job. The city's programme to prevent prostitution helps "
                "people who sell sex to reach these loans."
            ),
            paragraph(
                "In each ward or commune, loans usually go through a savings and loan group "
                "run by organisations such as the Women's Union. That is a good place to ask "
                "first."
            ),
            steps(
                "Steps to take a loan",
                (
                    "Find the right programme",
                    "Ask an outreach worker, the Women's Union or the savings and loan group "
                    "where you live.",
                ),
                (
                    "Plan how you will use the money",
                    "What the loan is for, how much you need, and how you will repay it.",
                ),
                (
                    "Prepare the papers you are asked for",
                    "They differ from programme to programme; ask before you apply.",
                ),
                (
                    "Wait for approval and receive the loan",
                    "Your application is confirmed locally and approved by the bank.",
                ),
            ),
            (
                "document",
                {
                    "document": c["downloads"].pk,
                    "title": "",
                    "description": "A short list to take with you when you ask about a loan.",
                },
            ),
            callout(
                "safety",
                "Beware of loan sharks",
                "Do not borrow from high-interest lenders online or on the street. Official "
                "loan programmes never ask you to pay money first, and never keep your original "
                "identity papers.",
            ),
            faq(
                "Questions people ask",
                (
                    "I am not a permanent resident of Ho Chi Minh City. Can I still borrow?",
                    "It depends on the programme and where you live. Ask the savings and loan "
                    "group or the Women's Union where you live now.",
                ),
                (
                    "Do I have to talk about my past work?",
                    "No. Share only what you are comfortable with. Support workers should "
                    "respect your privacy.",
                ),
            ),
        ),
    }


# 5. Vocational training and jobs


def training_vi(c):
    return {
        "title": "Học nghề và tìm việc làm: những hỗ trợ bạn có thể nhận",
        "slug": "hoc-nghe-va-viec-lam",
        "summary": (
            "Có những khoá học nghề miễn phí hoặc được hỗ trợ học phí, và những nơi tư vấn, "
            "giới thiệu việc làm không mất phí. Bạn là người quyết định con đường của mình."
        ),
        "body": stream(
            paragraph(
                "Nếu bạn muốn học một nghề mới hoặc tìm một công việc khác, bạn không phải tự "
                "xoay xở một mình. Thành phố có các khoá học nghề ngắn hạn và các trung tâm "
                "dịch vụ việc làm tư vấn, giới thiệu việc làm miễn phí."
            ),
            steps(
                "Bắt đầu từ đâu",
                (
                    "Nói chuyện với cán bộ hỗ trợ",
                    "Cán bộ xã hội ở phường, xã hoặc nhân viên của các nhóm cộng đồng có thể "
                    "giới thiệu khoá học phù hợp.",
                ),
                (
                    "Chọn nghề bạn thích",
                    "Hãy hỏi về thời gian học, học phí, và cơ hội việc làm sau khi học.",
                ),
                (
                    "Hỏi về hỗ trợ trong lúc học",
                    "Một số chương trình hỗ trợ học phí hoặc chi phí đi lại.",
                ),
                (
                    "Tìm việc làm",
                    "Trung tâm dịch vụ việc làm tư vấn và giới thiệu việc làm, và tổ chức các "
                    "phiên giao dịch việc làm.",
                ),
            ),
            cite(
                c,
                ORDINANCE,
                note="Văn bản chính về phòng, chống mại dâm, trong đó có các biện pháp hỗ trợ.",
            ),
            faq(
                "Câu hỏi thường gặp",
                (
                    "Học nghề có mất tiền không?",
                    "Nhiều khoá học được hỗ trợ toàn bộ hoặc một phần học phí cho người thuộc "
                    "diện được hỗ trợ. Hãy hỏi rõ trước khi đăng ký.",
                ),
                (
                    "Người ta có biết về công việc trước đây của tôi không?",
                    "Bạn không phải kể nếu không muốn. Thông tin của bạn cần được giữ bí mật.",
                ),
            ),
        ),
    }


def training_en(c):
    return {
        "title": "Vocational training and finding a job: the support you can get",
        "slug": "vocational-training-and-jobs",
        "summary": (
            "There are free or subsidised vocational courses, and places that give job advice "
            "and job referrals free of charge. You decide which path to take."
        ),
        "body": stream(
            paragraph(
                "If you want to learn a new trade or find another job, you do not have to "
                "manage on your own. The city has short vocational courses, and employment "
                "service centres give job advice and referrals free of charge."
            ),
            steps(
                "Where to start",
                (
                    "Talk to a support worker",
                    "The social worker of your ward or commune, or staff of community groups, "
                    "can suggest a suitable course.",
                ),
                (
                    "Choose a trade you like",
                    "Ask how long the course is, what it costs and what jobs it can lead to.",
                ),
                (
                    "Ask about support while you study",
                    "Some programmes help with fees or travel costs.",
                ),
                (
                    "Look for work",
                    "Employment service centres give advice, refer you to jobs and hold job fairs.",
                ),
            ),
            cite(
                c,
                ORDINANCE,
                note="The main legal text on preventing prostitution, including support measures.",
            ),
            faq(
                "Questions people ask",
                (
                    "Do courses cost money?",
                    "Many courses are fully or partly paid for people who are eligible for "
                    "support. Ask before you sign up.",
                ),
                (
                    "Will people know about my past work?",
                    "You do not have to talk about it if you do not want to. Your information "
                    "should be kept confidential.",
                ),
            ),
        ),
    }


# 6. Reducing stigma


def stigma_vi(c):
    return {
        "title": "Cùng giảm kỳ thị: nói và làm sao cho tôn trọng",
        "slug": "cung-giam-ky-thi",
        "summary": (
            "Kỳ thị khiến người bán dâm ngại đi khám bệnh, ngại báo khi bị bạo lực và khó tìm "
            "việc làm. Vài thay đổi nhỏ trong cách nói và cách đối xử có thể tạo ra khác biệt "
            "lớn."
        ),
        "body": stream(
            paragraph(
                "Người bán dâm cũng là con, là mẹ, là bạn bè và hàng xóm của chúng ta. Họ có "
                "quyền được đối xử tôn trọng, được chăm sóc sức khoẻ và được bảo vệ như mọi "
                "người khác."
            ),
            (
                "image",
                {
                    "image": c["images"]["together"].pk,
                    "alt_text": "Hình vẽ ba vòng tròn màu đan vào nhau.",
                    "caption": "Ai cũng cần được lắng nghe.",
                },
            ),
            ("heading", "Lời nói có sức mạnh"),
            paragraph(
                "Hãy dùng cụm từ “người bán dâm”, hoặc hỏi người đó muốn được gọi thế nào. "
                "Tránh những từ miệt thị, xúc phạm, kể cả khi nói đùa."
            ),
            (
                "quote",
                {
                    "quote": "Điều tôi cần nhất là được đối xử như một con người.",
                    "attribution": "Lời kể minh hoạ",
                },
            ),
            steps(
                "Khi một người thân chia sẻ với bạn",
                ("Lắng nghe", "Đừng vội khuyên hay phán xét."),
                ("Cảm ơn vì họ đã tin tưởng bạn", "Chia sẻ điều này không hề dễ dàng."),
                ("Giữ bí mật", "Đừng kể lại với người khác khi chưa được đồng ý."),
                ("Hỏi họ cần gì", "Giới thiệu dịch vụ hỗ trợ nếu họ muốn."),
            ),
            cta(
                "Giới thiệu dịch vụ hỗ trợ",
                "Những nơi có thể giúp, miễn phí và giữ bí mật.",
                c["pages"]["get-help"],
            ),
        ),
    }


def stigma_en(c):
    return {
        "title": "Reducing stigma: speaking and acting with respect",
        "slug": "reducing-stigma",
        "summary": (
            "Stigma keeps people who sell sex away from health care, makes them afraid to "
            "report violence and makes it harder to find work. Small changes in how we speak "
            "and act can make a big difference."
        ),
        "body": stream(
            paragraph(
                "People who sell sex are also our children, mothers, friends and neighbours. "
                "They have the right to be treated with respect, to receive health care and to "
                "be protected like everyone else."
            ),
            (
                "image",
                {
                    "image": c["images"]["together"].pk,
                    "alt_text": "Drawing of three coloured circles overlapping one another.",
                    "caption": "Everyone needs to be heard.",
                },
            ),
            ("heading", "Words matter"),
            paragraph(
                "Say “people who sell sex”, or ask the person how they would like to be called. "
                "Avoid demeaning or insulting words, even as a joke."
            ),
            (
                "quote",
                {
                    "quote": "What I needed most was to be treated as a human being.",
                    "attribution": "An illustrative account",
                },
            ),
            steps(
                "When someone close to you confides in you",
                ("Listen", "Do not rush to give advice or to judge."),
                ("Thank them for trusting you", "It is not easy to share this."),
                ("Keep it confidential", "Do not tell anyone else without their consent."),
                ("Ask what they need", "Suggest support services if they want them."),
            ),
            cta(
                "Suggest support services",
                "Places that can help, free and confidential.",
                c["pages"]["get-help"],
            ),
        ),
    }


# 7. Safety online


def online_safety_vi(c):
    return {
        "title": "An toàn trên mạng: bảo vệ thông tin và hình ảnh của bạn",
        "slug": "an-toan-tren-mang",
        "summary": (
            "Điện thoại và mạng xã hội giúp bạn giữ liên lạc, nhưng cũng có thể làm lộ thông "
            "tin của bạn. Vài thói quen đơn giản giúp bạn an toàn hơn, và đây là việc cần làm "
            "nếu bị đe doạ."
        ),
        "body": stream(
            bullets(
                "Dùng mật khẩu mạnh, khác nhau cho mỗi tài khoản, và bật xác minh hai bước.",
                "Cân nhắc dùng một số điện thoại và tài khoản riêng cho công việc.",
                "Trước khi gửi ảnh, hãy nghĩ xem khuôn mặt, hình xăm hay cảnh phía sau có làm "
                "lộ bạn là ai hoặc bạn ở đâu không. Tắt chia sẻ vị trí trong ảnh.",
                "Cẩn thận với lời mời việc làm hay cho vay trên mạng yêu cầu nộp tiền trước "
                "hoặc gửi ảnh giấy tờ tuỳ thân.",
            ),
            callout(
                "safety",
                "Đọc trang này an toàn hơn",
                "Dùng chế độ duyệt web riêng tư và nút Thoát nhanh. Xem cách "
                f"{page_link(c['pages']['browse-safely'], 'duyệt web an toàn')}.",
            ),
            steps(
                "Nếu ai đó đe doạ tung ảnh hoặc thông tin của bạn",
                (
                    "Đừng trả tiền và đừng gửi thêm ảnh",
                    "Trả tiền thường không chấm dứt việc đe doạ.",
                ),
                (
                    "Lưu lại bằng chứng",
                    "Chụp màn hình tin nhắn, tên tài khoản và đường dẫn.",
                ),
                ("Chặn và báo cáo tài khoản", "Hầu hết mạng xã hội đều có chức năng báo cáo."),
                (
                    "Tìm người giúp",
                    "Gọi đường dây hỗ trợ hoặc trợ giúp pháp lý. Đe doạ để đòi tiền là hành vi "
                    "vi phạm pháp luật; bạn có thể báo công an khi thấy an toàn.",
                ),
            ),
        ),
    }


def online_safety_en(c):
    return {
        "title": "Staying safe online: protect your information and photos",
        "slug": "staying-safe-online",
        "summary": (
            "Phones and social media help you stay in touch, but they can also give away "
            "information about you. A few simple habits make you safer, and here is what to do "
            "if someone threatens you."
        ),
        "body": stream(
            bullets(
                "Use strong passwords, a different one for each account, and turn on two-step "
                "verification.",
                "Consider a separate phone number and separate accounts for work.",
                "Before sending a photo, think whether your face, a tattoo or the background "
                "could show who you are or where you are. Turn off location in photos.",
                "Be careful with online job or loan offers that ask you to pay first or to send "
                "photos of your identity papers.",
            ),
            callout(
                "safety",
                "Read this page more safely",
                "Use private browsing and the Quick exit button. Find out how to "
                f"{page_link(c['pages']['browse-safely'], 'browse safely')}.",
            ),
            steps(
                "If someone threatens to share your photos or information",
                ("Do not pay and do not send more photos", "Paying rarely ends the threats."),
                ("Keep evidence", "Take screenshots of messages, account names and links."),
                ("Block and report the account", "Most social networks have a way to report."),
                (
                    "Get help",
                    "Call a support line or a legal aid service. Threatening someone to get "
                    "money is against the law; you can report it to the police when you feel "
                    "safe.",
                ),
            ),
        ),
    }


# 8. How to reach counselling (made last: it links to articles made before it)


def counselling_vi(c):
    return {
        "title": "Cách tìm tư vấn tâm lý và trợ giúp pháp lý",
        "slug": "tim-tu-van-va-tro-giup-phap-ly",
        "summary": (
            "Bạn không phải một mình đối mặt với khó khăn. Có những người sẵn sàng lắng nghe "
            "và giúp đỡ, miễn phí và giữ bí mật. Đây là cách liên hệ và những điều bạn có thể "
            "mong đợi."
        ),
        "body": stream(
            ("heading", "Bạn có thể liên hệ ở đâu"),
            bullets(
                "<b>Đường dây hỗ trợ:</b> gọi để được lắng nghe và được giới thiệu dịch vụ phù "
                "hợp. Xem số điện thoại ở trang "
                f"{page_link(c['pages']['get-help'], 'Cần hỗ trợ ngay')}.",
                "<b>Nhóm cộng đồng và đồng đẳng:</b> những người hiểu hoàn cảnh của bạn và có "
                "thể đi cùng bạn đến dịch vụ.",
                "<b>Trung tâm trợ giúp pháp lý nhà nước:</b> tư vấn pháp luật. Một số người, ví "
                "dụ người thuộc hộ nghèo, được trợ giúp pháp lý miễn phí theo quy định của "
                "pháp luật.",
            ),
            (
                "quote",
                {
                    "quote": "Cuộc gọi đầu tiên là khó nhất. Sau đó tôi thấy nhẹ lòng hơn nhiều.",
                    "attribution": "Lời kể minh hoạ",
                },
            ),
            steps(
                "Trước khi gọi",
                ("Tìm một nơi riêng tư", "Nơi bạn có thể nói chuyện mà không bị nghe thấy."),
                ("Nghĩ xem bạn cần gì", "Được lắng nghe, được tư vấn, hay cần giúp ngay."),
                ("Bạn không cần nói tên thật", "Nhiều dịch vụ không yêu cầu tên thật."),
            ),
            faq(
                "Câu hỏi thường gặp",
                (
                    "Tư vấn có mất tiền không?",
                    "Nhiều dịch vụ tư vấn và trợ giúp pháp lý là miễn phí. Hãy hỏi trước khi "
                    "bắt đầu.",
                ),
                (
                    "Những gì tôi kể có bị nói với người khác không?",
                    "Người tư vấn phải giữ bí mật. Nếu lo lắng, hãy hỏi họ ngay từ đầu thông "
                    "tin của bạn được giữ thế nào.",
                ),
            ),
            cta(
                "Cần hỗ trợ ngay?",
                "Số điện thoại khẩn cấp và những nơi có thể giúp bạn.",
                c["pages"]["get-help"],
            ),
        ),
    }


def counselling_en(c):
    return {
        "title": "How to reach counselling and legal help",
        "slug": "counselling-and-legal-help",
        "summary": (
            "You do not have to face difficulties alone. There are people ready to listen and "
            "help, free of charge and in confidence. Here is how to reach them and what you can "
            "expect."
        ),
        "body": stream(
            ("heading", "Where you can turn"),
            bullets(
                "<b>Support lines:</b> call to be listened to and referred to the right "
                f"service. See the numbers on {page_link(c['pages']['get-help'], 'Get help now')}.",
                "<b>Community and peer groups:</b> people who understand your situation and "
                "can go with you to services.",
                "<b>State legal aid centres:</b> legal advice. Some people, for example those "
                "in poor households, are entitled to free legal aid by law.",
            ),
            (
                "quote",
                {
                    "quote": "The first call is the hardest. Afterwards I felt so much lighter.",
                    "attribution": "An illustrative account",
                },
            ),
            steps(
                "Before you call",
                ("Find a private place", "Where you can talk without being overheard."),
                (
                    "Think about what you need",
                    "To be listened to, advice, or help right now.",
                ),
                ("You do not need to give your real name", "Many services do not ask for it."),
            ),
            faq(
                "Questions people ask",
                (
                    "Does counselling cost money?",
                    "Many counselling and legal aid services are free. Ask before you start.",
                ),
                (
                    "Will what I say be passed on to others?",
                    "Counsellors must keep what you say confidential. If you are worried, ask "
                    "them at the start how your information is kept.",
                ),
            ),
            cta(
                "Need help now?",
                "Emergency numbers and places that can help you.",
                c["pages"]["get-help"],
            ),
        ),
    }


ARTICLES = [
    {
        "key": "sanctions",
        "days_old": 420,
        "due": True,  # the law changes: this one is due for review
        "owner_team": LEGAL_TEAM_VI,
        "topics": ["quyen-va-phap-luat"],
        "audiences": ["nguoi-ban-dam", "gia-dinh-ban-be", "cong-dong"],
        "vi": sanctions_vi,
        "en": sanctions_en,
    },
    {
        "key": "rights-when-stopped",
        "days_old": 40,
        "owner_team": LEGAL_TEAM_VI,
        "topics": ["quyen-va-phap-luat", "an-toan"],
        "audiences": ["nguoi-ban-dam"],
        "related": ["sanctions"],
        "vi": rights_when_stopped_vi,
        "en": rights_when_stopped_en,
    },
    {
        "key": "hiv-prevention",
        "days_old": 35,
        "owner_team": HEALTH_TEAM,
        "topics": ["suc-khoe"],
        "audiences": ["nguoi-ban-dam", "can-bo-ho-tro"],
        "vi": hiv_prevention_vi,
        "en": hiv_prevention_en,
    },
    {
        "key": "loans",
        "days_old": 30,
        "owner_team": SUPPORT_TEAM,
        "topics": ["viec-lam-va-vay-von"],
        "audiences": ["nguoi-ban-dam", "can-bo-ho-tro"],
        "vi": loans_vi,
        "en": loans_en,
    },
    {
        "key": "training",
        "days_old": 25,
        "owner_team": SUPPORT_TEAM,
        "topics": ["viec-lam-va-vay-von"],
        "audiences": ["nguoi-ban-dam"],
        "vi": training_vi,
        "en": training_en,
    },
    {
        "key": "stigma",
        "days_old": 20,
        "owner_team": SUPPORT_TEAM,
        "topics": ["chong-ky-thi"],
        "audiences": ["cong-dong", "gia-dinh-ban-be", "can-bo-ho-tro"],
        "vi": stigma_vi,
        "en": stigma_en,
    },
    {
        "key": "online-safety",
        "days_old": 15,
        "owner_team": SUPPORT_TEAM,
        "topics": ["an-toan"],
        "audiences": ["nguoi-ban-dam"],
        "vi": online_safety_vi,
        "en": online_safety_en,
    },
    {
        "key": "counselling",
        "days_old": 10,
        "owner_team": SUPPORT_TEAM,
        "topics": ["tu-van-ho-tro", "quyen-va-phap-luat"],
        "audiences": ["nguoi-ban-dam", "gia-dinh-ban-be"],
        "related": ["rights-when-stopped", "hiv-prevention", "loans"],
        "vi": counselling_vi,
        "en": counselling_en,
    },
]
