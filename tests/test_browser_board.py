"""The class board in Chromium: a teacher opens a class, two students join and train on the cat page with two
learning rates, and the teacher's board shows both runs within seconds. Screenshots in tests/artifacts/.

The app server (tests/conftest.py) writes the board to a throwaway SQLite file ($FIRST_CONTACT_BOARD_URL).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, urlparse

import pytest

from tests.browser_checks import charts_drawn
from tests.conftest import ARTIFACTS, IDLE

pytestmark = [pytest.mark.browser, pytest.mark.cat_data]

STUDENTS = (("Ada <b>bold</b>", 0.01), ("学生 🐱", 0.0001))


def query_of(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlparse(url.strip()).query).items()}


def query(page) -> dict[str, str]:
    return query_of(page.url)


def new_page(browser, errors: list, height: int = 1000):
    context = browser.new_context(viewport={"width": 1400, "height": height})
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    return context, page


def plotly_data(page) -> list:
    """The traces of every plotly chart on the page, as the browser holds them."""
    return page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot')].map(
        gd => gd.data.map(trace => ({name: trace.name, x: trace.x, customdata: trace.customdata})))""")


def test_two_students_train_and_the_board_shows_both_runs(browser, app_url):
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)
    ARTIFACTS.mkdir(exist_ok=True)
    errors: list[str] = []
    contexts = []
    try:
        context, teacher = new_page(browser, errors, height=1900)  # the whole board in one screenshot
        contexts.append(context)
        teacher.goto(f"{app_url}/class_board")
        expect(teacher.locator(IDLE)).to_be_attached(timeout=60_000)
        teacher.get_by_role("button", name="Open a class").click()
        expect(teacher.get_by_text("Students join at this address")).to_be_visible()
        code = query(teacher)["class"]
        assert len(code) == 9 and "teacher" not in query(teacher)
        expect(teacher.get_by_text(code, exact=True)).to_be_visible()
        expect(teacher.get_by_role("img").first).to_be_visible()  # the QR code
        expect(teacher.get_by_test_id("stMetricValue").nth(1)).to_have_text("0")
        teacher.get_by_role("button", name="Show the teacher link").click()  # only on request
        expect(teacher.get_by_test_id("stCode")).to_have_count(2)
        teacher_key = query_of(teacher.get_by_test_id("stCode").nth(1).inner_text())["teacher"]
        teacher.get_by_role("button", name="Hide the teacher link").click()
        expect(teacher.get_by_test_id("stCode")).to_have_count(1)
        charts_drawn(teacher)
        teacher.screenshot(path=str(ARTIFACTS / "board_teacher_opened.png"))

        for nickname, rate in STUDENTS:
            context, student = new_page(browser, errors)
            contexts.append(context)
            student.goto(f"{app_url}/class_board?class={code}")  # what the QR code opens
            expect(student.locator(IDLE)).to_be_attached(timeout=60_000)
            student.get_by_role("textbox", name="Your nickname").fill(nickname)
            student.get_by_role("button", name="Join").click()
            expect(student.get_by_text(f"Your nickname: {nickname}", exact=True)).to_be_visible()
            seat = query(student)
            assert seat["class"] == code and seat["student"]
            if rate == STUDENTS[0][1]:
                expect(student.locator(IDLE)).to_be_attached()
                expect(student.get_by_role("link", name="Cat classifier")).to_be_visible()
                expect(student.get_by_text("No runs yet")).to_be_visible()
                charts_drawn(student)
                student.screenshot(path=str(ARTIFACTS / "board_student_joined.png"))
            # The cat page with this student's learning rate; the seat travels in the address, as after a reload.
            student.goto(f"{app_url}/cat_classifier?lr={rate}&iters=300&pace=instant"
                         f"&class={code}&student={quote(seat['student'])}")
            expect(student.locator(IDLE)).to_be_attached(timeout=60_000)
            student.get_by_role("button", name="Train", exact=True).click()
            expect(student.get_by_text(f"Sent to class {code}.")).to_be_visible()
            expect(student.get_by_role("button", name=f"Withdraw my runs from class {code}")).to_be_visible()
            student.get_by_text(f"Sent to class {code}.").scroll_into_view_if_needed()
            charts_drawn(student)
            student.screenshot(path=str(ARTIFACTS / f"board_student_{rate}.png"))

        # The teacher's board redraws itself (no click, no reload): both runs arrive within seconds.
        expect(teacher.get_by_test_id("stMetricValue").nth(1)).to_have_text("2", timeout=15_000)
        expect(teacher.get_by_test_id("stMetricValue").nth(0)).to_have_text("2")
        charts = teacher.locator(".js-plotly-plot")
        expect(charts).to_have_count(2)
        expect(teacher.locator(IDLE)).to_be_attached()
        curves, accuracy = plotly_data(teacher)
        assert {trace["name"] for trace in curves if trace["name"]} >= {"α = 0.01", "α = 0.0001"}
        tested = next(trace for trace in accuracy if trace["name"] == "Test accuracy")
        assert sorted(tested["x"]) == [0.0001, 0.01]
        hovers = {who for trace in curves for who in (trace["customdata"] or []) if who}
        assert "Ada &lt;b&gt;bold&lt;/b&gt;" in hovers and "学生 🐱" in hovers  # escaped for plotly's labels
        teacher.wait_for_timeout(500)
        charts_drawn(teacher)
        teacher.screenshot(path=str(ARTIFACTS / "board_teacher_two_runs.png"))

        # One click on a row (its selection box, left of the first column) opens that student's run.
        grid = teacher.get_by_test_id("stDataFrame")
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        teacher.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # below the header row: the newest run
        newest = STUDENTS[-1][0]
        expect(teacher.get_by_text(f"{newest}'s run on Cat classifier")).to_be_visible()
        expect(teacher.locator(".js-plotly-plot")).to_have_count(3)
        run_link = teacher.get_by_role("link", name="Run it again on Cat classifier")
        expect(run_link).to_have_attribute("href", re.compile(rf"cat_classifier\?run=\d+&class={code}$"))
        run_href = run_link.get_attribute("href")
        expect(teacher.locator(IDLE)).to_be_attached()
        teacher.locator(".st-key-one_run").screenshot(path=str(ARTIFACTS / "board_one_run.png"))

        # Presenter mode (app-wide, in the sidebar): the same board, larger, for the back of the room.
        teacher.get_by_test_id("stSidebar").get_by_text("Presenter mode").click()
        expect(teacher).to_have_url(re.compile(r"[?&]present=1(&|$)"))
        expect(teacher.locator(IDLE)).to_be_attached()
        count = teacher.get_by_test_id("stMetricValue").first
        expect(count).to_have_css("font-size", re.compile(r"^(6[0-6](\.\d+)?)px$"))  # about 2.75rem of 24 px
        expect(teacher.locator(".js-plotly-plot")).to_have_count(3)  # the board's two, and the run still chosen
        teacher.wait_for_timeout(800)
        charts_drawn(teacher)
        teacher.screenshot(path=str(ARTIFACTS / "board_presenter.png"))

        # A reload keeps the class (it is in the address) and the teacher's controls (this browser remembers
        # the key, never in the address); in presenter mode the teacher link is not offered. The teacher link
        # works in a browser that does not remember the key. The self-refreshing board survives both.
        teacher.reload()
        expect(teacher.get_by_test_id("stMetricValue").nth(1)).to_have_text("2")
        expect(teacher.get_by_role("button", name="Close the class")).to_be_visible()
        expect(teacher.get_by_role("button", name="Show the teacher link")).to_have_count(0)
        teacher.wait_for_timeout(3500)  # a refresh of the board fragment after the reload
        expect(teacher.get_by_test_id("stException")).to_have_count(0)
        context, elsewhere = new_page(browser, errors)
        contexts.append(context)
        elsewhere.goto(f"{app_url}/class_board?class={code}")
        expect(elsewhere.locator(IDLE)).to_be_attached(timeout=60_000)
        expect(elsewhere.get_by_role("button", name="Close the class")).to_have_count(0)
        elsewhere.goto(f"{app_url}/class_board?class={code}&teacher={quote(teacher_key)}")
        expect(elsewhere.get_by_role("button", name="Close the class")).to_be_visible()
        assert "teacher" not in query(elsewhere)

        # The run's own link: its chapter with its settings, its stored numbers, and Run it again to the same cost.
        elsewhere.goto(run_href if run_href.startswith("http") else f"{app_url}/{run_href.lstrip('/')}")
        expect(elsewhere.get_by_text(f"{newest}'s run, class {code}")).to_be_visible(timeout=60_000)
        expect(elsewhere.locator(IDLE)).to_be_attached()
        elsewhere.get_by_role("button", name="Run it again", exact=True).click()
        expect(elsewhere.get_by_text(re.compile(r"the same run \(they differ by"))).to_be_visible(timeout=60_000)
        expect(elsewhere.locator(IDLE)).to_be_attached()
        elsewhere.locator(".st-key-opened_run").screenshot(path=str(ARTIFACTS / "opened_run.png"))
    finally:
        for context in contexts:
            context.close()
    assert not errors, f"JavaScript errors: {errors}"


def test_a_seat_survives_a_reload_and_a_new_tab_and_the_teacher_view_a_reload(browser, app_url):
    """A student joins: the class and their id are in the address at once, every page says "In class … as …",
    a reload keeps it, and a new tab opened from a shared link (no seat in it) offers it back in one click,
    the same student. The teacher's reload keeps the teacher's controls, and the key is shown nowhere."""
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)
    ARTIFACTS.mkdir(exist_ok=True)
    errors: list[str] = []
    contexts = []
    try:
        context, teacher = new_page(browser, errors)
        contexts.append(context)
        teacher.goto(f"{app_url}/class_board")
        expect(teacher.locator(IDLE)).to_be_attached(timeout=60_000)
        teacher.get_by_role("button", name="Open a class").click()
        expect(teacher.get_by_role("button", name="Close the class")).to_be_visible()  # a plain teacher button
        code = query(teacher)["class"]

        context, student = new_page(browser, errors)
        contexts.append(context)
        student.goto(f"{app_url}/class_board?class={code}")
        expect(student.locator(IDLE)).to_be_attached(timeout=60_000)
        student.get_by_role("textbox", name="Your nickname").fill("Mei <i>")
        student.get_by_role("button", name="Join").click()
        line = student.get_by_text(f"In class {code} as Mei <i>", exact=True)
        expect(line).to_be_visible()
        seat = query(student)
        assert seat["class"] == code and seat["student"]  # at once, before any run

        # Another page through a link (which clears the address): the line and the seat follow.
        student.get_by_role("link", name="Cat classifier").first.click()
        expect(student).to_have_url(re.compile(r"/cat_classifier\?"))
        expect(line).to_be_visible()
        expect(student.locator(IDLE)).to_be_attached()
        assert query(student)["student"] == seat["student"]
        student.reload()
        expect(student.locator(IDLE)).to_be_attached(timeout=60_000)
        expect(line).to_be_visible()
        assert query(student)["student"] == seat["student"]
        expect(student.locator(IDLE)).to_be_attached()
        charts_drawn(student)
        student.screenshot(path=str(ARTIFACTS / "seat_line.png"))

        # A new tab from a link the teacher shared: no seat in it, but this browser remembers it.
        shared = context.new_page()
        shared.on("pageerror", lambda error: errors.append(str(error)))
        shared.goto(f"{app_url}/gradient_descent?lang=en")
        expect(shared.locator(IDLE)).to_be_attached(timeout=60_000)
        expect(shared.get_by_text(f"This tab is not in class {code}")).to_be_visible()
        expect(shared.locator(IDLE)).to_be_attached()
        charts_drawn(shared)
        shared.screenshot(path=str(ARTIFACTS / "seat_lost.png"))
        shared.get_by_role("button", name="Rejoin as Mei <i>").click()
        expect(shared.get_by_text(f"In class {code} as Mei <i>", exact=True)).to_be_visible()
        assert query(shared)["student"] == seat["student"] and "/gradient_descent" in shared.url

        # Leave: this browser forgets the seat; a new tab offers nothing.
        shared.get_by_role("button", name="Leave").click()
        expect(shared.get_by_role("button", name="Rejoin as Mei <i>")).to_be_visible()  # this tab may undo
        assert "student" not in query(shared)
        fresh = context.new_page()
        fresh.goto(f"{app_url}/gradient_descent")
        expect(fresh.locator(IDLE)).to_be_attached(timeout=60_000)
        expect(fresh.get_by_text("Rejoin as")).to_have_count(0)
        expect(fresh.get_by_text(f"In class {code}")).to_have_count(0)

        # The teacher reloads: still the teacher, and the key is nowhere on the page or in the address.
        teacher.reload()
        expect(teacher.locator(IDLE)).to_be_attached(timeout=60_000)
        expect(teacher.get_by_role("button", name="Close the class")).to_be_visible()
        expect(teacher.get_by_role("button", name="Show the teacher link")).to_be_visible()
        cookies = {c["name"]: c for c in teacher.context.cookies()}
        key = cookies[f"fc_teacher_{code.replace('-', '')}"]["value"]
        assert cookies[f"fc_teacher_{code.replace('-', '')}"]["sameSite"] == "Strict"
        assert key not in teacher.content() and key not in teacher.url
        teacher.get_by_test_id("stSidebar").get_by_text("Presenter mode").click()
        expect(teacher.get_by_text("The teacher link is never shown in presenter mode.")).to_be_visible()
        expect(teacher.get_by_role("button", name="Show the teacher link")).to_have_count(0)
        expect(teacher.locator(IDLE)).to_be_attached()
        teacher.get_by_text("Teacher controls").scroll_into_view_if_needed()
        charts_drawn(teacher)
        teacher.screenshot(path=str(ARTIFACTS / "board_teacher_presenter_controls.png"))
    finally:
        for context in contexts:
            context.close()
    assert not errors, f"JavaScript errors: {errors}"


def test_a_lesson_teacher_asks_three_students_predict_and_the_reveal(browser, app_url):
    """The teacher asks a gradient-descent check from the panel; three students (one reading Chinese) see it
    within seconds and are brought to the chapter, lock in answers, the teacher sees 3 of 3 and the bars (off
    the projector until the reveal), reveals, and each student reads right or wrong."""
    import time

    from playwright.sync_api import expect

    from core.board import Board
    from core.chapters import find_check
    from core.text import t

    expect.set_options(timeout=30_000)
    ARTIFACTS.mkdir(exist_ok=True)
    check = find_check("gradient_descent.alpha_one")  # core: "blow_up"
    board = Board()  # the app server's board ($FIRST_CONTACT_BOARD_URL)
    code, key = board.open_class()
    students = [("Ada", "en", "blow_up"), ("Bo", "en", "settle"), ("学生", "zh", "blow_up")]
    ids = [board.join(code, name) for name, _, _ in students]
    errors: list[str] = []
    contexts = []
    try:
        context, teacher = new_page(browser, errors, height=1400)
        contexts.append(context)
        teacher.goto(f"{app_url}/class_board?class={code}&teacher={quote(key)}")
        expect(teacher.locator(IDLE)).to_be_attached(timeout=60_000)
        expect(teacher.get_by_text("Ask the class").first).to_be_visible()
        pages = []
        for (name, language, _), student_id in zip(students, ids):
            context, student = new_page(browser, errors)
            contexts.append(context)
            student.goto(f"{app_url}/class_board?class={code}&student={quote(student_id)}&lang={language}")
            expect(student.get_by_text(t("seat.line", language, code=code[:4] + "-" + code[4:], nickname=name),
                                       exact=True)).to_be_visible(timeout=60_000)
            pages.append(student)

        teacher.get_by_test_id("stSelectbox").filter(has_text="Chapter").click()
        teacher.get_by_role("option", name="Gradient descent").click()
        expect(teacher.locator(IDLE)).to_be_attached()
        # The chapter's first check is chosen by default; wait for the rerun to show it (clicking the list
        # before that rerun lands opened the previous chapter's questions: CI, stop 23).
        expect(teacher.get_by_role("combobox", name="Question")).to_have_value(check.question_text("en"))
        expect(teacher.locator(IDLE)).to_be_attached()
        teacher.get_by_role("button", name="Ask the class").last.click()
        asked = time.monotonic()
        seen = []
        for (name, language, answer), student in zip(students, pages):
            banner = student.get_by_text(t("lesson.teacher_asks", language, question=check.question_text(language)))
            expect(banner).to_be_visible(timeout=15_000)
            seen.append(time.monotonic() - asked)
        print(f"students saw the question after {[round(s, 1) for s in seen]} s")
        assert max(seen) < 8, seen  # the lesson bell rings within a second or two: slack for a busy machine
        for student in pages:  # then followed, with the check's settings (the address keeps those not default)
            expect(student).to_have_url(re.compile(r"/gradient_descent\?(.*&)?gd_surface=bowl(&|$)"))

        for (name, language, answer), student in zip(students, pages):
            expect(student.locator(IDLE)).to_be_attached()
            student.locator(".st-key-lesson_banner").get_by_test_id("stRadio").get_by_text(t(check.label(answer), language), exact=True).click()
            expect(student.locator(IDLE)).to_be_attached()
            student.locator(".st-key-lesson_banner").get_by_role("button", name=t("lesson.lock", language)).click()
            expect(student.get_by_text(t("lesson.locked", language, answer=t(check.label(answer), language)))
                   ).to_be_visible()
            expect(student.get_by_role("link", name=t("lesson.run_it", language))).to_be_visible()
        pages[0].screenshot(path=str(ARTIFACTS / "lesson_student_en.png"))
        pages[2].screenshot(path=str(ARTIFACTS / "lesson_student_zh.png"))

        expect(teacher.get_by_text("3 of 3")).to_be_visible(timeout=15_000)
        expect(teacher.get_by_text(f"{t(check.label('blow_up'))}: 2")).to_be_visible()
        teacher.get_by_test_id("stSidebar").get_by_text("Presenter mode").click()
        expect(teacher.get_by_text(t("lesson.hidden_on_projector"))).to_be_visible()
        expect(teacher.get_by_text(f"{t(check.label('blow_up'))}: 2")).to_have_count(0)
        expect(teacher.locator(IDLE)).to_be_attached()
        teacher.locator(".st-key-lesson_panel").screenshot(path=str(ARTIFACTS / "lesson_teacher_presenter.png"))
        teacher.get_by_role("button", name="Reveal the answer").click()
        expect(teacher.get_by_text(f"The answer: {t(check.label('blow_up'))}")).to_be_visible()
        expect(teacher.get_by_text(f"{t(check.label('blow_up'))}: 2 ✓")).to_be_visible()
        expect(teacher.locator(IDLE)).to_be_attached()
        teacher.locator(".st-key-lesson_panel").screenshot(path=str(ARTIFACTS / "lesson_teacher_revealed.png"))

        right = t(check.label("blow_up"))
        expect(pages[0].get_by_text(t("lesson.right", answer=right))).to_be_visible(timeout=15_000)
        expect(pages[1].get_by_text(t("lesson.wrong", mine=t(check.label("settle")), answer=right))).to_be_visible()
        expect(pages[2].get_by_text(t("lesson.right", "zh", answer=t(check.label("blow_up"), "zh")))).to_be_visible()
        expect(pages[2].locator(IDLE)).to_be_attached()
        pages[2].screenshot(path=str(ARTIFACTS / "lesson_student_zh_revealed.png"))
        assert board.answers(code, check.key).counts == {"settle": 1, "crawl": 0, "oscillate": 0, "blow_up": 2}
        pages[1].wait_for_timeout(3500)  # one more poll of every banner after the follow and the reveal
        for page in [teacher, *pages]:
            expect(page.get_by_test_id("stException")).to_have_count(0)
    finally:
        for context in contexts:
            context.close()
        board.dispose()
    assert not errors, f"JavaScript errors: {errors}"
