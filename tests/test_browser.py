"""The real app in Debian's Chromium, driven by Playwright. Screenshots land in tests/artifacts/."""

import re
import time

import pytest

from tests.browser_checks import CHARTS, charts_drawn
from tests.conftest import ARTIFACTS, IDLE

pytestmark = [pytest.mark.browser, pytest.mark.cat_data]


def iteration_shown(page) -> int:
    text = page.get_by_test_id("stProgress").inner_text()  # "Iteration N of M"
    return int(text.split()[1])


def test_cat_page_trains_and_stop_stops_it(page, app_url):
    from playwright.sync_api import expect

    page.goto(f"{app_url}/cat_classifier?iters=5000&pace=slow")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(page.get_by_text("1 · The data")).to_be_visible()
    # The menu is st.navigation's sections in the top bar, built from the registry (core/chapters); Streamlit's
    # auto-discovered list of pages/ never shows, even on this first visit after the server started.
    page.get_by_text("Logistic regression", exact=True).click()
    expect(page.get_by_text("Computation graph", exact=True)).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
    expect(page.get_by_text("app", exact=True)).to_have_count(0)

    page.get_by_role("button", name="Train", exact=True).click()
    progress = page.get_by_test_id("stProgress")
    expect(progress).to_contain_text("of 5000", timeout=20_000)
    deadline = time.monotonic() + 20
    while iteration_shown(page) < 300 and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert 300 <= iteration_shown(page) < 5000, "the live view should be advancing"
    expect(page.locator(CHARTS).first).to_be_visible()

    page.get_by_role("button", name="Stop training").click()
    stopped = page.get_by_text("Training stopped at iteration")
    expect(stopped).to_be_visible(timeout=5_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=10_000)
    at_stop = iteration_shown(page)
    page.wait_for_timeout(1500)
    assert iteration_shown(page) == at_stop < 5000, "training went on after Stop"
    assert f"Training stopped at iteration {at_stop} of 5000" in stopped.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    charts_drawn(page)
    page.screenshot(path=str(ARTIFACTS / "cat_stopped.png"), full_page=True)


def test_home_page_links_to_the_cat_chapter(page, app_url):
    from playwright.sync_api import expect

    page.goto(app_url)
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(page.get_by_text("The eight steps of building a network")).to_be_visible()
    page.get_by_role("link", name="Open the chapter: Cat classifier").first.click()
    expect(page.get_by_text("1 · The data")).to_be_visible(timeout=30_000)
    assert page.url.rstrip("/").endswith("cat_classifier")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(page.get_by_test_id("stMetricValue").first).to_have_text("209")  # drawn, not a skeleton
    expect(page.get_by_role("img").first).to_be_visible()
    page.wait_for_timeout(500)
    ARTIFACTS.mkdir(exist_ok=True)
    charts_drawn(page)
    page.screenshot(path=str(ARTIFACTS / "home_to_cat.png"))


def test_the_address_bar_reproduces_the_view(page, browser, app_url):
    from playwright.sync_api import expect

    page.goto(f"{app_url}/cat_classifier")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    page.get_by_role("slider", name="Learning rate α").focus()
    page.keyboard.press("ArrowRight")  # 0.005 -> 0.01 on the 1-2-5 grid
    expect(page).to_have_url(f"{app_url}/cat_classifier?lr=0.01", timeout=10_000)
    # The next key only once that run has ended: a key on a slider while the sidebar is redrawn by a rerun has
    # been seen (once, on a loaded machine) to put the pace and picture sliders at their minimum.
    expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
    page.locator('input[aria-label="Iterations"]').focus()
    page.keyboard.press("ArrowLeft")  # 2000 -> 1900
    expect(page).to_have_url(re.compile(r"\?(lr=0\.01&iters=1900|iters=1900&lr=0\.01)$"), timeout=10_000)

    copy = page.context.new_page()
    copy.goto(page.url)
    expect(copy.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(copy.get_by_role("slider", name="Learning rate α")).to_have_attribute("aria-valuetext", "0.01")
    expect(copy.locator('input[aria-label="Iterations"]')).to_have_value("1900")

    copy.goto(f"{app_url}/cat_classifier?iters=99999&lr=banana")
    expect(copy.locator(IDLE)).to_be_attached(timeout=60_000)
    sidebar = copy.get_by_test_id("stSidebar")
    expect(sidebar).to_contain_text("Iterations = 99999, outside the slider's range; using 2000")
    expect(sidebar).to_contain_text("“banana”, which is not a value; using 0.005")
