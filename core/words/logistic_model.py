"""Words of the chapter on binary classification and the logistic model: the hypothesis function ŷ = σ(wᵀx + b)."""

EN = {
    "nav.logistic_model": "Binary classification · logistic model",
    "logistic_model.title": "Binary classification and the logistic model",
    "logistic_model.intro": (
        "**Binary classification** answers a yes-or-no question about an example, such as *is there a cat in "
        "this picture?* The answer is a label y ∈ {0, 1}: 1 for yes (a cat), 0 for no (no cat). It is "
        "**supervised learning**: the model learns from examples whose right answer is known. It is useful in "
        "industry wherever a decision is a yes or a no, in recommendation (show this item or not) and in "
        "anti-fraud (is this payment a fraud?), for example.\n\n"
        "**Logistic regression** is an algorithm for binary classification. It is the model of the next chapters "
        "and of the cat classifier: one unit, the perceptron of the previous chapter with its hard step replaced "
        "by a smooth one."
    ),
    "logistic_model.settings": "Model settings",
    "logistic_model.data": "Examples",
    "logistic_model.data_help": "One feature: twelve numbers x on a line. Two features: twelve points (x₁, x₂) in the plane.",
    "logistic_model.data_one": "one feature",
    "logistic_model.data_two": "two features",
    "logistic_model.w": "Weight w (w₁)",
    "logistic_model.w_help": "The weight of the first feature. Its size sets how steep ŷ rises; its sign, which side says 1.",
    "logistic_model.w2": "Weight w₂",
    "logistic_model.w2_help": "The weight of the second feature (two features only). With w₂ = 0 the model ignores x₂.",
    "logistic_model.b": "Bias b",
    "logistic_model.b_help": "Added to wᵀx before the sigmoid: it moves the decision boundary without turning it.",
    "logistic_model.hypothesis_header": "1 · The hypothesis function: the perceptron's line, now a probability",
    "logistic_model.hypothesis_intro": (
        "The perceptron computes z = wᵀx + b and outputs 1 if z > 0, else 0: a hard step. Logistic regression "
        "keeps the same z, the same weights w, the same bias b and so the same line wᵀx + b = 0, and replaces "
        "the step by the **sigmoid** σ(z) = 1 / (1 + e⁻ᶻ) as its output function, which rises smoothly from 0 to 1. The result is "
        "logistic regression's **Hypothesis Function**, ŷ = σ(wᵀx + b), read as the probability that y = 1 for "
        "this x. Where z = 0, ŷ = 0.5: the threshold 0.5 is the **decision boundary**, and it is the perceptron's "
        "line. What changes is what the model says on either side of it: not a flat 0 or 1, but how sure it is."
    ),
    "logistic_model.latex_hypothesis": r"\hat{y} = \sigma(w^{T}x + b), \qquad \sigma(z) = \frac{1}{1 + e^{-z}}",
    "logistic_model.model_header": "2 · The model on twelve examples",
    "logistic_model.model_intro_one": (
        "Twelve examples, each one number x and a label y. Move w and b in the sidebar: w sets how steeply ŷ "
        "rises (and, by its sign, which side says 1), b slides the curve along x. Every example sits on the curve "
        "at its ŷ, in its label's colour; a black ring marks those on the wrong side of 0.5."
    ),
    "logistic_model.model_intro_two": (
        "Twelve examples, each two numbers (x₁, x₂) and a label y. The first chart colours the plane by ŷ and "
        "draws the decision boundary w₁x₁ + w₂x₂ + b = 0; the second puts every example on the sigmoid at its "
        "z = wᵀx + b. The weights turn the line, the bias shifts it; a black ring marks the examples on the wrong "
        "side of 0.5."
    ),
    "logistic_model.chart_one": "ŷ = σ(wx + b) for each of the {total} examples",
    "logistic_model.chart_plane": "ŷ over the plane (x₁, x₂)",
    "logistic_model.chart_z": "The examples on the sigmoid",
    "logistic_model.axis_x": "feature x",
    "logistic_model.axis_z": "z = wᵀx + b",
    "logistic_model.y_hat": "ŷ",
    "logistic_model.curve": "ŷ, the logistic model",
    "logistic_model.step": "the perceptron's step",
    "logistic_model.class0": "label y = 0",
    "logistic_model.class1": "label y = 1",
    "logistic_model.wrong": "wrong side of 0.5",
    "logistic_model.threshold": "threshold ŷ = 0.5",
    "logistic_model.boundary": "decision boundary",
    "logistic_model.says1": "says 1",
    "logistic_model.says0": "says 0",
    "logistic_model.metric_right": "On the right side",
    "logistic_model.metric_right_value": "{right} of {total}",
    "logistic_model.metric_one": "Says 1 (ŷ > 0.5)",
    "logistic_model.metric_zero": "Says 0 (ŷ ≤ 0.5)",
    "logistic_model.metric_side_value": "{right} of {said} right",
    "logistic_model.sentence_one": "With w = {w} and b = {b}, **{right} of {total}** examples are on the right side of 0.5.",
    "logistic_model.sentence_two": (
        "With w₁ = {w1}, w₂ = {w2} and b = {b}, **{right} of {total}** examples are on the right side of 0.5."
    ),
    "logistic_model.sides": (
        "Above the threshold the model says 1 for {said_one} examples, {right_one} of them labelled 1; at or below "
        "it, it says 0 for {said_zero}, {right_zero} of them labelled 0."
    ),
    "logistic_model.boundary_one": "The decision boundary, where wx + b = 0 and ŷ = 0.5, is at x = {x}.",
    "logistic_model.boundary_two": "The decision boundary is the line {w1}·x₁ + {w2}·x₂ + ({b}) = 0, where ŷ = 0.5.",
    "logistic_model.no_boundary": (
        "With every weight 0 the model ignores the features: every example gets ŷ = σ(b) = {y_hat}, so it says "
        "{says} for all of them, and there is no decision boundary."
    ),
    "logistic_model.best": "The best any w and b can do on these examples is {best} of {total}.",
    "logistic_model.best_reached": "{right} of {total}: no w and b can do better on these examples.",
    "logistic_model.best_one_why": (
        "With one feature the decision boundary is a single point on x, and two examples sit among the other "
        "label's: no point splits them all."
    ),
    "logistic_model.col_x": "x",
    "logistic_model.col_x1": "x₁",
    "logistic_model.col_x2": "x₂",
    "logistic_model.col_y": "label y",
    "logistic_model.col_z": "z = wᵀx + b",
    "logistic_model.col_y_hat": "ŷ = σ(z)",
    "logistic_model.col_says": "model says",
    "logistic_model.col_right": "right?",
    "logistic_model.tie_note": (
        "The dotted grey step is the perceptron's output on the same z: it jumps from 0 to 1 exactly where the "
        "sigmoid crosses 0.5, so both models draw the same decision boundary. An example exactly on it has z = 0 "
        "and ŷ = 0.5, and the model says 0 there, as the course's `predict` does (1 only when ŷ > 0.5)."
    ),
    "logistic_model.training_header": "3 · What training will mean",
    "logistic_model.training": (
        "Here you set w and b by hand. **Training** means letting the computer find them: the w and b whose ŷ come "
        "closest to the labels y of the training examples. Counting the examples on the right side is a poor guide "
        "for that: the count moves in whole steps and stays flat while w and b change a little, so it cannot say "
        "which way to move them. The next chapters build what can: the activation functions (the sigmoid among "
        "them), the **loss and cost** that measure how far each ŷ is from its y, the computation graph that gives "
        "their derivatives, and **gradient descent**, which moves w and b downhill on the cost. The cat classifier "
        "then runs this same ŷ = σ(wᵀx + b) with 12,288 features, one per pixel value of a picture."
    ),
    "logistic_model.ahead": "Ahead: {chapter}",
    # charts in words (core/chart_words.py)
    "logistic_model.chart_text_one": "The chart in words: the curve ŷ = σ({z}) crosses 0.5 at x = {x}. Above 0.5 the model says 1 for {said_one} examples, {right_one} of them labelled 1; at or below 0.5 it says 0 for {said_zero}, {right_zero} of them labelled 0: {right} of {total} right.",
    "logistic_model.chart_text_two": "The charts in words: the boundary {z} = 0 is where z = 0 and ŷ = 0.5. Above 0.5 the model says 1 for {said_one} examples, {right_one} of them labelled 1; at or below 0.5 it says 0 for {said_zero}, {right_zero} of them labelled 0: {right} of {total} right.",
    "logistic_model.chart_text_flat": "The chart in words: every weight is 0, so ŷ = σ({b}) = {y_hat} for every example: a flat curve, no boundary. The model says 1 for {said_one} examples ({right_one} labelled 1) and 0 for {said_zero} ({right_zero} labelled 0): {right} of {total} right.",
}

ZH = {
    "nav.logistic_model": "二分类 · 逻辑回归模型",
    "logistic_model.title": "二分类与逻辑回归模型",
    "logistic_model.intro": (
        "**二分类** 就是对一个样本回答一个“是或否”的问题，例如“这张图片中有猫吗？”答案是一个标签 y ∈ {0, 1}："
        "1 表示是（有猫），0 表示否（没有猫）。它属于 **监督学习** 的一种：模型从已知正确答案的样本中学习。凡是决策为“是”"
        "或“否”的地方，二分类在工业界都很有用，例如推荐系统（要不要推荐这件商品）和反欺诈（这笔支付是不是欺诈）。\n\n"
        "**逻辑回归** 是一种用于二分类的算法。接下来几章以及猫分类器用的都是这个模型：只有一个单元，就是上一章的"
        "感知机，只是把它生硬的阶跃换成了平滑的曲线。"
    ),
    "logistic_model.settings": "模型设置",
    "logistic_model.data": "样本",
    "logistic_model.data_help": "一个特征：数轴上的十二个数 x。两个特征：平面上的十二个点 (x₁, x₂)。",
    "logistic_model.data_one": "一个特征",
    "logistic_model.data_two": "两个特征",
    "logistic_model.w": "权重 w（w₁）",
    "logistic_model.w_help": "第一个特征的权重。它的大小决定 ŷ 上升得多陡，它的正负决定哪一侧输出 1。",
    "logistic_model.w2": "权重 w₂",
    "logistic_model.w2_help": "第二个特征的权重（仅限两个特征）。w₂ = 0 时，模型不理会 x₂。",
    "logistic_model.b": "偏置 b",
    "logistic_model.b_help": "在进入 sigmoid 函数之前加到 wᵀx 上：它平移决策边界，但不转动它。",
    "logistic_model.hypothesis_header": "1 · 假设函数：还是感知机的那条直线，但输出变成了概率",
    "logistic_model.hypothesis_intro": (
        "感知机计算 z = wᵀx + b，z > 0 时输出 1，否则输出 0：这是一个生硬的阶跃。逻辑回归保留同样的 z，即同样的"
        "权重 w、同样的偏置 b，因而也是同一条直线 wᵀx + b = 0，只是把阶跃换成 **sigmoid 函数** "
        "σ(z) = 1 / (1 + e⁻ᶻ) 作为输出函数，它从 0 平滑地升到 1。这样得到的就是逻辑回归的 **假设函数** "
        "ŷ = σ(wᵀx + b)，读作在这个 x 下 y = 1 的概率。z = 0 处 ŷ = 0.5：阈值 0.5 就是 **决策边界** 所在之处，"
        "也就是感知机的那条直线。不同的是模型在直线两侧给出的输出：不再是一刀切的 0 或 1，而是它有多大把握。"
    ),
    "logistic_model.latex_hypothesis": r"\hat{y} = \sigma(w^{T}x + b), \qquad \sigma(z) = \frac{1}{1 + e^{-z}}",
    "logistic_model.model_header": "2 · 模型在十二个样本上的表现",
    "logistic_model.model_intro_one": (
        "十二个样本，每个是一个数 x 加一个标签 y。在侧边栏中拖动 w 和 b：w 决定 ŷ 上升得多陡（它的正负决定哪一侧"
        "输出 1），b 让曲线沿 x 轴平移。每个样本都以它标签的颜色画在曲线上它的 ŷ 处；黑色圆圈标出落在 0.5 错误一侧"
        "的样本。"
    ),
    "logistic_model.model_intro_two": (
        "十二个样本，每个是两个数 (x₁, x₂) 加一个标签 y。第一张图按 ŷ 给平面着色，并画出决策边界 "
        "w₁x₁ + w₂x₂ + b = 0；第二张图把每个样本画在 sigmoid 曲线上它的 z = wᵀx + b 处。权重转动直线，偏置平移直线；"
        "黑色圆圈标出落在 0.5 错误一侧的样本。"
    ),
    "logistic_model.chart_one": "{total} 个样本各自的 ŷ = σ(wx + b)",
    "logistic_model.chart_plane": "平面 (x₁, x₂) 上的 ŷ",
    "logistic_model.chart_z": "sigmoid 曲线上的样本",
    "logistic_model.axis_x": "特征 x",
    "logistic_model.axis_z": "z = wᵀx + b",
    "logistic_model.y_hat": "ŷ",
    "logistic_model.curve": "ŷ，逻辑回归模型",
    "logistic_model.step": "感知机的阶跃",
    "logistic_model.class0": "标签 y = 0",
    "logistic_model.class1": "标签 y = 1",
    "logistic_model.wrong": "落在 0.5 错误的一侧",
    "logistic_model.threshold": "阈值 ŷ = 0.5",
    "logistic_model.boundary": "决策边界",
    "logistic_model.says1": "输出 1",
    "logistic_model.says0": "输出 0",
    "logistic_model.metric_right": "落在正确一侧",
    "logistic_model.metric_right_value": "{total} 个中的 {right} 个",
    "logistic_model.metric_one": "输出 1（ŷ > 0.5）",
    "logistic_model.metric_zero": "输出 0（ŷ ≤ 0.5）",
    "logistic_model.metric_side_value": "{said} 个中对了 {right} 个",
    "logistic_model.sentence_one": "当 w = {w}、b = {b} 时，{total} 个样本中有 **{right} 个** 落在 0.5 正确的一侧。",
    "logistic_model.sentence_two": (
        "当 w₁ = {w1}、w₂ = {w2}、b = {b} 时，{total} 个样本中有 **{right} 个** 落在 0.5 正确的一侧。"
    ),
    "logistic_model.sides": (
        "在阈值之上，模型对 {said_one} 个样本输出 1，其中 {right_one} 个标签为 1；在阈值处及其之下，模型对 "
        "{said_zero} 个样本输出 0，其中 {right_zero} 个标签为 0。"
    ),
    "logistic_model.boundary_one": "决策边界在 wx + b = 0、ŷ = 0.5 处，即 x = {x}。",
    "logistic_model.boundary_two": "决策边界是直线 {w1}·x₁ + {w2}·x₂ + ({b}) = 0，直线上 ŷ = 0.5。",
    "logistic_model.no_boundary": (
        "所有权重都为 0 时，模型不理会特征：每个样本都得到 ŷ = σ(b) = {y_hat}，所以模型对它们全部输出 {says}，"
        "也就没有决策边界。"
    ),
    "logistic_model.best": "在这些样本上，任何 w 和 b 最多只能分对 {total} 个中的 {best} 个。",
    "logistic_model.best_reached": "{total} 个中的 {right} 个：在这些样本上，没有哪组 w 和 b 能做得更好。",
    "logistic_model.best_one_why": (
        "只有一个特征时，决策边界只是 x 轴上的一个点，而有两个样本夹在另一类标签的样本中间：没有哪一个点能把它们"
        "全部分对。"
    ),
    "logistic_model.col_x": "x",
    "logistic_model.col_x1": "x₁",
    "logistic_model.col_x2": "x₂",
    "logistic_model.col_y": "标签 y",
    "logistic_model.col_z": "z = wᵀx + b",
    "logistic_model.col_y_hat": "ŷ = σ(z)",
    "logistic_model.col_says": "模型输出",
    "logistic_model.col_right": "是否正确",
    "logistic_model.tie_note": (
        "灰色虚线阶跃是感知机在同一个 z 上的输出：它恰好在 sigmoid 曲线穿过 0.5 的地方从 0 跳到 1，所以两个模型画出"
        "的决策边界相同。恰好落在边界上的样本 z = 0、ŷ = 0.5，模型在那里输出 0，与课程的 `predict` 一致"
        "（只有 ŷ > 0.5 才输出 1）。"
    ),
    "logistic_model.training_header": "3 · 训练将意味着什么",
    "logistic_model.training": (
        "这里的 w 和 b 是你亲手设定的，而 **训练** 就是让计算机去找出它们：找出使 ŷ 最接近训练样本标签 y 的那组 w 和 b。"
        "数一数落在正确一侧的样本并不是好的向导：这个数只会整个整个地跳，w 和 b 稍微变一点时它纹丝不动，所以它无法"
        "告诉我们该往哪个方向调整。接下来几章会搭建能做到这一点的工具：激活函数（sigmoid 函数就是其中之一）；衡量每个"
        " ŷ 离它的 y 有多远的损失函数和代价函数；给出它们导数的计算图；以及 **梯度下降** 算法，它让 w 和 b 沿着代价"
        "下坡移动。之后，猫分类器会用同一个 ŷ = σ(wᵀx + b) 处理 12,288 个特征，每个特征是图片中的一个像素值。"
    ),
    "logistic_model.ahead": "后面的章节：{chapter}",
    # charts in words (core/chart_words.py)
    "logistic_model.chart_text_one": "图的文字说明：曲线 ŷ = σ({z}) 在 x = {x} 处穿过 0.5。高于 0.5 时模型对 {said_one} 个样本说 1，其中 {right_one} 个标签为 1；不高于 0.5 时对 {said_zero} 个样本说 0，其中 {right_zero} 个标签为 0：{total} 个中 {right} 个正确。",
    "logistic_model.chart_text_two": "图的文字说明：边界 {z} = 0 就是 z = 0、ŷ = 0.5 的地方。高于 0.5 时模型对 {said_one} 个样本说 1，其中 {right_one} 个标签为 1；不高于 0.5 时对 {said_zero} 个样本说 0，其中 {right_zero} 个标签为 0：{total} 个中 {right} 个正确。",
    "logistic_model.chart_text_flat": "图的文字说明：所有权重都是 0，所以每个样本的 ŷ = σ({b}) = {y_hat}：一条平线，没有边界。模型对 {said_one} 个样本说 1（{right_one} 个标签为 1），对 {said_zero} 个说 0（{right_zero} 个标签为 0）：{total} 个中 {right} 个正确。",
}
