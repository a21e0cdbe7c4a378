"""Tablets and phones (Playwright's iPad and iPhone descriptors: their size, touch, a mobile browser): every
page without sideways scrolling and with its charts and controls inside the screen; the three training
chapters train, and stop, by touch; a sidebar control moves by touch."""

import re

import pytest

from tests.browser_checks import CHARTS, charts_drawn, cut_off, open_and_settle, sideways_scroll, wider_than_window
from tests.conftest import ARTIFACTS, IDLE, page_param
from core.chapters import CHAPTERS

pytestmark = pytest.mark.browser

DEVICES = {"ipad": "iPad (gen 7)", "phone": "iPhone 13"}
# What a finger touches. A slider is its track: its range input is a visually hidden copy for screen readers.
CONTROLS = ", ".join(f"[data-testid='stMain'] {kind}" for kind in (
    "button", "input:not([type='range'])", "textarea", "a", "label", "[data-testid='stSlider'] [role='group']"))
# Each training chapter with a short, instant run: (slug, query, the words of a finished run).
TRAINING = [page_param(f"pages/{slug}.py", slug, query, finished, id=slug) for slug, query, finished in (
    ("cat_classifier", "iters=200&pace=instant", "Finished 200 iterations"),
    ("shallow_network", "sn_iters=300&sn_pace=instant", "Finished 300 iterations"),
    ("deep_network", "dn_iters=100&dn_pace=instant&dn_layers=5", "Finished 100 iterations"),
)]


@pytest.fixture(scope="module", params=list(DEVICES))
def device(request, browser, devices):
    """One tab on the device for the module's tests (a context per page would cost seconds each)."""
    descriptor = dict(devices[DEVICES[request.param]])
    descriptor.pop("default_browser_type")  # webkit's; the tests drive Debian's Chromium
    context = browser.new_context(**descriptor)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.device_name = request.param
    yield page
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


@pytest.mark.parametrize("chapter", [page_param(chapter.path, chapter, id=chapter.path) for chapter in CHAPTERS])
def test_every_page_fits_the_screen(device, app_url, chapter):
    open_and_settle(device, f"{app_url}/{chapter.url_path}")
    assert not sideways_scroll(device)
    assert not wider_than_window(device, f"{CHARTS}, [data-testid='stImage'], "
                                         "[data-testid='stGraphVizChart'], [data-testid='stDataFrame']")
    assert not wider_than_window(device, CONTROLS)
    assert not cut_off(device, "[data-testid='stMetricValue']")


@pytest.mark.parametrize("slug, query, finished", TRAINING)
def test_the_training_chapters_train_by_touch(device, app_url, slug, query, finished):
    from playwright.sync_api import expect

    device.goto(f"{app_url}/{slug}?{query}")
    expect(device.locator(IDLE)).to_be_attached(timeout=60_000)
    device.get_by_role("button", name="Train", exact=True).tap()
    expect(device.get_by_text(finished)).to_be_visible(timeout=60_000)
    expect(device.locator(IDLE)).to_be_attached(timeout=30_000)
    chart = device.locator(CHARTS).first
    chart.scroll_into_view_if_needed()
    expect(chart).to_be_visible()
    assert not sideways_scroll(device)
    assert not wider_than_window(device, CHARTS)
    assert not cut_off(device, "[data-testid='stMetricValue']")  # iteration, cost, accuracies: every digit
    ARTIFACTS.mkdir(exist_ok=True)
    charts_drawn(device)
    device.screenshot(path=str(ARTIFACTS / f"{device.device_name}_{slug}_trained.png"))


def iteration_shown(page) -> int:
    return int(page.get_by_test_id("stProgress").inner_text().split()[1])  # "Iteration N of M"


@pytest.mark.cat_data  # on the cat classifier
def test_stop_training_by_touch(device, app_url):
    from playwright.sync_api import expect

    device.goto(f"{app_url}/cat_classifier?iters=5000&pace=slow")  # 30 seconds, unless stopped
    expect(device.locator(IDLE)).to_be_attached(timeout=60_000)
    device.get_by_role("button", name="Train", exact=True).tap()
    expect(device.get_by_test_id("stProgress")).to_contain_text("of 5000", timeout=20_000)
    device.get_by_role("button", name="Stop training").tap()
    stopped = device.get_by_text("Training stopped at iteration")
    expect(stopped).to_be_visible(timeout=10_000)
    expect(device.locator(IDLE)).to_be_attached(timeout=10_000)
    at_stop = iteration_shown(device)
    device.wait_for_timeout(1000)
    assert iteration_shown(device) == at_stop < 5000, "training went on after Stop"


@pytest.mark.cat_data  # on the cat classifier
def test_a_sidebar_control_moves_by_touch(device, app_url):
    """On a phone the sidebar starts folded away: a tap opens it, a tap on a slider moves it."""
    from playwright.sync_api import expect

    device.goto(f"{app_url}/cat_classifier")
    expect(device.locator(IDLE)).to_be_attached(timeout=60_000)
    opener = device.get_by_test_id("stExpandSidebarButton")
    if opener.is_visible():
        opener.tap()
    slider = device.get_by_test_id("stSidebar").get_by_role("slider", name="Learning rate α")
    track = device.get_by_test_id("stSidebar").get_by_role("group", name="Learning rate α")
    track.scroll_into_view_if_needed()
    box = track.bounding_box()
    assert 0 <= box["x"] and box["x"] + box["width"] <= device.viewport_size["width"]
    device.touchscreen.tap(box["x"] + box["width"] - 4, box["y"] + box["height"] / 2)  # the right end: the largest
    expect(slider).to_have_attribute("aria-valuetext", "1")
    expect(device).to_have_url(re.compile(r"[?&]lr=1(&|$)"), timeout=30_000)  # the page ran with it
