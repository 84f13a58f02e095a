"""Campaign pages in a real browser: axe finds nothing on the index or on a campaign with
every block, and the video asks YouTube for nothing until the reader presses play.

The pages come from tests/browser/campaign_pages.py, through the public_pages fixture, so the
accessibility, small-phone and privacy checks that run on every public template run on them
too.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import WCAG_22_AA, axe

EMBED = "https://www.youtube-nocookie.com/embed/"


@pytest.mark.parametrize("name", ["campaign index", "campaign"])
def test_campaign_pages_have_no_accessibility_violations_with_a_filter(
    new_page, public_pages, name
):
    """The public_pages checks see the pages as they open; here with a filter chosen too."""
    page = new_page(viewport={"width": 360, "height": 800})
    url = public_pages[name] + ("?topic=suc-khoe-chien-dich" if name == "campaign index" else "")
    page.goto(url)
    results = axe.run(page, options=WCAG_22_AA)
    assert results.violations_count == 0, results.generate_report()


@pytest.fixture
def watched(site_url):
    """A page that records every request and never reaches another site; the player's
    address is answered here with an empty page."""

    def open_page(new_page, **context_options):
        page = new_page(viewport={"width": 1280, "height": 900}, **context_options)
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.route(re.compile(r"^(?!" + re.escape(site_url) + ")"), lambda route: route.abort())
        page.route(
            EMBED + "**",
            lambda route: route.fulfill(
                status=200, content_type="text/html", body="<!DOCTYPE html><title>Player</title>"
            ),
        )
        return page, requests

    return open_page


def test_the_video_loads_only_when_the_reader_presses_play(
    new_page, watched, public_pages, site_url
):
    page, requests = watched(new_page)
    page.goto(public_pages["campaign"])
    video = page.locator("[data-video]")
    video.scroll_into_view_if_needed()
    page.wait_for_load_state("networkidle")

    assert [url for url in requests if not url.startswith(site_url)] == []
    expect(video.locator("iframe")).to_have_count(0)

    video.get_by_role("link", name=re.compile("Câu chuyện của Lan")).click()

    player = video.locator("iframe")
    expect(player).to_have_count(1)
    assert player.get_attribute("src").startswith(EMBED + "abcdefghijk")
    assert player.get_attribute("title") == "Câu chuyện của Lan"
    expect(player).to_be_focused()
    page.wait_for_load_state("networkidle")
    elsewhere = [url for url in requests if not url.startswith(site_url)]
    assert elsewhere and all(url.startswith(EMBED) for url in elsewhere)


def test_without_javascript_the_video_is_a_plain_link(new_page, public_pages):
    page = new_page(java_script_enabled=False)
    page.goto(public_pages["campaign"])
    link = page.locator("[data-video] a.video__play")
    expect(link).to_have_attribute("href", "https://www.youtube.com/watch?v=abcdefghijk")
    expect(page.locator("[data-video] iframe")).to_have_count(0)


def test_details_sit_beside_the_story_on_a_wide_screen_and_before_it_on_a_phone(
    new_page, public_pages
):
    wide = new_page(viewport={"width": 1280, "height": 900})
    wide.goto(public_pages["campaign"])
    about, story = wide.locator(".campaign-about"), wide.locator(".campaign__body")
    assert about.bounding_box()["x"] > story.bounding_box()["x"] + story.bounding_box()["width"]

    phone = new_page(viewport={"width": 320, "height": 640})
    phone.goto(public_pages["campaign"])
    about, story = phone.locator(".campaign-about"), phone.locator(".campaign__body")
    assert about.bounding_box()["y"] < story.bounding_box()["y"]
