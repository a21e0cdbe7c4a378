"""What the page needs for assistive technology that Streamlit's elements do not say themselves: the
document's language (a screen reader reads Chinese as Chinese only when `<html lang="zh-CN">`), and boxes
that scroll (a long formula, a wide graph) reachable from the keyboard. One small script, injected by app.py
on every run (tests/test_browser_accessibility.py checks both with axe-core and in the document)."""

from __future__ import annotations

import html
import json
from dataclasses import replace

import streamlit as st

from core.settings import Setting

# The language codes of the catalogue (core.text.LANGUAGES) as a document names them (BCP 47).
DOCUMENT_LANGUAGE = {"en": "en", "zh": "zh-CN"}

# Boxes that can scroll in a page: a display formula (KaTeX scrolls one wider than the column), a graph
# (presenter mode, ui/styles.py), a code block, a table (st.table, or markdown's). One that scrolls but holds nothing
# focusable gets tabindex=0, so the keyboard can reach it and scroll it with the arrow keys
# (WCAG 2.1.1; axe's rule scrollable-region-focusable). Checked again whenever the page changes, at most
# a few times a second: a live chart's redraws must not cost the browser a scan each.
SCROLLABLE = (".katex-display, [data-testid='stGraphVizChart'], pre, [data-testid='stMarkdownContainer'] table, "
              "[data-testid='stTable'] > div")

# No tag may appear in the script's text, even in a comment: Streamlit's HTML sanitizer then drops the script.
SCRIPT = """<script>
(() => {
  document.documentElement.lang = LANG;
  if (window.__firstContactA11y) return;
  window.__firstContactA11y = true;
  // The system's reduced-motion setting, told to the server in a cookie (it reads the cookies a session
  // opens with): a first visit that asks for less motion is reloaded once, so its session knows.
  const calm = matchMedia('(prefers-reduced-motion: reduce)');
  const remember = () => {
    const had = document.cookie.split('; ').includes(COOKIE + '=1');
    document.cookie = COOKIE + (calm.matches ? '=1; max-age=31536000' : '=; max-age=0') + '; path=/; SameSite=Lax';
    return had;
  };
  if (!remember() && calm.matches && !sessionStorage.getItem(COOKIE)) {
    sessionStorage.setItem(COOKIE, '1');
    location.reload();
    return;
  }
  calm.addEventListener('change', remember);
  const focusable = 'a[href], button, input, select, textarea, [tabindex]';
  const scrolls = box => {
    const style = getComputedStyle(box);
    const sideways = /auto|scroll/.test(style.overflowX) && box.scrollWidth > box.clientWidth + 1;
    const down = /auto|scroll/.test(style.overflowY) && box.scrollHeight > box.clientHeight + 1;
    return sideways || down;
  };
  const mark = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (app) {  // the theme in use, for the CSS below: Streamlit's dark one is chosen by the system or its menu
      const [r, g, b] = getComputedStyle(app).backgroundColor.match(/[0-9.]+/g).map(Number);
      document.documentElement.dataset.theme = 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
    }
    for (const box of document.querySelectorAll(SCROLLABLE)) {
      if (box.hasAttribute('tabindex') || box.querySelector(focusable) || !scrolls(box)) continue;
      box.setAttribute('tabindex', '0');
      box.dataset.scrollsByKeyboard = '';
    }
  };
  // While a check is due, the root element carries data-a11y-pending (tests wait for it to go).
  const root = document.documentElement;
  new MutationObserver(() => {
    if ('a11yPending' in root.dataset) return;
    root.dataset.a11yPending = '';
    setTimeout(() => { mark(); delete root.dataset.a11yPending; }, 300);
  }).observe(document.body, {childList: true, subtree: true});
  document.addEventListener('click', event => {  // a skip link (skip_link below) focuses its control
    const link = event.target.closest && event.target.closest('a[data-skip-to]');
    const target = link && document.querySelector(link.dataset.skipTo);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({block: 'center'});
    target.focus();
  });
  window.addEventListener('resize', mark);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => setTimeout(mark, 300));
  mark();
})();
</script>"""

# Set by the script while the system asks for reduced motion (`prefers-reduced-motion: reduce`).
CALM_COOKIE = "first_contact_reduced_motion"
STILL = "instant"  # the live pace that does not animate (every training chapter's pace has it)

# A focused scrolling box shows it; the element holding this script takes no room (no gap above the title).
# In the dark theme a primary button's label is dark on its light red (8:1): Streamlit writes it in white,
# and no red is both 4.5:1 behind white and 4.5:1 as text on the dark background (.streamlit/config.toml).
CSS = """<style>
html[data-theme="dark"] [data-testid^="stBaseButton-primary"] { color: #171614; }
[data-scrolls-by-keyboard]:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
[data-testid="stElementContainer"]:has(> [data-testid="stHtml"] script) { display: none; }
[data-testid="stElementContainer"]:has(> [data-testid="stHtml"] a[data-skip-to]) {
  position: absolute; z-index: 10; width: 0 !important; height: 0; }
a[data-skip-to]:not(:focus) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
a[data-skip-to]:focus { display: inline-block; transform: translateY(-100%); white-space: nowrap; padding: 0.25rem 0.75rem;
                        outline: 2px solid currentColor; }
</style>"""


def accessible_document(language: str) -> None:
    """Say the page's language to the browser and make its scrolling boxes reachable by keyboard."""
    script = (SCRIPT.replace("LANG", json.dumps(DOCUMENT_LANGUAGE[language])).replace("COOKIE", json.dumps(CALM_COOKIE))
              .replace("SCROLLABLE", json.dumps(SCROLLABLE)))
    st.html(CSS + script, unsafe_allow_javascript=True)


def skip_link(label: str, selector: str) -> None:
    """A link at this point of the page, shown only while it has the keyboard's focus, that moves the focus to
    the control `selector` names (e.g. a chapter's Train): the first stop in the page's main area after
    Streamlit's own "Skip to main content", instead of a dozen presses of Tab through the text's links."""
    st.html(f'<a href="#" data-skip-to="{html.escape(selector)}">{html.escape(label)}</a>')


def reduced_motion() -> bool:
    """Whether the learner's system asks for reduced motion (known from the session's second page load on)."""
    return st.context.cookies.get(CALM_COOKIE) == "1"


def calm(pace: Setting) -> Setting:
    """A live pace setting whose default is instant (no animated training) when the system asks for reduced
    motion; the learner can still choose to watch."""
    return replace(pace, default=STILL) if STILL in pace.options and reduced_motion() else pace
