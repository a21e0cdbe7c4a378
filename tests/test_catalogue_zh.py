"""The Simplified Chinese catalogue: the English keys and placeholders, Markdown that renders, the text's terms.

Checked on the catalogue itself, so a missing or half-translated key fails here before any page is opened.
"""

import re
import string
from collections import Counter

import pytest

from core.text import CATALOGUES, EN, ZH, t

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Full-width punctuation: Markdown emphasis directly against one of these may not render (DESIGN.md).
CJK_PUNCTUATION = "，。、；：？！“”‘’（）《》【】「」『』…—～"
EMPHASIS_AGAINST_PUNCTUATION = re.compile(rf"\*+[{CJK_PUNCTUATION}]|[{CJK_PUNCTUATION}]\*+")
# Two Latin words in a row (each of two letters or more): a phrase left in English.
ENGLISH_PHRASE = re.compile(r"[A-Za-z]{2,}(?:[ \-][A-Za-z]{2,})+")
PROPER_PHRASES = ("First Contact", "Frank Rosenblatt", "leaky ReLU")

# Keys whose Chinese text is legitimately Latin only: symbols, formulas, proper names, gate names.
LATIN_ONLY = {
    "app.title", "lang.en",  # the language switch names each language in itself
    "activations.sigmoid", "activations.tanh", "activations.relu", "activations.leaky_relu", "activations.z", "activations.chart_function",
    "activations.chart_derivative", "activations.col_value", "activations.col_slope",
    "perceptron.data_and", "perceptron.data_or", "perceptron.data_xor",
    "loss_and_cost.bars_cost", "loss_and_cost.col_example",
    "vectorization.numpy_ms",
    "computation_graph.graph_warmup", "computation_graph.in.a", "computation_graph.in.b", "computation_graph.in.c",
    "computation_graph.in.x1_2", "computation_graph.in.x2_2", "computation_graph.in.y_2", "computation_graph.in.x1_3", "computation_graph.in.x2_3", "computation_graph.in.y_3",
    "computation_graph.in.x1_4", "computation_graph.in.x2_4", "computation_graph.in.y_4",
    "gradient_descent.opt_rmsprop", "gradient_descent.opt_adam", "gradient_descent.axis_w", "gradient_descent.axis_b", "gradient_descent.axis_cost", "gradient_descent.slider_rate",
    "gradient_descent.rate_label", "gradient_descent.col_w", "gradient_descent.col_b", "gradient_descent.col_cost", "gradient_descent.col_dw", "gradient_descent.col_db",
    "cat_classifier.compare_label",
    "shallow_network.act_tanh", "shallow_network.act_relu", "shallow_network.act_sigmoid",
    "deep_network.act_relu", "deep_network.act_tanh", "deep_network.act_sigmoid",
}

# Options shown side by side in one widget: their labels must stay distinct (the URL holds the label).
OPTION_GROUPS = ("perceptron.data_", "act.", "computation_graph.graph_", "gradient_descent.surface_", "gradient_descent.opt_", "cat_classifier.pace_", "shallow_network.data_", "shallow_network.act_",
                 "shallow_network.pace_", "deep_network.act_", "deep_network.init_", "deep_network.pace_")
OPTION_SUFFIX = re.compile(r"^[a-z_]+$")


def is_formula(key: str) -> bool:
    return ".latex_" in key


def placeholders(text: str) -> Counter:
    """Every {field:spec!conversion}, counted: Chinese may reorder them, never drop or change one."""
    return Counter((name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(text)
                   if name is not None)


def sample_values(text: str) -> dict:
    values = {}
    for _, name, spec, _ in string.Formatter().parse(text):
        if name:
            values[name] = 3 if spec.endswith("d") else 0.25 if spec else "x"
    return values


def prose(text: str) -> str:
    """The words of `text`: without inline math, code, placeholders, HTML tags and proper names."""
    text = re.sub(r"\$[^$]*\$|`[^`]*`|%?\{[^{}]*\}|<[^<>]*>", " ", text)
    for phrase in PROPER_PHRASES:
        text = text.replace(phrase, " ")
    return text


def test_zh_is_a_catalogue():
    assert CATALOGUES["zh"] is ZH and CATALOGUES["en"] is EN


def test_same_keys():
    assert sorted(EN.keys() - ZH.keys()) == [], "missing from ZH"
    assert sorted(ZH.keys() - EN.keys()) == [], "in ZH but not in EN"


def test_each_module_has_both_languages():
    import importlib
    import pkgutil

    from core import words

    for info in pkgutil.iter_modules(words.__path__):
        module = importlib.import_module(f"core.words.{info.name}")
        assert module.ZH.keys() == module.EN.keys(), info.name


@pytest.mark.parametrize("key", sorted(k for k in EN if not is_formula(k)))
def test_same_placeholders_and_format_specs(key):
    assert placeholders(ZH[key]) == placeholders(EN[key])


@pytest.mark.parametrize("key", sorted(k for k in EN if not is_formula(k)))
def test_formats_like_english(key):
    values = sample_values(EN[key])
    if not values:
        return
    try:
        EN[key].format(**values)
    except (ValueError, KeyError, IndexError):  # not a format string (a plotly hover template)
        return
    assert t(key, language="zh", **values)


def test_formulas_are_untouched():
    formulas = [key for key in EN if is_formula(key)]
    assert len(formulas) >= 10
    for key in formulas:
        assert ZH[key] == EN[key], key
    assert not [key for key, text in ZH.items() if r"\text{" in text]


def test_no_emphasis_against_cjk_punctuation():
    bad = {key: EMPHASIS_AGAINST_PUNCTUATION.findall(text) for key, text in ZH.items()}
    assert {key: found for key, found in bad.items() if found} == {}


def test_the_punctuation_check_can_fail():
    for text in ("按**训练**。", "“**猫**”", "**注意：**结果", "模型说：**猫**", "（**a**）"):
        assert EMPHASIS_AGAINST_PUNCTUATION.search(text), text
    assert not EMPHASIS_AGAINST_PUNCTUATION.search("按 **训练** 按钮。")


def test_emphasis_is_paired():
    assert [key for key, text in ZH.items() if text.count("**") % 2] == []


def test_every_text_is_chinese():
    latin = sorted(key for key, text in ZH.items()
                   if not is_formula(key) and key not in LATIN_ONLY and not CJK.search(prose(text)))
    assert latin == []


def test_latin_only_list_is_current():
    assert LATIN_ONLY <= EN.keys()
    assert sorted(key for key in LATIN_ONLY if CJK.search(ZH[key])) == []


def test_no_english_phrases():
    left = {key: ENGLISH_PHRASE.findall(prose(text)) for key, text in ZH.items() if not is_formula(key)}
    assert {key: found for key, found in left.items() if found} == {}


def test_the_english_check_can_fail():
    assert ENGLISH_PHRASE.search(prose("按下 Stop training 按钮"))
    assert not ENGLISH_PHRASE.search(prose("用 `np.dot(a, b)` 和 Frank Rosenblatt 的 leaky ReLU，{n:,} 个"))


def test_units_are_chinese():
    assert [key for key, text in ZH.items() if re.search(r"\d\s*ms\b|\bms\b", prose(text))] == []
    assert t("vectorization.ms", language="zh", ms="12") == "12 毫秒"


def test_option_labels_stay_distinct():
    for prefix in OPTION_GROUPS:
        keys = [key for key in EN if key.startswith(prefix) and OPTION_SUFFIX.match(key[len(prefix):])
                and not key.endswith("_help")]
        if prefix == "act.":
            keys = [f"activations.{name}" for name in ("sigmoid", "tanh", "relu", "leaky_relu")]
        labels = [ZH[key] for key in keys]
        assert len(labels) >= 2 and len(set(labels)) == len(labels), (prefix, labels)


# ---- the text's terms: one choice each, the variant named once where the concept is introduced ----

TERMS = {
    "perceptron.title": ["感知机"],
    "nav.perceptron": ["感知机"],
    "perceptron.fix_header": ["隐含层", "多层感知机"],
    "perceptron.bio": ["权重", "偏置", "阈值"],
    "activations.intro": ["激活函数", "反向传播"],
    "activations.note_sigmoid": ["二分类"],
    "activations.saturation_header": ["饱和", "梯度消失"],
    "activations.linear_intro": ["决策边界"],
    "loss_and_cost.intro": ["损失函数", "代价函数", "梯度下降"],
    "loss_and_cost.convex_intro": ["凸函数", "全局最优解"],
    "vectorization.title": ["向量化", "循环"],
    "vectorization.shapes_header": ["广播"],
    "nav.computation_graph": ["计算图"],
    "home.step_forward": ["前向传播"],
    "home.step_backward": ["反向传播"],
    "home.step_backward_detail": ["导数", "梯度下降"],
    "home.step_curves": ["超参数"],
    "home.step_curves_detail": ["超参数", "准确率", "测试集"],
    "home.step_load_detail": ["标准化", "重塑"],
    "cat_classifier.data_shapes": ["标准化", "重塑"],
    "computation_graph.fd_backprop": ["反向传播"],
    "computation_graph.gd_derivative": ["导数"],
    "gradient_descent.title": ["梯度下降"],
    "gradient_descent.opt_momentum": ["动量"],
    "cat_classifier.lr": ["学习率"],
    "gradient_descent.lr": ["学习率"],
    "computation_graph.lr": ["学习率"],
    "shallow_network.lr": ["学习率"],
    "deep_network.lr": ["学习率"],
    "cat_classifier.iters": ["迭代"],
    "cat_classifier.cost": ["代价"],
    "cat_classifier.compare_chart": ["代价"],
    "gradient_descent.cost_title": ["代价"],
    "deep_network.compare_chart": ["代价"],
    "cat_classifier.train_accuracy": ["准确率"],
    "cat_classifier.compare_lesson_gap": ["过拟合"],
    "shallow_network.boundary_live": ["决策边界"],
    "nav.section_logistic": ["逻辑回归"],
}
VARIANTS = {"感知器": "perceptron.intro", "激励函数": "activations.intro", "成本函数": "loss_and_cost.intro", "梯度下降法": "gradient_descent.intro"}
# Other translations of the same terms, which the catalogue does not use.
AVOIDED = ("隐藏层", "隐层", "隐藏单元", "逻辑斯蒂", "逻辑斯谛", "对数几率回归", "学习速率", "精度", "过度拟合",
           "梯度弥散", "前馈传播", "后向传播", "误差反向", "损耗", "偏差")


@pytest.mark.parametrize("key", sorted(TERMS))
def test_terms(key):
    missing = [term for term in TERMS[key] if term not in ZH[key]]
    assert missing == [], (key, ZH[key])


def test_variants_named_once_where_introduced():
    for variant, key in VARIANTS.items():
        where = [k for k, text in ZH.items() if variant in text]
        assert where == [key], (variant, where)


def test_avoided_translations():
    found = {word: [key for key, text in ZH.items() if word in text] for word in AVOIDED}
    assert {word: keys for word, keys in found.items() if keys} == {}


def test_credits_and_corrections():
    """The corrections of issue 11, in both languages."""
    assert "1957" in EN["perceptron.intro"] and "1957" in ZH["perceptron.intro"]
    assert "left" not in EN["home.intro"] and "顶部" in ZH["home.intro"]
    assert "/= m" in EN["vectorization.grad_intro"] and "/= m" in ZH["vectorization.grad_intro"]
    assert "Xα" not in EN["vectorization.gram_why"] and "Xβ" in EN["vectorization.gram_why"] and "Xβ" in ZH["vectorization.gram_why"]
    for key in ("shallow_network.intro", "shallow_network.shapes"):
        for text in (EN[key], ZH[key]):
            assert "W^[1]" in text and not re.search("[¹²]", text), key
    for key in ("cat_classifier.lr_help", "cat_classifier.photo_model_reference", "shallow_network.experiment_intro", "deep_network.intro", "deep_network.layers_help",
                "deep_network.init_scaled", "deep_network.init_small", "deep_network.compare_intro", "deep_network.compare_lesson",
                "deep_network.photo_model_reference"):
        assert "course" in EN[key] and "text's" not in EN[key], key
        assert "课程" in ZH[key], key
