"""The article index and the legal library: filters, pages, bad input, citing articles,
related articles."""

import datetime

import pytest

from articles.models import LegalDocument
from portal.listing import page_number, page_window, query_url
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
from tests.factories import english, publish_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms():
    health = TopicFactory(name="Sức khoẻ", slug="suc-khoe", sort_order=1)
    law = TopicFactory(name="Pháp luật", slug="phap-luat", sort_order=2)
    health_en = health.copy_for_translation(english())
    health_en.name = "Health"
    health_en.save()
    public = AudienceFactory(name="Cộng đồng", slug="cong-dong")
    peers = AudienceFactory(name="Người bán dâm", slug="nguoi-ban-dam")
    return {"health": health, "law": law, "public": public, "peers": peers}


@pytest.fixture
def index():
    return article_index()


def titles(parsed):
    return [
        card.select_one(".article-card__title").get_text(strip=True)
        for card in parsed.select(".article-card")
    ]


def day(number):
    return datetime.date(2026, 1, 1) + datetime.timedelta(days=number)


@pytest.fixture
def fifteen_articles(index, terms):
    """Articles 0..14, one day apart; even ones about health, every third for the public."""
    pages = []
    for number in range(15):
        pages.append(
            article(
                index,
                title=f"Bài {number:02d}",
                slug=f"bai-{number:02d}",
                date=day(number),
                topics=[terms["health"] if number % 2 == 0 else terms["law"]],
                audiences=[terms["public"]] if number % 3 == 0 else [terms["peers"]],
            )
        )
    return pages


def test_newest_first_twelve_a_page(client, soup, index, fifteen_articles):
    first = soup(client.get(index.url))
    assert titles(first) == [f"Bài {number:02d}" for number in range(14, 2, -1)]
    assert "15" in first.select_one(".results-summary").get_text()
    nav = first.select_one("nav.pagination")
    assert nav.select_one('[aria-current="page"]').get_text(strip=True).endswith("1")
    assert nav.select_one('a[rel="next"]')["href"] == f"{index.url}?page=2"
    assert nav.select_one('a[rel="prev"]') is None

    second = soup(client.get(f"{index.url}?page=2"))
    assert titles(second) == ["Bài 02", "Bài 01", "Bài 00"]
    assert second.select_one('nav.pagination a[rel="prev"]')["href"] == index.url


def test_the_date_editors_set_orders_the_list_not_publication(client, soup, index, terms):
    article(index, title="Cũ nhưng đăng sau", slug="cu", date=day(1))
    article(index, title="Mới", slug="moi", date=day(5))
    assert titles(soup(client.get(index.url))) == ["Mới", "Cũ nhưng đăng sau"]


def test_filter_by_topic(client, soup, index, fifteen_articles):
    parsed = soup(client.get(f"{index.url}?topic=suc-khoe"))
    assert titles(parsed) == [f"Bài {number:02d}" for number in range(14, -1, -2)]
    active = parsed.select('.filter-link[aria-current="true"]')
    # The topic chosen, and "everyone" for the audience, which is not filtered.
    assert active[0].contents[0].strip() == "Sức khoẻ"
    assert len(active) == 2
    assert active[1]["href"] == f"{index.url}?topic=suc-khoe"
    # Choosing the active topic again removes it.
    topic_link = parsed.select_one('#filter-topic + ul .filter-link[aria-current="true"]')
    assert topic_link["href"] == index.url


def test_topic_and_audience_combine(client, soup, index, fifteen_articles):
    parsed = soup(client.get(f"{index.url}?topic=suc-khoe&audience=cong-dong"))
    assert titles(parsed) == ["Bài 12", "Bài 06", "Bài 00"]
    topic_group = parsed.select_one("#filter-topic + ul")
    audience_group = parsed.select_one("#filter-audience + ul")
    # Removing one filter keeps the other.
    assert topic_group.select_one('[aria-current="true"]')["href"] == (
        f"{index.url}?audience=cong-dong"
    )
    assert audience_group.select_one('[aria-current="true"]')["href"] == (
        f"{index.url}?topic=suc-khoe"
    )
    # Choosing another topic keeps the audience.
    other = [a["href"] for a in topic_group.select("a") if "phap-luat" in a["href"]]
    assert other == [f"{index.url}?topic=phap-luat&audience=cong-dong"]
    assert parsed.select_one(".results-summary a")["href"] == index.url


def test_filters_carry_over_to_the_next_page(client, soup, index, terms):
    for number in range(14):
        article(index, slug=f"suc-khoe-{number}", date=day(number), topics=[terms["health"]])
    parsed = soup(client.get(f"{index.url}?topic=suc-khoe"))
    assert parsed.select_one('nav.pagination a[rel="next"]')["href"] == (
        f"{index.url}?topic=suc-khoe&page=2"
    )
    assert len(titles(soup(client.get(f"{index.url}?topic=suc-khoe&page=2")))) == 2


def test_english_index_filters_by_the_same_slug_and_names_topics_in_english(
    client, soup, index, terms
):
    page = article(index, title="Xét nghiệm", slug="xet-nghiem", topics=[terms["health"]])
    article(index, title="Luật", slug="luat", topics=[terms["law"]])
    english_index = publish_translation(index, title="Articles", slug="articles")
    publish_translation(page, title="Testing", slug="testing")

    parsed = soup(client.get(f"{english_index.url}?topic=suc-khoe"))
    assert titles(parsed) == ["Testing"]
    labels = [link.contents[0].strip() for link in parsed.select("#filter-topic + ul a")]
    # An untranslated topic keeps its Vietnamese name.
    assert labels == ["All topics", "Health", "Pháp luật"]


def test_english_index_marks_untranslated_articles_as_vietnamese(client, soup, index, terms):
    english_index = publish_translation(index, title="Articles", slug="articles")
    translated = article(index, title="Đã dịch", slug="da-dich", date=day(2))
    publish_translation(translated, title="Translated", slug="translated")
    untranslated = article(index, title="Chưa dịch", slug="chua-dich", date=day(1))
    alias_in_english(untranslated)

    parsed = soup(client.get(english_index.url))
    cards = parsed.select(".article-card")
    assert titles(parsed) == ["Translated", "Chưa dịch"]
    assert cards[0].select_one("h2 a").get("lang") is None
    assert cards[1].select_one("h2 a")["lang"] == "vi"
    assert "In Vietnamese" in cards[1].get_text()


def test_only_live_articles_of_this_index_are_listed(client, soup, index, terms):
    article(index, title="Đang hiển thị", slug="hien-thi")
    draft = article(index, title="Bản nháp", slug="ban-nhap")
    draft.unpublish()
    other_index = article_index(title="Khác", slug="khac")
    article(other_index, title="Ở mục khác", slug="o-muc-khac")
    assert titles(soup(client.get(index.url))) == ["Đang hiển thị"]


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=",
        "page=0",
        "page=-3",
        "page=1.5",
        "page=%C2%B2",
        "page=1e3",
        "page=%00",
        "page=2&page=abc",
    ],
)
def test_a_page_number_that_is_not_a_number_shows_the_first_page(
    client, soup, index, fifteen_articles, query
):
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    assert titles(soup(response))[0] == "Bài 14"


def test_page_past_the_end_shows_the_last_page(client, soup, index, fifteen_articles):
    for query in ["page=99999", "page=3", "page=" + "9" * 40, "page=" + "9" * 5000]:
        parsed = soup(client.get(f"{index.url}?{query}"))
        assert titles(parsed) == ["Bài 02", "Bài 01", "Bài 00"], query


@pytest.mark.parametrize(
    "query",
    [
        "topic=no-such-topic",
        "audience=nobody",
        "topic=" + "x" * 5000,
        "topic=%00%FF%FE",
        "topic=<script>alert(1)</script>",
        "topic[]=suc-khoe",
        "&".join(f"p{number}=v{number}" for number in range(300)),
    ],
)
def test_unknown_filters_show_every_article_and_say_so(
    client, soup, index, fifteen_articles, query
):
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    parsed = soup(response)
    assert len(titles(parsed)) == 12
    asked_for_a_filter = query.startswith(("topic=", "audience="))
    assert bool(parsed.select(".filters__notice")) == asked_for_a_filter
    assert "<script>alert" not in response.content.decode()


def test_unknown_topic_with_a_known_audience_keeps_the_audience(
    client, soup, index, fifteen_articles
):
    parsed = soup(client.get(f"{index.url}?topic=nope&audience=cong-dong"))
    assert titles(parsed) == ["Bài 12", "Bài 09", "Bài 06", "Bài 03", "Bài 00"]
    assert parsed.select(".filters__notice")


def test_empty_index_says_so(client, soup, index):
    parsed = soup(client.get(index.url))
    assert parsed.select(".article-card") == []
    assert parsed.select("nav.pagination") == []
    assert "0" in parsed.select_one(".results-summary").get_text()


def test_query_url_and_page_helpers():
    assert query_url("/bai-viet/", topic="a b", audience="", page=1) == "/bai-viet/?topic=a+b"
    assert query_url("/bai-viet/", topic="", page=3) == "/bai-viet/?page=3"
    assert page_number("abc", 5) == 1
    assert page_number("7", 5) == 5
    assert page_number(None, 5) == 1
    assert page_window(1, 1) == [1]
    assert page_window(6, 20) == [1, None, 4, 5, 6, 7, 8, None, 20]
    assert page_window(2, 4) == [1, 2, 3, 4]


# Related articles


def test_related_articles_share_a_topic_newest_first_at_most_three(client, soup, index, terms):
    page = article(index, title="Chính", slug="chinh", topics=[terms["health"]], date=day(0))
    for number in range(1, 6):
        article(
            index,
            title=f"Liên quan {number}",
            slug=f"lien-quan-{number}",
            topics=[terms["health"]],
            date=day(number),
        )
    article(index, title="Chủ đề khác", slug="khac", topics=[terms["law"]], date=day(9))
    hidden = article(index, title="Đã gỡ", slug="da-go", topics=[terms["health"]], date=day(8))
    hidden.unpublish()

    related = soup(client.get(page.url)).select(".related .article-card h3")
    assert [title.get_text(strip=True) for title in related] == [
        "Liên quan 5",
        "Liên quan 4",
        "Liên quan 3",
    ]


def test_related_articles_chosen_by_the_editor_come_first_and_follow_the_language(
    client, soup, index, terms
):
    english_index = publish_translation(index, title="Articles", slug="articles")
    first = article(index, title="Thứ nhất", slug="thu-nhat", topics=[terms["health"]])
    second = article(index, title="Thứ hai", slug="thu-hai")
    publish_translation(first, title="First", slug="first")
    publish_translation(second, title="Second", slug="second")
    page = article(index, title="Chính", slug="chinh", topics=[terms["health"]])
    page.related_article_links.create(article=second, sort_order=0)
    page.related_article_links.create(article=first, sort_order=1)
    page.save_revision().publish()
    page_en = publish_translation(page, title="Main", slug="main")
    assert page_en.get_parent().pk == english_index.pk

    def related(url):
        return [h.get_text(strip=True) for h in soup(client.get(url)).select(".related h3")]

    assert related(page.url) == ["Thứ hai", "Thứ nhất"]
    assert related(page_en.url) == ["Second", "First"]


def test_no_related_articles_without_a_shared_topic(client, soup, index, terms):
    page = article(index, slug="mot-minh")
    article(index, slug="khac", topics=[terms["law"]])
    assert soup(client.get(page.url)).select(".related") == []


# The legal library


@pytest.fixture
def library():
    return legal_library()


@pytest.fixture
def documents():
    ordinance = LegalDocumentFactory(
        number="10/2003/PL-UBTVQH11",
        title="Pháp lệnh Phòng, chống mại dâm",
        document_type=LegalDocument.DocumentType.ORDINANCE,
        issued_date=datetime.date(2003, 3, 17),
    )
    decree = LegalDocumentFactory(
        number="144/2021/NĐ-CP",
        title="Nghị định 144",
        issued_date=datetime.date(2021, 12, 31),
    )
    old_decree = LegalDocumentFactory(
        number="167/2013/NĐ-CP",
        title="Nghị định 167",
        issued_date=datetime.date(2013, 11, 12),
        status=LegalDocument.Status.REPLACED,
    )
    decree_en = decree.copy_for_translation(english())
    decree_en.title = "Decree 144"
    decree_en.save()
    return {"ordinance": ordinance, "decree": decree, "old_decree": old_decree}


def entry_titles(parsed):
    return [entry.h2.get_text(strip=True) for entry in parsed.select(".library-entry")]


def test_library_lists_documents_newest_first(client, soup, library, documents):
    assert entry_titles(soup(client.get(library.url))) == [
        "Nghị định 144",
        "Nghị định 167",
        "Pháp lệnh Phòng, chống mại dâm",
    ]


def test_library_in_english_uses_translations_where_they_exist(client, soup, library, documents):
    english_library = publish_translation(library, title="Legal documents", slug="legal-documents")
    parsed = soup(client.get(english_library.url))
    assert entry_titles(parsed) == ["Decree 144", "Nghị định 167", "Pháp lệnh Phòng, chống mại dâm"]
    assert [cite["lang"] for cite in parsed.select(".library-entry h2 cite")] == ["en", "vi", "vi"]


def test_library_filters_by_type_and_status(client, soup, library, documents):
    parsed = soup(client.get(f"{library.url}?type=decree"))
    assert entry_titles(parsed) == ["Nghị định 144", "Nghị định 167"]
    type_links = {
        a.contents[0].strip(): a for a in parsed.select("#filter-type + ul a.filter-link")
    }
    assert type_links["Nghị định"]["aria-current"] == "true"
    assert type_links["Nghị định"]["href"] == library.url
    assert "(1)" in type_links["Pháp lệnh"].get_text()

    parsed = soup(client.get(f"{library.url}?type=decree&status=in_force"))
    assert entry_titles(parsed) == ["Nghị định 144"]
    status_links = parsed.select("#filter-status + ul a.filter-link")
    assert [a["href"] for a in status_links if a.get("aria-current")] == [
        f"{library.url}?type=decree"
    ]
    assert (
        parsed.select_one('#filter-type + ul a[aria-current="true"]')["href"]
        == f"{library.url}?status=in_force"
    )


@pytest.mark.parametrize("query", ["type=treaty", "status=" + "x" * 3000, "type=&status=%FF"])
def test_library_ignores_unknown_filters(client, soup, library, documents, query):
    response = client.get(f"{library.url}?{query}")
    assert response.status_code == 200
    assert len(entry_titles(soup(response))) == 3


def test_library_lists_the_live_articles_that_cite_each_document_in_the_same_language(
    client, soup, library, documents, index
):
    english_index = publish_translation(index, title="Articles", slug="articles")
    english_library = publish_translation(library, title="Legal documents", slug="legal-documents")
    cites_twice = article(
        index,
        title="Xử phạt hành chính",
        slug="xu-phat",
        body=[citation(documents["decree"], "Điều 25"), citation(documents["decree"], "Điều 26")],
    )
    publish_translation(cites_twice, title="Administrative sanctions", slug="sanctions")
    both = article(
        index,
        title="Quyền của bạn",
        slug="quyen",
        body=[citation(documents["ordinance"]), citation(documents["decree"])],
    )
    alias_in_english(both)
    draft = article(index, title="Nháp", slug="nhap", body=[citation(documents["decree"])])
    draft.unpublish()

    def cited_by(url):
        parsed = soup(client.get(url))
        return {
            entry.h2.get_text(strip=True): [
                a.get_text(strip=True) for a in entry.select(".library-entry__articles a")
            ]
            for entry in parsed.select(".library-entry")
        }

    assert cited_by(library.url) == {
        "Nghị định 144": ["Quyền của bạn", "Xử phạt hành chính"],
        "Nghị định 167": [],
        "Pháp lệnh Phòng, chống mại dâm": ["Quyền của bạn"],
    }
    assert english_index.pk
    english = cited_by(english_library.url)
    assert english["Decree 144"] == ["Administrative sanctions", "Quyền của bạn"]
    assert english["Pháp lệnh Phòng, chống mại dâm"] == ["Quyền của bạn"]
    alias_link = soup(client.get(english_library.url)).select_one(
        '.library-entry__articles a[lang="vi"]'
    )
    assert alias_link.get_text(strip=True) == "Quyền của bạn"


def test_citations_follow_what_is_published(client, soup, library, documents, index):
    page = article(index, title="Bài", slug="bai", body=[citation(documents["decree"])])
    assert list(page.citations.values_list("document_id", flat=True)) == [documents["decree"].pk]

    page.body = [citation(documents["ordinance"])]
    page.save_revision()  # a draft changes nothing for readers
    assert list(page.citations.values_list("document_id", flat=True)) == [documents["decree"].pk]

    page.get_latest_revision().publish()
    assert list(page.citations.values_list("document_id", flat=True)) == [documents["ordinance"].pk]

    documents["ordinance"].delete()
    assert not page.citations.exists()
    # The article still works; the citation of a deleted document is left out.
    parsed = soup(client.get(page.url))
    assert parsed.select(".citation") == []
    assert parsed.select("section.legal-basis") == []
