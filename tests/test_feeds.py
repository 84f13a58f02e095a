"""RSS and Atom feeds of pages, per language (portal.feeds), served by tests/feeds_urls.py."""

import html
from datetime import UTC, datetime, timedelta

import feedparser
import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from home.models import InformationPage
from tests.factories import (
    InformationPageFactory,
    english,
    publish_child,
    publish_translation,
    site_home,
)

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.feeds_urls")]

SITE_ROOT = "http://localhost"
FEEDS = {
    ("rss", "vi"): "/test-feeds/rss/",
    ("rss", "en"): "/en/test-feeds/rss/",
    ("atom", "vi"): "/test-feeds/atom/",
    ("atom", "en"): "/en/test-feeds/atom/",
}
CONTENT_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
}


def fetch(client, path, **headers):
    response = client.get(path, headers=headers)
    assert response.status_code == 200, path
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return response, parsed


def entry_title(parsed, entry):
    # RSS readers take titles as HTML (Django escapes them); Atom titles are plain text.
    return html.unescape(entry.title) if parsed.version.startswith("rss") else entry.title


def titles(parsed):
    return [entry_title(parsed, entry) for entry in parsed.entries]


def set_published(page, when):
    Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)


@pytest.fixture
def pages():
    """Three Vietnamese pages, published a day apart; the two oldest are translated."""
    home = site_home()
    now = timezone.now().replace(microsecond=0)
    made = {}
    for days_ago, slug, title, english_title in [
        (3, "quyen-lao-dong", "Quyền lao động", "Labour rights"),
        (2, "xet-nghiem", "Xét nghiệm miễn phí", "Free testing"),
        (1, "hoc-nghe", "Học nghề", None),
    ]:
        page = publish_child(
            home,
            InformationPageFactory.build(
                title=title, slug=slug, introduction=f"Giới thiệu: {title.lower()}."
            ),
        )
        set_published(page, now - timedelta(days=days_ago))
        made[slug] = page
        if english_title:
            translation = publish_translation(
                page, title=english_title, slug=slug + "-en", introduction=f"About {english_title}."
            )
            set_published(translation, now - timedelta(days=days_ago, hours=-1))
            made[slug + "-en"] = translation
        else:
            # Not translated yet: English readers get an alias, which no feed lists.
            page.copy_for_translation(english(), alias=True)
    return made


@pytest.mark.parametrize(("kind", "language"), list(FEEDS))
def test_feed_parses_in_both_languages(client, pages, kind, language):
    response, parsed = fetch(client, FEEDS[kind, language])

    assert response["Content-Type"] == CONTENT_TYPES[kind]
    assert parsed.version == ("rss20" if kind == "rss" else "atom10")
    assert parsed.feed.language == language
    expected = {
        "vi": ["Học nghề", "Xét nghiệm miễn phí", "Quyền lao động"],
        "en": ["Free testing", "Labour rights"],
    }
    assert titles(parsed) == expected[language]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_items_carry_what_the_pages_say(client, pages, kind):
    _response, parsed = fetch(client, FEEDS[kind, "en"])
    entry = parsed.entries[0]
    page = pages["xet-nghiem-en"]

    assert entry.link == f"{SITE_ROOT}/en/xet-nghiem-en/"
    assert entry.summary == "About Free testing."
    page.refresh_from_db()
    assert datetime(*entry.published_parsed[:6], tzinfo=UTC) == page.first_published_at
    if kind == "atom":
        assert datetime(*entry.updated_parsed[:6], tzinfo=UTC) == page.last_published_at


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_urls_are_absolute_and_come_from_the_site(client, pages, kind):
    response, parsed = fetch(client, FEEDS[kind, "vi"], host="attacker.example")

    assert "attacker.example" not in response.content.decode()
    assert parsed.feed.link == f"{SITE_ROOT}/"
    self_links = [link.href for link in parsed.feed.links if link.rel == "self"]
    assert self_links == [f"{SITE_ROOT}/test-feeds/{kind}/"]
    assert [entry.link for entry in parsed.entries] == [
        f"{SITE_ROOT}/hoc-nghe/",
        f"{SITE_ROOT}/xet-nghiem/",
        f"{SITE_ROOT}/quyen-lao-dong/",
    ]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_newest_twenty_first(client, kind):
    home = site_home()
    start = timezone.now().replace(microsecond=0) - timedelta(days=30)
    for number in range(22):
        page = publish_child(
            home, InformationPageFactory.build(title=f"Bài {number:02}", slug=f"bai-{number}")
        )
        set_published(page, start + timedelta(hours=number))

    _response, parsed = fetch(client, FEEDS[kind, "vi"])

    assert titles(parsed) == [f"Bài {number:02}" for number in range(21, 1, -1)]


def test_only_live_public_pages_of_the_model(client, pages):
    home = site_home()
    draft = InformationPageFactory.build(title="Bản nháp", slug="ban-nhap", live=False)
    home.add_child(instance=draft)
    private = publish_child(home, InformationPageFactory.build(title="Riêng tư", slug="rieng-tu"))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="bí mật"
    )

    _response, parsed = fetch(client, FEEDS["rss", "vi"])

    assert "Bản nháp" not in titles(parsed)
    assert "Riêng tư" not in titles(parsed)
    # The home page is not an information page.
    assert home.title not in titles(parsed)
    assert len(parsed.entries) == 3


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_titles_and_descriptions_survive_special_characters(client, kind):
    title = 'Quyền & nghĩa vụ <khi> bị "giữ"'
    publish_child(
        site_home(),
        InformationPageFactory.build(title=title, slug="dac-biet", introduction="A < B & C"),
    )

    _response, parsed = fetch(client, FEEDS[kind, "vi"])

    (entry,) = parsed.entries
    assert entry_title(parsed, entry) == title
    assert html.unescape(entry.summary) == "A < B & C"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_portal_is_the_author_never_an_editor(client, pages, kind):
    editor = get_user_model().objects.create_user("nguyen-van-bien-tap", password="x")
    InformationPage.objects.update(owner=editor)

    response, parsed = fetch(client, FEEDS[kind, "en"])

    assert "nguyen-van-bien-tap" not in response.content.decode()
    assert all("author" not in entry for entry in parsed.entries)
    if kind == "atom":
        # Atom needs an author: the feed's, which its entries inherit.
        assert parsed.feed.author == "HCMC Community Support Portal"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_of_the_pages_under_a_parent(client, kind):
    section = publish_child(
        site_home(), InformationPageFactory.build(title="Pháp luật", slug="phap-luat")
    )
    publish_child(section, InformationPageFactory.build(title="Luật lao động", slug="lao-dong"))
    publish_child(site_home(), InformationPageFactory.build(title="Ngoài mục", slug="ngoai"))

    _response, parsed = fetch(client, f"/test-feeds/{section.pk}/{kind}/")

    assert titles(parsed) == ["Luật lao động"]
    assert parsed.feed.title.startswith("Pháp luật · ")
    assert parsed.feed.link == f"{SITE_ROOT}/phap-luat/"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_an_empty_feed_is_still_valid(client, kind):
    _response, parsed = fetch(client, FEEDS[kind, "en"])
    assert parsed.entries == []
    assert parsed.feed.title == "HCMC Community Support Portal"


def test_feeds_set_no_cookie(client, pages):
    response = client.get(FEEDS["rss", "vi"])
    assert not response.cookies
