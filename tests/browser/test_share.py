"""Share links: the buttons that need JavaScript appear only where they work.

The tests use the English alias of the information page: its interface strings are the
catalogues' message ids whether or not they are translated yet, and it shares the
Vietnamese original.
"""

import pytest
from playwright.sync_api import expect

from tests.factories import site_home

PAGE = "untranslated alias (en)"
# Make the browser offer (or not offer) a share sheet, as a phone does (or a desktop does not).
WITH_SHARE_SHEET = """
Object.defineProperty(Navigator.prototype, "share", {
    configurable: true,
    value: function (data) { window.sharedWith = data; return Promise.resolve(); },
});
Object.defineProperty(Navigator.prototype, "canShare", {
    configurable: true,
    value: function () { return true; },
});
"""
WITHOUT_SHARE_SHEET = """
delete Navigator.prototype.share;
delete Navigator.prototype.canShare;
"""


@pytest.fixture
def original_url(public_pages):
    """The Vietnamese page, at the Site's root URL, as the card and the share links give it."""
    return site_home().get_children().get(slug="duyet-web-an-toan").specific.full_url


def test_copy_link_puts_the_address_on_the_clipboard(new_page, public_pages, original_url):
    page = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(public_pages[PAGE])
    share = page.locator("[data-share]")

    share.get_by_role("button", name="Copy link").click()

    expect(share.get_by_role("status")).to_have_text("Link copied.")
    assert page.evaluate("navigator.clipboard.readText()") == original_url
    assert share.get_by_label("Link to this page").input_value() == original_url


def test_share_sheet_button_shares_the_title_and_address(new_page, public_pages, original_url):
    page = new_page()
    page.add_init_script(WITH_SHARE_SHEET)
    page.goto(public_pages[PAGE])

    page.locator("[data-share]").get_by_role("button", name="Share…").click()

    assert page.evaluate("window.sharedWith") == {"title": "Duyệt web an toàn", "url": original_url}


def test_no_share_sheet_button_where_the_browser_has_none(new_page, public_pages):
    page = new_page()
    page.add_init_script(WITHOUT_SHARE_SHEET)
    page.goto(public_pages[PAGE])
    share = page.locator("[data-share]")

    expect(share.get_by_role("button", name="Copy link")).to_be_visible()
    expect(share.get_by_role("button", name="Share…")).to_be_hidden()


def test_without_javascript_the_links_and_the_address_remain(new_page, public_pages, original_url):
    page = new_page(java_script_enabled=False)
    page.goto(public_pages[PAGE])
    share = page.locator("[data-share]")

    expect(share.get_by_role("link", name="Share on Facebook")).to_be_visible()
    expect(share.get_by_role("link", name="Share on X")).to_be_visible()
    address = share.get_by_label("Link to this page")
    expect(address).to_be_visible()
    expect(address).to_have_value(original_url)
    expect(address).not_to_be_editable()
    expect(share.get_by_role("button")).to_have_count(0)
