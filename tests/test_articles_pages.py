"""Articles, the article index and the legal library: what editors can make and readers see."""

import datetime
import html
import json

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import LocaleSynchronization

from articles.blocks import youtube_video_id
from articles.models import (
    ArticleCitation,
    ArticleIndexPage,
    ArticlePage,
    LegalDocumentIndexPage,
)
from articles.models.pages import reading_minutes
from home.models import HomePage, InformationPage
from tests.articles_factories import (
    AudienceFactory,
    LegalDocumentFactory,
    TopicFactory,
    alias_in_english,
    article,
    article_index,
    citation,
    legal_library,
)
from tests.factories import english, publish_translation, site_home, vietnamese

pytestmark = pytest.mark.django_db


def list_block(items):
    """ListBlock form data."""
    data = {
        str(i): {"value": item, "deleted": "", "order": str(i), "id": ""}
        for i, item in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


class TestEditorsCreateArticles(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()
        self.home = site_home()
        self.index = article_index()
        self.document = LegalDocumentFactory(number="178/2004/NĐ-CP", title="Nghị định 178")
        self.topic = TopicFactory(name="Pháp luật", slug="phap-luat")
        AudienceFactory(name="Cộng đồng", slug="cong-dong")

    def test_where_each_page_type_may_live(self):
        self.assertAllowedParentPageTypes(ArticleIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(LegalDocumentIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertAllowedSubpageTypes(LegalDocumentIndexPage, set())
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(InformationPage, ArticleIndexPage)
        self.assertCanNotCreateAt(Page, LegalDocumentIndexPage)

    def test_editor_can_create_an_article_index(self):
        self.assertCanCreate(
            self.home,
            ArticleIndexPage,
            nested_form_data(
                {"title": "Hiểu đúng pháp luật", "slug": "hieu-dung", "introduction": "Giới thiệu."}
            ),
        )

    def test_editor_can_create_a_legal_library(self):
        self.assertCanCreate(
            self.home,
            LegalDocumentIndexPage,
            nested_form_data({"title": "Thư viện văn bản", "slug": "thu-vien", "introduction": ""}),
        )

    def article_form(self, **overrides):
        image = wagtail_factories.ImageFactory()
        data = {
            "title": "Quyền của bạn khi bị kiểm tra",
            "slug": "quyen-khi-bi-kiem-tra",
            "summary": "Những điều bạn có quyền yêu cầu.",
            "date": "2026-03-01",
            "body": streamfield(
                [
                    ("heading", "Bạn có quyền"),
                    ("paragraph", rich_text("<p>Được hỏi lý do.</p>")),
                    (
                        "callout",
                        {"kind": "warning", "heading": "", "text": rich_text("<p>Lưu ý.</p>")},
                    ),
                    ("image", {"image": image.pk, "alt_text": "Minh hoạ", "caption": ""}),
                    ("quote", {"quote": "Tôi đã được giúp.", "attribution": ""}),
                    (
                        "faq",
                        {
                            "heading": "Hỏi đáp",
                            "questions": list_block(
                                [{"question": "Có mất tiền?", "answer": rich_text("<p>Không.</p>")}]
                            ),
                        },
                    ),
                    (
                        "steps",
                        {
                            "heading": "Khi bị dừng lại",
                            "steps": list_block(
                                [{"title": "Giữ bình tĩnh", "text": rich_text("<p>Hỏi lý do.</p>")}]
                            ),
                        },
                    ),
                    (
                        "video",
                        {
                            "title": "Video",
                            "video_url": "https://youtu.be/aaaaaaaaaaa",
                            "thumbnail": "",
                            "description": "",
                            "transcript": rich_text(""),
                        },
                    ),
                    (
                        "legal_citation",
                        {"document": self.document.pk, "reference": "Điều 5", "note": ""},
                    ),
                ]
            ),
            "last_reviewed": "2026-02-01",
            "review_due": "2027-02-01",
            "owner_team": "Nhóm pháp lý",
            "related_article_links": inline_formset([]),
        }
        data.update(overrides)
        # Multiple choices are posted as a list under one name.
        return {**nested_form_data(data), "topics": [self.topic.pk], "audiences": []}

    def test_editor_can_create_an_article_with_every_block(self):
        self.assertCanCreate(self.index, ArticlePage, self.article_form())

        page = ArticlePage.objects.get(slug="quyen-khi-bi-kiem-tra", locale=vietnamese())
        assert list(page.topics.all()) == [self.topic]
        assert [block.block_type for block in page.body][-1] == "legal_citation"
        # Publishing recorded the citation for the legal library.
        assert ArticleCitation.objects.filter(article=page, document=self.document).exists()
        # wagtail-localize follows with an English alias at once.
        alias = ArticlePage.objects.get(translation_key=page.translation_key, locale=english())
        assert alias.alias_of_id == page.pk

    def test_article_editor_is_split_into_tabs(self):
        self.set_english()
        response = self.client.get(f"/admin/pages/add/articles/articlepage/{self.index.pk}/")
        assert response.status_code == 200
        tabs = [
            tab.contents[0].strip()
            for tab in self.soup(response).select('[role="tablist"] [role="tab"]')
        ]
        assert tabs[:3] == ["Content", "Metadata", "Promote"]
        metadata = self.soup(response).select_one("#tab-metadata")
        for name in ["topics", "audiences", "last_reviewed", "review_due", "owner_team"]:
            assert metadata.select(f'[name="{name}"]'), name
        assert metadata.select('[name="related_article_links-TOTAL_FORMS"]')
        # The content tab stays short: title, summary and body.
        content = self.soup(response).select_one("#tab-content")
        assert not content.select('[name="review_due"]')

    def soup(self, response):
        from bs4 import BeautifulSoup

        return BeautifulSoup(response.content, "html.parser")

    def set_english(self):
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "en"
        profile.save()

    def post_article(self, **overrides):
        """Publish a new article from the admin form (drafts may be saved incomplete)."""
        return self.client.post(
            f"/admin/pages/add/articles/articlepage/{self.index.pk}/",
            {**self.article_form(**overrides), "action-publish": "action-publish"},
        )

    def test_review_due_before_the_last_review_is_refused_with_a_clear_message(self):
        self.set_english()
        response = self.post_article(last_reviewed="2026-05-01", review_due="2026-04-01")

        assert response.status_code == 200
        assert not ArticlePage.objects.filter(slug="quyen-khi-bi-kiem-tra").exists()
        errors = response.context["form"].errors
        # The messages are lazy: read them in the editor's language, as the page did.
        with translation.override("en"):
            assert [str(error) for error in errors["review_due"]] == [
                "The next review cannot be due before the last review. "
                "Choose a date on or after the last reviewed date."
            ]
        assert "The next review cannot be due before the last review." in response.content.decode()

    def test_review_due_on_the_day_of_the_last_review_is_accepted(self):
        response = self.post_article(last_reviewed="2026-05-01", review_due="2026-05-01")
        assert response.status_code == 302
        assert ArticlePage.objects.filter(slug="quyen-khi-bi-kiem-tra").exists()

    def test_an_image_without_alternative_text_is_refused(self):
        self.set_english()
        image = wagtail_factories.ImageFactory()
        response = self.post_article(
            body=streamfield(
                [("image", {"image": image.pk, "alt_text": "", "caption": "Chú thích"})]
            )
        )

        assert response.status_code == 200
        assert not ArticlePage.objects.filter(slug="quyen-khi-bi-kiem-tra").exists()
        block_errors = response.context["form"].errors["body"].as_data()[0].block_errors
        assert "alt_text" in block_errors[0].block_errors
        # Block errors reach the editor as JSON inside the form.
        assert json.dumps("This field is required.") in html.unescape(response.content.decode())

    def test_a_video_that_is_not_on_youtube_is_refused(self):
        self.set_english()
        response = self.post_article(
            body=streamfield(
                [
                    (
                        "video",
                        {
                            "title": "Video",
                            "video_url": "https://video.example.org/abc",
                            "thumbnail": "",
                            "description": "",
                            "transcript": rich_text(""),
                        },
                    )
                ]
            )
        )
        assert response.status_code == 200
        assert "Enter the address of a YouTube video" in html.unescape(response.content.decode())


@pytest.mark.parametrize(
    ("url", "video_id"),
    [
        ("https://www.youtube.com/watch?v=abcdefghijk", "abcdefghijk"),
        ("https://youtu.be/abcdefghijk?t=30", "abcdefghijk"),
        ("https://m.youtube.com/watch?v=abcdefghijk&feature=share", "abcdefghijk"),
        ("https://www.youtube.com/shorts/abcdefghijk", "abcdefghijk"),
        ("https://www.youtube-nocookie.com/embed/abcdefghijk", "abcdefghijk"),
        ("https://www.youtube.com/watch?v=short", None),
        ("https://evil.example/watch?v=abcdefghijk", None),
        ("https://youtube.com.evil.example/watch?v=abcdefghijk", None),
        ("javascript:alert(1)", None),
        ("", None),
    ],
)
def test_only_youtube_addresses_give_a_video_id(url, video_id):
    assert youtube_video_id(url) == video_id


@pytest.fixture
def translated_site():
    """An index, a library, a topic and a document, each with its English translation."""
    index = article_index()
    publish_translation(index, title="Articles", slug="articles")
    library = legal_library()
    publish_translation(library, title="Legal documents", slug="legal-documents")
    topic = TopicFactory(name="Sức khoẻ", slug="suc-khoe")
    topic_en = topic.copy_for_translation(english())
    topic_en.name = "Health"
    topic_en.save()
    document = LegalDocumentFactory(
        number="10/2003/PL-UBTVQH11",
        title="Pháp lệnh Phòng, chống mại dâm",
        issued_date=datetime.date(2003, 3, 17),
        effective_date=datetime.date(2003, 7, 1),
    )
    document_en = document.copy_for_translation(english())
    document_en.title = "Ordinance on Prostitution Prevention and Control"
    document_en.issuing_body = "National Assembly Standing Committee"
    document_en.save()
    return {"index": index, "library": library, "topic": topic, "document": document}


def full_article(site, **fields):
    image = wagtail_factories.ImageFactory(title="Minh hoạ")
    document = wagtail_factories.DocumentFactory(
        title="Sổ tay", file=ContentFile(b"x" * 2048, name="so-tay.txt")
    )
    body = [
        ("heading", "Quyền của bạn"),
        ("paragraph", "<p>Bạn có quyền được <b>tôn trọng</b>.</p>"),
        ("callout", {"kind": "safety", "heading": "An toàn", "text": "<p>Giữ bí mật.</p>"}),
        ("image", {"image": image, "alt_text": "Hai người trò chuyện", "caption": "Chú thích"}),
        ("quote", {"quote": "Tôi đã được lắng nghe.", "attribution": "Chị H."}),
        (
            "faq",
            {
                "heading": "Hỏi đáp",
                "questions": [
                    {"question": "Có mất tiền không?", "answer": "<p>Không.</p>"},
                    {"question": "Có cần tên thật?", "answer": "<p>Không cần.</p>"},
                ],
            },
        ),
        (
            "steps",
            {
                "heading": "Khi bị dừng lại",
                "steps": [
                    {"title": "Giữ bình tĩnh", "text": "<p>Hỏi lý do.</p>"},
                    {"title": "Đọc biên bản", "text": "<p>Chỉ ký khi đồng ý.</p>"},
                ],
            },
        ),
        (
            "video",
            {
                "title": "Quyền của bạn trong ba phút",
                "video_url": "https://www.youtube.com/watch?v=abcdefghijk",
                "thumbnail": image,
                "description": "",
                "transcript": "<p>Lời thoại.</p>",
            },
        ),
        ("document", {"document": document, "title": "", "description": "Bản để in."}),
        citation(site["document"], "Điều 22", "Bán dâm là vi phạm hành chính."),
        citation(site["document"], "Điều 23"),
    ]
    return article(
        site["index"],
        topics=[site["topic"]],
        title="Quyền của bạn",
        slug="quyen-cua-ban",
        summary="Điều bạn nên biết.",
        body=body,
        **fields,
    )


@pytest.mark.parametrize("language", ["vi", "en"])
def test_article_shows_every_block_to_readers(client, soup, translated_site, language):
    page = full_article(translated_site)
    if language == "en":
        page = publish_translation(page, title="Your rights", slug="your-rights")

    parsed = soup(client.get(page.url))
    main = parsed.main
    assert parsed.html["lang"] == language
    assert main.h1.get_text(strip=True) == page.title
    assert main.select_one(".lead").get_text(strip=True) == "Điều bạn nên biết."
    assert main.select_one("h2.block-heading").get_text(strip=True) == "Quyền của bạn"
    assert main.select_one(".callout--safety .callout__heading").get_text() == "An toàn"
    assert main.select_one("figure.figure img")["alt"] == "Hai người trò chuyện"
    assert main.select_one(".quote blockquote").get_text(strip=True) == "Tôi đã được lắng nghe."
    summaries = [s.get_text(strip=True) for s in main.select(".faq details > summary")]
    assert summaries == ["Có mất tiền không?", "Có cần tên thật?"]
    steps = main.select(".steps ol > li h3")
    assert [step.get_text(strip=True) for step in steps] == ["Giữ bình tĩnh", "Đọc biên bản"]
    download = main.select_one(".document-download")
    assert download.a.get_text(strip=True) == "Sổ tay"
    assert download.a["href"].startswith("/documents/")
    meta = download.select_one(".document-download__meta").get_text()
    assert meta.startswith("(TXT, 2")
    assert "KB" in meta
    topic = main.select_one(".tag-list a")
    assert topic.get_text(strip=True) == ("Sức khoẻ" if language == "vi" else "Health")
    assert topic["href"] == f"{page.get_parent().url}?topic=suc-khoe"
    assert main.select_one(".breadcrumb a")["href"] == page.get_parent().url


@pytest.mark.parametrize("language", ["vi", "en"])
def test_legal_basis_lists_each_cited_document_once(client, soup, translated_site, language):
    page = full_article(translated_site)
    if language == "en":
        page = publish_translation(page, title="Your rights", slug="your-rights")

    box = soup(client.get(page.url)).select_one("section.legal-basis")
    assert box["lang"] == language
    assert box.h2["id"] == box["aria-labelledby"]
    if language == "en":
        assert box.h2.get_text(strip=True) == "Legal basis"
    documents = box.select(".legal-doc")
    assert len(documents) == 1, "two citations of one document make one entry"
    document = documents[0]
    expected_title = (
        "Pháp lệnh Phòng, chống mại dâm"
        if language == "vi"
        else "Ordinance on Prostitution Prevention and Control"
    )
    assert document.select_one("cite").get_text(strip=True) == expected_title
    assert "10/2003/PL-UBTVQH11" in document.get_text()
    assert document.select_one(".status-badge--in_force")
    dates = [time["datetime"] for time in document.select(".legal-doc__dates time")]
    assert dates == ["2003-03-17", "2003-07-01"]
    assert "Điều 22; Điều 23" in document.select_one(".legal-doc__references").get_text()
    link = document.select_one("a.legal-doc__link")
    assert link["href"] == "https://vanban.example.gov.vn/nghi-dinh"
    assert "noreferrer" in link["rel"]
    # Each citation in the body also names the document in the reader's language.
    inline = soup(client.get(page.url)).select(".article__body .citation cite")
    assert [cite.get_text(strip=True) for cite in inline] == [expected_title] * 2


def test_article_without_citations_has_no_legal_basis_box(client, soup, translated_site):
    page = article(translated_site["index"], body=[("paragraph", "<p>Chỉ có chữ.</p>")])
    assert soup(client.get(page.url)).select("section.legal-basis") == []


def test_video_makes_no_request_to_youtube_before_the_reader_presses_play(
    client, soup, translated_site
):
    page = full_article(translated_site)
    response = client.get(page.url)
    parsed = soup(response)

    assert parsed.find("iframe") is None
    # Everything the browser loads by itself comes from this site.
    loaded = [tag["src"] for tag in parsed.find_all(src=True)]
    loaded += [
        tag["href"]
        for tag in parsed.select("link[href]")
        if {"stylesheet", "icon", "preload", "modulepreload", "manifest"} & set(tag["rel"])
    ]
    loaded += [
        candidate.split()[0]
        for tag in parsed.find_all(srcset=True)
        for candidate in tag["srcset"].split(",")
    ]
    assert loaded
    assert [url for url in loaded if not url.startswith("/")] == []
    assert "i.ytimg.com" not in response.content.decode()

    video = parsed.select_one("figure.video")
    play = video.select_one("a.video__play")
    # Without JavaScript it is a plain link to the video; video.js swaps in the player.
    assert play["href"] == "https://www.youtube.com/watch?v=abcdefghijk"
    assert play["data-video-embed"].startswith("https://www.youtube-nocookie.com/embed/abcdefghijk")
    assert video.select_one("img")["src"].startswith("/media/")
    scripts = [script["src"] for script in parsed.select("script[src]")]
    assert "/static/articles/js/video.js" in scripts
    assert all(script.get("defer") is not None for script in parsed.select("script[src]"))
    # No inline script (structured data is not a script that runs).
    assert parsed.select('script:not([src]):not([type="application/ld+json"])') == []


def test_video_script_is_loaded_only_where_there_is_a_video(client, soup, translated_site):
    page = article(translated_site["index"], body=[("paragraph", "<p>Không có video.</p>")])
    for url in [page.url, translated_site["index"].url]:
        scripts = [script["src"] for script in soup(client.get(url)).select("script[src]")]
        assert "/static/articles/js/video.js" not in scripts


def test_reading_time_counts_words_at_200_a_minute(client, soup, translated_site):
    def text_of(words):
        return f"<p>{' '.join(['chữ'] * words)}</p>"

    # Title (1 word) and summary (2 words) are read too.
    short = article(
        translated_site["index"],
        title="Ngắn",
        summary="Hai chữ",
        body=[("paragraph", text_of(397))],
    )
    longer = article(
        translated_site["index"],
        title="Dài",
        summary="Hai chữ",
        body=[("paragraph", text_of(398))],
    )
    empty = article(translated_site["index"], title="Trống", summary="Ít", body=[])

    assert (short.reading_minutes, longer.reading_minutes, empty.reading_minutes) == (2, 3, 1)
    meta = soup(client.get(longer.url)).select_one(".article-meta").get_text(" ", strip=True)
    assert "3 phút đọc" in meta or "3 minute read" in meta


def test_reading_time_follows_the_published_body(translated_site):
    page = article(translated_site["index"], body=[("paragraph", "<p>Một.</p>")])
    page.body = [("paragraph", "<p>" + "chữ " * 1000 + "</p>")]
    page.save_revision()  # a draft does not change what readers see
    assert ArticlePage.objects.get(pk=page.pk).reading_minutes == 1
    page.get_latest_revision().publish()
    assert ArticlePage.objects.get(pk=page.pk).reading_minutes == 6


def test_reading_minutes_never_below_one():
    assert reading_minutes() == 1
    assert reading_minutes("một " * 200) == 1
    assert reading_minutes("một " * 201) == 2


def test_untranslated_article_is_served_in_english_as_an_alias_with_a_notice(
    client, soup, translated_site
):
    page = full_article(translated_site)
    alias = alias_in_english(page)

    parsed = soup(client.get(alias.url))
    assert parsed.html["lang"] == "en"
    assert parsed.select_one(".notice--language")
    assert parsed.main["lang"] == "vi"
    # The interface speaks English, and says so inside the Vietnamese text.
    box = parsed.select_one("section.legal-basis")
    assert box["lang"] == "en"
    assert box.h2.get_text(strip=True) == "Legal basis"
    assert (
        box.select_one("cite").get_text(strip=True)
        == "Ordinance on Prostitution Prevention and Control"
    )


@pytest.mark.parametrize("language", ["vi", "en"])
def test_article_index_renders_in_both_languages(client, soup, translated_site, language):
    index = translated_site["index"]
    page = article(index, title="Bài một", slug="bai-mot", topics=[translated_site["topic"]])
    if language == "en":
        publish_translation(page, title="Article one", slug="article-one")
        index = index.get_translation(english())

    parsed = soup(client.get(index.url))
    assert parsed.html["lang"] == language
    assert parsed.main.h1.get_text(strip=True) == ("Bài viết" if language == "vi" else "Articles")
    card = parsed.select_one(".article-card")
    assert card.h2.get_text(strip=True) == ("Bài một" if language == "vi" else "Article one")
    assert card.select_one(".tag").get_text() == ("Sức khoẻ" if language == "vi" else "Health")
    assert card.select_one("time")["datetime"] == "2026-01-01"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_legal_library_renders_in_both_languages(client, soup, translated_site, language):
    library = translated_site["library"]
    if language == "en":
        library = library.get_translation(english())

    parsed = soup(client.get(library.url))
    assert parsed.html["lang"] == language
    entry = parsed.select_one(".library-entry")
    assert entry.h2.get_text(strip=True) == (
        "Pháp lệnh Phòng, chống mại dâm"
        if language == "vi"
        else "Ordinance on Prostitution Prevention and Control"
    )
    assert entry.select_one(".status-badge")


def test_untranslated_page_trees_follow_vietnamese():
    """Pages of this app get English aliases like any other page (tree synchronisation)."""
    assert LocaleSynchronization.objects.get(locale=english()).sync_from == vietnamese()


def test_article_clean_refuses_a_review_in_the_future():
    page = ArticlePage(
        title="Bài",
        summary="Tóm tắt",
        owner_team="Nhóm",
        last_reviewed=timezone.localdate() + datetime.timedelta(days=1),
        review_due=timezone.localdate() + datetime.timedelta(days=30),
    )
    with pytest.raises(Exception) as error:
        page.clean()
    assert "last_reviewed" in error.value.message_dict


def test_translating_with_wagtail_localize_keeps_topics_and_cites_the_translated_document(
    client, soup, translated_site
):
    from wagtail_localize.models import Translation, TranslationSource

    page = full_article(translated_site)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(source=source, target_locale=english()).save_target()
    translation = ArticlePage.objects.get(translation_key=page.translation_key, locale=english())
    translation.get_latest_revision().publish()

    assert list(translation.topics.all()) == [translated_site["topic"]]
    english_document = translated_site["document"].get_translation(english())
    assert list(translation.citations.values_list("document_id", flat=True)) == [
        english_document.pk
    ]
    box = soup(client.get(translation.url)).select_one("section.legal-basis")
    assert box.select_one("cite").get_text() == "Ordinance on Prostitution Prevention and Control"
