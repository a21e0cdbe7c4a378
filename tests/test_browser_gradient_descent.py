"""The gradient descent page in Chromium: plotly's Play button animates the path in the browser, and the
3D camera survives a rerun that leaves the figure alone. Screenshot: tests/artifacts/gradient_descent.png.

Pause is not pressed here: plotly.js rejects the interrupted animation's promise with `undefined`, which
the page fixture would count as a JavaScript error (harmless to the learner)."""

import pytest

from tests.conftest import ARTIFACTS, IDLE

pytestmark = pytest.mark.browser

CAMERA = "el => el.querySelector('.js-plotly-plot')._fullLayout.scene._scene.getCamera().eye"


def current_step(chart) -> int:
    """The animation slider's label, "step: 37" -> 37."""
    return int(chart.locator(".slider-label").first.text_content().split()[-1])


def test_play_animates_the_path_and_the_camera_is_kept(page, app_url):
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1400, "height": 1300})
    page.goto(f"{app_url}/gradient_descent")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    surface = page.get_by_test_id("stPlotlyChart").nth(0)  # the 3D surface, alone
    chart = page.get_by_test_id("stPlotlyChart").nth(1)  # the descent on the contour map, animated
    label = chart.locator(".slider-label").first
    expect(label).to_have_text("step: 0", timeout=30_000)
    expect(page.get_by_text("Reached the minimum")).to_be_visible()
    before = chart.screenshot()

    play = chart.locator(".updatemenu-button", has_text="Play")
    expect(play).to_have_count(1)
    play.click()
    page.wait_for_timeout(1500)
    moving = current_step(chart)
    page.wait_for_timeout(1000)
    later = current_step(chart)
    assert 0 < moving < later, f"the animation should advance: step {moving}, then {later}"
    expect(label).to_have_text("step: 100", timeout=60_000)  # plays to the end, in the browser alone
    assert chart.screenshot() != before
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "gradient_descent.png"))  # the finished path, default camera

    # Turn the 3D view by dragging it.
    box = surface.locator("canvas").first.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 120, y + 30, steps=8)
    page.mouse.up()
    turned = surface.evaluate(CAMERA)
    assert abs(turned["x"] + 1.5) > 0.05 or abs(turned["y"] + 1.5) > 0.05, turned

    # A new learning rate draws a new descent beside it, and leaves the surface (and its camera) alone.
    descent_title = chart.locator(".gtitle").first
    title = descent_title.text_content()
    page.get_by_role("slider", name="Learning rate α").press("ArrowLeft")
    expect(descent_title).not_to_have_text(title, timeout=30_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
    kept = surface.evaluate(CAMERA)
    assert kept == pytest.approx(turned, abs=1e-6), f"camera reset from {turned} to {kept}"

    page.get_by_role("heading", name="3 · Too small, too large").scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / "gradient_descent_comparisons.png"))
