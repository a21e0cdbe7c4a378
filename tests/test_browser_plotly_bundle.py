"""plotly.js in Chromium: a 2D page loads plotly's cartesian bundle only (the gradient-descent page too, its
surface a picture), the descent turned in 3D the full one only, and a tab that goes from a 2D page to the turned
descent (both bundles in one document) draws its 3D surface, with no error (ui/plotly_bundle.py)."""

import pytest

from core.datasets import DatasetError
from tests.browser_checks import charts_drawn, open_and_settle
from tests.conftest import IDLE
from ui import plotly_bundle

pytestmark = pytest.mark.browser

BUNDLES_DRAWING = """() => [...document.querySelectorAll('.fc-live-plot')].map(
  (plot) => plot.__plotly === window.__fcPlotly.made['plotly.min.js'] ? 'full' : 'cartesian')"""


@pytest.fixture(scope="module")
def cartesian_bundle():
    """The cartesian bundle in static/, as the app fetches it (here at once, not in the background)."""
    try:
        if not plotly_bundle.install():
            pytest.skip("the plotly package carries another plotly.js than the pinned cartesian bundle")
    except (DatasetError, OSError) as error:  # no network: the app keeps the full bundle, nothing to see here
        pytest.skip(f"the cartesian bundle could not be fetched: {error}")


def scripts_loaded(page) -> list[str]:
    return page.evaluate("() => [...document.querySelectorAll('script[data-bundle]')].map((s) => s.dataset.bundle)")


def test_each_page_loads_the_bundle_it_needs_and_a_tab_can_hold_both(page, app_url, cartesian_bundle):
    from playwright.sync_api import expect

    # A server started before the bundle was there picks it up once its own check or fetch is done: a page
    # opened meanwhile loads the full bundle, so open until it asks for the cartesian one.
    for _ in range(20):
        open_and_settle(page, f"{app_url}/loss_and_cost")
        if scripts_loaded(page) == [plotly_bundle.CARTESIAN]:
            break
        page.wait_for_timeout(1000)
    assert scripts_loaded(page) == [plotly_bundle.CARTESIAN]
    assert set(page.evaluate(BUNDLES_DRAWING)) == {"cartesian"}

    # On to the descent in the same tab: its surface is a picture, its charts 2D: nothing more is loaded.
    page.locator("a[href='computation_graph']").first.click()
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    page.locator("a[href='gradient_descent']").first.click()
    expect(page.get_by_test_id("stMain").locator("h1").first).to_contain_text("descent", timeout=30_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    charts_drawn(page)
    assert scripts_loaded(page) == [plotly_bundle.CARTESIAN]
    assert page.locator(".fc-live-plot .gl-container canvas").count() == 0  # no WebGL

    # Turned in 3D: the full bundle is loaded for its surface (a 2D chart there may draw with the cartesian one
    # already in the tab).
    page.locator(".st-key-gd_turn label").first.click()
    # The scene's canvas, not the idle mark (which may still be the one from before the click's rerun).
    expect(page.locator(".fc-live-plot .gl-container canvas").first).to_be_attached(timeout=60_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    charts_drawn(page)
    assert scripts_loaded(page) == [plotly_bundle.CARTESIAN, plotly_bundle.FULL]
    assert "full" in page.evaluate(BUNDLES_DRAWING)
    assert page.locator(".fc-live-plot .gl-container canvas").count() >= 1  # the 3D scene was made

    # A fresh visit to the descent turned in 3D loads the full bundle alone (its 2D charts too: the server knows
    # the page and what this learner asked of it).
    fresh = page.context.new_page()
    open_and_settle(fresh, f"{app_url}/gradient_descent?gd_turn=true")
    assert scripts_loaded(fresh) == [plotly_bundle.FULL]
