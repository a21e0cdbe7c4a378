"""Our photos on the cat classifier page and the class board, through Streamlit's AppTest: a learner alone and a
joined student add photos, see what the model sees and the three lessons; the numbers shown are core's."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from core.board import format_code
from core.dual_logistic import train
from core.images import MAX_UPLOAD_BYTES, photo_to_input
from core.our_photos import compare, score, split_by_photo
from core.run_story import percent
from core.text import t
from tests.apptest import metrics, open_page, rerun, texts

pytestmark = pytest.mark.cat_data  # the page reads the cat images

CAT_PAGE = "pages/cat_classifier.py"
BOARD_PAGE = "pages/class_board.py"
LABEL = "our_photos_label"


def picture(seed: int, mode: str = "RGB", size=(120, 90)) -> bytes:
    """A PNG file of random coloured blocks (a different picture per seed)."""
    blocks = np.random.default_rng(seed).integers(0, 256, (size[1] // 10, size[0] // 10, 3), dtype=np.uint8)
    image = Image.fromarray(np.kron(blocks, np.ones((10, 10, 1), dtype=np.uint8))).convert(mode)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def shown(at) -> str:
    return " ".join(texts(at.get(kind)) for kind in ("markdown", "caption", "info", "success", "warning", "error",
                                                      "header", "subheader"))


def upload(at, seed: int, label: int, name: str = "photo.png", language: str = "en"):
    """Upload a picture, label it (the control's options are the words, in the page's language), press Add."""
    uploader(at).upload(name, picture(seed), "image/png").run()
    assert not at.exception, [e.value for e in at.exception]
    at.button_group(key=LABEL).set_value(t(f"cat_classifier.class_{label}", language))
    at.button(key="our_photos_add").click()
    return rerun(at)


def frame(at, column: str):
    """The table that has this column (AppTest does not give a plain table's key)."""
    return [d.value for d in at.dataframe if column in d.value.columns][0]


def uploader(at):
    return [u for u in at.get("file_uploader") if (u.key or "").startswith("our_photos_upload")][0]


def test_a_learner_alone_adds_photos_sees_the_preview_and_the_lessons_with_cores_numbers(cat_task):
    at = open_page(CAT_PAGE)
    assert t("our_photos.header") in texts(at.header)
    notice = texts(at.info)
    assert "not people" in notice and "64 × 64" in notice and t("our_photos.notice_alone") in notice
    assert at.toggle(key="our_photos_camera_on").value is False  # the camera is not asked for on load
    assert not at.get("camera_input")

    uploader(at).upload("cat.png", picture(1), "image/png").run()
    preview = [img for element in at.get("image") for img in element.proto.imgs
               if img.caption == t("our_photos.preview_caption")]
    assert len(preview) == 1 and preview[0].alt == t("our_photos.preview_alt")
    at.button(key="our_photos_add").click()  # no label yet
    rerun(at)
    assert t("our_photos.label_needed") in texts(at.warning) and "our_photos.alone" not in at.session_state
    at.button_group(key=LABEL).set_value(t("cat_classifier.class_1"))
    at.button(key="our_photos_add").click()
    rerun(at)
    assert t("our_photos.added_alone") in texts(at.success)
    assert t("our_photos.mine_header", count=1) in texts(at.subheader)

    reference = train(cat_task.problem, 0.005, 2000)
    first = photo_to_input(picture(1), crop=True)
    one = score(cat_task.problem, reference, [type("P", (), dict(student_id="alone", label=1, pixels=first))()])
    assert metrics(at)[t("our_photos.accuracy_ours", count=1)] == f"{percent(one.accuracy)} %"
    assert metrics(at)[t("our_photos.accuracy_course", count=50)] == "70.00 %"

    # one photo: lesson 2 says what it needs
    at.toggle(key="our_photos_train").set_value(True)
    rerun(at)
    assert t("our_photos.missing_one_side_alone") in texts(at.info)

    at = upload(at, 2, 0, "table.png")
    at = upload(at, 3, 1, "tabby.png")
    assert t("our_photos.mine_header", count=3) in texts(at.subheader)
    photos = at.session_state["our_photos.alone"]
    assert [p.label for p in photos] == [1, 0, 1]
    assert all(p.pixels.shape == (64, 64, 3) and p.pixels.dtype == np.uint8 for p in photos)
    assert np.array_equal(photos[0].pixels, first)

    expected = compare(cat_task, split_by_photo(photos), 0.005, 2000, course_run=reference)
    table = frame(at, t("our_photos.col_model"))
    assert list(table.iloc[:, 1]) == [percent(expected.before.accuracy), percent(expected.after.accuracy)]
    assert list(table.iloc[:, 2]) == [percent(expected.before_course), percent(expected.after_course)]
    lesson = texts(at.markdown)
    assert f"{percent(expected.before.accuracy)} %" in lesson and f"{percent(expected.after_course)} %" in lesson

    # deleting one of them
    at.button(key=f"our_photos_delete_{photos[1].photo_id}").click()
    rerun(at)
    assert [p.label for p in at.session_state["our_photos.alone"]] == [1, 1]
    assert t("our_photos.deleted") in texts(at.success)


def test_a_non_image_and_a_huge_upload_get_a_clear_message():
    at = open_page(CAT_PAGE)
    uploader(at).upload("notes.png", b"not an image at all", "image/png").run()
    assert "notes.png is not an image" in texts(at.error).replace("\\", "")  # the name escaped in Markdown
    assert not [b for b in at.button if b.key == "our_photos_add"]
    uploader(at).upload("huge.png", b"\0" * (MAX_UPLOAD_BYTES + 1), "image/png").run()
    assert "huge.png is larger than 10 MB" in texts(at.error).replace("\\", "")


def test_a_joined_student_adds_a_photo_to_the_board_and_deletes_it(board):
    code, teacher_key = board.open_class()
    mei = board.join(code, "Mei")
    at = open_page(CAT_PAGE, **{"class": format_code(code), "student": mei})
    assert t("our_photos.notice_class", code=format_code(code), hours=24) in texts(at.info)
    at = upload(at, 5, 1, "mimi.png")
    assert t("our_photos.added_class", code=format_code(code)) in texts(at.success)
    stored = board.photos(code)
    assert [(p.nickname, p.label) for p in stored] == [("Mei", 1)]
    assert np.array_equal(stored[0].pixels, photo_to_input(picture(5), crop=True))  # only the model's 64 × 64 input
    assert t("our_photos.class_count", code=format_code(code), count=1, students=1) in texts(at.caption)

    # another student's photo is in the lessons, not among Mei's own
    ada = board.join(code, "Ada")
    board.add_photo(code, ada, photo_to_input(picture(6), crop=True), 0)
    from ui.our_photos import class_photos
    class_photos.clear()
    rerun(at)
    assert t("our_photos.mine_header", count=1) in texts(at.subheader)
    assert t("our_photos.accuracy_ours", count=2) in metrics(at)
    at.toggle(key="our_photos_train").set_value(True)
    rerun(at)
    assert frame(at, t("our_photos.col_model")).shape == (2, 3)  # two students: one trains, one tests

    at.button(key=f"our_photos_delete_{stored[0].photo_id}").click()
    rerun(at)
    assert [p.nickname for p in board.photos(code)] == ["Ada"]
    assert not [b for b in at.button if b.key and b.key.startswith("our_photos_delete_")]  # Ada's is not Mei's


def test_the_board_shows_the_photos_by_label_and_the_teacher_deletes_them(board):
    code, teacher_key = board.open_class()
    mei, ada = board.join(code, "Mei"), board.join(code, "Ada")
    for student, seed, label in ((mei, 1, 1), (mei, 2, 0), (ada, 3, 1)):
        board.add_photo(code, student, photo_to_input(picture(seed), crop=True), label)
    student = open_page(BOARD_PAGE, **{"class": format_code(code), "student": mei})
    assert t("our_photos.board_header") in texts(student.header)
    assert metrics(student)[t("our_photos.board_cats")] == "2" and metrics(student)[t("our_photos.board_not_cats")] == "1"
    assert t("our_photos.board_explain", count=3, cats=2, not_cats=1, students=2,
             accuracy=metrics(student)[t("our_photos.board_accuracy")].removesuffix(" %")) in texts(student.markdown)
    counts = frame(student, t("our_photos.col_student"))
    assert dict(zip(counts.iloc[:, 0], counts.iloc[:, 1])) == {"Mei": 2, "Ada": 1}
    assert not [i for e in student.get("image") for i in e.proto.imgs if "labelled" in i.alt]  # only on request
    student.toggle(key="our_photos_board_show").set_value(True)
    rerun(student)
    alts = [i.alt for e in student.get("image") for i in e.proto.imgs if "labelled" in i.alt]
    first, second, third = (p.photo_id for p in board.photos(code))
    assert alts == [t("our_photos.board_thumb_alt", number=first, nickname="Mei", label="cat"),
                    t("our_photos.board_thumb_alt", number=third, nickname="Ada", label="cat"),
                    t("our_photos.board_thumb_alt", number=second, nickname="Mei", label="non-cat")]  # by label
    assert not [b for b in student.button if b.key and b.key.startswith("our_photos_delete")]  # not the teacher

    at = open_page(BOARD_PAGE, **{"class": format_code(code), "teacher": teacher_key})
    at.toggle(key="our_photos_board_show").set_value(True)
    rerun(at)
    first = board.photos(code)[0].photo_id
    at.multiselect(key="our_photos_chosen").select(first)
    rerun(at)
    at.button(key="our_photos_delete_chosen").click()
    rerun(at)
    assert len(board.photos(code)) == 2 and t("our_photos.board_deleted", count=1) in texts(at.success)
    assert at.button(key="our_photos_delete_all").disabled  # until confirmed
    at.checkbox(key="our_photos_all_confirm").check()
    rerun(at)
    at.button(key="our_photos_delete_all").click()
    rerun(at)
    assert board.photos(code) == [] and t("our_photos.board_none") in texts(at.info)


def test_our_photos_in_chinese():
    at = open_page(CAT_PAGE, lang="zh")
    assert t("our_photos.header", "zh") in texts(at.header)
    assert t("our_photos.notice_alone", "zh") in texts(at.info)
    at = upload(at, 1, 1, language="zh")
    assert t("our_photos.added_alone", "zh") in texts(at.success)
    assert t("our_photos.accuracy_ours", "zh", count=1) in metrics(at)
    at = upload(at, 2, 0, language="zh")
    assert [p.label for p in at.session_state["our_photos.alone"]] == [1, 0]
    at.toggle(key="our_photos_train").set_value(True)
    rerun(at)
    assert frame(at, t("our_photos.col_model", "zh")).shape == (2, 3)
    assert t("our_photos.lesson3_header", "zh") in texts(at.subheader)


def test_a_closed_class_refuses_a_photo_with_the_boards_reason(board):
    code, teacher_key = board.open_class()
    mei = board.join(code, "Mei")
    at = open_page(CAT_PAGE, **{"class": format_code(code), "student": mei})
    board.close(code, teacher_key)
    at = upload(at, 7, 1)
    assert t("class_board.error.class_closed") in texts(at.error)
    assert board.photos(code) == [] and not [s for s in at.success if "Added" in str(s.value)]


def test_the_board_trains_the_classs_best_run_again_with_our_photos(board, cat_task):
    """The best cat run on the board (highest test accuracy) is trained again on the course's pictures and our
    photos split by student: the board says so with core's numbers."""
    from core.chapters import chapter
    from core.our_photos import split_by_student

    code, _ = board.open_class()
    mei, ada, bo = board.join(code, "Mei"), board.join(code, "Ada"), board.join(code, "Bo")
    for student, seed, label in ((mei, 1, 1), (mei, 2, 0), (ada, 3, 1), (ada, 4, 0)):
        board.add_photo(code, student, photo_to_input(picture(seed), crop=True), label)
    viewer = open_page(BOARD_PAGE, **{"class": format_code(code)})
    assert t("our_photos.board_best_none") in texts(viewer.caption)
    for student, rate, test_accuracy in ((bo, 0.001, 64.0), (ada, 0.005, 70.0)):
        board.post(code, student, dict(page="cat_classifier", settings={"lr": rate, "iters": 200}, final_cost=0.4,
                                       train_accuracy=90.0, test_accuracy=test_accuracy, diverged=False,
                                       costs=[0.69, 0.4], iterations=200, num_iterations=200))
    from ui.class_link import class_snapshot

    class_snapshot.clear()
    rerun(viewer)
    photos = tuple(board.photos(code))
    result = compare(cat_task, split_by_student(photos), 0.005, 200,
                     course_run=train(cat_task.problem, 0.005, 200))
    assert chapter("cat_classifier").learning_rate.key == "lr"
    assert t("our_photos.board_best", nickname="Ada", lr="0.005", iters=200, train=len(result.split.train),
             test=len(result.split.test), before=percent(result.before.accuracy), after=percent(result.after.accuracy),
             course_before=percent(result.before_course), course_after=percent(result.after_course)
             ) in texts(viewer.markdown)
