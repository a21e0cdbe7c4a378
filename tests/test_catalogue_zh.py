"""The Simplified Chinese catalogue: the English keys and placeholders, Markdown that renders, the text's terms.

Checked on the catalogue itself, so a missing or half-translated key fails here before any page is opened.
"""

import ast
import re
import string
from collections import Counter
from pathlib import Path

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
    "text.between_sentences",  # nothing: Chinese joins sentences without a space
    "text.between_items",  # a full-width semicolon
    "activations.sigmoid", "activations.tanh", "activations.relu", "activations.leaky_relu", "activations.z", "activations.chart_function",
    "activations.chart_derivative", "activations.col_value", "activations.col_slope",
    "perceptron.data_and", "perceptron.data_or", "perceptron.data_xor",
    "logistic_model.y_hat", "logistic_model.axis_z", "logistic_model.col_x", "logistic_model.col_x1",
    "logistic_model.col_x2", "logistic_model.col_z", "logistic_model.col_y_hat",
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
OPTION_GROUPS = ("perceptron.data_", "logistic_model.data_", "act.", "computation_graph.graph_", "gradient_descent.surface_", "gradient_descent.opt_", "cat_classifier.pace_", "shallow_network.data_", "shallow_network.act_",
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
    "logistic_model.intro": ["二分类", "监督学习", "推荐", "反欺诈", "逻辑回归"],
    "logistic_model.hypothesis_intro": ["假设函数", "感知机", "决策边界", "阈值"],
    "nav.logistic_model": ["二分类", "逻辑回归"],
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
    "story.compare_gap": ["过拟合"],
    "shallow_network.boundary_live": ["决策边界"],
    "nav.section_logistic": ["逻辑回归"],
}
# Variants the text's readers may know, each named once, in parentheses, where its concept is introduced.
VARIANTS = {"感知器": "perceptron.intro", "激励函数": "activations.intro", "成本函数": "loss_and_cost.intro",
            "交叉熵": "loss_and_cost.intro"}
# The glossary: each concept, the one Chinese term the catalogue uses for it, and the other translations it
# never uses (regular expressions). A term must be used somewhere: a glossary of unused words checks nothing.
GLOSSARY = {
    "the text (the article the app follows)": ("原文", ("教材", "课本", "课文")),
    "the course (Andrew Ng's deep-learning course)": ("课程", ("课程作业", "网课")),
    "the course's lab": ("编程作业", ()),
    "perceptron": ("感知机", ()),
    "binary linear classifier": ("二元线性分类器", ("二值线性分类器",)),
    "binary classification": ("二分类", ("二元分类", "两类分类")),
    "feedforward network": ("前馈神经网络", ("前向神经网络",)),
    "activation function": ("激活函数", ("激活功能", "激发函数")),
    "loss function": ("损失函数", ("损耗",)),
    "cost function": ("代价函数", ("代价方程",)),
    "log loss": ("对数损失", ("逻辑损失", "交叉熵代价", "交叉熵损失")),
    "gradient descent": ("梯度下降", ("梯度下降法", "梯度递减")),
    "learning rate": ("学习率", ("学习速率", "学习步长")),
    "step length": ("步长", ("步子", "步幅", "步伐")),
    "oscillate": ("振荡", ("弹跳", "震荡")),
    "hidden layer": ("隐含层", ("隐藏层", "隐层")),
    "hidden unit": ("隐含单元", ("隐藏单元", "隐单元", "隐藏神经元")),
    "logistic regression": ("逻辑回归", ("逻辑斯蒂", "逻辑斯谛", "对数几率回归")),
    "forward propagation": ("前向传播", ("前馈传播", "正向传播", "前向传递")),
    "backpropagation": ("反向传播", ("后向传播", "误差反向", "反传", "逆传播")),
    "computation graph": ("计算图", ("运算图",)),
    "vectorization": ("向量化", ("矢量化",)),
    "hyper-parameter": ("超参数", ("超参(?!数)",)),
    "accuracy": ("准确率", ("精度", "正确率", "精确度", "准确度")),
    "overfitting": ("过拟合", ("过度拟合",)),
    "decision boundary": ("决策边界", ("判定边界", "决策边缘", "判决边界")),
    "local minimum": ("局部最小值", ("极小值", "局部极小", "局部最优")),
    "a low point of the surface": ("低谷", ("井",)),
    "vanishing gradients": ("梯度消失", ("梯度弥散",)),
    "bias": ("偏置", ("偏差", "偏移量")),
    "weight": ("权重", ("权值",)),
    "epoch": ("轮", ("纪元", "时期")),
    "reshape": ("重塑", ("展平", "拉平", "压平")),
    "standardize": ("标准化", ("归一化",)),
    "a unit's output 0 or 1": ("输出 1", ("回答 ?[01]",)),
    "collapse into one layer": ("退化为一层", ("塌缩", "坍缩")),
    "learning curve": ("学习曲线", ("画出记录",)),
    "notebook": ("笔记本", ("(?i)notebook",)),
}
# Literal English metaphors that came through into the Chinese (issue 18): the words a teacher would use instead.
FLAGGED = {
    "有多糟": "差距", "自信地": "很有把握地", "跌向": "趋近于", "后代": "改进而来的优化器",
    "算不出来的那一个数": "需要人来设定的超参数", "图景借自": "对生物神经细胞的简单抽象", "那道弯": "引入非线性",
    "计算便宜": "计算量小", "没有斜率": "不可导", "其他一切": "判断图片中是否有猫", "买单": "承担",
    "梯度下降（也称梯度下降法）": "梯度下降", "高原": "平坦的区域", "地图": "等高线图", "抛硬币": "随机猜测",
    "被骗": "出错", "一本": "一篇文章", "要查看的步": "查看第几步",
}


@pytest.mark.parametrize("key", sorted(TERMS))
def test_terms(key):
    missing = [term for term in TERMS[key] if term not in ZH[key]]
    assert missing == [], (key, ZH[key])


def test_variants_named_once_where_introduced():
    for variant, key in VARIANTS.items():
        where = [k for k, text in ZH.items() if variant in text]
        assert where == [key], (variant, where)


@pytest.mark.parametrize("concept", sorted(GLOSSARY))
def test_glossary_one_term_per_concept(concept):
    term, banned = GLOSSARY[concept]
    assert [key for key, text in ZH.items() if term in text], f"{concept}: {term} is used nowhere"
    found = {variant: [key for key, text in ZH.items() if re.search(variant, text)] for variant in banned}
    assert {variant: keys for variant, keys in found.items() if keys} == {}, f"{concept}: say {term}"


def test_the_glossary_check_can_fail():
    banned = [variant for _, variants in GLOSSARY.values() for variant in variants]
    for slip in ("走了一大步子", "回答 1", "回答0", "在山谷两侧弹跳", "教材中的循环", "超参需要设定", "Jupyter notebook"):
        assert any(re.search(variant, slip) for variant in banned), slip
    assert not any(re.search(variant, "超参数、步长、输出 1、振荡、原文、课程的编程作业") for variant in banned)


def test_no_literal_metaphors():
    found = {word: [key for key, text in ZH.items() if word in text] for word in FLAGGED}
    assert {f"{word} → {FLAGGED[word]}": keys for word, keys in found.items() if keys} == {}


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


def test_credits_of_issue_18():
    """The text and the course each named one way; the text's wrong credits corrected; what the text says, said."""
    assert "Andrew Ng" in EN["home.intro"] and "*the course*" in EN["home.intro"] and "*the text*" in EN["home.intro"]
    assert "吴恩达" in ZH["home.intro"] and "下文称“课程”" in ZH["home.intro"] and "下文称“原文”" in ZH["home.intro"]
    for key in ("code.cat_span_intro", "code.cat_span_agreement", "code.deep_span_intro", "vectorization.grad_intro",
                "nb.download_help"):
        assert "course" in EN[key] and "text's" not in EN[key], key
        assert "课程" in ZH[key] and "原文" not in ZH[key], key
    assert "derive" not in EN["computation_graph.shortcut_header"] and "推导" not in ZH["computation_graph.shortcut_header"]
    assert "course's slides" in EN["computation_graph.about_logistic"] and "课程的幻灯片" in ZH["computation_graph.about_logistic"]
    assert "step of size α" not in EN["gradient_descent.intro"] and "α times the gradient" in EN["gradient_descent.intro"]
    assert "α 乘以梯度" in ZH["gradient_descent.intro"]
    assert "computes its own line" not in EN["shallow_network.intro"] and "自己的一条直线" not in ZH["shallow_network.intro"]
    assert "fastest loop" not in EN["vectorization.gram_why"] and "vectorized form" in EN["vectorization.gram_why"]
    assert "向量化形式" in ZH["vectorization.gram_why"]
    # What the text says that the app used to leave out.
    for word in ("Cornell Aeronautical Laboratory", "binary linear classifier", "feedforward"):
        assert word in EN["perceptron.intro"], word
    for word in ("康奈尔航空实验室", "二元线性分类器", "前馈"):
        assert word in ZH["perceptron.intro"], word
    assert "matrix product" in EN["cat_classifier.data_shapes"] and "矩阵乘法" in ZH["cat_classifier.data_shapes"]
    assert "standardized" in EN["cat_classifier.data_shapes"] and "[0, 1]" in ZH["cat_classifier.data_shapes"]
    assert "a loop is sometimes unavoidable" in EN["vectorization.cat_intro"]
    assert "有时循环是不可避免的" in ZH["vectorization.cat_intro"]
    for key in ("shallow_network.intro",):
        assert "TensorFlow" in EN[key] and "Keras" in EN[key] and "TensorFlow" in ZH[key] and "Keras" in ZH[key]
    assert "Keras" in EN["deep_network.intro"] and "Keras" in ZH["deep_network.intro"]


# ---- the course's functions and values are the course's, never "the text's" ----

# What comes from Andrew Ng's course, not from the text: the lab's function names, its settings and results.
COURSE_MARKERS = re.compile(
    r"\b(?:propagate|optimize|L_model_forward|L_model_backward|update_parameters|initialize_parameters\w*|"
    r"L_layer_model|nn_model|two_layer_model)\b|dw \+=|\b0\.005\b|\b0\.0075\b|\b2000\b|\b2500\b|\b70 ?%|\b80 ?%|"
    r"three (?:cat )?models|三个(?:猫分类)?模型")
TEXT_CREDIT = {"en": re.compile(r"\btext's\b|\bthe text\b|\btextbook\b", re.IGNORECASE),
               "zh": re.compile(r"原文|教材|课本")}
SENTENCE_END = {"en": re.compile(r"(?<=[.!?])\s+|\n+"), "zh": re.compile(r"[。！？；\n]+")}


def wrong_credits(text: str, language: str) -> list[str]:
    """The sentences of `text` that credit the text with the course's functions or values."""
    return [sentence for sentence in SENTENCE_END[language].split(text)
            if COURSE_MARKERS.search(sentence) and TEXT_CREDIT[language].search(sentence)]


def test_the_course_is_credited_for_its_own():
    found = {(language, key): wrong_credits(text, language)
             for language, catalogue in CATALOGUES.items() for key, text in catalogue.items() if not is_formula(key)}
    assert {where: sentences for where, sentences in found.items() if sentences} == {}


def test_the_credit_check_can_fail():
    for text, language in (
            ("every other layer runs the text's `L_model_forward`, `L_model_backward` and `update_parameters`.", "en"),
            ("An L-layer network on the cats; the text's three models compared.", "en"),
            ("The text's lab uses 0.005.", "en"),
            ("教材中梯度的第一个版本对样本做循环：dw += x⁽ⁱ⁾ dz⁽ⁱ⁾。", "zh"),
            ("原文的逻辑回归在测试集上达到 70% 的准确率。", "zh")):
        assert wrong_credits(text, language), text
    for text, language in (
            ("In the course's lab, logistic regression reaches 70 % on the test cats. The text builds this in Keras.", "en"),
            ("在课程的编程作业中，逻辑回归达到 70% 的准确率。原文第 4 章用 Keras 来搭建它。", "zh")):
        assert not wrong_credits(text, language), text


def test_the_text_and_the_course_named_alike_in_both_languages():
    """Where English says the text, Chinese says 原文; where it says the course, 课程; and the other way round."""
    mismatched = []
    for key in EN:
        english, chinese = prose(EN[key]), ZH[key]
        if bool(re.search(r"\btext's\b|\bthe text\b", english, re.IGNORECASE)) != ("原文" in chinese):
            mismatched.append((key, "the text / 原文"))
        if bool(re.search(r"\bcourse\b", english)) != ("课程" in chinese):
            mismatched.append((key, "the course / 课程"))
    assert mismatched == []


# ---- punctuation a projector shows: full-width, and no Latin spaces around it ----

FULL_WIDTH_CLOSERS = "，。、；：？！）」』”"
SPACE_BEFORE_FULL_WIDTH = re.compile(rf"\S[ \t]+[{FULL_WIDTH_CLOSERS}]")
# A space after full-width punctuation, on the same line (a Markdown line break, "。  \n", is fine).
SPACE_AFTER_FULL_WIDTH = re.compile(r"[。，、；：？！（“][ \t]+(?=\S)")
# Half-width brackets around Chinese or a percent sign: 准确率 (%) should be 准确率（%）. Math such as P(猫) is fine.
HALF_WIDTH_BRACKETS = re.compile(r"(?<![A-Za-z])\([^()]*[\u4e00-\u9fff%][^()]*\)")
HALF_WIDTH_PUNCTUATION = re.compile(r"[\u4e00-\u9fff][,;:!?]|[\u4e00-\u9fff]\.(?![.\d])")
PUNCTUATION_SLIPS = {"a space before full-width punctuation": SPACE_BEFORE_FULL_WIDTH,
                     "a space after full-width punctuation": SPACE_AFTER_FULL_WIDTH,
                     "half-width brackets": HALF_WIDTH_BRACKETS,
                     "half-width punctuation after Chinese": HALF_WIDTH_PUNCTUATION}


@pytest.mark.parametrize("slip", sorted(PUNCTUATION_SLIPS))
def test_chinese_punctuation(slip):
    pattern = PUNCTUATION_SLIPS[slip]
    found = {key: pattern.findall(re.sub(r"\$[^$]*\$|`[^`]*`", "X", text)) for key, text in ZH.items()
             if not is_formula(key)}
    assert {key: hits for key, hits in found.items() if hits} == {}


def test_the_punctuation_checks_can_fail():
    slips = {"a space before full-width punctuation": "按下 **训练** ，全班",
             "a space after full-width punctuation": "看板每 3 秒自动刷新。 班级已关闭。",
             "half-width brackets": "训练集准确率 (%)",
             "half-width punctuation after Chinese": "注意:结果"}
    for slip, text in slips.items():
        assert PUNCTUATION_SLIPS[slip].search(text), slip
    fine = "按下 **训练** 按钮，准确率（%）为 80%。P(猫) = 0.9，点 (0, 1)。**逻辑回归的代价**  \n下一行"
    assert not any(pattern.search(fine) for pattern in PUNCTUATION_SLIPS.values())


def sentence_joins_with_a_space(tree) -> list[int]:
    """Lines that join catalogue texts with a literal space: `" ".join([t(...), …])` or `t(...) + " " + t(...)`."""
    def has_t(node):
        return any(isinstance(n, ast.Call) and getattr(n.func, "id", None) == "t" for n in ast.walk(node))

    def is_space(node):
        return isinstance(node, ast.Constant) and node.value == " "

    lines = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join"
                and is_space(node.func.value) and any(has_t(arg) for arg in node.args)):
            lines.append(node.lineno)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and (
                (is_space(node.right) and has_t(node.left)) or (is_space(node.left) and has_t(node.right))):
            lines.append(node.lineno)
    return lines


def test_sentences_are_joined_the_languages_way():
    """Chinese sentences end in 。 and follow each other without a space: join them with text.between_sentences."""
    root = Path(__file__).resolve().parent.parent
    sources = [root / "app.py", *(root / "pages").glob("*.py"), *(root / "ui").glob("*.py")]
    found = {path.name: sentence_joins_with_a_space(ast.parse(path.read_text())) for path in sources}
    assert {name: lines for name, lines in found.items() if lines} == {}
    assert EN["text.between_sentences"] == " " and ZH["text.between_sentences"] == ""
    assert ZH["text.between_items"] == "；"


def test_the_join_check_can_fail():
    tree = ast.parse('a = " ".join(parts + [t("x")])\nb = t("y") + " " + t("z")\nc = t("between").join([t("x")])')
    assert sentence_joins_with_a_space(tree) == [1, 2]
