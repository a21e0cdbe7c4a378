"""The lesson bell (ui/lesson_bell.py) on a real server: a joined student's page that never asks is told
when the teacher asks and reveals, and its banner polls only on the slow safety beat meanwhile."""

import asyncio
import time

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from core.board import Board
from core.chapters import find_check
from core.text import t
from harness.protocol_client import Tab, run_sync
from ui.lesson_bell import SAFETY_SECONDS, ring_request, shown

CHECK = "gradient_descent.alpha_one"


class ListeningTab(Tab):
    """A tab that never reruns by itself: it only notes the polling beats the server asks for."""

    def __post_init__(self):
        super().__post_init__()
        self.beats: list[float] = []

    def _handle(self, message: ForwardMsg) -> None:
        if message.WhichOneof("type") == "auto_rerun":
            self.beats.append(message.auto_rerun.interval)
        super()._handle(message)


async def shows(tab: Tab, text: str, seconds: float) -> float | None:
    """Seconds until the tab shows `text`, or None after `seconds`."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if any(text in shown for shown in tab.texts()):
            return time.monotonic() - start
        await asyncio.sleep(0.1)
    return None


def test_a_page_that_never_asks_hears_the_ask_and_the_reveal(app_servers):
    server = app_servers.get(False)
    board = Board()  # the server's board ($FIRST_CONTACT_BOARD_URL)
    code, key = board.open_class()
    student = board.join(code, "Ada")
    check = find_check(CHECK)
    question = t("lesson.teacher_asks", question=check.question_text())

    async def scenario():
        async with ListeningTab(server.url, "", f"class={code}&student={student}", fetch_media=False) as tab:
            await tab.open()
            await asyncio.sleep(1.5)
            board.ask(code, key, "gradient_descent", CHECK)
            asked = await shows(tab, question, 10)
            board.reveal(code, key, CHECK)
            revealed = await shows(tab, t("lesson.no_answer", answer=check.answer_words(check.correct_answer())), 10)
            return tab.beats, asked, revealed, tab.texts()

    beats, asked, revealed, texts = run_sync(scenario())
    assert beats and set(beats) == {SAFETY_SECONDS}, beats  # the banner's own beat is the slow one
    assert asked is not None and asked < 5, (asked, texts)  # the bell rang: the page never asked
    assert revealed is not None and revealed < 5, (revealed, texts)


def test_what_a_banner_shows_changes_with_every_step_of_the_lesson():
    board = Board("sqlite://")
    code, key = board.open_class()
    steps = [board.current_step(code)]
    board.ask(code, key, "gradient_descent", CHECK)
    steps.append(board.current_step(code))
    board.reveal(code, key, CHECK)
    steps.append(board.current_step(code))
    board.ask(code, key, "gradient_descent", CHECK)  # asked again once revealed: "Everyone run it"
    steps.append(board.current_step(code))
    assert len({shown(step) for step in steps}) == 4


def test_a_ring_reruns_the_banner_with_the_pages_values_but_never_its_last_click():
    from streamlit.proto.ClientState_pb2 import ClientState

    last = ClientState(query_string="class=ABCD2345&student=s1", page_script_hash="page", fragment_id="training")
    last.widget_states.widgets.add(id="lesson_answer", string_value="blow_up")
    last.widget_states.widgets.add(id="lesson_lock", trigger_value=True)
    last.widget_states.widgets.add(id="train", trigger_value=True)
    request = ring_request(last, "banner")
    assert (request.fragment_id, request.is_auto_rerun) == ("banner", True)
    assert (request.query_string, request.page_script_hash) == (last.query_string, "page")
    assert [widget.id for widget in request.widget_states.widgets] == ["lesson_answer"]
    assert len(last.widget_states.widgets) == 3 and last.fragment_id == "training"  # the session's own is untouched
