"""What the browser tests measure on a page: sideways scrolling, text too small to read, elements wider than
the screen. Shared by tests/test_browser_presenter.py and tests/test_browser_devices.py."""

from __future__ import annotations

from tests.conftest import IDLE

# The containers a page scrolls in: the document, Streamlit's main area, and the sidebar (when it is on
# the screen). One that can
# scroll sideways (overflow-x auto or scroll, or the document) and is wider inside than outside scrolls the
# page sideways. Wide content that scrolls inside its own box (a table, a long formula) does not count.
SIDEWAYS_SCROLL = """() => {
  const boxes = [['document', document.scrollingElement]];
  for (const id of ['stAppViewContainer', 'stMain', 'stSidebar', 'stSidebarContent']) {
    const box = document.querySelector(`[data-testid="${id}"]`);
    if (box) boxes.push([id, box]);
  }
  return boxes.filter(([id, box]) => {
    const edges = box.getBoundingClientRect();  // a folded sidebar sits off the screen: it scrolls nothing
    if (id !== 'document' && (!box.checkVisibility() || edges.right <= 0 || edges.width === 0)) return false;
    const overflow = getComputedStyle(box).overflowX;
    const scrolls = id === 'document' || overflow === 'auto' || overflow === 'scroll';
    return scrolls && box.scrollWidth > box.clientWidth + 1;
  }).map(([id, box]) => `${id}: ${box.scrollWidth} px inside ${box.clientWidth}`);
}"""

# Every visible piece of text and its size on screen, in pixels: the computed font size of its element,
# times the scale an SVG text (a chart's) is drawn at. A formula is judged by its base size: KaTeX draws
# sub- and superscripts smaller by design (0.7 of it), as print does. Material icons are glyphs, not words.
SMALL_TEXT = """(least) => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.trim();
    const element = walker.currentNode.parentElement;
    if (!text || !element || ['STYLE', 'SCRIPT', 'NOSCRIPT', 'TITLE'].includes(element.tagName)) continue;
    if (element.closest('.katex-mathml, [data-testid="stIconMaterial"], [data-testid="stSkipToContent"]')) continue;
    if (!element.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const formula = element.closest('.katex');
    let size = parseFloat(getComputedStyle(formula || element).fontSize);
    if (element instanceof SVGElement && element.getScreenCTM()) {
      const scale = element.getScreenCTM();
      size *= Math.hypot(scale.a, scale.b);
    }
    if (size < least - 0.01) {
      const where = element.closest('[data-testid]');
      found.push(`${Math.round(size * 10) / 10} px: "${text.slice(0, 40)}" (${where ? where.dataset.testid : element.tagName})`);
    }
  }
  return [...new Set(found)];
}"""

# Elements of a kind whose box reaches past the left or right edge of the window.
WIDER_THAN_WINDOW = """(selector) => [...document.querySelectorAll(selector)]
  .filter(element => element.checkVisibility())
  .map(element => [element, element.getBoundingClientRect()])
  .filter(([element, box]) => box.width > 0 && (box.left < -1 || box.right > window.innerWidth + 1))
  .map(([element, box]) => `${element.dataset.testid || element.tagName} from ${Math.round(box.left)} to ${Math.round(box.right)} px`)"""

# Texts cut off inside an element of a kind (an ellipsis where a number should be): a part of it, or the
# element itself, holds more than it shows.
CUT_OFF = """(selector) => [...document.querySelectorAll(selector)]
  .filter(element => element.checkVisibility() &&
          [element, ...element.querySelectorAll('*')].some(part => part.clientWidth > 0 && part.scrollWidth > part.clientWidth + 1))
  .map(element => `${element.dataset.testid || element.tagName}: "${element.textContent.slice(0, 40)}"`)"""

SCROLL_MAIN_TO = """(y) => {
  const main = document.querySelector('[data-testid="stMain"]');
  main.scrollTo(0, y);
  return main.scrollTop + main.clientHeight >= main.scrollHeight - 2;
}"""


# A chart on the page: Streamlit's, or one that reruns update in place (ui/live_plot.py); such a chart is
# pending from the moment it gets a figure until Plotly.react has drawn it.
CHARTS = "[data-testid='stPlotlyChart'], .fc-live-plot"
# Settings that make a page's own work small without changing what it shows (the vectorization page times
# Python loops over a million numbers at its defaults; the gradient-descent page draws 20 steps on its 3D surface,
# not 100, the same elements).
LIGHT = {"vectorization": "vec_n=1000&vec_m=500&vec_iters=5", "gradient_descent": "gd_iters=20"}
LIVE_CHART_ELEMENTS = "[data-testid='stBidiComponentRegular']"  # ui/live_plot's component, the app's only one
# No element still loading its code (Streamlit shows a skeleton until a lazily loaded element, such as the
# component itself, has arrived: until then there is no component element to look at), and every live chart's
# element holds a plot that has drawn its latest figure. A plot out of sight waits to draw a new figure until it
# comes near the screen (`data-deferred`, ui/live_plot.py): each such plot is scrolled to, and drawn.
CHARTS_ALL_DRAWN = f"""() => {{
  if (document.querySelector("[data-testid='stSkeleton']")) return false;
  const deferred = document.querySelector('.fc-live-plot[data-deferred]');
  if (deferred) {{ deferred.scrollIntoView({{block: 'center'}}); return false; }}
  return [...document.querySelectorAll("{LIVE_CHART_ELEMENTS}")].every((element) => {{
    const plot = element.querySelector('.fc-live-plot');
    return plot !== null && !plot.hasAttribute('data-pending') && !plot.hasAttribute('data-deferred');
  }});
}}"""
MAIN_SCROLL_TOP = "() => document.querySelector('[data-testid=\"stMain\"]')?.scrollTop ?? 0"
SETTLE_MS = 200


def charts_drawn(page) -> None:
    """Wait until every chart on the page has drawn its latest figure (before a screenshot or a measure); the
    page is left scrolled where it was."""
    # Every live chart's element must have made its plot and drawn it: a component whose code has not yet
    # arrived has no plot to be pending, so counting pending plots alone passes too early (seen in CI).
    was_at = page.evaluate(MAIN_SCROLL_TOP)
    page.wait_for_function(CHARTS_ALL_DRAWN, timeout=30_000)
    # Asked again a moment later: React runs a component's effects after it paints, so a chart may get its new figure
    # (and be pending) just after a first look found every chart drawn (bench/ui_latency.py saw it in half of a
    # chart page's changes).
    page.wait_for_timeout(SETTLE_MS)
    page.wait_for_function(CHARTS_ALL_DRAWN, timeout=30_000)
    if page.evaluate(MAIN_SCROLL_TOP) != was_at:
        page.evaluate(SCROLL_MAIN_TO, was_at)


def rerun_requests(page) -> list:
    """The `rerun_script` requests the page sends from now on, filled in as it sends them (a rerun of a fragment
    names it in `fragment_id`; a rerun of the page does not)."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    reruns = []

    def note_rerun(payload) -> None:
        if isinstance(payload, bytes):
            message = BackMsg.FromString(payload)
            if message.WhichOneof("type") == "rerun_script":
                reruns.append(message.rerun_script)

    page.on("websocket", lambda socket: socket.on("framesent", note_rerun))
    return reruns


def goto(page, url: str) -> None:
    """page.goto, again once if the page's own reload interrupted it: a first visit's script notes the
    browser's settings (reduced motion, language) in a cookie and reloads, and on a loaded machine that reload
    can land while the test's next navigation is under way ("interrupted by another navigation", CI)."""
    from playwright.sync_api import Error

    # Only until the server's answer arrives ("commit"): the callers then wait for the page's title and the
    # script's end, and a "load" event could be held for 30 s on a loaded machine (CI, stop 27).
    try:
        page.goto(url, wait_until="commit")
    except Error as error:
        if "interrupted by another navigation" not in str(error):
            raise
        page.wait_for_load_state()
        page.goto(url, wait_until="commit")


def open_and_settle(page, url: str) -> None:
    """Open `url`, wait for the script run to end, then walk down the page and back up: some elements
    (the data grid, charts) are drawn only once they have been scrolled into view."""
    from playwright.sync_api import expect

    goto(page, url)
    # "Not running" also holds before the first run has begun: wait for the page's title, then for the end.
    expect(page.get_by_test_id("stMain").locator("h1").first).to_be_visible(timeout=60_000)
    settle(page)


def settle(page) -> None:
    """Wait for the script run to end, then walk down the page and back up (elements drawn once in view)."""
    from playwright.sync_api import expect

    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    charts_drawn(page)
    step = page.viewport_size["height"]
    for y in range(0, 40 * step, step):
        at_bottom = page.evaluate(SCROLL_MAIN_TO, y)
        page.wait_for_timeout(80)
        if at_bottom:
            break
    page.wait_for_timeout(500)  # the last charts' layout
    page.evaluate(SCROLL_MAIN_TO, 0)


def sideways_scroll(page) -> list[str]:
    return page.evaluate(SIDEWAYS_SCROLL)


def small_text(page, least: float) -> list[str]:
    return page.evaluate(SMALL_TEXT, least)


def wider_than_window(page, selector: str) -> list[str]:
    return page.evaluate(WIDER_THAN_WINDOW, selector)


def cut_off(page, selector: str) -> list[str]:
    return page.evaluate(CUT_OFF, selector)


def scroll_below_header(page, locator) -> None:
    """Bring `locator` to the top of the main area, just under Streamlit's fixed top bar."""
    locator.scroll_into_view_if_needed()
    locator.evaluate("(element) => element.scrollIntoView({block: 'start'})")
    header = page.get_by_test_id("stHeader").bounding_box()
    page.evaluate("(by) => document.querySelector('[data-testid=\"stMain\"]').scrollBy(0, -by)",
                  (header["height"] if header else 0) + 8)
    page.wait_for_timeout(400)
