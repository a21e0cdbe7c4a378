"""The gradient descent page in Chromium: Play walks the path on the surface (a picture, or turned in 3D a WebGL
scene) and on its contour map in step, in the browser alone; Play, Pause and the step slider are the page's own
controls under the plot (ui/live_plot.py), usable from the keyboard. Screenshots:
tests/artifacts/gradient_descent.png (the picture), gradient_descent_turned.png (the scene)."""

import pytest

from tests.browser_checks import charts_drawn, rerun_requests
from tests.conftest import ARTIFACTS, IDLE

pytestmark = pytest.mark.browser

CAMERA = "el => el.querySelector('.js-plotly-plot')._fullLayout.scene._scene.getCamera().eye"


def settled_camera(page, chart) -> dict:
    """The 3D camera's eye once it has stopped moving (two reads 0.3 s apart agree)."""
    eye = chart.evaluate(CAMERA)
    for _ in range(30):
        page.wait_for_timeout(300)
        again = chart.evaluate(CAMERA)
        if all(abs(again[axis] - eye[axis]) < 1e-6 for axis in "xyz"):
            return again
        eye = again
    raise AssertionError(f"the camera never stopped moving: {eye}")


CONTROLS = ".fc-animation"  # the animation's controls under the plot (ui/live_plot.py)


def current_step(chart) -> int:
    """The animation slider's label, "step: 37" -> 37."""
    return int(chart.locator(f"{CONTROLS} output").text_content().split()[-1])


FIGURE = "el => el.querySelector('.js-plotly-plot')"
TRACES = FIGURE + ".data.map(trace => trace.type)"
FRAMES = "el => { const f = el.querySelector('.js-plotly-plot'); return f._transitionData._frames.map(frame => frame.traces); }"
# Each frame's trail (3D, map): its length, and whether its last point is the frame's dot (sent as lengths)
TRAILS = """el => el.querySelector('.js-plotly-plot')._transitionData._frames.map(({data: [trail, dot, map, mapDot]}) =>
  [trail.x.length, map.y.length, trail.z.at(-1) === dot.z[0] && map.x.at(-1) === mapDot.x[0]])"""
DOT_3D = "el => { const d = el.querySelector('.js-plotly-plot').data[7]; return [d.x[0], d.y[0], d.z[0]]; }"
DOT_MAP = "el => { const d = el.querySelector('.js-plotly-plot').data[9]; return [d.x[0], d.y[0]]; }"


def open_on_pictures(page, app_url):
    """The page at 30 steps on its pictures, every chart drawn: the descent's chart and its step label."""
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1400, "height": 1300})
    page.goto(f"{app_url}/gradient_descent?gd_iters=30")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    chart = page.locator(".st-key-gd_descent")
    label = chart.locator(f"{CONTROLS} output")
    expect(label).to_have_text("step: 0", timeout=30_000)
    charts_drawn(page)
    return chart, label


def test_play_walks_the_path_on_the_surface_picture_and_the_map_in_step(page, app_url):
    """The page opens on the surface as a picture (a file the browser fetches once): no WebGL, 2D traces on it."""
    from playwright.sync_api import expect

    pictures = []
    page.on("response", lambda response: pictures.append(response.status)
            if "/app/static/pictures/" in response.url else None)
    chart, label = open_on_pictures(page, app_url)
    assert set(chart.evaluate(TRACES)) == {"scatter"}  # the map a picture too (core.figures.map_picture)
    assert chart.locator("canvas").count() == 0  # no WebGL scene
    assert pictures == [200, 200]  # the surface's picture and the map's, each fetched once
    assert chart.locator(".imagelayer image").count() == 2  # drawn under the path
    assert chart.evaluate(FRAMES) == [[4, 5, 6, 7, 8]] * 31
    # Each frame's trail, written out whole, ends at its dot on the picture and on the map.
    assert chart.evaluate(TRAILS.replace("trail.z.at(-1) === dot.z[0]", "trail.y.at(-1) === dot.y[0]")) == [
        [k + 1, k + 1, True] for k in range(31)]
    dot = "el => { const d = el.querySelector('.js-plotly-plot').data[N]; return [d.x[0], d.y[0]]; }"
    image = chart.evaluate(FIGURE + ".layout.images[0]")
    start = chart.evaluate(dot.replace("N", "5"))
    assert 0 < start[0] < image["sizex"] and 0 < start[1] < image["sizey"]  # on the picture

    chart.locator(f"{CONTROLS} button", has_text="Play").click()
    expect(label).to_have_text("step: 30", timeout=60_000)
    end, end_map = chart.evaluate(dot.replace("N", "5")), chart.evaluate(dot.replace("N", "7"))
    assert end != start and end_map[0] > -3.0  # moved on both, in step
    assert 0 < end[0] < image["sizex"] and 0 < end[1] < image["sizey"]
    assert chart.locator(".imagelayer image").count() == 2  # both pictures stay drawn after playing
    assert chart.locator(".slider-container, .updatemenu-container").count() == 0  # not plotly's controls

    # From the keyboard: the step slider is a range with its name and its value in words; Home goes back to the
    # start, an arrow key one step on, and the dot follows.
    steps = chart.get_by_role("slider", name="step")
    steps.focus()
    page.keyboard.press("Home")
    expect(label).to_have_text("step: 0")
    expect(steps).to_have_attribute("aria-valuetext", "step: 0")
    page.wait_for_function("([el, start]) => { const d = el.querySelector('.js-plotly-plot').data[5];"
                           " return d.x[0] === start[0] && d.y[0] === start[1]; }",
                           arg=[chart.element_handle(), start], timeout=10_000)
    page.keyboard.press("ArrowRight")
    expect(label).to_have_text("step: 1")
    assert chart.evaluate(dot.replace("N", "5")) != start
    # Play, then Pause: the walk stops short of the end, and no error (plotly rejects the interrupted animation).
    chart.get_by_role("button", name="Play").click()
    page.wait_for_timeout(600)
    chart.get_by_role("button", name="Pause").click()
    paused = current_step(chart)
    page.wait_for_timeout(600)
    assert current_step(chart) == paused < 30
    ARTIFACTS.mkdir(exist_ok=True)
    charts_drawn(page)
    page.screenshot(path=str(ARTIFACTS / "gradient_descent.png"))


def test_a_new_learning_rate_moves_the_path_on_the_pictures_alone(page, app_url):
    """On the pictures (the surface's and the map's), a new learning rate moves the path's lines and markers in place
    (ui/live_plot.py: Plotly.animate without a redraw, layout.meta.fcMoves), not the whole chart: the faint whole
    path is the new one, the title says the new rate, both pictures stay, and Play walks the new path from step 0."""
    from playwright.sync_api import expect

    chart, label = open_on_pictures(page, app_url)
    chart.locator(f"{CONTROLS} button", has_text="Play").click()
    expect(label).to_have_text("step: 30", timeout=60_000)  # the dots at the old path's end
    whole_path = FIGURE + ".data[1].x.join(' ')"  # the faint whole path on the map
    old_path = chart.evaluate(whole_path)
    plot = chart.locator(".js-plotly-plot").first
    plot.evaluate("el => { el.__before = true; }")
    title = chart.locator(".gtitle").first
    expect(title).to_contain_text("α = 1,")
    page.locator(".st-key-gd_lr input[type='range']").press("ArrowLeft")
    expect(title).to_contain_text("α = 0.5,", timeout=30_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
    charts_drawn(page)
    assert plot.evaluate("el => el.__before === true")  # the same plot
    assert chart.evaluate(FIGURE + ".dataset.moves") == "1"  # moved, not drawn anew
    new_path = chart.evaluate(whole_path)
    assert new_path != old_path
    # The map's dot back at the start, the new frames' last trail the new whole path.
    assert chart.evaluate(DOT_MAP.replace("data[9]", "data[7]")) == [-3, 3]
    last_trail = chart.evaluate("el => el.querySelector('.js-plotly-plot')._transitionData._frames.at(-1).data[2].x"
                                ".join(' ')")
    assert last_trail == new_path
    assert chart.locator(".imagelayer image").count() == 2  # both pictures still drawn
    assert chart.locator(".scatterlayer .trace").count() == 9  # every line and marker set still drawn
    chart.locator(f"{CONTROLS} button", has_text="Play").click()
    expect(label).to_have_text("step: 30", timeout=60_000)
    last_point = "el => { const d = el.querySelector('.js-plotly-plot').data[1]; return [d.x.at(-1), d.y.at(-1)]; }"
    assert chart.evaluate(DOT_MAP.replace("data[9]", "data[7]")) == chart.evaluate(last_point)  # the new path's end


def test_play_walks_the_path_on_the_3d_surface_and_the_map_in_step_and_the_camera_is_kept(page, app_url):
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1400, "height": 1300})
    # 31 frames: a 3D frame drawn in software is slow. Turned in 3D: the surface as a WebGL scene.
    page.goto(f"{app_url}/gradient_descent?gd_iters=30&gd_turn=true")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    chart = page.locator(".st-key-gd_descent")  # the surface in 3D and its map, one animation (ui/live_plot.py)
    label = chart.locator(f"{CONTROLS} output")
    expect(label).to_have_text("step: 0", timeout=30_000)
    charts_drawn(page)  # (the controls are there before the plot is drawn)
    expect(page.get_by_text("After 30 steps the path is still going downhill", exact=False)).to_be_visible()
    # What the browser holds: the surface, the map, the path on both; frames that move only the path.
    kinds = chart.evaluate(TRACES)
    assert kinds[:2] == ["surface", "contour"] and kinds[6:8] == ["scatter3d", "scatter3d"], kinds
    frames = chart.evaluate(FRAMES)
    assert len(frames) == 31 and all(traces == [6, 7, 8, 9, 10] for traces in frames)
    assert chart.evaluate(TRAILS) == [[k + 1, k + 1, True] for k in range(31)]  # written out whole in the browser
    start = chart.evaluate(DOT_3D)
    before = chart.screenshot()

    play = chart.locator(f"{CONTROLS} button", has_text="Play")
    expect(play).to_have_count(1)
    play.click()
    page.wait_for_timeout(800)
    moving = current_step(chart)
    page.wait_for_timeout(800)
    later = current_step(chart)
    assert 0 < moving < later, f"the animation should advance: step {moving}, then {later}"
    expect(label).to_have_text("step: 30", timeout=60_000)  # plays to the end, in the browser alone
    end_3d, end_map = chart.evaluate(DOT_3D), chart.evaluate(DOT_MAP)
    assert end_3d[:2] == end_map and end_3d != start and end_3d[2] < start[2]  # in step, and downhill on the surface
    assert chart.locator(".contourlayer path").count() > 0  # the map stays drawn after playing
    assert chart.screenshot() != before
    ARTIFACTS.mkdir(exist_ok=True)
    charts_drawn(page)
    page.screenshot(path=str(ARTIFACTS / "gradient_descent_turned.png"))  # the finished path, default camera

    # Turn the 3D view by dragging it. A drag can be lost whole (the camera exactly unchanged in about one run in
    # four on a machine of 2026-12-03, with the code of the day before too): then the learner, and this test, drag
    # again.
    initial = chart.evaluate(CAMERA)
    for _ in range(3):
        box = chart.locator("canvas").first.bounding_box()
        x, y = box["x"] + box["width"] / 4, box["y"] + box["height"] / 2
        page.mouse.move(x, y)
        page.mouse.down()
        page.mouse.move(x + 120, y + 30, steps=8)
        page.mouse.up()
        turned = settled_camera(page, chart)  # a drag's camera may glide on for a moment after the mouse is up
        if max(abs(turned[axis] - initial[axis]) for axis in "xy") > 0.05:
            break
    assert abs(turned["x"] - initial["x"]) > 0.05 or abs(turned["y"] - initial["y"]) > 0.05, turned

    # A new learning rate draws a new descent on the same plot (Plotly.react, not a new chart: st.plotly_chart
    # would remount it, streamlit/streamlit#8882), and the turned camera stays where the learner left it.
    plot = chart.locator(".js-plotly-plot").first
    plot.evaluate("el => { el.__before = true; }")
    title = chart.locator(".gtitle").first
    old_title = title.text_content()
    page.locator(".st-key-gd_lr input[type='range']").press("ArrowLeft")
    expect(title).not_to_have_text(old_title, timeout=30_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
    assert chart.evaluate(FRAMES)[-1] == [6, 7, 8, 9, 10]
    assert plot.evaluate("el => el.__before === true")  # the same plot, updated in place
    kept = settled_camera(page, chart)
    # Not back at the default view (a reset puts the eye exactly where it began). Plotly keeps the camera it last
    # reported, on mouse-up; on a loaded machine a drag's glide can go on after that, so "kept" may lie well short of
    # where the glide ended (half the way back in CI, and in about one run in ten alone): not a reset.
    moved_away = max(abs(turned[axis] - initial[axis]) for axis in "xyz")
    assert max(abs(kept[axis] - initial[axis]) for axis in "xyz") > min(0.1, moved_away / 2), (kept, turned, initial)

    page.get_by_role("heading", name="3 · Too small, too large").scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    charts_drawn(page)
    page.screenshot(path=str(ARTIFACTS / "gradient_descent_comparisons.png"))


def test_a_live_chart_whose_plotly_js_never_arrives_says_so(page, app_url):
    """ui/live_plot.py loads plotly.js from the app's static files: when that fails, the chart's place says
    what happened (and the chart's words beside it still say what it shows)."""
    from playwright.sync_api import expect

    from core.text import t

    page.route("**/app/static/plotly*.js", lambda route: route.abort())  # either bundle
    page.goto(f"{app_url}/gradient_descent")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(page.locator(".st-key-gd_descent")).to_contain_text(t("live.chart_failed", "en"), timeout=30_000)


def test_the_learning_rate_reruns_its_sections_and_the_optimizers_follow(page, app_url):
    """The learning rate sits in a fragment with the descent and its numbers: sliding it asks the server to rerun
    that fragment alone (the BackMsg names it), not the page (the fixed rates' comparison below does not depend
    on it). With the optimizers' section shown (it compares the four at this rate), the whole page follows."""
    from playwright.sync_api import expect

    reruns = rerun_requests(page)
    page.goto(f"{app_url}/gradient_descent?gd_iters=20")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    charts_drawn(page)
    descent_title = page.locator(".st-key-gd_descent .gtitle").first
    expect(descent_title).to_contain_text("α = 1,")
    page.locator(".st-key-gd_lr input[type='range']").press("ArrowLeft")
    expect(descent_title).to_contain_text("α = 0.5,", timeout=30_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
    assert reruns and reruns[-1].fragment_id, reruns[-1:]  # a rerun of the fragment, not of the page
    assert "gd_lr=0.5" in page.url
    page.locator(".st-key-gd_iters input[type='range']").press("ArrowLeft")  # a sidebar setting: the page
    expect(descent_title).to_contain_text("α = 0.5,", timeout=30_000)
    expect(page.get_by_text("After 10 steps", exact=False).first).to_be_visible(timeout=30_000)
    assert not reruns[-1].fragment_id

    page.goto(f"{app_url}/gradient_descent?gd_iters=20&gd_more=on")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    optimizers = page.get_by_text("Four optimizers:", exact=False).first
    expect(optimizers).to_contain_text("α = 1,")
    page.locator(".st-key-gd_lr input[type='range']").press("ArrowLeft")
    expect(descent_title).to_contain_text("α = 0.5,", timeout=30_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
    page.locator(".st-key-gd_optimizers").scroll_into_view_if_needed()  # far below: drawn once scrolled to
    expect(optimizers).to_contain_text("α = 0.5,", timeout=30_000)
