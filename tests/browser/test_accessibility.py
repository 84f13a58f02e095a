"""Every public template passes axe (WCAG 2.2 AA and axe's best practices, colour contrast
included) on a small phone and on a desktop, and a 320 px wide phone never scrolls sideways.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import DESKTOP_WIDTH, PHONE_WIDTH, PUBLIC_PAGES

axe = Axe()
# By default axe leaves out some WCAG 2.2 rules (such as target-size); name them all.
WCAG_22_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


@pytest.mark.parametrize("width", [PHONE_WIDTH, DESKTOP_WIDTH], ids=["phone", "desktop"])
@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_page_has_no_accessibility_violations(new_page, public_pages, name, width):
    page = new_page(viewport={"width": width, "height": 800})
    page.goto(public_pages[name])

    results = axe.run(page, options=WCAG_22_AA)

    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_page_fits_a_small_phone_without_scrolling_sideways(new_page, public_pages, name):
    page = new_page(viewport={"width": PHONE_WIDTH, "height": 640})
    page.goto(public_pages[name])

    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH


# The focused element, and whether the sticky quick exit bar covers any of it.
FOCUS_POSITION = """() => {
    const focused = document.activeElement;
    const bar = document.querySelector("[data-quick-exit]");
    return {
        element: focused.outerHTML.slice(0, 100),
        inBar: bar.contains(focused),
        coveredByBar: focused.getBoundingClientRect().top < bar.getBoundingClientRect().bottom - 1,
    };
}"""


@pytest.mark.parametrize("name", ["home (vi)", "information page"])
def test_the_quick_exit_bar_never_hides_the_focused_element(new_page, public_pages, name):
    """The quick exit stays on screen, so it must not cover what has focus, not even in part.

    WCAG 2.4.11 (AA) asks only that the focused element is not entirely hidden.
    """
    page = new_page(viewport={"width": PHONE_WIDTH, "height": 640})
    page.goto(public_pages[name])
    focusable = page.locator("body a[href]:not(.skip-link)").count()
    covered = []

    def look_at_focus(how):
        position = page.evaluate(FOCUS_POSITION)
        if position["coveredByBar"] and not position["inBar"]:
            covered.append(f"{how}: {position['element']}")

    page.locator(".quick-exit__button").focus()
    for _ in range(focusable - 1):
        page.keyboard.press("Tab")
        look_at_focus("Tab")
    for _ in range(focusable - 1):
        page.keyboard.press("Shift+Tab")
        look_at_focus("Shift+Tab")
    # The skip link's target: the page scrolls to the main content, which starts below the bar.
    page.locator(".skip-link").focus()
    page.keyboard.press("Enter")
    look_at_focus("Skip link")

    assert covered == []
