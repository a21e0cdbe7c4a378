"""Every page through Streamlit's AppTest: widgets change, results change."""

import io

import pytest
from PIL import Image

from harness.serving import free_port
from tests.apptest import metrics, open_page, texts
from tests.test_datasets import make_pair

pytestmark = pytest.mark.cat_data  # the pages and runs here read the cat images

CAT_PAGE = "pages/cat_classifier.py"


def test_home_lists_the_eight_steps_and_links_built_chapters():
    at = open_page()
    assert at.title[0].value.startswith("First Contact")
    steps = [m.value for m in at.markdown if m.value.startswith("**") and ". " in m.value[:6]]
    assert len(steps) == 8
    from core.text import t
    from core.chapters import CHAPTERS, steps

    lesson_path = t("path.next", chapter=t(CHAPTERS[1].title))  # and, at the foot, the first chapter
    labels = [link.proto.label for link in at.main.get("page_link")]
    assert labels[-1] == lesson_path
    step_links = labels[:-1]
    expected = [t("home.open_chapter", chapter=t(chapter.title)) for _, chapters in steps() for chapter in chapters]
    assert step_links == expected and "Open the chapter: Cat classifier" in step_links
    linked = {label.removeprefix("Open the chapter: ") for label in step_links}
    assert linked == {t(chapter.title) for chapter in CHAPTERS[1:]}  # every chapter hangs off a step
    assert not at.sidebar.get("page_link")  # the menu is st.navigation's, in the top bar
    assert "coming_later" not in texts(at.caption)  # the catalogue text, not its key


def test_cat_page_shows_the_data():
    at = open_page(CAT_PAGE)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Training images"] == "209" and metrics["Test images"] == "50"
    assert "Image #7 is labelled **cat**" in texts(at.markdown)  # the text's first example
    at.button(key="cat_text_image_10").click().run()  # and its second, one click away
    assert "Image #10 is labelled **non-cat**" in texts(at.markdown) and at.slider(key="img").value == 10
    at.slider(key="img").set_value(0).run()
    assert "Image #0 is labelled **non-cat**" in texts(at.markdown)
    assert "1 means *cat*" in texts(at.markdown)  # the teachers' notes on the text


def test_training_live_then_results():
    at = open_page(CAT_PAGE)
    at.select_slider(key="pace").set_value("instant")
    at.slider(key="iters").set_value(300)
    at.select_slider(key="lr").set_value(0.005).run()
    assert "Press **Train**" in texts(at.info)
    at.button(key="cat_classifier_train").click().run()
    assert not at.exception
    assert "Finished 300 iterations with α = 0.005" in texts(at.success)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Iteration"] == "300" and metrics["Cost J"] == "0.376007"
    assert at.get("progress")[0].proto.value == 100
    assert len(at.get("plotly_chart")) == 3  # cost and accuracy, train and test (step 8), + comparison
    assert any("lowest at iteration" in i or "still falling" in i for i in [texts(at.info), texts(at.caption)])
    assert "truly cat" in texts(at.markdown) and len(at.expander) >= 4  # the test set's confusion matrix
    downloads = at.get("download_button")
    assert len(downloads) == 3 and downloads[2].proto.label == "Download this run as a notebook (.ipynb)"
    from core.notebooks import cat_notebook, notebook_file_name
    from ui.notebook_download import _notebook_file

    from ui.notebook_download import _file_name

    data = _notebook_file(cat_notebook, "cat_notebook", "en", learning_rate=0.005, num_iterations=300)
    notebook = cat_notebook(learning_rate=0.005, num_iterations=300)
    assert _file_name(cat_notebook, "cat_classifier", dict(learning_rate=0.005, num_iterations=300)) == \
        notebook_file_name(notebook) and b"0.005" in data
    # a different learning rate: the old result is marked stale until retrained
    at.select_slider(key="lr").set_value(0.01).run()
    assert "made with other settings (Learning rate α: 0.005, now 0.01)" in texts(at.warning)
    at.button(key="cat_classifier_train").click().run()
    assert "Finished 300 iterations with α = 0.01" in texts(at.success)
    assert {m.label: m.value for m in at.metric}["Cost J"] != "0.376007"


def test_large_learning_rate_is_explained():
    at = open_page(CAT_PAGE, pace="instant", iters="100", lr="1")
    at.button(key="cat_classifier_train").click().run()
    assert not at.exception
    assert "overshoot" in texts(at.warning) + texts(at.info)


def test_learning_rate_comparison_follows_the_selection():
    at = open_page(CAT_PAGE, compare_iters="200")
    table = at.dataframe[0].value
    assert list(table.iloc[:, 0]) == ["0.01", "0.001", "0.0001"]
    lesson = texts(at.markdown)
    assert "Here α = 0.01 reaches the best test accuracy, 80.00 %" in lesson
    costs = [float(cost) for cost in table.iloc[:, 1]]  # "moves slowest" only when its cost is the highest
    assert ("α = 0.0001, moves slowest" in lesson) == (costs[2] == max(costs))
    assert f"{table.iloc[0, 3]}" == "80.00 %"  # the sentence writes the percentage as the table does
    assert "overfitting" not in lesson  # after 200 iterations no rate knows its training images yet
    at.multiselect(key="compare").set_value([0.5]).run()
    assert list(at.dataframe[0].value.iloc[:, 0]) == ["0.5"]
    at.multiselect(key="compare").set_value([]).run()
    assert "Choose at least one" in texts(at.info)


def test_url_values_are_used_or_refused_with_a_notice():
    at = open_page(CAT_PAGE, lr="0.01", iters="99999", pace="warp")
    assert at.select_slider(key="lr").value == 0.01
    assert at.slider(key="iters").value == 2000
    assert at.select_slider(key="pace").value == "watch"
    notices = texts(at.sidebar.caption)
    assert "Iterations = 99999, outside the slider's range; using 2000" in notices
    assert "warp, which is not one of the choices" in notices


def png(mode="RGB", size=(300, 200), color=(200, 120, 40)):
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, format="PNG")
    return buffer.getvalue()


def test_your_own_photo():
    at = open_page(CAT_PAGE)
    at.file_uploader(key="photo_upload").upload("orange.png", png(), "image/png").run()
    assert not at.exception
    probability = {m.label: m.value for m in at.metric}["Probability of cat"]
    assert probability.endswith("%")
    assert "The model says" in texts(at.markdown)
    at.file_uploader(key="photo_upload").upload("notes.txt", b"not an image", "text/plain").run()
    assert "notes.txt is not an image" in texts(at.error)


def test_missing_data_without_network_explains_and_accepts_uploads(tmp_path, monkeypatch):
    import core.datasets

    dead = f"http://127.0.0.1:{free_port()}/{{name}}"
    monkeypatch.setattr(core.datasets, "MIRRORS", (dead,))
    empty = tmp_path / "empty"
    monkeypatch.setenv("FIRST_CONTACT_DATA_DIR", str(empty))
    at = open_page(CAT_PAGE)
    message = texts(at.error)
    assert "train_catvnoncat.h5" in message and str(empty) in message and "FIRST_CONTACT_DATA_DIR" in message
    small = make_pair(tmp_path)
    at.file_uploader(key="upload_train_h5").upload("train_catvnoncat.h5", (small / "train_catvnoncat.h5").read_bytes())
    at.file_uploader(key="upload_test_h5").upload("test_catvnoncat.h5", b"garbage").run()
    assert "cannot be used" in texts(at.error)
    at.file_uploader(key="upload_test_h5").upload("test_catvnoncat.h5", (small / "test_catvnoncat.h5").read_bytes())
    at.run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Training images"] == "4"


def test_a_run_another_learner_already_made_is_replayed_not_trained_again(monkeypatch):
    import core.dual_logistic
    import ui.live

    ui.live._shared_runs.clear()
    open_page(CAT_PAGE)  # the process's own runs (the reference model, the forms' agreement) are made once, here
    calls = []
    real = core.dual_logistic.train_steps

    def counting(*args, **kwargs):
        calls.append(args[1:3])
        return real(*args, **kwargs)

    monkeypatch.setattr(core.dual_logistic, "train_steps", counting)
    results = []
    for _ in range(2):  # two learners, the same settings
        at = open_page(CAT_PAGE, pace="instant", iters="200", lr="0.01")
        at.button(key="cat_classifier_train").click().run()
        results.append(metrics(at)["Cost J"])
    assert calls == [(0.01, 200)] and results[0] == results[1]
    at = open_page(CAT_PAGE, pace="instant", iters="200", lr="0.02")
    at.button(key="cat_classifier_train").click().run()
    assert calls == [(0.01, 200), (0.02, 200)]
