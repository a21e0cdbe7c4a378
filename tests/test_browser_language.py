"""The language switch in Chromium, on the home page, the cat classifier and gradient descent: the words
change, the address keeps lang= and every setting, and Chinese is drawn in glyphs (screenshots)."""

import re

import pytest

from core.text import EN, ZH
from tests.browser_checks import charts_drawn
from tests.conftest import ARTIFACTS, IDLE

pytestmark = [pytest.mark.browser, pytest.mark.cat_data]

PAGES = (("", "home.title", ""), ("cat_classifier", "cat_classifier.title", "lr=0.01&iters=1500"),
         ("gradient_descent", "gradient_descent.title", "gd_lr=0.5&gd_opt=momentum"))


@pytest.mark.parametrize("path, title, query", PAGES, ids=lambda v: v or "home")
def test_switching_language_keeps_the_view(page, app_url, path, title, query):
    from playwright.sync_api import expect

    page.goto(f"{app_url}/{path}?{query}")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(page.get_by_role("heading", level=1).first).to_contain_text(EN[title][:20])
    page.get_by_test_id("stSidebar").get_by_role("radio", name="简体中文").click()
    expect(page.get_by_role("heading", level=1).first).to_contain_text(ZH[title][:8], timeout=30_000)
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    for pair in filter(None, query.split("&")):
        expect(page).to_have_url(re.compile(re.escape(pair)))
    expect(page).to_have_url(re.compile(r"[?&]lang=zh"))
    if path == "cat_classifier":  # the settings themselves, not only the address, survive the switch
        expect(page.get_by_role("slider", name=ZH["cat_classifier.lr"])).to_have_attribute("aria-valuetext", "0.01")
    if path == "gradient_descent":  # a worded choice too, and it survives the next change of another setting
        optimizer = page.get_by_role("slider", name=ZH["gradient_descent.optimizer"])
        expect(optimizer).to_have_attribute("aria-valuetext", ZH["gradient_descent.opt_momentum"])
        page.get_by_role("slider", name=ZH["gradient_descent.iters"]).press("ArrowRight")
        expect(page).to_have_url(re.compile(r"gd_iters=110"))
        expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
        expect(optimizer).to_have_attribute("aria-valuetext", ZH["gradient_descent.opt_momentum"])
        expect(page).to_have_url(re.compile(r"gd_opt=momentum"))
    page.wait_for_timeout(800)  # let charts finish drawing their text
    ARTIFACTS.mkdir(exist_ok=True)
    charts_drawn(page)
    page.screenshot(path=str(ARTIFACTS / f"language_zh_{path or 'home'}.png"))

    # A link copied in Chinese opens the same view in Chinese; back to English keeps it too.
    copy = page.context.new_page()
    copy.goto(page.url)
    expect(copy.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(copy.get_by_role("heading", level=1).first).to_contain_text(ZH[title][:8])
    copy.get_by_test_id("stSidebar").get_by_role("radio", name="English").click()
    expect(copy.get_by_role("heading", level=1).first).to_contain_text(EN[title][:20], timeout=30_000)
    expect(copy).not_to_have_url(re.compile(r"lang="))
    for pair in filter(None, query.split("&")):
        expect(copy).to_have_url(re.compile(re.escape(pair)))
