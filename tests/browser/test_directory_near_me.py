"""Near me and the map, in a real browser: the phone's position sorts the list on the
device and never leaves it; the map asks OpenStreetMap for nothing until the reader asks.

No request reaches the internet: every address outside the live server is refused, and the
map's tiles are answered here with a blank image.
"""

import base64
import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import WCAG_22_AA, axe
from tests.directory_factories import LocationFactory, directory_page, make_service

# Where the browser says the phone is: in Tân Bình, 4 km from the centre of Tân Sơn Nhất.
POSITION = {"latitude": 10.8231, "longitude": 106.6297}
# The position as it could appear in a request, in any precision or encoding.
POSITION_TRACES = ("10.823", "106.629", "10.82", "106.63", "10%2C82", "106%2C63")
# Named so that alphabetical order (the server's) is not the order of distance.
PLACES = [
    ("An Dưỡng", 10.7500, 106.7000),  # about 11 km
    ("Bình Minh", 10.8240, 106.6310),  # about 170 m
    ("Cầu Vồng", 10.8000, 106.6600),  # about 4 km
    ("Duyên Hải", 10.8600, 106.7700),  # about 16 km
]
NEAREST_FIRST = ["Bình Minh", "Cầu Vồng", "An Dưỡng", "Duyên Hải"]
BLANK_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=="
)
TILES = "https://tile.openstreetmap.org/"


@pytest.fixture
def finder_url(site_url):
    for name, lat, lng in PLACES:
        make_service(title=name, locations=[LocationFactory(latitude=lat, longitude=lng)])
    make_service(
        title="Tổ Ấm",
        locations=[LocationFactory(is_confidential=True, latitude=10.8232, longitude=106.6298)],
    )
    make_service(title="Đường dây nóng", locations=[])
    return site_url + directory_page().url


@pytest.fixture
def watched(site_url):
    """Open a page that records every request and never reaches another site."""

    def open_page(new_page, **context_options):
        page = new_page(viewport={"width": 360, "height": 800}, **context_options)
        requests = []
        page.on("request", lambda request: requests.append(request))
        page.route(re.compile(r"^(?!" + re.escape(site_url) + ")"), lambda route: route.abort())
        page.route(
            TILES + "**",
            lambda route: route.fulfill(status=200, content_type="image/png", body=BLANK_PNG),
        )
        return page, requests

    return open_page


def titles(page):
    return page.locator(".service-card__title a").all_inner_texts()


def carries_the_position(request):
    sent = request.url + (request.post_data or "")
    return any(trace in sent for trace in POSITION_TRACES)


def test_near_me_sorts_on_the_phone_and_the_position_is_never_sent(new_page, watched, finder_url):
    page, requests = watched(
        new_page, geolocation=POSITION, permissions=["geolocation"], locale="vi-VN"
    )
    page.goto(finder_url)
    assert titles(page)[:2] == ["An Dưỡng", "Bình Minh"]

    page.locator("[data-near-me-button]").click()
    expect(page.locator("[data-results-summary]")).to_be_hidden()

    assert titles(page) == [*NEAREST_FIRST, "Đường dây nóng", "Tổ Ấm"]
    distances = page.locator(".service-card__distance").all_inner_texts()
    assert len(distances) == len(NEAREST_FIRST)
    assert distances[0].endswith("170 m")
    expect(page.locator("[data-near-me-status]")).not_to_be_empty()
    # The confidential place is not sorted: it has no position the phone knows.
    shelter = page.locator(".service-card").filter(has_text="Tổ Ấm")
    assert shelter.locator(".service-card__distance").count() == 0
    assert shelter.locator('a[href*="openstreetmap"]').count() == 0

    asked = [request.url for request in requests if "/near-me/" in request.url]
    assert len(asked) == 1
    assert [request.url for request in requests if carries_the_position(request)] == []
    assert not [request for request in requests if request.url.startswith(TILES)]
    assert page.evaluate("location.href") == finder_url
    assert page.evaluate("[localStorage.length, sessionStorage.length]") == [0, 0]
    assert page.context.cookies() == []


def test_the_map_loads_tiles_only_after_the_reader_asks(new_page, watched, finder_url):
    page, requests = watched(new_page)
    page.goto(finder_url)
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_load_state("networkidle")
    assert not [request for request in requests if request.url.startswith(TILES)]
    expect(page.locator(".map__note")).to_be_visible()
    before_click = len(requests)

    button = page.locator("[data-map-button]")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(page.locator(".map__tile").first).to_be_attached()
    page.wait_for_load_state("networkidle")

    tiles = [request for request in requests if request.url.startswith(TILES)]
    assert tiles
    assert all(requests.index(tile) >= before_click for tile in tiles)
    assert all(re.fullmatch(TILES + r"\d+/\d+/\d+\.png", tile.url) for tile in tiles)
    # Only the site's origin is given as the referrer, never the search.
    for tile in tiles:
        assert tile.all_headers().get("referer", "").rstrip("/") in (
            "",
            finder_url.split("/dich-vu")[0],
        )
    # One pin for each result with a public position; none for the confidential place.
    assert page.locator(".map__pin").count() == len(PLACES)
    assert [request for request in requests if carries_the_position(request)] == []

    button.click()
    expect(page.locator(".map__tile")).to_have_count(0)


def test_a_refused_position_says_what_to_do_instead(new_page, watched, finder_url):
    page, _requests = watched(new_page)  # no geolocation permission
    page.goto(finder_url)
    page.locator("[data-near-me-button]").click()
    status = page.locator("[data-near-me-status]")
    expect(status).to_have_text(page.locator("[data-near-me]").get_attribute("data-msg-denied"))
    assert titles(page)[:2] == ["An Dưỡng", "Bình Minh"]


def test_without_javascript_there_is_no_near_me_or_map_button(new_page, finder_url):
    page = new_page(java_script_enabled=False)
    page.goto(finder_url)
    expect(page.locator("[data-near-me-button]")).to_be_hidden()
    expect(page.locator("[data-map-button]")).to_be_hidden()
    # The area field still sorts by distance, on the server.
    page.locator("#finder-area").fill("Phường Tân Sơn Nhất")
    page.locator(".finder-form__submit").click()
    assert titles(page)[:2] == ["Cầu Vồng", "Bình Minh"]


def test_sorted_results_and_the_open_map_pass_axe(new_page, watched, finder_url):
    page, _requests = watched(new_page, geolocation=POSITION, permissions=["geolocation"])
    page.goto(finder_url)
    page.locator("[data-near-me-button]").click()
    expect(page.locator("[data-results-summary]")).to_be_hidden()
    page.locator("[data-map-button]").click()
    expect(page.locator(".map__pin").first).to_be_visible()

    results = axe.run(page, options=WCAG_22_AA)

    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
