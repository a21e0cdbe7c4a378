"""Words of the loss and cost chapter."""

EN = {
    "loss_and_cost.title": "Loss is one example, cost is the average",
    "loss_and_cost.intro": (
        "A classifier outputs a = ŷ, its probability that the label is 1. The **loss** L(a, y) says how bad "
        "that one answer is for the true label y. The **cost** J is the average loss over all m training "
        "examples: it is the single number gradient descent pushes down. The loss of logistic regression is "
        "the log loss (also called cross-entropy)."
    ),
    "loss_and_cost.settings": "Loss settings",
    "loss_and_cost.a": "Prediction a",
    "loss_and_cost.a_help": "The model's probability that the label is 1.",
    "loss_and_cost.m": "Number of examples m",
    "loss_and_cost.seed": "Random examples (seed)",
    "loss_and_cost.one_header": "1 · The loss of one example",
    "loss_and_cost.latex_loss": r"\mathcal{L}(a, y) = -\bigl(y \log a + (1 - y) \log(1 - a)\bigr)",
    "loss_and_cost.one_explain": (
        "For y = 1 only the first term is left, −log a: no loss when a = 1, and a loss that grows without "
        "limit as a confident a falls to 0. For y = 0 it is the mirror image, −log(1 − a). At a = 0.5 both "
        "are log 2 ≈ 0.693: the price of knowing nothing."
    ),
    "loss_and_cost.chart": "Log loss of one example",
    "loss_and_cost.chart_y1": "y = 1: −log a",
    "loss_and_cost.chart_y0": "y = 0: −log(1 − a)",
    "loss_and_cost.chart_a": "prediction a",
    "loss_and_cost.chart_loss": "loss L",
    "loss_and_cost.if_one": "L(a, 1) at a = {a:g}",
    "loss_and_cost.if_zero": "L(a, 0) at a = {a:g}",
    "loss_and_cost.many_header": "2 · m examples: the cost is the average loss",
    "loss_and_cost.many_intro": (
        "Here are {m} examples with their labels and a model's predictions. Each bar is one example's loss; "
        "the dashed line is J, their mean. A few confident mistakes (tall bars) can dominate the cost."
    ),
    "loss_and_cost.latex_cost": r"J(w, b) = \frac{1}{m} \sum_{i=1}^{m} \mathcal{L}\bigl(a^{(i)}, y^{(i)}\bigr)",
    "loss_and_cost.bars_chart": "The loss of each example, and the cost J",
    "loss_and_cost.bars_example": "example i",
    "loss_and_cost.bars_cost": "J = {J:.3f}",
    "loss_and_cost.bars_hover": "a = %{customdata:.3f}<br>loss = %{y:.3f}<extra></extra>",
    "loss_and_cost.label0": "label y = 0",
    "loss_and_cost.label1": "label y = 1",
    "loss_and_cost.cost_metric": "Cost J",
    "loss_and_cost.worst_metric": "Largest single loss",
    "loss_and_cost.col_example": "i",
    "loss_and_cost.col_label": "label y",
    "loss_and_cost.col_prediction": "prediction a",
    "loss_and_cost.col_loss": "loss L",
    "loss_and_cost.table": "The examples",
    "loss_and_cost.convex_header": "3 · Why not squared error?",
    "loss_and_cost.convex_intro": (
        "Squared error, (a − y)², looks like the natural choice. But when a = σ(wx) comes out of a sigmoid, "
        "the squared-error cost is **not convex**: it has flat plateaus where the sigmoid saturates and it "
        "bends down in places, so gradient descent can stall far from the best w. The log loss of a sigmoid "
        "is convex: one valley, and every downhill step leads to its bottom. Both curves below use the same "
        "{m} one-feature examples and a single weight w (no bias)."
    ),
    "loss_and_cost.convex_chart": "Cost over one weight w",
    "loss_and_cost.convex_squared": "squared error (a − y)²",
    "loss_and_cost.convex_log": "log loss",
    "loss_and_cost.convex_w": "weight w",
    "loss_and_cost.convex_cost": "cost J(w)",
    "loss_and_cost.convex_concave": "bends down: not convex",
    "loss_and_cost.convex_found": "The squared-error curve bends down on {count} stretches of w (shaded); the log-loss curve never does.",
    "loss_and_cost.derivation_header": "Where the log loss comes from",
    "loss_and_cost.derivation_intro": "Read a as the model's probability that y = 1. Then the probability it gives to the label actually observed is, in one formula for both cases:",
    "loss_and_cost.latex_likelihood": r"P(y \mid x) = a^{y} (1 - a)^{1 - y} \qquad \begin{cases} y = 1: & P = a \\ y = 0: & P = 1 - a \end{cases}",
    "loss_and_cost.derivation_log": "Training should make that probability large. Its logarithm rises and falls with it and turns powers into products:",
    "loss_and_cost.latex_log_likelihood": r"\log P(y \mid x) = y \log a + (1 - y) \log(1 - a) = -\mathcal{L}(a, y)",
    "loss_and_cost.derivation_cost": (
        "So minimising the loss is maximising the probability of the right label. For m independent examples "
        "the probabilities multiply; their logarithms add, and dividing by m gives the cost:"
    ),
    "loss_and_cost.latex_likelihood_m": r"\log \prod_{i=1}^{m} P\bigl(y^{(i)} \mid x^{(i)}\bigr) = -\sum_{i=1}^{m} \mathcal{L}\bigl(a^{(i)}, y^{(i)}\bigr) = -m\,J",
    "loss_and_cost.derivation_end": "Minimising J is maximum-likelihood estimation: the principle behind the formula.",
    # charts in words (core/chart_words.py)
    "loss_and_cost.chart_text": "The chart in words: at a = {a} the loss is {one} if y = 1 and {zero} if y = 0; each curve falls towards 0 as a nears its label and grows without bound as a nears the other label.",
    "loss_and_cost.bars_text": "The chart in words: {m} examples; the smallest loss is {low} (example {low_i}), the largest {high} (example {high_i}); their mean, the cost J, is {cost}.",
    "loss_and_cost.convex_text": "The chart in words: over w from {low} to {high}, the squared-error cost bends down (not convex) on {count} stretches ({ranges}) and is lowest, {squared_min}, at w = {squared_at}; the log-loss cost bends down on {log_count} stretches and is lowest, {log_min}, at w = {log_at}.",
}

ZH = {
    "loss_and_cost.title": "损失针对一个样本，代价是平均值",
    "loss_and_cost.intro": (
        "分类器输出 a = ŷ，即它认为标签为 1 的概率。用 **损失函数** L(a, y) 衡量这一个预测与真实标签 y 的差距；"
        "而 **代价函数** J（也称成本函数）是全部 m 个训练样本损失的平均值：它就是梯度下降要减小的那一个数。"
        "逻辑回归的损失函数是对数损失（也称交叉熵），下文统称对数损失。"
    ),
    "loss_and_cost.settings": "损失设置",
    "loss_and_cost.a": "预测值 a",
    "loss_and_cost.a_help": "模型认为标签为 1 的概率。",
    "loss_and_cost.m": "样本数 m",
    "loss_and_cost.seed": "随机样本（种子）",
    "loss_and_cost.one_header": "1 · 一个样本的损失",
    "loss_and_cost.latex_loss": r"\mathcal{L}(a, y) = -\bigl(y \log a + (1 - y) \log(1 - a)\bigr)",
    "loss_and_cost.one_explain": (
        "y = 1 时只剩第一项 −log a：a = 1 时损失为 0；a 越接近 0（模型越有把握地判错），损失越大，而且没有上限。"
        "y = 0 时情况正好对称：−log(1 − a)。在 a = 0.5 处两者都等于 log 2 ≈ 0.693：这是模型毫无判断能力时的损失。"
    ),
    "loss_and_cost.chart": "一个样本的对数损失",
    "loss_and_cost.chart_y1": "y = 1 时：−log a",
    "loss_and_cost.chart_y0": "y = 0 时：−log(1 − a)",
    "loss_and_cost.chart_a": "预测值 a",
    "loss_and_cost.chart_loss": "损失 L",
    "loss_and_cost.if_one": "a = {a:g} 时的 L(a, 1)",
    "loss_and_cost.if_zero": "a = {a:g} 时的 L(a, 0)",
    "loss_and_cost.many_header": "2 · m 个样本：代价是平均损失",
    "loss_and_cost.many_intro": (
        "这里有 {m} 个样本，带着各自的标签和某个模型的预测值。每根柱子是一个样本的损失；虚线是它们的平均值 J。"
        "少数几个很有把握却判错的样本（很高的柱子）就可能主导整个代价。"
    ),
    "loss_and_cost.latex_cost": r"J(w, b) = \frac{1}{m} \sum_{i=1}^{m} \mathcal{L}\bigl(a^{(i)}, y^{(i)}\bigr)",
    "loss_and_cost.bars_chart": "每个样本的损失，以及代价 J",
    "loss_and_cost.bars_example": "样本 i",
    "loss_and_cost.bars_cost": "J = {J:.3f}",
    "loss_and_cost.bars_hover": "a = %{customdata:.3f}<br>损失 = %{y:.3f}<extra></extra>",
    "loss_and_cost.label0": "标签 y = 0",
    "loss_and_cost.label1": "标签 y = 1",
    "loss_and_cost.cost_metric": "代价 J",
    "loss_and_cost.worst_metric": "最大的单个损失",
    "loss_and_cost.col_example": "i",
    "loss_and_cost.col_label": "标签 y",
    "loss_and_cost.col_prediction": "预测值 a",
    "loss_and_cost.col_loss": "损失 L",
    "loss_and_cost.table": "这些样本",
    "loss_and_cost.convex_header": "3 · 为什么不用平方误差？",
    "loss_and_cost.convex_intro": (
        "平方误差 (a − y)² 看起来是很自然的选择。但当 a = σ(wx) 是 sigmoid 的输出时，平方误差的代价就 "
        "**不是凸函数** 了：在 sigmoid 饱和的地方有大片平坦的区域，有些地方还向下弯曲，所以梯度下降可能停在离最好的 w "
        "很远的地方。sigmoid 的对数损失是凸函数：只有一个山谷，每一步下坡都通向谷底，也就是全局最优解。"
        "下面两条曲线使用同样的 {m} 个单特征样本和同一个权重 w（没有偏置）。"
    ),
    "loss_and_cost.convex_chart": "代价随单个权重 w 的变化",
    "loss_and_cost.convex_squared": "平方误差 (a − y)²",
    "loss_and_cost.convex_log": "对数损失",
    "loss_and_cost.convex_w": "权重 w",
    "loss_and_cost.convex_cost": "代价 J(w)",
    "loss_and_cost.convex_concave": "向下弯曲：不是凸的",
    "loss_and_cost.convex_found": "平方误差曲线在 w 的 {count} 段区间上向下弯曲（阴影部分）；对数损失曲线从不这样。",
    "loss_and_cost.derivation_header": "对数损失从何而来",
    "loss_and_cost.derivation_intro": "把 a 理解为模型认为 y = 1 的概率。那么它给实际观察到的标签的概率，可以用一个公式同时写出两种情况：",
    "loss_and_cost.latex_likelihood": r"P(y \mid x) = a^{y} (1 - a)^{1 - y} \qquad \begin{cases} y = 1: & P = a \\ y = 0: & P = 1 - a \end{cases}",
    "loss_and_cost.derivation_log": "训练应当让这个概率变大。它的对数随它一起增减，而且能把幂变成乘积：",
    "loss_and_cost.latex_log_likelihood": r"\log P(y \mid x) = y \log a + (1 - y) \log(1 - a) = -\mathcal{L}(a, y)",
    "loss_and_cost.derivation_cost": (
        "所以，最小化损失就是最大化正确标签的概率。对 m 个相互独立的样本，概率相乘；取对数后变成相加，"
        "再除以 m 就得到代价："
    ),
    "loss_and_cost.latex_likelihood_m": r"\log \prod_{i=1}^{m} P\bigl(y^{(i)} \mid x^{(i)}\bigr) = -\sum_{i=1}^{m} \mathcal{L}\bigl(a^{(i)}, y^{(i)}\bigr) = -m\,J",
    "loss_and_cost.derivation_end": "最小化 J 就是最大似然估计：这正是这个公式背后的原理。",
    # charts in words (core/chart_words.py)
    "loss_and_cost.chart_text": "图的文字说明：在 a = {a} 处，y = 1 时损失为 {one}，y = 0 时为 {zero}；每条曲线在 a 接近其标签时趋于 0，a 接近另一个标签时无限增大。",
    "loss_and_cost.bars_text": "图的文字说明：{m} 个样本；最小损失 {low}（第 {low_i} 个样本），最大 {high}（第 {high_i} 个样本）；它们的平均值，即代价 J，为 {cost}。",
    "loss_and_cost.convex_text": "图的文字说明：在 w 从 {low} 到 {high} 之间，平方误差代价在 {count} 段区间向下弯、不是凸的（{ranges}），最低 {squared_min}，在 w = {squared_at}；对数损失代价向下弯的段数为 {log_count}，最低 {log_min}，在 w = {log_at}。",
}
