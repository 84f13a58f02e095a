"""Demo content of the articles app: topics, audiences, the legal documents named in the
city's plan, the article index, the legal library and eight articles, in both languages.

Run by `manage.py load_demo_content`; see portal/demo.py for the rules loaders follow.
The articles themselves are in articles/demo_articles.py.
"""

import datetime
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.utils.file import hash_filelike

from articles import demo_articles
from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticlePageRelatedArticle,
    Audience,
    LegalDocument,
    LegalDocumentIndexPage,
    Topic,
)
from portal.demo import DemoContent, save_snippet

# (slug, Vietnamese name, English name). The slug is shared by both languages.
TOPICS = [
    ("quyen-va-phap-luat", "Quyền và pháp luật", "Rights and the law"),
    ("suc-khoe", "Sức khoẻ", "Health"),
    ("tu-van-ho-tro", "Tư vấn và hỗ trợ", "Counselling and support"),
    ("viec-lam-va-vay-von", "Việc làm và vay vốn", "Jobs and loans"),
    ("an-toan", "An toàn", "Safety"),
    ("chong-ky-thi", "Chống kỳ thị", "Ending stigma"),
]

AUDIENCES = [
    ("nguoi-ban-dam", "Người bán dâm", "People who sell sex"),
    ("gia-dinh-ban-be", "Gia đình và bạn bè", "Family and friends"),
    ("cong-dong", "Cộng đồng", "The public"),
    ("can-bo-ho-tro", "Cán bộ và tình nguyện viên hỗ trợ", "Outreach workers and volunteers"),
]

Types = LegalDocument.DocumentType
Status = LegalDocument.Status

# The documents named in the city's plan. Dates and statuses are only those that could be
# checked (see docs/articles.md); the others are left blank or "not checked" for editors to
# complete from the official text. No official address was checked, so none is given.
LEGAL_DOCUMENTS = [
    {
        "number": "10/2003/PL-UBTVQH11",
        "document_type": Types.ORDINANCE,
        "issued_date": datetime.date(2003, 3, 17),
        "effective_date": datetime.date(2003, 7, 1),
        "status": Status.IN_FORCE,
        "vi": {
            "title": "Pháp lệnh Phòng, chống mại dâm",
            "issuing_body": "Ủy ban Thường vụ Quốc hội",
            "summary": (
                "Văn bản chính về phòng, chống mại dâm: giải thích các khái niệm, nêu các biện "
                "pháp phòng ngừa và trách nhiệm của cơ quan, tổ chức, gia đình và cá nhân."
            ),
        },
        "en": {
            "title": "Ordinance on Prostitution Prevention and Control",
            "issuing_body": "Standing Committee of the National Assembly",
            "summary": (
                "The main legal text on preventing prostitution: it defines the terms used, "
                "sets out prevention measures and the duties of agencies, organisations, "
                "families and individuals."
            ),
        },
    },
    {
        "number": "178/2004/NĐ-CP",
        "document_type": Types.DECREE,
        "issued_date": datetime.date(2004, 10, 15),
        "effective_date": None,
        "status": Status.NOT_CHECKED,
        "vi": {
            "title": (
                "Nghị định quy định chi tiết thi hành một số điều của Pháp lệnh Phòng, chống "
                "mại dâm"
            ),
            "issuing_body": "Chính phủ",
            "summary": "Hướng dẫn chi tiết cách thực hiện một số điều của Pháp lệnh.",
        },
        "en": {
            "title": (
                "Decree detailing the implementation of certain articles of the Ordinance on "
                "Prostitution Prevention and Control"
            ),
            "issuing_body": "The Government",
            "summary": "Sets out in detail how some articles of the Ordinance are applied.",
        },
    },
    {
        "number": "05/2006/TT-BLĐTBXH",
        "document_type": Types.CIRCULAR,
        "issued_date": None,
        "effective_date": None,
        "status": Status.NOT_CHECKED,
        "vi": {
            "title": "Thông tư hướng dẫn thực hiện Nghị định 178/2004/NĐ-CP",
            "issuing_body": "Bộ Lao động – Thương binh và Xã hội",
            "summary": "Hướng dẫn các cơ quan thực hiện Nghị định 178/2004/NĐ-CP (năm 2006).",
        },
        "en": {
            "title": "Circular guiding the implementation of Decree 178/2004/NĐ-CP",
            "issuing_body": "Ministry of Labour, Invalids and Social Affairs",
            "summary": "Guides agencies in applying Decree 178/2004/NĐ-CP (2006).",
        },
    },
    {
        "number": "144/2021/NĐ-CP",
        "document_type": Types.DECREE,
        "issued_date": datetime.date(2021, 12, 31),
        "effective_date": datetime.date(2022, 1, 1),
        "status": Status.REPLACED,
        "vi": {
            "title": (
                "Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật "
                "tự, an toàn xã hội; phòng, chống tệ nạn xã hội; phòng cháy, chữa cháy; cứu "
                "nạn, cứu hộ; phòng, chống bạo lực gia đình"
            ),
            "issuing_body": "Chính phủ",
            "summary": (
                "Quy định các hành vi vi phạm hành chính, hình thức và mức xử phạt, thẩm quyền "
                "và thủ tục xử phạt trong các lĩnh vực này. Thay thế Nghị định 167/2013/NĐ-CP; "
                "nay được thay bằng Nghị định 282/2025/NĐ-CP."
            ),
        },
        "en": {
            "title": (
                "Decree on administrative sanctions in the fields of security, public order "
                "and social safety; prevention of social evils; fire prevention and fighting; "
                "rescue; and prevention of domestic violence"
            ),
            "issuing_body": "The Government",
            "summary": (
                "Sets out the administrative violations in these fields, the kinds and levels "
                "of sanctions, and who may impose them and how. It replaced Decree "
                "167/2013/NĐ-CP and has itself been replaced by Decree 282/2025/NĐ-CP."
            ),
        },
    },
    {
        # The current sanctions decree, issued on the Minister of Public Security's proposal.
        # Its date in force was not checked, so it is left blank for editors to complete.
        "number": "282/2025/NĐ-CP",
        "document_type": Types.DECREE,
        "issued_date": datetime.date(2025, 10, 30),
        "effective_date": None,
        "status": Status.IN_FORCE,
        "vi": {
            "title": (
                "Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật "
                "tự, an toàn xã hội; phòng, chống tệ nạn xã hội; phòng, chống bạo lực gia đình"
            ),
            "issuing_body": "Chính phủ",
            "summary": (
                "Quy định hiện hành về các hành vi vi phạm hành chính, hình thức và mức xử "
                "phạt, thẩm quyền và thủ tục xử phạt, trong đó có lĩnh vực phòng, chống mại "
                "dâm. Thay thế Nghị định 144/2021/NĐ-CP."
            ),
        },
        "en": {
            "title": (
                "Decree on administrative sanctions in the fields of security, public order "
                "and social safety; prevention of social evils; and prevention of domestic "
                "violence"
            ),
            "issuing_body": "The Government",
            "summary": (
                "The current rules on administrative violations in these fields, including "
                "prostitution prevention: the kinds and levels of sanctions, and who may "
                "impose them and how. It replaced Decree 144/2021/NĐ-CP."
            ),
        },
    },
]


def load_demo_content(demo: DemoContent) -> None:
    index = load_pages(demo)
    topics = load_terms(demo, Topic, TOPICS)
    audiences = load_terms(demo, Audience, AUDIENCES)
    documents = load_legal_documents(demo)
    downloads = {
        "vi": demo_document(demo, *demo_articles.LOAN_QUESTIONS_VI),
        "en": demo_document(demo, *demo_articles.LOAN_QUESTIONS_EN),
    }
    load_articles(demo, index, topics, audiences, documents, downloads)


def load_pages(demo):
    """The article index and the legal library; returns the index."""
    index, created = demo.child_page(
        demo.home,
        ArticleIndexPage(
            title="Bài viết",
            slug="bai-viet",
            locale=demo.vietnamese,
            introduction=(
                "Thông tin pháp luật và sức khoẻ bằng lời dễ hiểu: quyền của bạn, cách tìm hỗ "
                "trợ và những điều nên biết để giữ an toàn."
            ),
        ),
    )
    demo.register_page("articles", index, in_header=True, in_footer=True)
    if created:
        demo.translate_page(
            index,
            title="Articles",
            slug="articles",
            introduction=(
                "Legal and health information in plain words: your rights, how to get "
                "support and what to know to stay safe."
            ),
        )
    library, created = demo.child_page(
        demo.home,
        LegalDocumentIndexPage(
            title="Văn bản pháp luật",
            slug="van-ban-phap-luat",
            locale=demo.vietnamese,
            introduction=(
                "Các văn bản pháp luật mà bài viết trên cổng thông tin dựa vào, và những bài "
                "viết giải thích từng văn bản. Hãy đọc văn bản gốc, hoặc hỏi trợ giúp pháp lý, "
                "trước khi dựa vào đó cho trường hợp của bạn."
            ),
        ),
    )
    demo.register_page("legal-documents", library, in_header=True, in_footer=True)
    if created:
        demo.translate_page(
            library,
            title="Legal documents",
            slug="legal-documents",
            introduction=(
                "The legal documents that the articles on this portal rely on, and the "
                "articles that explain each one. Read the official text, or ask a legal aid "
                "service, before relying on it for your own situation."
            ),
        )
    return index


def load_terms(demo, model, terms) -> dict:
    """Topics or audiences by slug, each made (with its translation) if missing."""
    found = {}
    for order, (slug, vietnamese, english) in enumerate(terms):
        term = model.objects.filter(locale=demo.vietnamese, slug=slug).first()
        if term is None:
            term = model(locale=demo.vietnamese, slug=slug, name=vietnamese, sort_order=order)
            save_snippet(term)
            demo.record(model._meta.model_name, vietnamese)
            demo.translate_snippet(term, name=english)
        found[slug] = term
    return found


def load_legal_documents(demo) -> dict:
    found = {}
    for data in LEGAL_DOCUMENTS:
        shared = {key: value for key, value in data.items() if key not in {"vi", "en"}}
        document = LegalDocument.objects.filter(
            locale=demo.vietnamese, number=data["number"]
        ).first()
        if document is None:
            document = LegalDocument(locale=demo.vietnamese, **shared, **data["vi"])
            save_snippet(document)
            demo.record("legal document", document.number)
            demo.translate_snippet(document, **data["en"])
        found[data["number"]] = document
    return found


def demo_document(demo, title, filename, text):
    """The demo document with this title, written as a plain text file if it does not exist."""
    document_model = get_document_model()
    existing = document_model.objects.filter(collection=demo.collection, title=title).first()
    if existing is not None:
        return existing
    content = text.encode()
    document = document_model(
        title=title,
        collection=demo.collection,
        file=ContentFile(content, name=filename),
        file_size=len(content),
        file_hash=hash_filelike(BytesIO(content)),
    )
    document.save()
    demo.record("document", title)
    return document


def load_articles(demo, index, topics, audiences, documents, downloads):
    today = timezone.localdate()
    for spec in demo_articles.ARTICLES:
        days_old = spec["days_old"]
        date = today - datetime.timedelta(days=days_old)
        # One article is already due for review, so that the editors' report shows something.
        last_reviewed = date
        review_due = date + datetime.timedelta(days=365)
        if spec.get("due"):
            review_due = today - datetime.timedelta(days=7)
        context = {
            "pages": demo.pages,
            "documents": documents,
            "downloads": downloads["vi"],
            "images": {"together": together_image(demo)},
        }
        page = ArticlePage(
            locale=demo.vietnamese,
            date=date,
            last_reviewed=last_reviewed,
            review_due=review_due,
            owner_team=spec["owner_team"],
            **spec["vi"](context),
        )
        page.topics = [topics[slug] for slug in spec["topics"]]
        page.audiences = [audiences[slug] for slug in spec["audiences"]]
        page.related_article_links = [
            ArticlePageRelatedArticle(article=demo.pages[f"article:{key}"], sort_order=order)
            for order, key in enumerate(spec.get("related", []))
            if f"article:{key}" in demo.pages
        ]
        page, was_created = demo.child_page(index, page)
        demo.register_page(f"article:{spec['key']}", page)
        if was_created:
            english_context = {
                **context,
                "pages": {key: demo.in_english(found) for key, found in demo.pages.items()},
                "downloads": downloads["en"],
            }
            demo.translate_page(page, **spec["en"](english_context))


def together_image(demo):
    from home.demo_content import paint_circles

    # Made by the home app's loader; painted here only if an editor deleted it.
    return demo.image("Minh hoạ mẫu: ba vòng tròn đan vào nhau", "demo-gan-ket.jpg", paint_circles)
