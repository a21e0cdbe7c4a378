"""The foundation chapters through AppTest: each page runs, and a widget change changes the output."""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from harness.serving import free_port
from tests.apptest import metrics, open_page, rerun, small_tables, texts

pytestmark = pytest.mark.cat_data  # the pages and runs here read the cat images


# ---- perceptron ----

def test_perceptron_converges_on_and_but_not_on_xor():
    at = open_page("pages/perceptron.py")
    assert "Converged after" in texts(at.success)
    assert metrics(at)["Misclassified at the end"] == "0"
    chart = at.get("plotly_chart")[0].proto.spec
    assert '"frames"' in chart  # the animation plays in the browser
    at.select_slider(key="pc_data").set_value("xor")
    rerun(at)
    assert "no single straight line" in texts(at.warning)
    assert metrics(at)["Misclassified at the end"] != "0"
    assert metrics(at)["Epochs run"] == "30"
    at.slider(key="pc_epochs").set_value(10)
    rerun(at)
    assert metrics(at)["Epochs run"] == "10"


def test_perceptron_clouds_and_the_hidden_layer():
    # A worded choice travels as its stable key; a link made when it travelled as its label still works
    at = open_page("pages/perceptron.py", pc_data="cloud", pc_noise="0.5")
    assert at.query_params["pc_data"] == "cloud"
    assert at.select_slider(key="pc_data").value == "cloud"
    assert "⚠" not in texts(at.caption)
    assert "Not converged" in texts(at.warning)
    assert metrics(at)["Accuracy on the four points"] == "100%"
    old_link = open_page("pages/perceptron.py", pc_data="two clouds")
    assert old_link.select_slider(key="pc_data").value == "cloud" and old_link.query_params["pc_data"] == "cloud"
    assert "Data set" in texts(open_page("pages/perceptron.py", pc_data="banana").caption)  # refused, beside it
    at.slider(key="pc_xor_seed").set_value(0)
    rerun(at)
    assert metrics(at)["Accuracy on the four points"] != "100%"
    assert "got stuck" in texts(at.warning)


# ---- binary classification and the logistic model ----

def test_logistic_model_counts_follow_w_and_b():
    at = open_page("pages/logistic_model.py")
    assert metrics(at) == {"On the right side": "8 of 12", "Says 1 (ŷ > 0.5)": "4 of 7 right",
                           "Says 0 (ŷ ≤ 0.5)": "4 of 5 right"}
    assert "With w = 1.0 and b = 0.0, **8 of 12** examples are on the right side of 0.5." in texts(at.markdown)
    assert "is at x = 0.00." in texts(at.markdown)
    assert "is 10 of 12" in texts(at.info)  # the best a line can do here
    assert "lm_w2" not in [slider.key for slider in at.slider]  # one feature: no second weight
    assert len(at.get("plotly_chart")) == 1 and len(small_tables(at)[0]) == 12
    at.slider(key="lm_w").set_value(2.0)
    at.slider(key="lm_b").set_value(-1.0)
    rerun(at)
    assert "With w = 2.0 and b = −1.0, **9 of 12** examples are on the right side of 0.5." in texts(at.markdown)
    assert metrics(at)["Says 1 (ŷ > 0.5)"] == "4 of 6 right" and "is at x = 0.50." in texts(at.markdown)
    table = small_tables(at)[0]  # every example: a Markdown table (ui/small_table.py)
    assert list(table.iloc[:, 4]).count("1") == 6 and list(table.iloc[:, 5]).count("✗") == 3
    assert table.iloc[6, 3] == "0.690"  # x = 0.9: σ(0.8)
    at.slider(key="lm_w").set_value(3.0)
    at.slider(key="lm_b").set_value(-3.5)
    rerun(at)
    assert metrics(at)["On the right side"] == "10 of 12"
    assert "10 of 12: no w and b can do better" in texts(at.success)
    at.slider(key="lm_w").set_value(0.0)
    rerun(at)
    assert "With every weight 0" in texts(at.markdown) and metrics(at)["On the right side"] == "7 of 12"


def test_logistic_model_two_features_in_chinese():
    # In Chinese each state is opened from its link: AppTest formats a worded choice (the data set) outside the
    # script run, in English, so a rerun there would put the choice back to its default (the browser does not).
    at = open_page("pages/logistic_model.py", lang="zh", lm_data="two")
    assert at.title[0].value == "二分类与逻辑回归模型"
    assert metrics(at)["落在正确一侧"] == "12 个中的 9 个"
    assert len(at.get("plotly_chart")) == 2  # the plane and the sigmoid over z
    assert list(small_tables(at)[0].columns[:2]) == ["x₁", "x₂"]
    assert "假设函数" in texts(at.header) and any("损失与代价" in link.proto.label for link in at.get("page_link"))
    at = open_page("pages/logistic_model.py", lang="zh", lm_data="two", lm_w2="1")
    assert metrics(at)["落在正确一侧"] == "12 个中的 12 个"
    assert "当 w₁ = 1.0、w₂ = 1.0、b = 0.0 时，12 个样本中有 **12 个** 落在 0.5 正确的一侧。" in texts(at.markdown)
    assert "决策边界是直线 1.0·x₁ + 1.0·x₂ + (0.0) = 0" in texts(at.markdown)
    assert "没有哪组 w 和 b 能做得更好" in texts(at.success)
    at = open_page("pages/logistic_model.py", lang="zh", lm_w="2", lm_b="-1")
    assert "当 w = 2.0、b = −1.0 时，12 个样本中有 **9 个** 落在 0.5 正确的一侧。" in texts(at.markdown)
    assert "最多只能分对 12 个中的 10 个" in texts(at.info)


def test_logistic_model_two_features_follow_the_second_weight():
    at = open_page("pages/logistic_model.py", lm_data="two")
    before = [chart.proto.spec for chart in at.get("plotly_chart")]
    assert metrics(at)["On the right side"] == "9 of 12"
    at.slider(key="lm_w2").set_value(1.0)
    rerun(at)
    assert metrics(at)["On the right side"] == "12 of 12"
    assert [chart.proto.spec for chart in at.get("plotly_chart")] != before
    at.slider(key="lm_w").set_value(-1.0)
    at.slider(key="lm_w2").set_value(-1.0)
    rerun(at)
    assert metrics(at)["On the right side"] == "0 of 12"  # the same line, every answer turned round


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(["one", "two"]), st.integers(-40, 40), st.integers(-40, 40), st.integers(-50, 50))
def test_logistic_model_sentence_agrees_with_the_numbers(data, w1, w2, b):
    """Whatever the sliders say, the sentence, the metrics and the table count the same examples as core."""
    from core.chapters.logistic_model import model
    from core.logistic_model import sides

    w1, w2, b = w1 / 10, w2 / 10, b / 10
    at = open_page("pages/logistic_model.py", lm_data=data, lm_w=str(w1), lm_w2=str(w2), lm_b=str(b))
    _, Y, _, _, y_hat = model({"lm_data": data, "lm_w": w1, "lm_w2": w2, "lm_b": b})
    split = sides(y_hat, Y)
    shown = metrics(at)
    assert shown["On the right side"] == f"{split.right} of 12"
    assert shown["Says 1 (ŷ > 0.5)"] == f"{split.right_one} of {split.said_one} right"
    assert f"**{split.right} of 12** examples are on the right side of 0.5." in texts(at.markdown)
    assert f"says 1 for {split.said_one} examples, {split.right_one} of them labelled 1" in texts(at.markdown)
    assert list(small_tables(at)[0].iloc[:, -1]).count("✓") == split.right


# ---- activations ----

def test_activation_choice_and_z_change_the_output():
    at = open_page("pages/activations.py")
    assert metrics(at) == {"g(z) at z = 1": "0.7311", "g′(z) at z = 1": "0.1966"}  # σ(1), σ(1)(1 − σ(1))
    assert "4.4 ≤ z ≤ 6.0" in texts(at.markdown)  # sigmoid saturates beyond |z| ≈ 4.4
    assert len(at.get("plotly_chart")) == 3
    comparison = small_tables(at)[0]  # every function at the marked z: a Markdown table (ui/small_table.py)
    assert len(comparison) == 4 and list(comparison.iloc[:, 1]) == ["0.7311", "0.7616", "1.0000", "1.0000"]
    at.select_slider(key="act_fn").set_value("relu")
    rerun(at)
    assert metrics(at) == {"g(z) at z = 1": "1.0000", "g′(z) at z = 1": "1.0000"}
    assert "-6.0 ≤ z ≤ 0.0" in texts(at.markdown)
    at.slider(key="act_z").set_value(-2.0)
    rerun(at)
    assert metrics(at) == {"g(z) at z = -2": "0.0000", "g′(z) at z = -2": "0.0000"}
    at.select_slider(key="act_fn").set_value("leaky_relu")
    rerun(at)
    assert metrics(at)["g(z) at z = -2"] == "-0.2000"
    assert "never saturates" in texts(at.markdown)


def test_linear_layers_collapse_for_every_seed():
    at = open_page("pages/activations.py", act_seed="7")
    before = texts(at.caption)
    assert "exactly one layer" in before
    at.slider(key="act_seed").set_value(8)
    rerun(at)
    assert texts(at.caption) != before


# ---- loss and cost ----

def test_loss_at_a_half_is_log_two():
    at = open_page("pages/loss_and_cost.py", loss_a="0.5")
    assert metrics(at)["L(a, 1) at a = 0.5"] == "0.6931" and metrics(at)["L(a, 0) at a = 0.5"] == "0.6931"
    at.slider(key="loss_a").set_value(0.9)
    rerun(at)
    assert metrics(at)["L(a, 1) at a = 0.9"] == "0.1054"  # −log 0.9
    assert len(at.get("plotly_chart")) == 3
    assert "bends down on" in texts(at.caption)


def test_cost_follows_the_examples():
    at = open_page("pages/loss_and_cost.py", loss_m="2", loss_seed="0")
    import numpy as np

    from core.loss import cost, sample_predictions

    a, y = sample_predictions(2, 0)
    assert metrics(at)["Cost J"] == f"{cost(a, y):.4f}"
    assert len(at.dataframe[0].value) == 2
    at.slider(key="loss_m").set_value(30)
    rerun(at)
    assert len(at.dataframe[0].value) == 30
    table = at.dataframe[0].value
    assert metrics(at)["Cost J"] == f"{np.mean(-np.log(np.where(table.iloc[:, 1] == 1, table.iloc[:, 2], 1 - table.iloc[:, 2]))):.4f}"


# ---- vectorization ----

def test_vectorization_times_and_caps_the_loop():
    at = open_page("pages/vectorization.py", vec_n="1000", vec_m="500", vec_iters="5")
    shown = metrics(at)
    assert shown["Python loop"].endswith(" ms") and shown["Speed-up"].endswith("×")
    assert "Both gave the same sum" in texts(at.caption)
    assert "The final costs agree" in texts(at.caption)
    shapes = dict(zip(at.dataframe[0].value.iloc[:, 0], at.dataframe[0].value.iloc[:, 1]))
    assert shapes["w.T @ X + b"] == "(1, 209)" and shapes["w.T"] == "(1, 12288)"
    race, teacher = at.dataframe[1].value, at.dataframe[2].value  # the span form waits in the teacher's box
    assert list(race.iloc[:, 0]) == ["loop over examples", "vectorized wᵀX + b"]
    assert list(teacher.iloc[:, 0]) == ["Gram form (cat page)"]
    assert any(e.label.startswith("For the teacher: a third way") for e in at.expander)
    assert len(set(race.iloc[:, 3]) | set(teacher.iloc[:, 3])) == 1  # the same final cost, to ten decimals
    at.select_slider(key="vec_n").set_value(2_000_000)
    rerun(at)
    assert "The loop ran on the first 1,000,000 elements only" in texts(at.caption)
    assert at.metric[0].value.startswith("≈ ") and at.metric[2].value.startswith("≈ ")  # loop time, speed-up
    charts_before = [c.proto.spec for c in at.get("plotly_chart")]
    at.button(key="vec_cat_again").click()
    rerun(at)
    assert [c.proto.spec for c in at.get("plotly_chart")][2] != charts_before[2]  # timed again


def test_vectorization_without_cat_data_still_times_the_loops(tmp_path, monkeypatch):
    import core.datasets

    dead = f"http://127.0.0.1:{free_port()}/{{name}}"
    monkeypatch.setattr(core.datasets, "MIRRORS", (dead,))
    monkeypatch.setenv("FIRST_CONTACT_DATA_DIR", str(tmp_path / "empty"))
    at = open_page("pages/vectorization.py", vec_n="1000", vec_m="500")
    assert "train_catvnoncat.h5" in texts(at.error)
    assert len(at.get("plotly_chart")) == 2 and len(at.header) >= 2  # sections 1 and 2, then the upload help
