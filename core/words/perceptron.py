"""Words of the perceptron chapter: Rosenblatt's rule, its limit on XOR, and the hidden-layer fix."""

EN = {
    "perceptron.title": "The perceptron, and the line it cannot draw",
    "perceptron.intro": (
        "In 1957 Frank Rosenblatt, at the Cornell Aeronautical Laboratory, described a machine that learns from "
        "its mistakes, the perceptron (his journal paper followed in 1958). It is a binary linear classifier and "
        "the simplest feedforward network: signals travel one way, from the inputs to the output. It computes "
        "w·x + b and outputs 1 if that is positive, 0 if not: a straight line splits the plane into a *yes* side "
        "and a *no* side. Each time it gets a point wrong it nudges the line towards that point: "
        "**w ← w + α (y − ŷ) x** and **b ← b + α (y − ŷ)**. Pick a data set and press ▶ under the chart."
    ),
    "perceptron.settings": "Perceptron settings",
    "perceptron.data": "Data set",
    "perceptron.data_help": "AND and OR are the logic gates on the four corners of the unit square; XOR is 1 when exactly one input is 1.",
    "perceptron.data_and": "AND",
    "perceptron.data_or": "OR",
    "perceptron.data_cloud": "two clouds",
    "perceptron.data_xor": "XOR",
    "perceptron.noise": "Spread of the clouds",
    "perceptron.noise_help": "Only for the two clouds. Small: a clear gap between them. Large: they overlap and no line separates them.",
    "perceptron.seed": "Random seed of the clouds",
    "perceptron.epochs": "Most epochs",
    "perceptron.epochs_help": "An epoch is one pass over every point. Training stops early once no point is wrong.",
    "perceptron.train_header": "1 · The line, epoch by epoch",
    "perceptron.class0": "label 0",
    "perceptron.class1": "label 1",
    "perceptron.line": "the perceptron's line",
    "perceptron.wrong": "misclassified",
    "perceptron.errors": "misclassified points",
    "perceptron.epoch": "Epoch",
    "perceptron.play": "▶ Play",
    "perceptron.pause": "❚❚ Pause",
    "perceptron.frame": "Epoch {epoch}: {errors} misclassified",
    "perceptron.metric_epochs": "Epochs run",
    "perceptron.metric_updates": "Updates made",
    "perceptron.metric_errors": "Misclassified at the end",
    "perceptron.converged": "Converged after {epochs} epochs ({updates} updates): the line separates every point. w = ({w1:.2f}, {w2:.2f}), b = {b:.2f}.",
    "perceptron.xor_never": (
        "After {epochs} epochs the perceptron still gets at least {least} of the four points wrong, and it "
        "always will: **no single straight line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on "
        "the other.** The rule keeps moving the line around forever. This is the limit Minsky and Papert "
        "pointed out in 1969."
    ),
    "perceptron.not_converged": (
        "Not converged after {epochs} epochs: {errors} points are still on the wrong side. Either the clouds "
        "overlap, so no line separates them and the line never settles, or it needs more epochs: try a "
        "smaller spread or more epochs."
    ),
    "perceptron.rule_note": (
        "Starting from w = 0 and b = 0, the learning rate α only scales the line's equation, not the line, so "
        "it is fixed at 1 here. Novikoff proved in 1962 that when some line separates the points with a margin "
        "γ, and every point (with a 1 appended) lies within a distance R of the origin, the rule makes at most "
        "(R/γ)² updates. A point exactly on the line gets w·x + b = 0, for which the rule outputs 0: "
        "so a label-0 point may sit on the final line and still be right."
    ),
    "perceptron.fix_header": "2 · The fix: one hidden layer",
    "perceptron.fix_intro": (
        "Give the network two hidden units between the inputs and the output. Each hidden unit draws its own "
        "line (tanh(w·x + b)); the output unit combines their two outputs with a sigmoid. Two lines can fence "
        "off a band, and the band is XOR. Trained by gradient descent on the log loss ({iterations} steps, "
        "α = {lr})."
    ),
    "perceptron.xor_seed": "Starting weights (seed)",
    "perceptron.xor_seed_help": "The random numbers the hidden layer starts from. Some starts get stuck.",
    "perceptron.xor_chart": "A 2-2-1 network on XOR: its probability of label 1, and its hidden units' lines",
    "perceptron.probability": "P(label 1)",
    "perceptron.hidden": "hidden unit {unit}: w·x + b = 0",
    "perceptron.xor_accuracy": "Accuracy on the four points",
    "perceptron.xor_cost": "Final cost",
    "perceptron.xor_solved": "All four points right: the two hidden lines cut the square into a band that holds (0, 1) and (1, 0), and the output unit says 1 inside the band.",
    "perceptron.xor_stuck": (
        "From this start gradient descent got stuck: {right} of 4 right, with some point left at a probability "
        "near 0.5. A hidden layer makes XOR *possible*, not guaranteed; try another seed (seed {good} works)."
    ),
    "perceptron.xor_table_point": "point (x₁, x₂)",
    "perceptron.xor_table_label": "label y",
    "perceptron.xor_table_h1": "hidden unit 1",
    "perceptron.xor_table_h2": "hidden unit 2",
    "perceptron.xor_table_p": "P(label 1)",
    "perceptron.bio_header": "A note on biology",
    "perceptron.bio": (
        "The perceptron is a simple abstraction of a biological nerve cell. Signals arrive at the **synapses**; how strongly "
        "each synapse passes its signal on is a **weight** w. The cell body adds the weighted signals up, and "
        "the neuron fires only if the sum crosses a **threshold**: that threshold is the bias, −b. Whether it "
        "fires, and how strongly, is the **activation**: a hard step here, a smooth sigmoid or tanh in the "
        "networks that follow. The analogy stops there: real neurons are far more complicated, and modern "
        "networks are built for the mathematics, not to imitate brains."
    ),
    # charts in words (core/chart_words.py)
    "perceptron.chart_text_converged": "The animation in words: {epochs} epochs; the line misclassified {first} of the {points} points at the start and none after epoch {epochs}, after {updates} updates. Its final line is {line} = 0.",
    "perceptron.chart_text": "The animation in words: {epochs} epochs; the line misclassified {first} of the {points} points at the start and {last} at the end (fewest {least}), after {updates} updates. Its final line is {line} = 0.",
    "perceptron.col_w1": "w₁",
    "perceptron.col_w2": "w₂",
    "perceptron.col_b": "b",
    "perceptron.xor_chart_text": "The chart in words: the network's probability of class 1 at each point is {points}; {right} of {total} right, final cost {cost}.",
}

ZH = {
    "perceptron.title": "感知机及其局限：一条直线分不开 XOR",
    "perceptron.intro": (
        "1957 年，Frank Rosenblatt 在康奈尔航空实验室提出了一种能从错误中学习的机器：感知机（也译作感知器；"
        "他的期刊论文发表于 1958 年）。感知机是一种二元线性分类器，也是最简单的前馈神经网络：信号只从输入单向传到输出。"
        "它计算 w·x + b，结果为正就输出 1，否则输出 0：一条直线把平面分成输出 1 的一侧和输出 0 的一侧。"
        "每当它把某个点分错，就按 **w ← w + α (y − ŷ) x** 和 **b ← b + α (y − ŷ)** 把直线朝那个点挪动一点。"
        "选择一个数据集，然后按下图表下方的 ▶ 按钮。"
    ),
    "perceptron.settings": "感知机设置",
    "perceptron.data": "数据集",
    "perceptron.data_help": "AND 和 OR 是单位正方形四个角上的逻辑门；XOR（异或）在恰好有一个输入为 1 时取 1。",
    "perceptron.data_and": "AND",
    "perceptron.data_or": "OR",
    "perceptron.data_cloud": "两团点云",
    "perceptron.data_xor": "XOR",
    "perceptron.noise": "点云的分散程度",
    "perceptron.noise_help": "只对两团点云有效。取值小：两团之间有明显的间隙。取值大：两团相互重叠，没有任何直线能把它们分开。",
    "perceptron.seed": "点云的随机种子",
    "perceptron.epochs": "最多轮数",
    "perceptron.epochs_help": "一轮（epoch）就是把每个点都过一遍。一旦没有点被分错，训练就提前停止。",
    "perceptron.train_header": "1 · 逐轮观察这条直线",
    "perceptron.class0": "标签 0",
    "perceptron.class1": "标签 1",
    "perceptron.line": "感知机的直线",
    "perceptron.wrong": "分错的点",
    "perceptron.errors": "分错的点数",
    "perceptron.epoch": "轮次",
    "perceptron.play": "▶ 播放",
    "perceptron.pause": "❚❚ 暂停",
    "perceptron.frame": "第 {epoch} 轮：分错 {errors} 个点",
    "perceptron.metric_epochs": "已运行轮数",
    "perceptron.metric_updates": "更新次数",
    "perceptron.metric_errors": "最后分错的点数",
    "perceptron.converged": "经过 {epochs} 轮（{updates} 次更新）后收敛：这条直线把所有点都分对了。w = ({w1:.2f}, {w2:.2f})，b = {b:.2f}。",
    "perceptron.xor_never": (
        "经过 {epochs} 轮，感知机仍然至少分错四个点中的 {least} 个，而且永远会这样，因为 **没有任何一条直线** "
        "能把 (0, 1) 和 (1, 0) 分在一侧，同时把 (0, 0) 和 (1, 1) 分在另一侧。这条规则只会永远把直线挪来挪去。"
        "这正是 Minsky 和 Papert 在 1969 年指出的局限。"
    ),
    "perceptron.not_converged": (
        "经过 {epochs} 轮仍未收敛：还有 {errors} 个点在错误的一侧。要么两团点云相互重叠，没有直线能把它们分开，"
        "直线也就永远停不下来；要么还需要更多轮：试试更小的分散程度，或者更多的轮数。"
    ),
    "perceptron.rule_note": (
        "从 w = 0、b = 0 出发时，学习率 α 只会按比例缩放直线的方程，而不会改变直线本身，所以这里把它固定为 1。"
        "Novikoff 在 1962 年证明：如果存在一条直线能以间隔 γ 把这些点分开，并且每个点（末尾补上一个 1 之后）"
        "到原点的距离都不超过 R，那么这条规则最多进行 (R/γ)² 次更新。恰好落在直线上的点满足 w·x + b = 0，"
        "规则对它输出 0：所以标签为 0 的点可能正好落在最终的直线上，却仍然算作分对。"
    ),
    "perceptron.fix_header": "2 · 解决办法：加一个隐含层（多层感知机）",
    "perceptron.fix_intro": (
        "在输入和输出之间放两个隐含单元。每个隐含单元画出自己的一条直线（tanh(w·x + b)）；输出单元再用 sigmoid "
        "把这两个隐含单元的输出组合起来。两条直线可以围出一条带状区域，而这条带正是 XOR。网络用梯度下降在对数损失上训练"
        "（{iterations} 步，α = {lr}）。"
    ),
    "perceptron.xor_seed": "初始权重（随机种子）",
    "perceptron.xor_seed_help": "隐含层初始权重所用的随机数。从有些起点出发，训练会停滞不前。",
    "perceptron.xor_chart": "XOR 上的 2-2-1 网络：标签为 1 的概率，以及各隐含单元的直线",
    "perceptron.probability": "P(标签 1)",
    "perceptron.hidden": "隐含单元 {unit}：w·x + b = 0",
    "perceptron.xor_accuracy": "四个点上的准确率",
    "perceptron.xor_cost": "最终代价",
    "perceptron.xor_solved": "四个点全部分对：两条隐含直线把正方形切出一条带，(0, 1) 和 (1, 0) 落在带内，输出单元在带内输出 1。",
    "perceptron.xor_stuck": (
        "从这个起点出发，梯度下降停滞不前：4 个点只分对了 {right} 个，有的点概率停在 0.5 附近。"
        "隐含层让 XOR“有可能”被解决，但并不保证；换一个种子试试（种子 {good} 可以）。"
    ),
    "perceptron.xor_table_point": "点 (x₁, x₂)",
    "perceptron.xor_table_label": "标签 y",
    "perceptron.xor_table_h1": "隐含单元 1",
    "perceptron.xor_table_h2": "隐含单元 2",
    "perceptron.xor_table_p": "P(标签 1)",
    "perceptron.bio_header": "关于生物学的一点说明",
    "perceptron.bio": (
        "感知机是对生物神经细胞的简单抽象。信号经由 **突触** 传入，每个突触把信号传下去的强弱就是一个 **权重** w。"
        "细胞体把加权后的信号加起来，只有当总和越过某个 **阈值** 时神经元才会放电，这个阈值就是偏置的相反数 −b。"
        "是否放电、放电多强，就是 **激活** 值：这里是一个硬阶跃，在后面的网络中则是平滑的 sigmoid 或 tanh。"
        "这个类比到此为止：真实的神经元要复杂得多，现代神经网络是为数学而设计的，并不是为了模仿大脑。"
    ),
    # charts in words (core/chart_words.py)
    "perceptron.chart_text_converged": "动画的文字说明：共 {epochs} 轮；起初直线在 {points} 个点中分错 {first} 个，第 {epochs} 轮后一个也不错，共更新 {updates} 次。最终直线是 {line} = 0。",
    "perceptron.chart_text": "动画的文字说明：共 {epochs} 轮；起初直线在 {points} 个点中分错 {first} 个，最后分错 {last} 个（最少 {least} 个），共更新 {updates} 次。最终直线是 {line} = 0。",
    "perceptron.col_w1": "权重 w₁",
    "perceptron.col_w2": "权重 w₂",
    "perceptron.col_b": "偏置 b",
    "perceptron.xor_chart_text": "图的文字说明：网络给每个点属于类别 1 的概率为 {points}；{total} 个点中 {right} 个正确，最终代价 {cost}。",
}
