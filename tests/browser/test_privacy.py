"""Reading the portal leaves no trace elsewhere: no request to another site, no cookie."""

from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import PUBLIC_PAGES

SCROLL_TO_THE_END = "window.scrollTo(0, document.documentElement.scrollHeight)"


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_page_asks_only_the_portal_for_anything(page, public_pages, site_url, name):
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(public_pages[name])
    # Lazy images and anything else that waits for the reader to scroll.
    page.evaluate(SCROLL_TO_THE_END)
    page.wait_for_load_state("networkidle")

    portal = urlsplit(site_url).netloc
    # The page and its stylesheet are seen, so any other request would be too.
    assert requested[0] == public_pages[name]
    assert site_url + "/static/portal/css/site.css" in requested
    assert [url for url in requested if urlsplit(url).netloc != portal] == []


def test_an_anonymous_reader_gets_no_cookies_and_nothing_stored(page, public_pages):
    for url in public_pages.values():
        page.goto(url)
        page.evaluate(SCROLL_TO_THE_END)
    page.wait_for_load_state("networkidle")

    assert page.context.cookies() == []
    assert page.evaluate("[localStorage.length, sessionStorage.length]") == [0, 0]
