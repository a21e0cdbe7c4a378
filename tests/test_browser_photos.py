"""Our photos in Chromium with a fake camera: a student on a phone joins a class, takes a photo on the cat page
by tap, labels it and adds it; the teacher's board shows it and the teacher deletes it. Screenshots in
tests/artifacts/ (English, and the section in Chinese).

Chromium's fake camera (`--use-fake-device-for-media-stream`) films a test pattern;
`--use-fake-ui-for-media-stream` grants the camera without asking.
"""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlparse

import pytest

from tests.browser_checks import charts_drawn
from tests.conftest import ARTIFACTS, CHROMIUM, IDLE

pytestmark = [pytest.mark.browser, pytest.mark.cat_data]

FAKE_CAMERA = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]


@pytest.fixture(scope="module")
def camera_browser(playwright):
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", *FAKE_CAMERA])
    yield chromium
    chromium.close()


def query(page) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlparse(page.url).query).items()}


def test_a_student_takes_a_photo_on_a_phone_and_the_teacher_deletes_it(camera_browser, devices, app_url):
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)
    ARTIFACTS.mkdir(exist_ok=True)
    errors: list[str] = []
    phone = {key: value for key, value in devices["Pixel 7"].items() if key != "default_browser_type"}
    teacher_context = camera_browser.new_context(viewport={"width": 1400, "height": 1600})
    student_context = camera_browser.new_context(**phone, permissions=["camera"])
    try:
        teacher = teacher_context.new_page()
        student = student_context.new_page()
        for page in (teacher, student):
            page.on("pageerror", lambda error: errors.append(str(error)))
        teacher.goto(f"{app_url}/class_board")
        expect(teacher.locator(IDLE)).to_be_attached(timeout=60_000)
        teacher.get_by_role("button", name="Open a class").click()
        expect(teacher.get_by_text("Students join at this address")).to_be_visible()
        code = query(teacher)["class"]

        student.goto(f"{app_url}/class_board?class={code}")
        expect(student.locator(IDLE)).to_be_attached(timeout=60_000)
        student.get_by_role("textbox", name="Your nickname").fill("Mei")
        student.get_by_role("button", name="Join").tap()
        expect(student.get_by_text("Your nickname: Mei", exact=True)).to_be_visible()
        seat = query(student)
        student.goto(f"{app_url}/cat_classifier?class={code}&student={quote(seat['student'])}")
        expect(student.locator(IDLE)).to_be_attached(timeout=60_000)

        section = student.locator(".st-key-our_photos")
        expect(section.get_by_text("not people")).to_be_visible()  # the notice, before the camera opens
        expect(section.get_by_test_id("stCameraInput")).to_have_count(0)
        section.get_by_text("Use the camera").tap()
        take = section.get_by_role("button", name="Take Photo")
        expect(take).to_be_enabled()
        student.wait_for_timeout(1000)  # the fake camera's first frames
        take.tap()
        preview = section.get_by_role("img", name="Your photo shrunk to 64 × 64 pixels, the model's input")
        expect(preview).to_be_visible()
        section.get_by_role("radio", name="cat", exact=True).tap()
        section.get_by_role("button", name="Add", exact=True).tap()
        expect(section.get_by_text(f"Added to class {code}'s photos.")).to_be_visible()
        expect(section.get_by_text("Your photos (1)")).to_be_visible()
        expect(section.get_by_role("img", name="Your photo 1, labelled cat")).to_be_visible()
        expect(student.locator(IDLE)).to_be_attached()
        section.get_by_text("Your photos (1)").scroll_into_view_if_needed()
        charts_drawn(student)
        student.screenshot(path=str(ARTIFACTS / "photos_student_phone.png"))

        # The teacher's board redraws itself: the photo arrives, labelled cat, by Mei.
        photos = teacher.locator(".st-key-our_photos_board")
        expect(photos.get_by_test_id("stMetricValue").first).to_have_text("1", timeout=20_000)
        photos.get_by_text("Show the photos").click()
        expect(photos.get_by_role("img", name="by Mei, labelled cat")).to_be_visible(timeout=20_000)
        expect(photos.get_by_test_id("stMetricValue").first).to_have_text("1")
        photos.scroll_into_view_if_needed()
        charts_drawn(teacher)
        teacher.screenshot(path=str(ARTIFACTS / "photos_board_teacher.png"))
        photos.get_by_text("Yes, delete every photo of this class (1)").click()
        photos.get_by_role("button", name="Delete all the class's photos").click()
        expect(photos.get_by_text("No photo yet")).to_be_visible()

        # The section in Chinese (the language switch is in the address).
        student.goto(f"{app_url}/cat_classifier?lang=zh&class={code}&student={quote(seat['student'])}")
        expect(student.locator(IDLE)).to_be_attached(timeout=60_000)
        section = student.locator(".st-key-our_photos")
        expect(section.get_by_text("不要拍摄人物")).to_be_visible()
        expect(section.get_by_text("使用摄像头")).to_be_visible()
        expect(section.get_by_role("button", name="Upload", exact=True)).to_be_visible()
        expect(section.get_by_text("你的照片（0）")).to_be_visible()
        section.scroll_into_view_if_needed()
        charts_drawn(student)
        student.screenshot(path=str(ARTIFACTS / "photos_student_phone_zh.png"))
    finally:
        student_context.close()
        teacher_context.close()
    assert not errors, f"JavaScript errors: {errors}"
