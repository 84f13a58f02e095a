"""Articles in the sharing and discovery base: share cards, JSON-LD, feeds, share links."""

import datetime
import html
import json
from zoneinfo import ZoneInfo

import feedparser
import pytest
from wagtail.test.utils.form_data import nested_form_data

from portal.sharing import PORTAL_NAME
from tests.articles_factories import (
    TopicFactory,
    alias_in_english,
    article,
    article_index,
)
from tests.factories import english, publish_translation

pytestmark = pytest.mark.django_db

SITE_ROOT = "http://localhost"
HCMC = ZoneInfo("Asia/Ho_Chi_Minh")
OWNER_TEAM = "Nhóm nội dung pháp lý"
FAQ = (
    "faq",
    {
        "heading": "Hỏi đáp",
        "questions": [
            {
                "question": "Xét nghiệm có mất tiền không?",
                "answer": "<p>Thường là <b>không</b>.</p>",
            },
            {"question": "Có cần tên thật?", "answer": "<p>Không cần.</p>"},
        ],
    },
)


@pytest.fixture
def site():
    """A translated index and topic, and three articles with different editorial dates.

    They are published oldest date last, so that the feeds' order can only come from the date.
    The newest is an alias in English, the two others are translated.
    """
    index = article_index()
    english_index = publish_translation(index, title="Articles", slug="articles")
    topic = TopicFactory(name="Sức khoẻ", slug="suc-khoe")
    topic_en = topic.copy_for_translation(english())
    topic_en.name = "Health"
    topic_en.save()
    newest = article(
        index,
        topics=[topic],
        title="Bài mới nhất",
        slug="moi-nhat",
        summary="Tóm tắt mới nhất.",
        date=datetime.date(2026, 3, 1),
        owner_team=OWNER_TEAM,
        body=[("paragraph", "<p>Chữ.</p>"), FAQ],
    )
    middle = article(
        index, topics=[topic], title="Bài giữa", slug="giua", date=datetime.date(2026, 2, 1)
    )
    oldest = article(index, title="Bài cũ nhất", slug="cu-nhat", date=datetime.date(2026, 1, 1))
    english_newest = alias_in_english(newest)
    english_middle = publish_translation(middle, title="Middle article", slug="middle")
    english_oldest = publish_translation(oldest, title="Oldest article", slug="oldest")
    return {
        "index": index,
        "english_index": english_index,
        "newest": newest,
        "middle": middle,
        "oldest": oldest,
        "english_newest": english_newest,
        "english_middle": english_middle,
        "english_oldest": english_oldest,
    }


def meta(page_soup, prop):
    return [tag["content"] for tag in page_soup.select(f'meta[property="{prop}"]')]


def json_ld(page_soup):
    objects = [
        json.loads(script.string)
        for script in page_soup.select('script[type="application/ld+json"]')
    ]
    return {data["@type"]: data for data in objects}


def fetch_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return response, parsed


def entry_titles(parsed):
    # RSS titles are HTML (escaped once more by Django); Atom titles are plain text.
    return [html.unescape(entry.title) for entry in parsed.entries]


# Share cards.


def test_article_is_shared_as_an_article(client, soup, site):
    page_soup = soup(client.get(site["newest"].url))

    assert meta(page_soup, "og:type") == ["article"]
    assert meta(page_soup, "og:description") == ["Tóm tắt mới nhất."]
    assert meta(page_soup, "article:published_time") == ["2026-03-01T00:00:00+07:00"]
    modified = datetime.datetime.fromisoformat(meta(page_soup, "article:modified_time")[0])
    assert modified.utcoffset() == datetime.timedelta(hours=7)
    assert meta(page_soup, "article:tag") == ["Sức khoẻ"]


def test_translated_article_tags_its_topics_in_english(client, soup, site):
    site["english_middle"].topics = site["middle"].topics.all()
    page_soup = soup(client.get(site["english_middle"].url))

    assert meta(page_soup, "og:type") == ["article"]
    assert meta(page_soup, "article:tag") == ["Health"]


def test_untranslated_alias_is_shared_as_the_vietnamese_article(client, soup, site):
    page_soup = soup(client.get(site["english_newest"].url))

    assert meta(page_soup, "og:url") == [SITE_ROOT + site["newest"].url]
    assert meta(page_soup, "og:locale") == ["vi_VN"]
    # English topic names would not describe a Vietnamese card.
    assert meta(page_soup, "article:tag") == []


# Structured data.


def test_article_has_article_and_faq_structured_data(client, soup, site):
    page_soup = soup(client.get(site["newest"].url))
    data = json_ld(page_soup)

    article_data = data["Article"]
    assert article_data["headline"] == "Bài mới nhất"
    assert article_data["description"] == "Tóm tắt mới nhất."
    assert article_data["datePublished"] == "2026-03-01T00:00:00+07:00"
    assert article_data["dateModified"] >= article_data["datePublished"]
    assert article_data["inLanguage"] == "vi"
    assert article_data["url"] == SITE_ROOT + site["newest"].url
    assert article_data["publisher"]["@type"] == "Organization"
    assert article_data["publisher"]["name"] == str(PORTAL_NAME)
    assert "@context" not in article_data["publisher"]
    assert article_data["author"] == {
        "@type": "Organization",
        "name": str(PORTAL_NAME),
        "url": SITE_ROOT + "/",
    }
    assert "BreadcrumbList" in data

    questions = data["FAQPage"]["mainEntity"]
    assert [question["name"] for question in questions] == [
        "Xét nghiệm có mất tiền không?",
        "Có cần tên thật?",
    ]
    assert "<b>không</b>" in questions[0]["acceptedAnswer"]["text"]


def test_the_owner_team_stays_internal(client, site):
    """Editors are told readers never see the owner team: not in the page, nor in the feeds."""
    for url in [
        site["newest"].url,
        site["index"].url + "feed/rss/",
        site["index"].url + "feed/atom/",
    ]:
        assert OWNER_TEAM not in client.get(url).content.decode(), url


def test_article_without_questions_has_no_faq_page(client, soup, site):
    data = json_ld(soup(client.get(site["middle"].url)))

    assert "Article" in data
    assert "FAQPage" not in data


# Feeds.

FEED_CASES = [
    ("vi", "rss", ["Bài mới nhất", "Bài giữa", "Bài cũ nhất"]),
    ("vi", "atom", ["Bài mới nhất", "Bài giữa", "Bài cũ nhất"]),
    # The newest article is an alias in English: its Vietnamese text stays in the Vietnamese feed.
    ("en", "rss", ["Middle article", "Oldest article"]),
    ("en", "atom", ["Middle article", "Oldest article"]),
]


@pytest.mark.parametrize(("language", "kind", "titles"), FEED_CASES)
def test_feeds_list_the_articles_newest_first(client, site, language, kind, titles):
    index = site["index"] if language == "vi" else site["english_index"]
    response, parsed = fetch_feed(client, f"{index.url}feed/{kind}/")

    assert response["Content-Type"].startswith(f"application/{kind}+xml")
    if kind == "rss":
        assert parsed.feed.language == language
    assert entry_titles(parsed) == titles
    for entry in parsed.entries:
        assert entry.link.startswith(SITE_ROOT + index.url), entry.link
        assert entry.author == str(PORTAL_NAME)
    # Dated by the editorial date, at midnight in Ho Chi Minh City (feedparser gives UTC).
    published = datetime.datetime(*parsed.entries[0].published_parsed[:6], tzinfo=datetime.UTC)
    assert published.astimezone(HCMC) == datetime.datetime(
        *((2026, 3, 1) if language == "vi" else (2026, 2, 1)), tzinfo=HCMC
    )


def test_feed_items_carry_the_summary_and_topics_in_the_feeds_language(client, site):
    site["english_middle"].topics = site["middle"].topics.all()
    _response, vietnamese_feed = fetch_feed(client, site["index"].url + "feed/rss/")
    _response, english_feed = fetch_feed(client, site["english_index"].url + "feed/atom/")

    assert vietnamese_feed.entries[0].summary == "Tóm tắt mới nhất."
    assert [tag.term for tag in vietnamese_feed.entries[0].tags] == ["Sức khoẻ"]
    assert [tag.term for tag in english_feed.entries[0].tags] == ["Health"]


def test_an_untranslated_index_serves_the_english_articles_under_it(client, site):
    """An English index that is still an alias: its feed is English, so it lists the
    translated articles only (none yet, here), never Vietnamese text labelled English."""
    index = article_index(title="Tin tức", slug="tin-tuc")
    article(index, title="Tin", slug="tin")
    english_index = alias_in_english(index)

    _response, parsed = fetch_feed(client, english_index.url + "feed/rss/")

    assert english_index.url.startswith("/en/")
    assert parsed.feed.language == "en"
    assert parsed.entries == []


def test_the_feeds_are_announced_in_the_head(client, soup, site):
    for page, index in [
        (site["index"], site["index"]),
        (site["newest"], site["index"]),
        (site["english_index"], site["english_index"]),
        (site["english_middle"], site["english_index"]),
        (site["english_newest"], site["english_index"]),
    ]:
        links = soup(client.get(page.url)).select('head link[rel="alternate"][href*="/feed/"]')
        assert [(link["type"], link["href"]) for link in links] == [
            ("application/rss+xml", f"{SITE_ROOT}{index.url}feed/rss/"),
            ("application/atom+xml", f"{SITE_ROOT}{index.url}feed/atom/"),
        ], page.url
        for link in links:
            assert client.get(link["href"]).status_code == 200


def test_the_index_links_to_its_rss_feed(client, soup, site):
    link = soup(client.get(site["english_index"].url)).select_one("main .feed-link a")

    assert link["href"] == site["english_index"].url + "feed/rss/"
    assert link.get_text(strip=True) == "RSS feed"


# The feed routes leave the index as it was.


def test_filters_pagination_and_articles_still_work_on_the_index(client, soup, site):
    index_url = site["index"].url
    for number in range(12):
        article(site["index"], slug=f"them-{number}", date=datetime.date(2025, 1, 1))

    second = soup(client.get(index_url + "?page=2"))
    assert len(second.select(".article-list > li")) == 3
    filtered = soup(client.get(index_url + "?topic=suc-khoe&page=abc"))
    assert len(filtered.select(".article-list > li")) == 2
    assert client.get(site["newest"].url).status_code == 200
    assert client.get(index_url + "feed/").status_code == 404
    assert client.get(index_url + "khong-co/").status_code == 404


def test_the_index_previews_in_both_modes(admin_client, soup, site):
    """RoutablePageMixin previews its default route whatever the mode; the social card
    preview must still be the card."""
    preview_url = f"/admin/pages/{site['index'].pk}/edit/preview/"
    form = nested_form_data(
        {"title": "Bài viết mới", "slug": "bai-viet", "introduction": "Giới thiệu mới."}
    )
    assert admin_client.post(preview_url, form).json()["is_valid"]

    social = soup(admin_client.get(preview_url, {"mode": "social"}))
    card = social.select_one(".social-card")
    assert card.select_one(".social-card__title").get_text() == "Bài viết mới"
    assert card.select_one(".social-card__description").get_text() == "Giới thiệu mới."
    default = soup(admin_client.get(preview_url))
    assert default.h1.get_text() == "Bài viết mới"
    assert default.select(".article-list > li")


# Share links.


def test_article_pages_have_share_links_to_the_canonical_address(client, soup, site):
    for page, canonical in [
        (site["newest"], site["newest"]),
        (site["english_middle"], site["english_middle"]),
        (site["english_newest"], site["newest"]),
    ]:
        share = soup(client.get(page.url)).select_one("main section.share")
        assert share is not None, page.url
        assert share["data-share-url"] == SITE_ROOT + canonical.url
        assert share.select_one("input.share__url")["value"] == SITE_ROOT + canonical.url
