"""The shallow and deep network chapters through AppTest."""

import io

import pytest
from PIL import Image

from tests.apptest import open_page, texts

pytestmark = pytest.mark.cat_data  # the pages and runs here read the cat images


def test_shallow_network_trains_and_the_settings_matter():
    at = open_page("pages/shallow_network.py", sn_pace="instant", sn_iters="1000")
    assert "17 parameters" in texts(at.caption)
    assert "Logistic regression accuracy: **47.00 %**" in texts(at.markdown)
    at.button(key="shallow_network_train").click().run()
    assert not at.exception
    assert "Finished 1000 iterations" in texts(at.success)
    first = {m.label: m.value for m in at.metric}["Accuracy"]
    at.slider(key="sn_hidden").set_value(1).run()
    assert "made with other settings (Hidden units: 4, now 1)" in texts(at.warning)
    at.button(key="shallow_network_train").click().run()
    assert {m.label: m.value for m in at.metric}["Accuracy"] != first
    assert len(at.get("plotly_chart")) == 3  # boundary, learning curve, logistic contrast


def test_shallow_network_on_other_data_and_a_huge_learning_rate():
    at = open_page("pages/shallow_network.py", sn_pace="instant", sn_iters="200", sn_data="circles",
                   sn_act="ReLU")  # a worded option travels in the URL as its label
    at.button(key="shallow_network_train").click().run()
    assert "Finished 200 iterations" in texts(at.success) and "ReLU" in texts(at.success)
    at.select_slider(key="sn_lr").set_value(10.0).run()
    at.select_slider(key="sn_act").set_value("relu").run()
    at.slider(key="sn_hidden").set_value(50).run()
    at.button(key="shallow_network_train").click().run()
    assert not at.exception
    assert "the training cost is" in texts(at.warning) and "above its start" in texts(at.warning)  # not a silent success


def test_hidden_layer_experiment():
    at = open_page("pages/shallow_network.py", sn_exp_iters="200")
    at.button(key="sn_experiment").click().run()
    assert not at.exception
    table = at.dataframe[0].value
    assert list(table.iloc[:, 0]) == [1, 2, 3, 4, 5, 20, 50]
    assert len(at.get("plotly_chart")) == 1 + 7


def test_deep_network_layers_training_and_comparison():
    at = open_page("pages/deep_network.py", dn_pace="instant", dn_iters="100")
    shapes = at.table[0].value
    assert list(shapes.iloc[:, 1]) == ["20 × 12288", "7 × 20", "5 × 7", "1 × 5"]
    at.text_input(key="dn_layers").set_value("7").run()
    assert list(at.table[0].value.iloc[:, 1]) == ["7 × 12288", "1 × 7"]
    at.button(key="deep_network_train").click().run()
    assert not at.exception
    assert "Finished 100 iterations" in texts(at.success)
    assert "test images are misclassified" in texts(at.markdown)
    at.button(key="dn_compare").click().run()
    table = at.dataframe[0].value
    assert list(table.iloc[:, 2]) == ["70.00 %", "72.00 %", "80.00 %"]


def test_deep_network_bad_layers_and_photo():
    at = open_page("pages/deep_network.py", dn_layers="7, banana")
    assert "using 20, 7, 5" in texts(at.sidebar.caption) + texts(at.sidebar.warning)
    buffer = io.BytesIO()
    Image.new("RGBA", (90, 60), (10, 200, 10, 128)).save(buffer, format="PNG")
    at.file_uploader(key="dn_photo_upload").upload("green.png", buffer.getvalue(), "image/png").run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Probability of cat"].endswith("%")


def test_the_course_reference_models_are_trained_once_for_both_pages(monkeypatch):
    import ui.cat_data
    from tests.test_app import png

    calls = []
    real_train = ui.cat_data.train
    monkeypatch.setattr(ui.cat_data, "train", lambda *args: calls.append(args[1:]) or real_train(*args))
    ui.cat_data.trained_logistic.clear()
    cat = open_page("pages/cat_classifier.py", compare="0.5", compare_iters="100")
    cat.file_uploader(key="photo_upload").upload("orange.png", png(), "image/png").run()
    assert "course lab's model: α = 0.005, 2000 iterations" in texts(cat.caption)
    deep = open_page("pages/deep_network.py")
    deep.button(key="dn_compare").click().run()
    assert not deep.exception
    assert calls == [(0.5, 100), (0.005, 2000)]  # the comparison's run, then the reference: once for both pages
    table = deep.dataframe[0].value
    logistic_test = float(table.iloc[0, 2].rstrip(" %"))
    assert logistic_test == 70.0 and f"against {logistic_test:.0f} % for logistic regression" in texts(deep.markdown)
