"""The quick exit: a reader who is being watched leaves the site in one move.

The tests use the English pages, whose interface strings are the catalogues' message
ids whether or not the catalogues are compiled.
"""

import re

import pytest
from playwright.sync_api import expect

EXITING = re.compile(r"(^|\s)is-exiting(\s|$)")
# Playwright cannot look into a page that is navigating away, so the page reports, the
# moment the quick exit starts, whether it is still visible.
REPORT_WHEN_EXITING = """() => {
    new MutationObserver(() => {
        if (document.documentElement.classList.contains("is-exiting")) {
            console.log("exiting, page " + getComputedStyle(document.body).visibility);
        }
    }).observe(document.documentElement, {attributeFilter: ["class"]});
}"""


def press_shift_three_times(page):
    for _ in range(3):
        page.keyboard.press("Shift")


def click_quick_exit(page):
    page.get_by_role("link", name="Quick exit").click(no_wait_after=True)


@pytest.fixture
def portal_url(site_url, neutral_site):
    """The English home page, whose quick exit leads to the neutral site."""
    return site_url + "/en/"


@pytest.mark.parametrize("leave", [press_shift_three_times, click_quick_exit])
def test_quick_exit_hides_the_page_at_once_and_leaves_no_way_back(
    page, portal_url, neutral_site, leave
):
    page.goto(portal_url)
    history_length = page.evaluate("history.length")

    page.evaluate(REPORT_WHEN_EXITING)

    with (
        neutral_site.holding_answers(),
        page.expect_console_message(lambda message: message.text.startswith("exiting")) as report,
    ):
        leave(page)
    # Before the neutral site answered, the portal was already out of sight.
    assert report.value.text == "exiting, page hidden"

    expect(page).to_have_url(neutral_site.url)
    expect(page.get_by_role("heading", name=neutral_site.HEADING)).to_be_visible()
    # The portal's history entry was replaced, not added to...
    assert page.evaluate("history.length") == history_length
    # ...so Back leads to where the reader was before the portal: a new tab's blank page.
    page.go_back()
    assert page.url == "about:blank"
    # The neutral site is not told where the reader came from.
    assert [request.referer for request in neutral_site.page_requests] == [None]


def test_two_shift_presses_and_another_key_start_the_count_again(page, portal_url, neutral_site):
    page.goto(portal_url)
    status = page.locator("[data-quick-exit-status]")

    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    expect(status).to_have_text("Press Shift 1 more time to leave this site.")
    page.keyboard.press("a")
    # Read at once: expect() would wait, and the count also restarts after a pause.
    assert status.text_content() == ""
    # Without the reset this would be the third press.
    page.keyboard.press("Shift")

    expect(status).to_have_text("Press Shift 2 more times to leave this site.")
    expect(page.locator("html")).not_to_have_class(EXITING)
    expect(page.get_by_role("main")).to_be_visible()
    assert page.url == portal_url
    assert neutral_site.requests == []


def test_shift_held_down_for_another_key_is_not_a_shift_press(page, portal_url, neutral_site):
    """Going back with Shift+Tab or typing a capital letter is not a step towards leaving."""
    page.goto(portal_url)
    status = page.locator("[data-quick-exit-status]")

    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+KeyA")
    # Nothing is announced to a screen reader user who is only moving backwards or typing.
    assert status.text_content() == ""
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")

    expect(status).to_have_text("Press Shift 1 more time to leave this site.")
    expect(page.locator("html")).not_to_have_class(EXITING)
    assert neutral_site.requests == []


def test_without_javascript_the_quick_exit_is_a_plain_link(new_page, portal_url, neutral_site):
    page = new_page(java_script_enabled=False)
    page.goto(portal_url)
    # The keyboard shortcut needs JavaScript, so it is not offered.
    expect(page.get_by_text("or press Shift 3 times")).to_be_hidden()

    click_quick_exit(page)

    expect(page).to_have_url(neutral_site.url)
    expect(page.get_by_role("heading", name=neutral_site.HEADING)).to_be_visible()
    assert [request.referer for request in neutral_site.page_requests] == [None]
