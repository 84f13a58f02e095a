"""The campaign index: running first, then upcoming, then past; filters by topic and year,
pages, bad input, languages, and a query count that does not grow with the campaigns."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from campaigns.models import CampaignPage
from tests.articles_factories import TopicFactory, alias_in_english
from tests.campaigns_factories import campaign, campaign_index, channel_image
from tests.directory_factories import OrganizationFactory
from tests.factories import HotlineFactory, english, publish_translation
from tests.test_campaigns_pages import loaded_addresses

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
THIS_YEAR = TODAY.year


def days(number) -> datetime.date:
    return TODAY + datetime.timedelta(days=number)


@pytest.fixture
def index():
    return campaign_index()


def titles(parsed) -> list[str]:
    return [card.select_one(".campaign-card__title").get_text() for card in cards(parsed)]


def cards(parsed):
    return parsed.select(".campaign-card")


def sections(parsed) -> dict[str, list[str]]:
    return {
        section.h2["id"]: [title.get_text() for title in section.select(".campaign-card__title")]
        for section in parsed.select("section.campaign-section")
    }


def count_shown(parsed) -> int:
    return int(parsed.select_one(".results-summary").get_text().split()[0])


# Order.


@pytest.fixture
def around_today(index):
    """Campaigns of every kind, created out of order."""
    for title, start, end in [
        ("Đã xong lâu rồi", days(-400), days(-300)),
        ("Sắp tới sau", days(30), days(60)),
        ("Đang chạy cũ", days(-40), days(5)),
        ("Vừa kết thúc", days(-30), days(-1)),
        ("Đang chạy mới", days(-2), days(10)),
        ("Sắp tới gần", days(3), days(20)),
        ("Chạy mãi", days(-100), None),
    ]:
        campaign(index, title=title, start_date=start, end_date=end)


def test_running_first_then_upcoming_then_past(client, soup, index, around_today):
    parsed = soup(client.get(index.url))

    assert sections(parsed) == {
        "campaigns-running": ["Đang chạy mới", "Đang chạy cũ", "Chạy mãi"],
        "campaigns-upcoming": ["Sắp tới gần", "Sắp tới sau"],
        "campaigns-ended": ["Vừa kết thúc", "Đã xong lâu rồi"],
    }
    badges = [card.select_one(".status-badge")["class"][1] for card in cards(parsed)]
    assert (
        badges
        == ["status-badge--running"] * 3
        + ["status-badge--upcoming"] * 2
        + ["status-badge--ended"] * 2
    )
    assert count_shown(parsed) == 7


def test_the_first_and_last_days_count_as_running(client, soup, index):
    campaign(index, title="Kết thúc hôm qua", start_date=days(-9), end_date=days(-1))
    campaign(index, title="Kết thúc hôm nay", start_date=days(-9), end_date=days(0))
    campaign(index, title="Bắt đầu hôm nay", start_date=days(0), end_date=days(9))
    campaign(index, title="Bắt đầu ngày mai", start_date=days(1), end_date=days(9))

    assert sections(soup(client.get(index.url))) == {
        "campaigns-running": ["Bắt đầu hôm nay", "Kết thúc hôm nay"],
        "campaigns-upcoming": ["Bắt đầu ngày mai"],
        "campaigns-ended": ["Kết thúc hôm qua"],
    }


def test_a_card_shows_the_key_message_dates_image_and_topics(client, soup, index):
    health = TopicFactory(name="Sức khoẻ", slug="suc-khoe")
    page = campaign(
        index,
        title="Xét nghiệm miễn phí",
        key_message="Biết tình trạng HIV của mình.",
        start_date=datetime.date(THIS_YEAR, 1, 5),
        end_date=datetime.date(THIS_YEAR + 1, 2, 1),
        hero_image=channel_image(1600, 900),
        topics=[health],
    )
    card = cards(soup(client.get(index.url)))[0]

    assert card.select_one("h3 a")["href"] == page.url
    assert card.select_one(".campaign-card__message").get_text() == "Biết tình trạng HIV của mình."
    assert [time["datetime"] for time in card.select("time")] == [
        f"{THIS_YEAR}-01-05",
        f"{THIS_YEAR + 1}-02-01",
    ]
    assert card.select_one("time").get_text() == f"05/01/{THIS_YEAR}"
    image = card.select_one("img.campaign-card__image")
    assert image["alt"] == ""
    assert image["loading"] == "lazy"
    assert "fill-360x240" in image["src"]
    assert "fill-720x480" in image["srcset"]
    assert card.select_one(".campaign-card__topics .tag").get_text() == "Sức khoẻ"


def test_only_live_public_current_campaigns_of_this_index_are_listed(client, soup, index):
    campaign(index, title="Đang hiển thị")
    campaign(index, title="Bản nháp", publish=False)
    private = campaign(index, title="Riêng tư")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    expired = campaign(index, title="Hết hạn")
    CampaignPage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    other = campaign_index(title="Khác", slug="khac")
    campaign(other, title="Ở mục khác")

    assert titles(soup(client.get(index.url))) == ["Đang hiển thị"]


def test_an_empty_index_says_so(client, soup, index):
    parsed = soup(client.get(index.url))
    assert cards(parsed) == []
    assert parsed.select_one(".campaign-list__empty")
    assert parsed.select(".filters, nav.pagination") == []


def test_the_index_announces_and_links_its_feed(client, soup, index):
    parsed = soup(client.get(index.url))
    head_link = parsed.select_one('link[rel="alternate"][type="application/atom+xml"]')
    assert head_link["href"] == f"http://localhost{index.url}feed/atom/"
    assert parsed.select_one(".feed-link a")["href"] == f"{index.url}feed/atom/"


def test_the_index_sets_no_cookie_and_loads_nothing_from_another_site(
    client, soup, index, around_today
):
    image = channel_image(1600, 900)
    campaign(index, title="Có ảnh", hero_image=image)
    response = client.get(index.url)

    assert "Set-Cookie" not in response.headers
    addresses = loaded_addresses(soup(response))
    assert any("/media/images/" in address for address in addresses)
    assert [address for address in addresses if not address.startswith("/")] == []


# Topics.


@pytest.fixture
def terms():
    health = TopicFactory(name="Sức khoẻ", slug="suc-khoe", sort_order=1)
    rights = TopicFactory(name="Quyền", slug="quyen", sort_order=2)
    unused = TopicFactory(name="Văn bản", slug="van-ban", sort_order=3)
    health_en = health.copy_for_translation(english())
    health_en.name = "Health"
    health_en.save()
    return {"health": health, "rights": rights, "unused": unused}


@pytest.fixture
def tagged(index, terms):
    campaign(
        index,
        title="Sức khoẻ năm ngoái",
        topics=[terms["health"]],
        start_date=datetime.date(THIS_YEAR - 1, 3, 1),
        end_date=datetime.date(THIS_YEAR - 1, 4, 1),
    )
    campaign(
        index,
        title="Sức khoẻ và quyền",
        topics=[terms["health"], terms["rights"]],
        start_date=days(-5),
        end_date=days(5),
    )
    campaign(index, title="Không chủ đề", start_date=days(-6), end_date=days(6))


def options(parsed, param) -> list[str]:
    """The options of a filter (after "all"), as "name (count)"."""
    return [
        f"{link.contents[0].strip()} {link.select_one('.filter-link__count').get_text()}"
        for link in parsed.select(f"#filter-{param} + ul a")[1:]
    ]


def test_filter_by_topic(client, soup, index, tagged):
    parsed = soup(client.get(f"{index.url}?topic=suc-khoe"))

    assert titles(parsed) == ["Sức khoẻ và quyền", "Sức khoẻ năm ngoái"]
    active = parsed.select_one('#filter-topic + ul [aria-current="true"]')
    assert active.contents[0].strip() == "Sức khoẻ"
    # Choosing it again removes it.
    assert active["href"] == index.url
    assert parsed.select_one(".results-summary a")["href"] == index.url


def test_topic_options_are_the_topics_in_use_with_their_counts(client, soup, index, tagged):
    parsed = soup(client.get(index.url))
    assert options(parsed, "topic") == ["Sức khoẻ (2)", "Quyền (1)"]


def test_a_topic_no_campaign_has_shows_an_empty_list_without_a_notice(client, soup, index, tagged):
    response = client.get(f"{index.url}?topic=van-ban")
    parsed = soup(response)
    assert response.status_code == 200
    assert cards(parsed) == []
    assert parsed.select(".filters__notice") == []
    assert parsed.select_one('#filter-topic + ul [aria-current="true"]').contents[0].strip() == (
        "Văn bản"
    )


def test_english_index_names_topics_in_english_and_filters_by_the_same_slug(
    client, soup, index, terms
):
    page = campaign(index, title="Xét nghiệm", topics=[terms["health"]])
    campaign(index, title="Quyền", topics=[terms["rights"]])
    english_index = publish_translation(index, title="Campaigns", slug="campaigns")
    publish_translation(page, title="Testing", slug="testing")

    parsed = soup(client.get(f"{english_index.url}?topic=suc-khoe"))
    assert titles(parsed) == ["Testing"]
    # Only the English campaigns count, and an untranslated topic keeps its Vietnamese name.
    assert options(parsed, "topic") == ["Health (1)"]
    card_topic = cards(parsed)[0].select_one(".tag")
    assert card_topic.get_text() == "Health"
    assert not card_topic.has_attr("lang")


def test_english_index_marks_untranslated_campaigns_as_vietnamese(client, soup, index):
    english_index = publish_translation(index, title="Campaigns", slug="campaigns")
    translated = campaign(index, title="Đã dịch", start_date=days(-1))
    publish_translation(translated, title="Translated", slug="translated")
    alias_in_english(campaign(index, title="Chưa dịch", start_date=days(-2)))

    parsed = soup(client.get(english_index.url))
    assert titles(parsed) == ["Translated", "Chưa dịch"]
    first, second = cards(parsed)
    assert not first.select_one("h3 a").has_attr("lang")
    assert second.select_one("h3 a")["lang"] == "vi"
    assert second.select_one(".campaign-card__message")["lang"] == "vi"
    assert second.select_one(".campaign-card__language").get_text() == "In Vietnamese"


# Years.


@pytest.fixture
def over_the_years(index):
    spans = {
        "Năm 2021": (datetime.date(2021, 3, 1), datetime.date(2021, 6, 30)),
        "Qua ba năm": (datetime.date(THIS_YEAR - 2, 11, 1), datetime.date(THIS_YEAR, 3, 1)),
        "Không hạn": (datetime.date(THIS_YEAR - 1, 5, 1), None),
        "Năm sau": (datetime.date(THIS_YEAR + 1, 2, 1), datetime.date(THIS_YEAR + 1, 3, 1)),
    }
    return {
        title: campaign(index, title=title, start_date=start, end_date=end)
        for title, (start, end) in spans.items()
    }


def test_year_options_are_the_years_campaigns_run_in_newest_first(
    client, soup, index, over_the_years
):
    parsed = soup(client.get(index.url))
    assert options(parsed, "year") == [
        f"{THIS_YEAR + 1} (1)",
        f"{THIS_YEAR} (2)",
        f"{THIS_YEAR - 1} (2)",
        f"{THIS_YEAR - 2} (1)",
        "2021 (1)",
    ]


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (THIS_YEAR - 2, {"Qua ba năm"}),
        (THIS_YEAR - 1, {"Qua ba năm", "Không hạn"}),
        (THIS_YEAR, {"Qua ba năm", "Không hạn"}),
        # An open-ended campaign is not counted in years that have not come yet.
        (THIS_YEAR + 1, {"Năm sau"}),
        (2021, {"Năm 2021"}),
    ],
)
def test_a_campaign_belongs_to_every_year_it_runs_in(
    client, soup, index, over_the_years, year, expected
):
    parsed = soup(client.get(f"{index.url}?year={year}"))
    assert set(titles(parsed)) == expected
    assert parsed.select(".filters__notice") == []
    assert parsed.select_one('#filter-year + ul [aria-current="true"]').contents[0].strip() == (
        str(year)
    )


@pytest.mark.parametrize(
    "year",
    [
        "2022",
        "1990",
        "abc",
        "20255",
        "-2025",
        "2025.0",
        "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95",  # 2025 in full-width digits
        "%00",
        "9" * 5000,
        "<script>alert(1)</script>",
    ],
)
def test_a_year_without_campaigns_is_left_out_with_a_notice(
    client, soup, index, over_the_years, year
):
    response = client.get(f"{index.url}?year={year}")
    assert response.status_code == 200
    parsed = soup(response)
    assert len(cards(parsed)) == 4
    assert len(parsed.select(".filters__notice")) == 1
    assert "<script>alert" not in response.content.decode()
    # "All years" stays chosen.
    assert parsed.select_one("#filter-year + ul a").has_attr("aria-current")


def test_unknown_topic_is_left_out_with_a_notice_and_keeps_the_year(
    client, soup, index, over_the_years
):
    parsed = soup(client.get(f"{index.url}?topic=khong-co&year={THIS_YEAR + 1}"))
    assert titles(parsed) == ["Năm sau"]
    assert len(parsed.select(".filters__notice")) == 1


def test_topic_and_year_combine_and_count_for_each_other(client, soup, index, tagged):
    parsed = soup(client.get(f"{index.url}?topic=suc-khoe&year={THIS_YEAR - 1}"))
    assert titles(parsed) == ["Sức khoẻ năm ngoái"]
    # Counts say what choosing an option would show, with the other filter kept.
    assert options(parsed, "topic") == ["Sức khoẻ (1)"]
    assert options(parsed, "year") == [f"{THIS_YEAR} (1)", f"{THIS_YEAR - 1} (1)"]
    year_links = parsed.select("#filter-year + ul a")
    assert year_links[1]["href"] == f"{index.url}?topic=suc-khoe&year={THIS_YEAR}"
    topic_active = parsed.select_one('#filter-topic + ul [aria-current="true"]')
    assert topic_active["href"] == f"{index.url}?year={THIS_YEAR - 1}"


# Pages.


@pytest.fixture
def fifteen(index):
    for number in range(15):
        campaign(index, title=f"Chiến dịch {number:02d}", start_date=days(-number))


def test_twelve_a_page_with_filters_kept(client, soup, index, fifteen):
    first = soup(client.get(index.url))
    assert titles(first) == [f"Chiến dịch {number:02d}" for number in range(12)]
    nav = first.select_one("nav.pagination")
    assert nav.select_one('a[rel="next"]')["href"] == f"{index.url}?page=2"
    assert nav.select_one('a[rel="prev"]') is None

    second = soup(client.get(f"{index.url}?page=2"))
    assert titles(second) == ["Chiến dịch 12", "Chiến dịch 13", "Chiến dịch 14"]
    assert second.select_one('nav.pagination a[rel="prev"]')["href"] == index.url
    # The section goes on with its heading on the next page.
    assert list(sections(second)) == ["campaigns-running"]

    filtered = soup(client.get(f"{index.url}?year={THIS_YEAR}"))
    assert filtered.select_one('nav.pagination a[rel="next"]')["href"] == (
        f"{index.url}?year={THIS_YEAR}&page=2"
    )


@pytest.mark.parametrize("query", ["page=abc", "page=", "page=0", "page=-1", "page=%C2%B2"])
def test_a_page_number_that_is_not_a_number_shows_the_first_page(
    client, soup, index, fifteen, query
):
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    assert titles(soup(response))[0] == "Chiến dịch 00"


@pytest.mark.parametrize("query", ["page=3", "page=99999", "page=" + "9" * 5000])
def test_a_page_past_the_end_shows_the_last_page(client, soup, index, fifteen, query):
    assert titles(soup(client.get(f"{index.url}?{query}")))[0] == "Chiến dịch 12"


# Cost.

# Wagtail's routing, the site settings, hotlines, menu, language versions and the feed link
# take about 16 (see tests/test_query_counts.py); the listing adds 7, with a little room.
INDEX_BUDGET = 26


@pytest.fixture
def busy_site(index):
    HotlineFactory()
    english_index = publish_translation(index, title="Campaigns", slug="campaigns")
    topics = [TopicFactory(slug=f"chu-de-{number}") for number in range(4)]
    for topic in topics[:2]:
        topic.copy_for_translation(english()).save()
    partners = [OrganizationFactory() for _ in range(3)]
    image = channel_image(1600, 900)
    state = {"count": 0}

    def add(count):
        for _ in range(count):
            number = state["count"] = state["count"] + 1
            page = campaign(
                index,
                slug=f"chien-dich-{number}",
                start_date=days(number * 20 - 300),
                end_date=days(number * 20 - 250) if number % 3 else None,
                topics=topics[number % 4 : number % 4 + 2],
                partners=partners[number % 3 :],
                hero_image=image if number % 2 else None,
            )
            if number % 2:
                publish_translation(page, slug=f"campaign-{number}")
            else:
                alias_in_english(page)

    return {"vi": index, "en": english_index, "add": add}


def queries_for(client, url) -> list[str]:
    client.get(url)  # warm Wagtail's per-process caches and make the renditions
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


@pytest.mark.parametrize(
    "query", ["", "?topic=chu-de-1", f"?year={THIS_YEAR}&topic=chu-de-2", "?page=2", "?year=x"]
)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_query_count_does_not_grow_with_the_number_of_campaigns(client, busy_site, query, language):
    url = busy_site[language].url + query
    busy_site["add"](14)
    with_few = queries_for(client, url)
    busy_site["add"](26)
    with_many = queries_for(client, url)
    assert len(with_many) == len(with_few), "\n".join(with_many)
    assert len(with_many) <= INDEX_BUDGET, "\n".join(with_many)
