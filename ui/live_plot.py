"""A plotly chart that a rerun updates in place (Plotly.react) instead of drawing it anew.

Streamlit's `st.plotly_chart` remounts its chart whenever the figure changes (a new DOM node, with or without
a key: checked in Chromium), so every change pays Plotly.newPlot; for a 3D scene in the software WebGL of a
machine without a GPU that is 0.75-0.85 s of creating the scene before anything is drawn, against about
0.3 s for Plotly.react on the scene already there (measured: bench notes in this module's commit). This chart
is a Streamlit component (components v2) that keeps its plot between reruns and hands each new figure to
Plotly.react, which also keeps the learner's 3D camera and zoom (`uirevision`) without Streamlit's help.

plotly.js comes from the plotly package the server already has, served by Streamlit's static file serving
(`server.enableStaticServing`, `static/` beside app.py, copied there on first use and git-ignored); a 2D
figure's chart loads plotly's smaller cartesian bundle instead once it is there (ui/plotly_bundle.py). Where
that cannot be (another configuration, a read-only folder) or under AppTest (no browser), the chart is
`st.plotly_chart`, as before.
"""

from __future__ import annotations

from contextlib import nullcontext
import hashlib
import json
import logging
import threading

import plotly.io as pio
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from core.text import t
from ui.plotly_bundle import PLOTLY_JS, STATIC_DIR, bundle_for, prepare, write_atomically
from ui.server_runtime import real_server

# Plotly's white template, close to Streamlit's own plotly theme: written into the component's script once,
# not into every figure (about 9 KB a figure, 8 times a second in a live training).
LIGHT = pio.templates["plotly_white"].to_plotly_json()

_LOGGER = logging.getLogger(__name__)
_copy_lock = threading.Lock()
_served: bool | None = None

# The component's script: load plotly.js once per page, make the plot once per element, then Plotly.react
# the latest figure it is given (an unchanged figure is not drawn again, a superseded one not at all).
_JS = """
// plotly.js comes in two bundles (ui/plotly_bundle.py): each sets window.Plotly as it runs, so the page keeps
// each one's Plotly under its own name (a setter on window sees which script ran) and a chart draws with the
// one it asked for, whichever ran last. The full bundle draws 2D too: once it is asked for, every chart uses it.
const shared = window.__fcPlotly || (window.__fcPlotly = { loads: {}, made: {}, slots: {} });
if (!Object.getOwnPropertyDescriptor(window, 'Plotly')) {
  Object.defineProperty(window, 'Plotly', { configurable: true,
    get() { return shared.made['plotly.min.js'] || Object.values(shared.made)[0]; },
    set(value) { const script = document.currentScript; shared.made[script && script.dataset.bundle || 'other'] = value; } });
}
function plotly(bundle) {
  if (shared.loads['plotly.min.js']) bundle = 'plotly.min.js';
  if (!shared.loads[bundle]) shared.loads[bundle] = new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = './app/static/' + bundle;
    script.dataset.bundle = bundle;
    script.onload = () => shared.made[bundle] ? resolve(shared.made[bundle]) : reject(new Error(bundle + ' made no Plotly'));
    script.onerror = () => {  // the cartesian bundle missing (a replica without it): the full one; else a reload tries again
      delete shared.loads[bundle];
      if (bundle === 'plotly.min.js') reject(new Error('plotly.js could not be loaded'));
      else resolve(plotly('plotly.min.js'));
    };
    document.head.appendChild(script);
  });
  return shared.loads[bundle];
}
const TEMPLATE = __TEMPLATE__;
export default function ({ parentElement, data }) {
  let gd = parentElement.querySelector('.fc-live-plot');
  if (!gd && data.slot) {
    // A slot redrawn at every frame of a live training is a new element each time (it cannot keep a key):
    // the slot's plot, left behind by the element just replaced, moves into this one and is updated in place.
    const kept = shared.slots[data.slot];
    if (kept && (!kept.isConnected || kept.__parked)) {
      gd = kept; gd.__parked = false; gd.__moved = true; parentElement.appendChild(gd);
    }
  }
  if (!gd) {
    gd = document.createElement('div');
    gd.className = 'fc-live-plot';
    gd.dataset.testid = 'fcLivePlot';  // what a test (or a checker of small text) names it by
    gd.setAttribute('role', 'figure');
    gd.style.width = '100%';
    parentElement.appendChild(gd);
    if (data.slot) shared.slots[data.slot] = gd;
  }
  if (data.slot) parkWhenReplaced(gd, parentElement, data.slot);
  gd.setAttribute('aria-label', data.alt);
  if (gd.__wanted === data.figure) return;
  gd.__wanted = data.figure;
  gd.__bundle = data.bundle;
  gd.__failed = data.failed;
  gd.__text = getComputedStyle(parentElement).color;
  watchSight(gd);
  // A plot already drawn and now out of sight is drawn again when it comes near the screen, not at every
  // change nobody sees (a chart far down a page, a live curve the learner scrolled away from). Its text
  // alternative above is the new one already. The first figure is drawn at once: the page keeps its height.
  if (gd.__plotly && gd.__inSight === false) {
    gd.dataset.deferred = '1';
    return;
  }
  schedule(gd);
}

function schedule(gd) {
  delete gd.dataset.deferred;
  gd.dataset.pending = '1';  // until drawn: tests and bench/ui_latency.py wait for it
  // One drawing at a time, and then only the latest figure: a live training sends figures faster than a slow
  // machine draws them, and drawing every stale one in turn left the page seconds behind the run.
  if (!gd.__drawing) draw(gd, gd.__text);
}

// Near the screen: within a quarter of a screen's height of it, so a plot scrolled towards is drawn before it shows.
const sight = shared.sight || (shared.sight = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    const gd = entry.target;
    gd.__inSight = entry.isIntersecting;
    if (gd.__inSight && gd.dataset.deferred) schedule(gd);
  }
}, { rootMargin: '25% 0px' }));

// A printed page shows every chart as it is now: the ones waiting out of sight are drawn first.
if (!shared.printing) {
  shared.printing = true;
  window.addEventListener('beforeprint', () => {
    for (const gd of document.querySelectorAll('.fc-live-plot[data-deferred]')) schedule(gd);
  });
}

function watchSight(gd) {
  if (gd.__watched) return;
  gd.__watched = true;
  sight.observe(gd);
}

// When a slot's element goes (the next frame's replaces it, and mounts one or two painted frames later), its
// plot waits in the block around it, which stays: the chart does not blink out and the page below does not jump.
// A mutation observer acts before the browser paints, where an unmount's cleanup may come after.
function parkWhenReplaced(gd, parentElement, slot) {
  const block = parentElement.closest('[data-testid="stVerticalBlock"]');
  if (!block || gd.__block === block) return;
  if (gd.__observer) gd.__observer.disconnect();
  gd.__block = block;
  gd.__observer = new MutationObserver(() => {
    if (!gd.isConnected && block.isConnected && shared.slots[slot] === gd) {
      gd.__parked = true;
      block.appendChild(gd);
    }
  });
  gd.__observer.observe(block, { childList: true });
}

// A plot's margins stay as wide as its last drawing needed, while the figure asks for the same ones: plotly widens
// them after drawing to fit tick labels and legends, and draws everything again when they change (half of an
// update's time when a label's width changes, sigmoid's 0.2 to tanh's −0.5), and the plot area jumped sideways.
function steadyMargin(gd, asked) {
  asked = asked || {};
  const key = JSON.stringify(asked);
  const size = gd.__marginAsked === key && gd._fullLayout && gd._fullLayout._size;
  gd.__marginAsked = key;
  if (!size) return asked;
  const wide = (side, plotlyDefault) => Math.max(asked[side] ?? plotlyDefault, size[side] || 0);
  return Object.assign({}, asked, { l: wide('l', 80), r: wide('r', 80), t: wide('t', 100), b: wide('b', 80) });
}

// An animation's frames arrive with each array that begins the last frame's (a descent's trail, one point longer
// a frame) sent as its length (ui/live_plot.py, _frames_as_prefixes): written out here as plotly needs them.
function withFullFrames(figure) {
  const frames = figure.frames || [];
  const last = frames[frames.length - 1];
  for (const frame of frames) (frame.data || []).forEach((trace, i) => {
    for (const [name, value] of Object.entries(trace)) {
      if (value && value.fcPrefix !== undefined) trace[name] = last.data[i][name].slice(0, value.fcPrefix);
    }
  });
  return figure;
}

// An animation's Play and Pause and its step slider, as the page's own controls under the plot, for a figure that
// asks for them (layout.meta.fcControls, its room: the height plotly's controls took): plotly drew its slider's
// hundred steps anew at every Plotly.react (15 of the descent chart's 33 ms a change), and neither that slider
// nor its buttons could be reached from the keyboard. These are a native range and two buttons, drawn once.
function takeControls(figure) {
  const layout = figure.layout, asked = layout.meta && layout.meta.fcControls;
  const [menu] = layout.updatemenus || [], [slider] = layout.sliders || [];
  if (!asked || !menu || !slider) return null;
  const room = asked.room || 0;
  layout.height = (layout.height || 450) - room;
  layout.margin = Object.assign({}, layout.margin, { b: Math.max(0, ((layout.margin || {}).b || 0) - room) });
  delete layout.updatemenus;
  delete layout.sliders;
  const prefix = (slider.currentvalue || {}).prefix || '';
  return { play: menu.buttons[0], pause: menu.buttons[1], steps: slider.steps, prefix, active: slider.active || 0,
           name: prefix.replace(/[:：]\\s*$/, '').trim(), size: (layout.font || {}).size,
           index: Object.fromEntries(slider.steps.map((step, i) => [String(step.args[0][0]), i])) };
}

function showStep(bar, controls, i) {
  const [, , range, output] = bar.children;
  range.value = String(i);
  output.textContent = controls.prefix + controls.steps[i].label;
  range.setAttribute('aria-valuetext', output.textContent);
}

function placeControls(gd, controls) {
  let bar = gd.__bar;
  if (!controls) { if (bar) bar.remove(); gd.__bar = null; return; }
  if (!bar) {
    bar = gd.__bar = document.createElement('div');
    bar.className = 'fc-animation';
    bar.innerHTML = '<button type="button"></button><button type="button"></button>'
      + '<input type="range" min="0" step="1"><output></output>';
    const [play, pause, range] = bar.children;
    const animate = (frames, options) => gd.__plotly && gd.__plotly.animate(gd, frames, options).catch(() => {});
    play.onclick = () => animate(null, gd.__controls.play.args[1]);  // an interrupted animation rejects: nothing wrong
    pause.onclick = () => animate([null], gd.__controls.pause.args[1]);
    range.oninput = () => {
      const step = gd.__controls.steps[Number(range.value)];
      showStep(bar, gd.__controls, Number(range.value));
      animate(step.args[0], step.args[1]);
    };
  }
  if (!bar.isConnected || bar.previousElementSibling !== gd) gd.insertAdjacentElement('afterend', bar);
  gd.__controls = controls;
  const [play, pause, range] = bar.children;
  play.textContent = controls.play.label;
  pause.textContent = controls.pause.label;
  range.max = String(controls.steps.length - 1);
  range.setAttribute('aria-label', controls.name);
  bar.style.fontSize = controls.size ? controls.size + 'px' : '';
  // The theme's primary colour, as Streamlit's own sliders wear it (their value's colour, where the page has one).
  const value = document.querySelector('[data-testid="stSliderThumbValue"]');
  range.style.accentColor = value ? getComputedStyle(value).color : '';
  showStep(bar, controls, controls.active);
}

function followFrames(gd) {  // the slider follows Play (once per plot: plotly keeps its listeners across reacts)
  if (gd.__follows || !gd.on) return;
  gd.__follows = true;
  gd.on('plotly_animatingframe', (event) => {
    const i = gd.__controls && gd.__controls.index[String(event.name)];
    if (i !== undefined && gd.__bar) showStep(gd.__bar, gd.__controls, i);
  });
}

const CONTROLS_STYLE = `
.fc-animation { display: flex; align-items: center; gap: 0.5rem; flex-wrap: wrap; margin: 0 0 0.5rem; font-size: 0.875rem; }
.fc-animation button { font: inherit; color: inherit; background: transparent; cursor: pointer;
  border: 1px solid rgba(128, 128, 128, 0.7); border-radius: 0.5rem; padding: 0.2rem 0.75rem; }
.fc-animation button:hover { border-color: currentColor; }
.fc-animation button:focus-visible, .fc-animation input:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
.fc-animation input { flex: 1 1 12rem; margin: 0 0.5rem; }
.fc-animation output { min-width: 5.5em; text-align: right; font-variant-numeric: tabular-nums; }`;
if (!shared.styled) {
  shared.styled = true;
  const style = document.createElement('style');
  style.textContent = CONTROLS_STYLE;
  document.head.appendChild(style);
}

// A figure that says its traces only move (layout.meta.fcMoves: every trace a 2D line or marker set on fixed axes,
// the pictures and map under them in the layout) and differs from the one drawn only in its traces' points and its
// title (a descent at another learning rate): its moved traces are redrawn alone (Plotly.animate without a redraw),
// not the whole chart (Plotly.react: 25-30 ms a change in the page, half of it the parts that stay). What a figure
// is compared by, written down before plotly is given it (plotly adds to the traces it draws).
function outline(figure, text) {
  const { title, ...layout } = figure.layout;
  return {
    moves: Boolean((layout.meta || {}).fcMoves) && figure.data.every((trace) => (trace.type || 'scatter') === 'scatter'),
    rest: JSON.stringify([text, layout, figure.data.map(({ x, y, ...style }) => style)]),
    points: figure.data.map((trace) => JSON.stringify([trace.x, trace.y])),
    animated: [...new Set((figure.frames || []).flatMap((frame) => frame.traces || []))],
  };
}

// The traces to move from the figure drawn (`before`) to `after`, or null when the whole chart must be drawn again:
// those whose points changed, and those its animation moves (back to where the new figure starts them).
function movedTraces(before, after) {
  if (!before || !before.moves || !after.moves || before.rest !== after.rest) return null;
  const moved = new Set(before.animated);
  after.points.forEach((points, i) => { if (points !== before.points[i]) moved.add(i); });
  return [...moved].sort((a, b) => a - b);
}

function move(gd, Plotly, figure, moved) {
  const animated = Plotly.animate(gd, { data: moved.map((i) => figure.data[i]), traces: moved, layout: {} },
    { transition: { duration: 0 }, frame: { duration: 0, redraw: false }, mode: 'immediate' });
  // Drawn when the transition is (plotly's promise settles a frame later, after its animation loop's next turn).
  const drawn = new Promise((resolve) => { gd.once('plotly_transitioned', resolve); animated.then(resolve, resolve); });
  return drawn.then(() => {
    // The animation's state anew, as Plotly.react leaves it (plotly's createTransitionData, not exported): the new
    // frames, and no current frame (Play starts at step 0).
    gd._transitionData = { _frames: [], _frameHash: {}, _counter: 0, _interruptCallbacks: [] };
    const title = JSON.stringify(gd.layout.title) === JSON.stringify(figure.layout.title) ? null
      : Plotly.relayout(gd, { title: figure.layout.title });
    return Promise.all([title, Plotly.addFrames(gd, figure.frames || [])]);
  });
}

function draw(gd, text) {
  // Not while out of the page (a slot's plot between its old element and its new one): plotly would size it
  // at its default 700 px wide. The new element draws it once it holds it.
  if (!gd.isConnected) { gd.__drawing = false; return; }
  const wanted = gd.__wanted;
  gd.__drawing = true;
  const figure = withFullFrames(JSON.parse(wanted));
  const controls = takeControls(figure);
  placeControls(gd, controls);
  gd.style.minHeight = (figure.layout.height || 450) + 'px';  // its room kept while plotly.js arrives: no jump
  const clear = 'rgba(0,0,0,0)';  // the page's background shows through, in either theme (text: the theme's colour)
  const layout = Object.assign({ template: TEMPLATE }, figure.layout, {
    paper_bgcolor: figure.layout.paper_bgcolor || clear, plot_bgcolor: figure.layout.plot_bgcolor || clear,
    font: Object.assign({ color: text }, figure.layout.font || {}), margin: steadyMargin(gd, figure.layout.margin) });
  const shape = outline(figure, text);
  plotly(gd.__bundle).then((Plotly) => {
    const whole = () => Plotly.react(gd, { data: figure.data, layout, frames: figure.frames || [],
      // A 3D scene drawn at the screen's own pixel ratio, not plotly's default 2 (four times the pixels on an
      // ordinary screen: in the software WebGL of a machine without a GPU, 0.24 s a redraw instead of 0.18 s).
      config: { responsive: true, displaylogo: false,
        plotGlPixelRatio: Math.min(4, Math.max(1, window.devicePixelRatio || 1)) } });
    if (gd.__plotly && gd.__plotly !== Plotly) gd.__plotly.purge(gd);  // drawn by the other bundle: start anew
    else if (gd.__plotly) {
      const moved = movedTraces(gd.__shape, shape);
      if (moved) {
        gd.dataset.moves = String(Number(gd.dataset.moves || 0) + 1);  // how often (a test reads it)
        return move(gd, Plotly, figure, moved).catch(whole);  // anything amiss: the whole chart, as before
      }
    }
    gd.__plotly = Plotly;
    return whole();
  }).then(() => {
    gd.__shape = shape;
    if (gd.__moved && gd.isConnected) { gd.__moved = false; gd.__plotly.Plots.resize(gd); }  // its new room's width
    followFrames(gd);
    gd.__drawing = false;
    gd.dataset.renders = String(Number(gd.dataset.renders || 0) + 1);
    if (gd.__wanted !== wanted && !gd.dataset.deferred) draw(gd, text);  // a newer figure came while this one was drawn
    else delete gd.dataset.pending;
  }, () => {  // plotly.js did not arrive: say so where the chart would be (a reload tries again)
    gd.__shape = null;
    gd.__drawing = false;
    gd.__wanted = null;
    delete gd.dataset.pending;
    gd.textContent = gd.__failed;
  });
}
"""

SCRIPT = _JS.replace("__TEMPLATE__", json.dumps(LIGHT))  # the component's script, the template written in once
# The script is a file in static/ the browser keeps, named by its content; the component's own script only loads
# it: Streamlit sends a component's script inside every chart's message, at every rerun (25 KB a chart a change).
MODULE = f"live_plot.{hashlib.sha256(SCRIPT.encode()).hexdigest()[:16]}.js"
LOADER = """const chart = import(new URL('./app/static/__MODULE__', document.baseURI).href);
export default function (component) {
  chart.then((code) => code.default(component), () => { component.parentElement.textContent = component.data.failed; });
}""".replace("__MODULE__", MODULE)
_component = st.components.v2.component("first_contact_live_plot", html="<div></div>", js=LOADER,
                                        isolate_styles=False)


def serve_plotly_js() -> bool:
    """plotly.js and the chart's script in static/ (copied from the plotly package once per process, atomically:
    replicas may start together). False when they cannot be served: the charts fall back to st.plotly_chart."""
    global _served
    with _copy_lock:
        if _served is None:
            _served = _copy_plotly_js()
        return _served


def _copy_plotly_js() -> bool:
    if not st.get_option("server.enableStaticServing") or not PLOTLY_JS.is_file():
        return False
    target = STATIC_DIR / PLOTLY_JS.name
    try:
        if not (target.is_file() and target.stat().st_size == PLOTLY_JS.stat().st_size):
            write_atomically(target, PLOTLY_JS.read_bytes())
        if not (STATIC_DIR / MODULE).is_file():
            write_atomically(STATIC_DIR / MODULE, SCRIPT.encode())
        prepare(STATIC_DIR)
        return True
    except OSError as error:  # a read-only app folder: Streamlit's own chart, as before
        _LOGGER.warning("plotly.js cannot be served from %s (%r): charts are drawn anew at each change",
                        STATIC_DIR, error)
        return False


def _figure_spec(figure) -> dict:
    """The figure as a dict without its template (plotly's default, which st.plotly_chart's theme would have
    replaced in the browser): the component's script gives it the white one, and the theme's text colour."""
    spec = figure.to_dict() if hasattr(figure, "to_dict") else dict(figure)  # a go.Figure or its plain dict
    layout = {name: value for name, value in spec.get("layout", {}).items() if name != "template"}
    return dict(spec, layout=layout)


def _figure_text(figure) -> str:
    return pio.to_json(_figure_spec(figure), validate=False, engine="orjson")


def _trace_types(spec: dict) -> dict:
    """Only what ui.plotly_bundle reads of a figure: its traces' (and frames' traces') types."""
    def types(traces):
        return [{"type": trace.get("type", "scatter")} for trace in traces]
    return {"data": types(spec.get("data", ())), "frames": [{"data": types(frame.get("data", ()))}
                                                           for frame in spec.get("frames", ())]}


PREFIX = "fcPrefix"  # a frame's array sent as the length of the last frame's array it begins


def _frames_as_prefixes(spec: dict) -> dict:
    """`spec` with each frame's array that begins the same array of the last frame (same trace, same key) sent as
    {PREFIX: its length}; the component's script writes it out again. A path's trail grows by a point a frame, so
    its frames held the path n times over: 214 of a descent's 228 KB, sent at every change of its learning rate."""
    frames = spec.get("frames") or []
    if len(frames) < 2:
        return spec
    last = frames[-1]

    def shortened(frame: dict) -> dict:
        if frame.get("traces") != last.get("traces") or len(frame.get("data", ())) != len(last.get("data", ())):
            return frame
        data = []
        for trace, final in zip(frame["data"], last["data"]):
            trace = dict(trace)
            for name, values in trace.items():
                whole = final.get(name)
                if (isinstance(values, list) and len(values) > 2 and isinstance(whole, list)
                        and whole[:len(values)] == values):
                    trace[name] = {PREFIX: len(values)}
            data.append(trace)
        return dict(frame, data=data)

    return dict(spec, frames=[shortened(frame) for frame in frames[:-1]] + [last])


def _sent_form(figure) -> tuple[str, dict]:
    """The figure's JSON and its trace types, worked out once per figure object: the pages' figures come from
    per-process caches and are drawn again at every rerun (copying and writing a figure took about 1-3 ms of
    the server's time each). So a figure must not change after it is first drawn: change a copy, or make anew."""
    sent = getattr(figure, "_fc_sent", None)
    if sent is None:
        spec = _figure_spec(figure)
        sent = (pio.to_json(_frames_as_prefixes(spec), validate=False, engine="orjson"), _trace_types(spec))
        if hasattr(figure, "to_dict"):  # a go.Figure keeps it (a plain dict is its own spec: nothing to keep)
            figure._fc_sent = sent
    return sent


def inside(where):
    """Where a chart's elements go: the page's current container itself when `where` is `st` (a block of their
    own cost each change one more message and one more block to draw), else a container in `where` (a column, or a
    slot that holds one element)."""
    return nullcontext() if where is st else where.container()


def live_plotly_chart(figure, *, alt: str, key: str | None = None, slot: str | None = None, where=st) -> None:
    """`figure` in `where`, updated in place at the next rerun that draws it under the same `key`. Without a
    key, the chart takes its identity from its figure (Streamlit's components v2): a new figure is a new chart,
    drawn anew (Plotly.newPlot) — so a chart a rerun can change needs a key. A slot redrawn several times in
    one run (a live training's frames), where a key would repeat, names itself by `slot` instead: each frame's
    new element takes over the plot of the one it replaces and updates it in place. Either way a page loads
    one copy of plotly.js, not Streamlit's as well."""
    if not (real_server() and serve_plotly_js()):
        where.plotly_chart(figure, key=key, alt=alt)
        return
    text, types = _sent_form(figure)
    ctx = get_script_run_ctx()
    # A page's need is the learner's: the descent's surface wants the full bundle only while it is turned in 3D.
    bundle = bundle_for(types, page=f"{ctx.session_id}/{ctx.page_script_hash}" if ctx else "")
    with inside(where):
        _component(data={"figure": text, "bundle": bundle, "slot": slot,
                          "alt": alt, "failed": t("live.chart_failed")}, key=key)
