"""The computation-graph page in Chromium: the graph renders as SVG and the step slider walks it."""

import pytest

from tests.browser_checks import charts_drawn
from tests.conftest import ARTIFACTS, IDLE

pytestmark = pytest.mark.browser


def test_the_graph_renders_and_steps(page, app_url):
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1400, "height": 2400})
    page.goto(f"{app_url}/computation_graph?cg_step_warmup=6")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    chart = page.get_by_test_id("stGraphVizChart")
    svg = chart.locator("svg").first
    expect(svg).to_be_visible(timeout=30_000)
    expect(svg.locator("g.node")).to_have_count(6, timeout=30_000)
    expect(svg).to_contain_text("J = 33")
    expect(svg).to_contain_text("dJ/da = 3")
    expect(svg).to_contain_text("dJ/db = ?")  # step 6 of 9: b's derivative is not known yet
    expect(page.get_by_text("Step 6 of 9")).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    charts_drawn(page)
    page.screenshot(path=str(ARTIFACTS / "computation_graph.png"))

    page.goto(f"{app_url}/computation_graph")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(page.get_by_test_id("stGraphVizChart").locator("svg").first).to_contain_text("dJ/dc = 9", timeout=30_000)


def test_the_network_graph_from_a_link(page, app_url):
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1400, "height": 2400})
    # Streamlit keeps a labelled choice in the URL by its label
    page.goto(f"{app_url}/computation_graph?cg_graph=Two-layer%20network&cg_step_network=12")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    svg = page.get_by_test_id("stGraphVizChart").locator("svg").first
    expect(svg.locator("g.node")).to_have_count(19, timeout=30_000)
    expect(svg).to_contain_text("tanh")
    ARTIFACTS.mkdir(exist_ok=True)
    charts_drawn(page)
    page.screenshot(path=str(ARTIFACTS / "computation_graph_network.png"))
