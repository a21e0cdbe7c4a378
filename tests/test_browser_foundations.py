"""The foundation chapters in Chromium: each loads without error; screenshots in tests/artifacts/."""

import pytest

from tests.browser_checks import CHARTS, charts_drawn
from tests.conftest import ARTIFACTS, IDLE

pytestmark = [pytest.mark.browser, pytest.mark.cat_data]


def open_chapter(page, app_url, path, height=2400):
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1400, "height": height})
    page.goto(f"{app_url}/{path}")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    return expect


def shoot(page, name):
    charts_drawn(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_perceptron_page_animates_in_the_browser(page, app_url):
    expect = open_chapter(page, app_url, "perceptron?pc_data=XOR&pc_epochs=20")
    expect(page.get_by_text("no single straight line")).to_be_visible(timeout=30_000)
    charts = page.locator(CHARTS)
    expect(charts).to_have_count(2, timeout=30_000)
    title = charts.first.locator(".gtitle")
    expect(title).to_have_text("Epoch 20: 2 misclassified")
    charts.first.get_by_text("▶ Play").click()  # frames play in the browser, no server round trip
    expect(title).not_to_have_text("Epoch 20: 2 misclassified", timeout=5_000)
    shoot(page, "perceptron_playing")
    expect(title).to_have_text("Epoch 20: 2 misclassified", timeout=15_000)  # and end on the last epoch
    shoot(page, "perceptron")


def test_logistic_model_page(page, app_url):
    expect = open_chapter(page, app_url, "logistic_model?lm_w=2&lm_b=-1", height=2600)
    expect(page.locator(CHARTS)).to_have_count(1, timeout=30_000)
    expect(page.get_by_test_id("stMetricValue").first).to_have_text("9 of 12")
    chart = page.locator(CHARTS).first
    expect(chart.locator(".gtitle")).to_have_text("ŷ = σ(wx + b) for each of the 12 examples")
    expect(chart.locator(".legendtext")).to_have_count(7)  # step, curve, threshold, boundary, two labels, wrong
    shoot(page, "logistic_model_one")
    # A slider moved by keyboard: b one step up, the boundary moves left past x = 0.3 (labelled 0), 9 → 8.
    slider = page.locator(".st-key-lm_b").get_by_role("slider")  # beside the chart it moves
    slider.focus()
    for _ in range(4):  # b = −1.0 → −0.6: the boundary at x = 0.3, which then says 0 (ŷ = 0.5)
        slider.press("ArrowRight")
    expect(page.get_by_text("With w = 2.0 and b = −0.6,")).to_be_visible(timeout=30_000)
    slider.press("ArrowRight")
    expect(page.get_by_text("With w = 2.0 and b = −0.5, 8 of 12")).to_be_visible(timeout=30_000)
    expect(page.get_by_test_id("stMetricValue").first).to_have_text("8 of 12")

    expect = open_chapter(page, app_url, "logistic_model?lm_data=two&lm_w2=0.5", height=2600)
    expect(page.locator(CHARTS)).to_have_count(2, timeout=30_000)
    expect(page.get_by_test_id("stMetricValue").first).to_have_text("11 of 12")
    shoot(page, "logistic_model_two")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{app_url}/logistic_model?lm_data=two&lm_w2=0.5&present=1&lang=zh")
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(page.get_by_test_id("stMetricValue").first).to_have_text("12 个中的 11 个")
    page.locator(CHARTS).first.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    shoot(page, "logistic_model_presenter_zh")


def test_activations_page(page, app_url):
    expect = open_chapter(page, app_url, "activations?act_fn=tanh&act_z=2.5")
    expect(page.get_by_text("tanh: g(z) and its slope g′(z)")).to_be_visible(timeout=30_000)
    expect(page.locator(CHARTS)).to_have_count(3, timeout=30_000)
    expect(page.get_by_test_id("stMetricValue").first).to_have_text("0.9866")  # tanh(2.5)
    shoot(page, "activations")


def test_loss_and_cost_page(page, app_url):
    expect = open_chapter(page, app_url, "loss_and_cost?loss_a=0.5", height=2600)
    expect(page.locator(CHARTS)).to_have_count(3, timeout=30_000)
    expect(page.get_by_test_id("stMetricValue").first).to_have_text("0.6931")  # log 2
    page.get_by_text("Where the log loss comes from").click()
    expect(page.get_by_text("maximum-likelihood estimation")).to_be_visible()
    shoot(page, "loss_and_cost")


def test_vectorization_page(page, app_url):
    expect = open_chapter(page, app_url, "vectorization?vec_n=10000000&vec_iters=20", height=3000)
    expect(page.get_by_text("The loop ran on the first 1,000,000 elements only")).to_be_visible(timeout=60_000)
    expect(page.locator(CHARTS)).to_have_count(3, timeout=30_000)
    expect(page.get_by_text("The final costs agree")).to_be_visible()
    # the URL holds the slider's label, 10000000 for ten million (Streamlit's query-parameter binding)
    page.get_by_role("button", name="Time again").last.click()  # now that the browser is idle: a quieter race
    expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
    expect(page.get_by_text("The final costs agree")).to_be_visible()
    shoot(page, "vectorization")
