"""Presenter mode in Chromium on a 1280 x 720 projector: every page without sideways scrolling and without
text under 18 px (charts included), the lesson path's large buttons, and screenshots of the cat classifier
and gradient descent in the light and the dark theme (tests/artifacts/presenter_*.png)."""

import pytest

from tests.browser_checks import (CHARTS, charts_drawn, cut_off, open_and_settle, scroll_below_header, sideways_scroll,
                                  small_text, wider_than_window)
from tests.conftest import ARTIFACTS, IDLE, page_param
from core.chapters import CHAPTERS, LESSONS, chapter

pytestmark = pytest.mark.browser

PROJECTOR = {"width": 1280, "height": 720}
LEAST_PIXELS = 18  # readable from the back of a classroom on a 1280 x 720 projector


def address(app_url: str, chapter, query: str = "present=1") -> str:
    return f"{app_url}/{chapter.url_path}?{query}"


@pytest.fixture(scope="module")
def projector(browser):
    """One tab on the projector for the module (a new context per page would cost seconds each)."""
    context = browser.new_context(viewport=PROJECTOR)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def test_the_checks_find_small_text_and_sideways_scroll(projector, app_url):
    """Without presenter mode Streamlit's captions and labels are 14 px and chart ticks 12 px: the checks
    must see them, and a box wider than the page."""
    open_and_settle(projector, address(app_url, chapter("loss_and_cost"), query=""))
    found = small_text(projector, LEAST_PIXELS)
    assert any("fcLivePlot" in line or "stPlotlyChart" in line for line in found), found
    assert any("stCaption" in line for line in found)
    projector.evaluate("""() => { const wide = document.createElement('button'); wide.style.width = '3000px';
        document.querySelector('[data-testid="stMainBlockContainer"]').append(wide); }""")
    assert [line.split(":")[0] for line in sideways_scroll(projector)] == ["stMain"]
    assert wider_than_window(projector, "[data-testid='stMain'] button")


@pytest.mark.parametrize("chapter", [page_param(chapter.path, chapter, id=chapter.path) for chapter in CHAPTERS])
def test_every_page_reads_from_the_back_of_the_room(projector, app_url, chapter):
    from playwright.sync_api import expect

    open_and_settle(projector, address(app_url, chapter))
    expect(projector.get_by_role("switch", name="Presenter mode")).to_be_checked()
    assert not sideways_scroll(projector)
    assert not small_text(projector, LEAST_PIXELS)
    assert not cut_off(projector, "[data-testid='stMetricValue'], [data-testid='stMain'] button")  # no "0.7…"
    # The long explanations are folded away; the page opens with its title, then what the class looks at.
    expect(projector.get_by_test_id("stExpander").filter(has_text="Explanation").first).to_be_visible()


@pytest.mark.cat_data  # follows the path to the vectorization chapter
def test_the_lesson_path_is_large_and_keeps_the_mode(projector, app_url):
    from playwright.sync_api import expect

    before = LESSONS[LESSONS.index(chapter("vectorization")) - 1]  # the text's order, read from the registry
    open_and_settle(projector, f"{app_url}/{before.url_path}?present=1&lang=zh")
    following = projector.get_by_role("link", name="下一章：向量化")
    scroll_below_header(projector, following)
    box = following.bounding_box()
    assert box["height"] >= 80 and box["width"] >= 250, box  # a button for the back of the room
    following.click()
    expect(projector.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(projector.get_by_role("heading", level=1)).to_contain_text("向量化")
    assert "present=1" in projector.url and "lang=zh" in projector.url
    expect(projector.get_by_role("switch", name="演示模式")).to_be_checked()

    # Off again: the projector's type goes with it.
    expect(projector.locator("html")).to_have_css("font-size", "24px")
    projector.get_by_test_id("stSidebar").get_by_text("演示模式").click()
    expect(projector.locator("html")).to_have_css("font-size", "16px")  # once the page has run again
    expect(projector.get_by_role("switch", name="演示模式")).not_to_be_checked()
    assert "present" not in projector.url


def background_luminance(page) -> float:
    rgb = page.evaluate("() => getComputedStyle(document.querySelector('[data-testid=\"stApp\"]')).backgroundColor")
    red, green, blue = (int(part) for part in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3])
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255


@pytest.mark.cat_data  # trains the cat classifier
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_of_the_cat_and_gradient_descent_pages(browser, app_url, theme):
    """Streamlit follows the system's colour scheme unless the viewer picked a theme: emulate each."""
    from playwright.sync_api import expect

    context = browser.new_context(viewport=PROJECTOR, color_scheme=theme)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        open_and_settle(page, f"{app_url}/cat_classifier?present=1&iters=300&pace=instant")
        luminance = background_luminance(page)
        assert (luminance < 0.2) if theme == "dark" else (luminance > 0.8), luminance
        charts_drawn(page)
        page.screenshot(path=str(ARTIFACTS / f"presenter_cat_{theme}_top.png"))
        page.get_by_role("button", name="Train", exact=True).click()
        expect(page.get_by_text("Finished 300 iterations")).to_be_visible(timeout=30_000)
        expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
        scroll_below_header(page, page.get_by_test_id("stProgress"))
        page.wait_for_timeout(600)  # the chart's own drawing
        assert not small_text(page, LEAST_PIXELS)
        assert not cut_off(page, "[data-testid='stMetricValue'], [data-testid='stMain'] button")
        charts_drawn(page)
        page.screenshot(path=str(ARTIFACTS / f"presenter_cat_{theme}_trained.png"))

        open_and_settle(page, f"{app_url}/gradient_descent?present=1")
        charts_drawn(page)
        page.screenshot(path=str(ARTIFACTS / f"presenter_gradient_descent_{theme}_top.png"))
        scroll_below_header(page, page.locator(CHARTS).first)
        charts_drawn(page)
        page.screenshot(path=str(ARTIFACTS / f"presenter_gradient_descent_{theme}_descent.png"))
        scroll_below_header(page, page.get_by_test_id("stHeading").filter(has_text="2 · ").first)
        charts_drawn(page)
        page.screenshot(path=str(ARTIFACTS / f"presenter_gradient_descent_{theme}_numbers.png"))
    finally:
        context.close()
    assert not errors, f"JavaScript errors: {errors}"
