"""WCAG 2.1 AA, measured with axe-core (the axe-playwright-python package) in Chromium: every page of the
registry in English and in Chinese, in the normal and the presenter mode, and the cat page after a run. A
serious or critical violation fails the test, printed rule by rule with its elements; the few that live
inside Streamlit's own components and cannot be fixed from the app are listed in KNOWN (and in the
README's "Accessibility" section) and skipped exactly, with their reason. The dark theme, which Streamlit
uses when the system prefers it, is measured on the pages with primary buttons. The document's language follows
the learner's (`<html lang="zh-CN">` in Chinese, for screen readers)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from core.chapters import CHAPTERS
from core.text import CATALOGUES, t
from tests.browser_checks import LIGHT, goto, open_and_settle, settle
from tests.conftest import IDLE, page_param
from ui.accessibility import CALM_COOKIE, DOCUMENT_LANGUAGE

pytestmark = pytest.mark.browser

# WCAG 2.0 and 2.1, levels A and AA: what a school's accessibility statement promises.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
               "resultTypes": ["violations"]}
FAILING = ("serious", "critical")


@dataclass(frozen=True)
class Known:
    """A violation inside Streamlit's own components that the app cannot fix: its rule, a piece of the
    element's HTML that identifies it, and why (the README's "Accessibility" section says the same)."""

    rule: str
    html: str
    reason: str

    def covers(self, rule: str, node: dict) -> bool:
        return rule == self.rule and self.html in node["html"]


KNOWN: tuple[Known, ...] = ()


def accessibility_script_done(page) -> None:
    """Wait until the app's script (ui/accessibility.py) has run and has looked at the page as it is now."""
    from playwright.sync_api import expect

    html = page.locator("html")
    expect(html).to_have_attribute("data-theme", re.compile("light|dark"))
    expect(html).not_to_have_attribute("data-a11y-pending", re.compile(".*"))


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now, one line per element (rule,
    impact, what it asks, the element and why it fails), without the KNOWN ones."""
    from axe_playwright_python.sync_playwright import Axe

    accessibility_script_done(page)
    found = []
    for violation in Axe().run(page, options=AXE_OPTIONS).response["violations"]:
        if violation["impact"] not in FAILING:
            continue
        for node in violation["nodes"]:
            if any(known.covers(violation["id"], node) for known in KNOWN):
                continue
            why = " ".join((node.get("failureSummary") or "").split())
            found.append(f"{violation['id']} ({violation['impact']}): {violation['help']}\n"
                         f"    element {node['target']}: {node['html'][:200]}\n    {why[:300]}")
    return found


def cases():
    for chapter in CHAPTERS:
        for language in ("en", "zh"):
            yield page_param(chapter.path, chapter, language, id=f"{chapter.slug}-{language}")


@pytest.mark.parametrize("chapter, language", cases())
def test_no_serious_violation(page, app_url, chapter, language):
    """The page in the normal mode, then (the sidebar's switch, the same page: no second load) in presenter mode."""

    from playwright.sync_api import expect

    query = [LIGHT.get(chapter.slug, ""), "lang=zh" if language == "zh" else ""]
    open_and_settle(page, f"{app_url}/{chapter.url_path}?{'&'.join(filter(None, query))}")
    found = serious_violations(page)
    expect(page.locator("html")).to_have_attribute("lang", DOCUMENT_LANGUAGE[language])
    assert not found, f"{len(found)} serious or critical accessibility violations:\n" + "\n".join(found)

    presenter_on(page)
    found = serious_violations(page)
    assert not found, f"presenter mode: {len(found)} serious or critical accessibility violations:\n" + "\n".join(found)


def presenter_on(page) -> None:
    """Turn presenter mode on with the sidebar's switch, and wait for the page drawn for the projector. A click
    that lands while a rerun is starting can be lost: then the switch is still off, and is clicked again."""
    from playwright.sync_api import expect

    switch = page.locator(".st-key-presenter_switch input")
    for _ in range(3):
        if not switch.is_checked():
            page.locator(".st-key-presenter_switch label").click()
        try:
            expect(page).to_have_url(re.compile(r"[?&]present=1(&|$)"), timeout=10_000)
            break
        except AssertionError:
            continue
    expect(page).to_have_url(re.compile(r"[?&]present=1(&|$)"))
    settle(page)


def dark_cases():
    """The dark theme (Streamlit's, when the system prefers it): the pages with primary buttons (Train, the class
    board's) and the first."""
    for chapter in CHAPTERS:
        if chapter.trains or not chapter.on_path or chapter is CHAPTERS[0]:
            yield page_param(chapter.path, chapter, id=chapter.slug)


@pytest.mark.parametrize("chapter", dark_cases())
def test_no_serious_violation_in_the_dark_theme(page, app_url, chapter):
    from playwright.sync_api import expect

    page.emulate_media(color_scheme="dark")
    open_and_settle(page, f"{app_url}/{chapter.url_path}?{LIGHT.get(chapter.slug, '')}")
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    found = serious_violations(page)
    assert not found, f"{len(found)} serious or critical accessibility violations:\n" + "\n".join(found)

    presenter_on(page)
    found = serious_violations(page)
    assert not found, f"dark, presenter mode: {len(found)} serious or critical violations:\n" + "\n".join(found)


@pytest.mark.cat_data
@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_serious_violation_after_training(page, app_url, language):
    """After a run the cat page shows more: the mislabeled pictures, the weights picture, the confusion
    matrix, the learning curves, the cost chart in words and its numbers."""
    from playwright.sync_api import expect

    open_and_settle(page, f"{app_url}/cat_classifier?iters=100&pace=instant{'&lang=zh' if language == 'zh' else ''}")
    page.get_by_role("button", name=t("cat_classifier.train", language), exact=True).click()
    expect(page.get_by_text(t("cat_classifier.mislabeled_header", language))).to_be_visible(timeout=60_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    page.wait_for_timeout(500)
    images = page.get_by_test_id("stMain").locator("img")
    assert images.count() > 24, "the mislabeled pictures and the weights picture should be on the page"
    # The cost chart in words, beside it, quotes the run's last cost as the metric above it shows it.
    cost = page.get_by_test_id("stMetric").filter(has_text=t("cat_classifier.cost", language)).first
    last = float(cost.get_by_test_id("stMetricValue").inner_text())
    in_words = page.get_by_text(CATALOGUES[language]["story.cost_chart_text"].split("{")[0])
    expect(in_words).to_contain_text(f"{last:.3f}")
    expect(in_words).to_contain_text("100")
    # A confusion cell's images are sent once it is opened (a lazy expander): opened, they are there.
    cell = page.locator("[class*='st-key-cat_confusion_11']")
    expect(cell.locator("img")).to_have_count(0)
    cell.locator("summary").click()
    expect(cell.locator("img, [data-testid='stCaptionContainer']").first).to_be_visible(timeout=30_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    # ... and its numbers as a table (opened before axe looks at the page).
    page.get_by_text(t("live.show_numbers", language), exact=True).click()
    expect(page.get_by_test_id("stTable").last).to_contain_text(f"{last:.4f}")
    found = serious_violations(page)
    assert not found, f"{len(found)} serious or critical accessibility violations:\n" + "\n".join(found)


FOCUSED_NAME = """() => { const e = document.activeElement;
  return e ? (e.getAttribute('aria-label') || e.innerText || '').trim() : ''; }"""


def tab_to(page, name: str, most: int) -> int:
    """Press Tab until the focused element is called `name`; how many presses it took (fails past `most`)."""
    for presses in range(1, most + 1):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_NAME)
        lines = [line.strip() for line in focused.split("\n") if line.strip()]
        if name == focused or len(lines) <= 2 and name in lines:  # beside an icon's name, not a whole region's text
            return presses
    raise AssertionError(f"{name!r} was not reached in {most} presses of Tab")


@pytest.mark.cat_data
def test_the_cat_page_trains_and_stops_from_the_keyboard_alone(page, app_url):
    """Tab to Train, Enter; Tab to "Stop training", Enter: the run stops where it was. No mouse."""
    from playwright.sync_api import expect

    page.goto(f"{app_url}/cat_classifier?iters=5000&pace=slow")
    expect(page.get_by_test_id("stMain").locator("h1").first).to_be_visible(timeout=60_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    train = t("cat_classifier.train", "en")
    expect(page.get_by_role("button", name=train, exact=True)).to_be_visible()
    accessibility_script_done(page)
    # Streamlit's "Skip to main content", then the page's own skip link to Train: four keys to Train.
    tab_to(page, "Skip to main content", most=1)
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("stMain")).to_be_focused()
    tab_to(page, t("a11y.skip_to", "en", control=train), most=1)
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name=train, exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    progress = page.get_by_test_id("stProgress")
    expect(progress).to_contain_text("of 5000", timeout=20_000)
    tab_to(page, t("cat_classifier.stop", "en"), most=3)
    page.keyboard.press("Enter")
    stopped = page.get_by_text("Training stopped at iteration")
    expect(stopped).to_be_visible(timeout=10_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=10_000)
    at_stop = progress.inner_text()
    page.wait_for_timeout(1000)
    assert progress.inner_text() == at_stop and "of 5000" in at_stop, "training went on after Stop"


@pytest.mark.cat_data
def test_reduced_motion_makes_the_live_pace_instant(page, app_url):
    """With the system's reduced-motion setting the cat page's live view defaults to instant (no animated
    training); without it, to watching."""
    from playwright.sync_api import expect

    pace = page.get_by_role("slider", name=t("cat_classifier.pace", "en"))
    open_and_settle(page, f"{app_url}/cat_classifier")
    expect(pace).to_have_attribute("aria-valuetext", t("cat_classifier.pace_watch", "en"))
    page.context.clear_cookies()
    page.emulate_media(reduced_motion="reduce")
    # A first visit: the app's script notes the setting in a cookie and reloads once. Wait for the cookie, then
    # open the page again (its settling walk would otherwise race the reload: CI, stop 24).
    goto(page, f"{app_url}/cat_classifier")
    for _ in range(150):
        if any(cookie["name"] == CALM_COOKIE for cookie in page.context.cookies()):
            break
        page.wait_for_timeout(200)
    else:
        raise AssertionError("the reduced-motion cookie was never set")
    open_and_settle(page, f"{app_url}/cat_classifier")
    expect(pace).to_have_attribute("aria-valuetext", t("cat_classifier.pace_instant", "en"), timeout=30_000)
    expect(page).not_to_have_url(re.compile("pace="))


# The focused element, or the box Streamlit draws around it (a text input's), shows the focus: an outline, a
# ring, or a border in the theme's primary colour.
FOCUS_SHOWN = """() => { let e = document.activeElement;
  for (let i = 0; e && i < 4; i++, e = e.parentElement) { const s = getComputedStyle(e);
    if ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none')
        || s.borderColor.includes('168, 50, 62')) return true; }
  return false; }"""


def focus_shown(page, what: str) -> None:
    """The focused element shows it: an outline or a ring (after its transition)."""
    try:
        page.wait_for_function(FOCUS_SHOWN, timeout=2000)
    except Exception as error:  # noqa: BLE001 - Playwright's timeout, said plainly
        style = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
          return e.tagName + ' ' + e.outerHTML.slice(0, 120) + ' outline=' + s.outlineStyle + ' ' + s.outlineWidth
                 + ' shadow=' + s.boxShadow; }""")
        raise AssertionError(f"no visible keyboard focus on {what}: {style}") from error


def test_the_class_board_works_from_the_keyboard_alone(browser, app_url):
    """A teacher opens a class and closes it, a student joins it: Tab, typing and Enter only, with the focus
    visible on every control used."""
    from playwright.sync_api import expect

    contexts = [browser.new_context(viewport={"width": 1280, "height": 900}) for _ in range(2)]
    try:
        teacher, student = (context.new_page() for context in contexts)
        teacher.goto(f"{app_url}/class_board")
        expect(teacher.locator(IDLE)).to_be_attached(timeout=60_000)
        accessibility_script_done(teacher)
        open_class = t("class_board.open_button", "en")
        tab_to(teacher, open_class, most=40)
        focus_shown(teacher, "Open a class")
        teacher.keyboard.press("Enter")
        close = teacher.get_by_role("button", name=t("class_board.close_button", "en"))
        expect(close).to_be_visible(timeout=30_000)
        code = teacher.url.split("class=")[1].split("&")[0]

        student.goto(f"{app_url}/class_board?class={code}")
        expect(student.locator(IDLE)).to_be_attached(timeout=60_000)
        accessibility_script_done(student)
        tab_to(student, t("class_board.nickname_label", "en"), most=40)
        focus_shown(student, "the nickname box")
        student.keyboard.type("Kai")
        student.keyboard.press("Enter")  # submits the join form
        expect(student.get_by_text(f"In class {code} as Kai", exact=True)).to_be_visible(timeout=30_000)

        expect(teacher.locator(IDLE)).to_be_attached()
        teacher.get_by_test_id("stMain").focus()  # where "Skip to main content" puts it; then Tab on
        tab_to(teacher, t("class_board.close_button", "en"), most=80)
        focus_shown(teacher, "Close the class")
        teacher.keyboard.press("Enter")
        expect(teacher.get_by_test_id("stMetricValue").nth(2)).to_have_text(t("class_board.status_closed", "en"),
                                                                             timeout=30_000)
    finally:
        for context in contexts:
            context.close()


def test_the_lesson_path_is_followed_from_the_keyboard(page, app_url):
    """At the foot of a chapter, "Next: …" is reached by Tab and followed by Enter, the focus visible."""
    from playwright.sync_api import expect

    page.goto(f"{app_url}/logistic_model")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    accessibility_script_done(page)
    tab_to(page, t("path.next", "en", chapter=t("nav.activations", "en")), most=120)
    focus_shown(page, "the lesson path's link")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/activations(\?|$)"), timeout=30_000)
    expect(page.get_by_test_id("stMain").locator("h1").first).to_have_text(t("activations.title", "en"))
