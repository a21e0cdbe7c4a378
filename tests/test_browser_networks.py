"""The network chapters in Chromium."""

import pytest

from tests.browser_checks import CHARTS, charts_drawn
from tests.conftest import ARTIFACTS, IDLE

pytestmark = [pytest.mark.browser, pytest.mark.cat_data]


def test_shallow_network_boundary_appears_while_training(page, app_url):
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1400, "height": 1400})
    page.goto(f"{app_url}/shallow_network?sn_iters=4000")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(page.get_by_text("Press Train: the decision boundary will form here")).to_be_visible()
    page.get_by_role("button", name="Train", exact=True).click()
    # While training (watch pace, about 4 s) the boundary chart is drawn and redrawn.
    boundary = page.locator(CHARTS).filter(has_text="Decision boundary of the network")
    expect(boundary).to_be_visible(timeout=15_000)
    expect(boundary.locator(".heatmaplayer, .contourlayer").first).to_be_attached()
    expect(page.get_by_text("Finished 4000 iterations")).to_be_visible(timeout=60_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
    page.wait_for_timeout(500)
    ARTIFACTS.mkdir(exist_ok=True)
    charts_drawn(page)
    page.screenshot(path=str(ARTIFACTS / "shallow_network.png"))


def test_deep_network_page_shows_layers_and_trains(page, app_url):
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1400, "height": 1400})
    page.goto(f"{app_url}/deep_network?dn_iters=300&dn_pace=instant")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(page.get_by_text("20 × 12288")).to_be_visible()
    page.get_by_role("button", name="Train", exact=True).click()
    expect(page.get_by_text("Finished 300 iterations")).to_be_visible(timeout=60_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
    page.wait_for_timeout(500)
    ARTIFACTS.mkdir(exist_ok=True)
    charts_drawn(page)
    page.screenshot(path=str(ARTIFACTS / "deep_network.png"))
