"""Quick hands never break a page: on every chapter, a held arrow key and three bursts of six clicks along the
learning-rate slider (else the first slider), 0.3 s apart, as a teacher shows "too small, good, too large".
Then the page is idle within seconds, shows the slider's last value, and has no error badge, no dialog and no
exception. (Streamlit's forward-message cache once answered such bursts with "Cached ForwardMsg MISS" and a
frozen page; .streamlit/config.toml says how that is avoided.)"""

import pytest

from core.chapters import CHAPTERS
from tests.browser_checks import LIGHT, charts_drawn
from tests.conftest import ARTIFACTS, IDLE, page_param

pytestmark = pytest.mark.browser

BURST_POSITIONS = (0.1, 0.9, 0.3, 0.7, 0.5, 0.2)  # along the slider's track, as fractions of its width
SETTLED_MS = 10_000


def slider_keys(chapter) -> list[str]:
    """The URL keys of the sliders quick hands may reach for, in order: the learning rate, then every slider
    (the first one the page draws with its defaults is taken)."""
    settings = ((chapter.learning_rate,) if chapter.learning_rate else ()) + chapter.settings
    return [setting.key for setting in settings if setting.kind in ("slider", "choice") and not setting.option_labels]


SLIDING = [chapter for chapter in CHAPTERS if slider_keys(chapter)]


def no_breakage(page, name: str):
    from playwright.sync_api import expect

    dialogs = page.get_by_role("dialog")
    if dialogs.count():
        charts_drawn(page)
        page.screenshot(path=str(ARTIFACTS / f"quick_hands_{name}.png"))
        raise AssertionError(f"a dialog: {dialogs.first.inner_text()!r}")
    expect(page.locator(IDLE)).to_be_attached(timeout=SETTLED_MS)
    expect(dialogs).to_have_count(0)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    # Streamlit's status widget says "Error" (the ⚠ badge) when the connection or a message failed.
    expect(page.get_by_test_id("stStatusWidget").get_by_text("Error")).to_have_count(0)


@pytest.mark.parametrize("chapter", [page_param(chapter.path, chapter, id=chapter.slug) for chapter in SLIDING])
def test_quick_hands_leave_the_page_idle_and_showing_the_last_value(page, app_url, chapter):
    from playwright.sync_api import expect

    # The gradient-descent page with 20 steps, not 100: the same elements and reruns, a lighter animation.
    light = LIGHT["gradient_descent"] if chapter.slug == "gradient_descent" else ""
    page.goto(f"{app_url}/{chapter.url_path}?{light}")
    expect(page.get_by_test_id("stMain").locator("h1").first).to_be_visible(timeout=60_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    # Streamlit marks a keyed widget's container with the class st-key-<key>; the key is the setting's URL key.
    # The slider is a visually hidden range input (react-aria) on a track drawn beside it.
    key = next(key for key in slider_keys(chapter) if page.locator(f".st-key-{key}").count())
    widget = page.locator(f".st-key-{key}")
    slider, track = widget.locator("input[type='range']").first, widget.get_by_role("group").first
    track.scroll_into_view_if_needed()

    slider.focus()  # a held arrow key: repeats about 30 times a second
    for _ in range(12):
        page.keyboard.press("ArrowRight", delay=10)
        page.wait_for_timeout(25)
    for _ in range(3):
        box = track.bounding_box()
        thumb = widget.get_by_test_id("stSliderThumbValue").first.locator("xpath=..").bounding_box()
        for fraction in BURST_POSITIONS:
            page.mouse.click(box["x"] + fraction * box["width"], thumb["y"] + thumb["height"] / 2)
            page.wait_for_timeout(300)

    no_breakage(page, chapter.slug)
    shown = slider.get_attribute("aria-valuetext") or slider.get_attribute("aria-valuenow")
    page.wait_for_timeout(500)  # nothing left to arrive: the page stays as it is
    no_breakage(page, chapter.slug)
    assert (slider.get_attribute("aria-valuetext") or slider.get_attribute("aria-valuenow")) == shown
