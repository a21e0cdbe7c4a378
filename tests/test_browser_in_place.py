"""A slider inside a fragment updates its section's charts in place: the same plot element receives the new
figure (Plotly.react), not a new one (Plotly.newPlot, several times dearer, and a turned 3D camera or a zoom
lost). A chart with no key takes its identity from its figure (Streamlit's components v2), so a new figure
was a new chart: every chart a rerun can change has a key (seen on the loss page, whose curve was drawn anew at
every change)."""

import pytest

from tests.browser_checks import charts_drawn, rerun_requests
from tests.conftest import IDLE

pytestmark = pytest.mark.browser

PLOTS = ".fc-live-plot"
MARK = f"() => document.querySelectorAll('{PLOTS}').forEach(plot => {{ plot.__kept = true; }})"
STATE = f"() => [...document.querySelectorAll('{PLOTS}')].map(plot => [plot.__kept === true, Number(plot.dataset.renders)])"

# page, its sliders in fragments (each changes at least one chart of its section)
CASES = (("loss_and_cost", ("loss_a", "loss_m")), ("perceptron", ("pc_xor_seed",)),
         ("activations", ("act_z", "act_seed")), ("gradient_descent?gd_iters=20", ("gd_lr",)))


@pytest.mark.parametrize("path, sliders", CASES, ids=[path.split("?")[0] for path, _ in CASES])
def test_a_fragment_s_slider_updates_its_charts_in_place(page, app_url, path, sliders):
    from playwright.sync_api import expect

    page.goto(f"{app_url}/{path}")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    charts_drawn(page)
    for key in sliders:
        page.evaluate(MARK)
        before = page.evaluate(STATE)
        page.locator(f".st-key-{key} input[type='range']").press("ArrowLeft")
        page.wait_for_function(f"(count) => [...document.querySelectorAll('{PLOTS}')]"
                               ".reduce((sum, plot) => sum + Number(plot.dataset.renders), 0) > count",
                               arg=sum(renders for _, renders in before), timeout=30_000)
        expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
        charts_drawn(page)
        after = page.evaluate(STATE)
        assert len(after) == len(before) and all(kept for kept, _ in after), (key, before, after)


def test_the_activation_function_reruns_the_chapter_not_the_page(page, app_url):
    """The function is chosen above its curve, inside the fragment that holds both sections: a change asks the
    server to rerun that fragment (the BackMsg names it), not the page with the sidebar and the navigation, and
    both sections (their charts updated in place) and the link follow."""
    from playwright.sync_api import expect

    reruns = rerun_requests(page)
    page.goto(f"{app_url}/activations")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    charts_drawn(page)
    page.evaluate(MARK)
    page.locator(".st-key-act_fn input[type='range']").press("ArrowRight")  # sigmoid → tanh
    expect(page.locator(".st-key-act_curve .gtitle").first).to_contain_text("tanh", timeout=30_000)
    page.locator(".st-key-act_bent").scroll_into_view_if_needed()  # out of sight, it draws once scrolled to
    expect(page.locator(".st-key-act_bent .gtitle").first).to_contain_text("tanh", timeout=30_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
    assert reruns and reruns[-1].fragment_id, reruns[-1:]
    assert "act_fn=tanh" in page.url
    assert page.locator("[data-testid='stSidebar'] .st-key-act_fn").count() == 0
    charts_drawn(page)
    assert all(kept for kept, _ in page.evaluate(STATE))  # updated in place


def test_a_chart_out_of_sight_draws_its_new_figure_once_scrolled_to(page, app_url):
    """The function changes both sections; the second one's map, far below the curve, is not drawn again
    while nobody sees it: its text alternative is the new one at once, its plot waits (`data-deferred`) and
    draws the new figure once the learner scrolls towards it."""
    from playwright.sync_api import expect

    page.goto(f"{app_url}/activations")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    charts_drawn(page)
    bent = page.locator(f".st-key-act_bent {PLOTS}")
    drawn, label = int(bent.get_attribute("data-renders")), bent.get_attribute("aria-label")
    assert not bent.evaluate("plot => plot.getBoundingClientRect().top < window.innerHeight * 1.5")  # out of sight
    page.locator(".st-key-act_fn input[type='range']").press("ArrowRight")  # sigmoid → tanh
    expect(page.locator(".st-key-act_curve .gtitle").first).to_contain_text("tanh", timeout=30_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
    expect(bent).to_have_attribute("data-deferred", "1")
    assert int(bent.get_attribute("data-renders")) == drawn
    assert bent.get_attribute("aria-label") != label  # the new sentence, before the drawing
    assert "tanh" not in page.locator(".st-key-act_bent .gtitle").first.text_content()
    page.locator(".st-key-act_bent").scroll_into_view_if_needed()
    expect(page.locator(".st-key-act_bent .gtitle").first).to_contain_text("tanh", timeout=30_000)
    expect(bent).not_to_have_attribute("data-deferred", "1")
    assert int(bent.get_attribute("data-renders")) == drawn + 1

    # Out of sight again, a change waits again; printing the page draws it where it is.
    page.locator(".st-key-act_fn").scroll_into_view_if_needed()
    page.locator(".st-key-act_fn input[type='range']").press("ArrowLeft")  # tanh → sigmoid
    expect(page.locator(".st-key-act_curve .gtitle").first).not_to_contain_text("tanh", timeout=30_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
    expect(bent).to_have_attribute("data-deferred", "1")
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    expect(page.locator(".st-key-act_bent .gtitle").first).not_to_contain_text("tanh", timeout=30_000)
    expect(bent).not_to_have_attribute("data-deferred", "1")
    assert not bent.evaluate("plot => plot.getBoundingClientRect().top < window.innerHeight * 1.5")  # still out of sight


MARGINS = """(key) => { const size = document.querySelector(`.st-key-${key} .fc-live-plot`)._fullLayout._size;
  return [size.l, size.r, size.t, size.b]; }"""


def test_a_chart_keeps_its_margins_when_its_labels_change(page, app_url):
    """sigmoid → tanh → sigmoid: the curve's plot area stays where tanh's wider tick labels (−0.5) put it.
    plotly widens a chart's margins after drawing it to fit its labels, and draws it all again when they change:
    half of the update's time, and the plot jumped sideways at each change (it moved back for sigmoid)."""
    from playwright.sync_api import expect

    page.goto(f"{app_url}/activations")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    charts_drawn(page)
    curve = page.locator(f".st-key-act_curve {PLOTS}")
    margins = []
    for press in ("ArrowRight", "ArrowLeft"):  # the function: sigmoid → tanh, and back
        drawn = int(curve.get_attribute("data-renders"))
        page.locator(".st-key-act_fn input[type='range']").press(press)
        page.wait_for_function(f"(drawn) => Number(document.querySelector('.st-key-act_curve {PLOTS}')"
                               ".dataset.renders) > drawn", arg=drawn, timeout=30_000)
        expect(page.locator(IDLE)).to_be_attached(timeout=30_000)
        charts_drawn(page)
        margins.append(page.evaluate(MARGINS, "act_curve"))
    assert margins[0] == margins[1], margins


WATCH_FRAMES = """(label) => {
  window.__frames = 0; window.__absent = 0; window.__watching = true; let plot = null;
  const tick = () => {
    plot = plot || [...document.querySelectorAll('.fc-live-plot')].find((p) => p.getAttribute('aria-label') === label);
    if (plot) { window.__frames++; if (!plot.isConnected) window.__absent++; }
    if (window.__watching) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}"""


def test_a_live_training_updates_its_charts_in_place_frame_after_frame(page, app_url):
    """Each frame of a live training draws its charts into a slot anew (a key cannot repeat within a run): the
    slot's plot moves into the new element and is updated there (before, each frame made a new plot, and the
    learning curve was briefly absent between two frames: a flicker)."""
    from playwright.sync_api import expect

    from core.text import EN

    page.goto(f"{app_url}/shallow_network?sn_iters=20000")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    charts_drawn(page)
    # Watch every painted frame of the run: once the learning curve's plot exists it is never out of the page.
    page.evaluate(WATCH_FRAMES, EN["shallow_network.cost_chart"])
    page.get_by_role("button", name=EN["shallow_network.train"], exact=True).click()
    curve = page.locator(f"{PLOTS}[aria-label='{EN['shallow_network.cost_chart']}']")
    expect(curve).to_have_count(1, timeout=30_000)
    page.wait_for_function(f"() => Number(document.querySelector(\"{PLOTS}[aria-label='{EN['shallow_network.cost_chart']}']\")"
                           "?.dataset.renders) >= 1", timeout=30_000)
    first = curve.element_handle()
    drawn = int(first.get_attribute("data-renders"))
    # The same plot, still on the page, has drawn two more frames (or the last one and the final view).
    page.wait_for_function("([plot, drawn]) => plot.isConnected && Number(plot.dataset.renders) >= drawn + 2",
                           arg=[first, drawn], timeout=30_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    assert first.evaluate("plot => plot.isConnected"), "the learning curve's plot was replaced"
    # ...and sized to its element (a plot drawn while out of the page takes plotly's default 700 px: seen on a
    # phone, where the page then scrolled sideways)
    widths = first.evaluate("plot => [plot._fullLayout.width, plot.parentElement.clientWidth]")
    assert abs(widths[0] - widths[1]) <= 2, widths
    frames, absent = page.evaluate("() => { window.__watching = false; return [window.__frames, window.__absent]; }")
    assert frames > 5 and absent == 0, f"the learning curve was out of the page in {absent} of {frames} frames"
