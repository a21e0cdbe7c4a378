"""Words of the activation functions chapter."""

EN = {
    "activations.title": "Activation functions: the bend in the network",
    "activations.intro": (
        "Every unit of a network computes z = wᵀx + b and then passes z through an **activation function** "
        "g, giving a = g(z). The choice of g decides what the unit can express and how well gradients flow "
        "back through it during training, because backpropagation multiplies by the slope g′(z) at every layer."
    ),
    "activations.function": "Activation function",
    "activations.sigmoid": "sigmoid",
    "activations.tanh": "tanh",
    "activations.relu": "ReLU",
    "activations.leaky_relu": "leaky ReLU",
    "activations.z": "z",
    "activations.z_help": "The input of the activation: the value marked on both charts.",
    "activations.range": "z range shown (±)",
    "activations.curve_header": "1 · The function and its slope",
    "activations.chart": "{name}: g(z) and its slope g′(z)",
    "activations.chart_function": "g(z)",
    "activations.chart_derivative": "g′(z)",
    "activations.chart_tangent": "tangent at z",
    "activations.chart_saturated": "saturated: g′(z) near 0",
    "activations.value": "g(z) at z = {z:g}",
    "activations.slope": "g′(z) at z = {z:g}",
    "activations.formula_header": "Formulas",
    "activations.latex_sigmoid": r"g(z) = \sigma(z) = \frac{1}{1 + e^{-z}} \qquad g'(z) = \sigma(z)\,\bigl(1 - \sigma(z)\bigr)",
    "activations.latex_tanh": r"g(z) = \tanh z = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}} \qquad g'(z) = 1 - \tanh^2 z",
    "activations.latex_relu": r"g(z) = \max(0, z) \qquad g'(z) = \begin{cases} 0 & z < 0 \\ 1 & z > 0 \end{cases}",
    "activations.latex_leaky_relu": r"g(z) = \max(\alpha z, z) \qquad g'(z) = \begin{cases} \alpha & z < 0 \\ 1 & z > 0 \end{cases}",
    "activations.note_sigmoid": "Squashes any z into (0, 1), so its output reads as a probability: the usual choice for the output unit of a yes/no classifier. Its steepest slope is only 0.25, at z = 0.",
    "activations.note_tanh": "A sigmoid stretched to (−1, 1) and centred on zero (tanh z = 2σ(2z) − 1). Hidden units whose outputs average near zero make the next layer's learning easier, so tanh usually beats sigmoid in hidden layers.",
    "activations.note_relu": "The default for hidden layers: cheap, and a slope of exactly 1 for every positive z, so gradients pass through undiminished. At z = 0 it has no derivative; libraries use 0 there, as we do. A unit whose z stays negative has slope 0 and stops learning (a dead ReLU).",
    "activations.note_leaky_relu": "ReLU with a small slope α for negative z (often 0.01; here α = {slope:g} so you can see it), so no unit ever dies completely.",
    "activations.saturation_header": "Saturation and vanishing gradients",
    "activations.saturated_at": "Shaded: where g′(z) is below {percent:.0f} % of its steepest slope ({ranges}).",
    "activations.never_saturated": "This function never saturates in the range shown: its slope never drops below {percent:.0f} % of its steepest.",
    "activations.vanishing": (
        "Where the curve goes flat, the slope g′(z) is nearly zero, and backpropagation multiplies the "
        "gradient by it: a saturated unit passes almost nothing back, and through many layers the gradients "
        "reaching the first ones vanish."
    ),
    "activations.compare_header": "All four at z = {z:g}",
    "activations.col_function": "function",
    "activations.col_value": "g(z)",
    "activations.col_slope": "g′(z)",
    "activations.linear_header": "2 · Why non-linearity matters",
    "activations.linear_intro": (
        "Take a network with two inputs, a hidden layer of {width} units and one output, with random weights. "
        "Without an activation, the two layers collapse into one: W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂), "
        "just another linear function. Its decision boundary (output = 0, the black curve) is a straight "
        "line, however many linear layers you stack. Put {name} between the layers and the boundary can bend."
    ),
    "activations.weights_seed": "Random weights (seed)",
    "activations.linear_chart": "No activation: the boundary is a line",
    "activations.nonlinear_chart": "With {name}: the boundary bends",
    "activations.output": "output",
    "activations.collapse": "The linear network is exactly one layer: w = ({w1:.3f}, {w2:.3f}), b = {b:.3f}, at every input to within {error:.1e}.",
    # charts in words (core/chart_words.py)
    "activations.chart_text": "The chart in words: at z = {z0}, g(z) = {g} and its slope g′(z) = {slope}; the steepest slope is {peak}. Between z = {low} and {high} the slope never falls below {percent:g} % of the steepest: no saturation.",
    "activations.chart_text_saturated": "The chart in words: at z = {z0}, g(z) = {g} and its slope g′(z) = {slope}; the steepest slope is {peak}. Between z = {low} and {high} the slope is below {percent:g} % of the steepest (saturated) on {ranges}.",
    "activations.linear_chart_text": "The chart in words: the linear network's output over the plane is one flat plane, the single layer {layer} (largest difference {error}).",
    "activations.output_chart_text": "The chart in words: the network's output over the plane goes from {low} to {high}.",
}

ZH = {
    "activations.title": "激活函数：为网络引入非线性",
    "activations.intro": (
        "网络中的每个单元先计算 z = wᵀx + b，再把 z 送进 **激活函数** g（也称激励函数），得到 a = g(z)。"
        "g 的选择决定了这个单元能表达什么，也决定了训练时梯度能否顺畅地反向流过它，"
        "因为反向传播在每一层都要乘以斜率 g′(z)。"
    ),
    "activations.function": "激活函数",
    "activations.sigmoid": "sigmoid",
    "activations.tanh": "tanh",
    "activations.relu": "ReLU",
    "activations.leaky_relu": "leaky ReLU",
    "activations.z": "z",
    "activations.z_help": "激活函数的输入：两张图上标出的那个值。",
    "activations.range": "显示的 z 范围（±）",
    "activations.curve_header": "1 · 函数及其斜率",
    "activations.chart": "{name}：g(z) 及其斜率 g′(z)",
    "activations.chart_function": "g(z)",
    "activations.chart_derivative": "g′(z)",
    "activations.chart_tangent": "z 处的切线",
    "activations.chart_saturated": "饱和区：g′(z) 接近 0",
    "activations.value": "z = {z:g} 处的 g(z)",
    "activations.slope": "z = {z:g} 处的 g′(z)",
    "activations.formula_header": "公式",
    "activations.latex_sigmoid": r"g(z) = \sigma(z) = \frac{1}{1 + e^{-z}} \qquad g'(z) = \sigma(z)\,\bigl(1 - \sigma(z)\bigr)",
    "activations.latex_tanh": r"g(z) = \tanh z = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}} \qquad g'(z) = 1 - \tanh^2 z",
    "activations.latex_relu": r"g(z) = \max(0, z) \qquad g'(z) = \begin{cases} 0 & z < 0 \\ 1 & z > 0 \end{cases}",
    "activations.latex_leaky_relu": r"g(z) = \max(\alpha z, z) \qquad g'(z) = \begin{cases} \alpha & z < 0 \\ 1 & z > 0 \end{cases}",
    "activations.note_sigmoid": "把任意 z 压缩到 (0, 1) 之间，所以它的输出可以读作概率：这是二分类器（回答“是/否”）输出单元的常用选择。它最陡的斜率也只有 0.25，出现在 z = 0 处。",
    "activations.note_tanh": "拉伸到 (−1, 1) 并以零为中心的 sigmoid（tanh z = 2σ(2z) − 1）。隐含单元的输出平均起来接近零，下一层学起来就更容易，所以在隐含层中 tanh 通常比 sigmoid 好。",
    "activations.note_relu": "隐含层的默认选择：计算量小，而且对每个正的 z 斜率都恰好是 1，梯度可以毫无衰减地通过。ReLU 在 z = 0 处不可导，各种库在那里把导数取为 0，我们也一样。一个单元的 z 如果一直是负的，斜率就是 0，它便不再学习（即“死亡 ReLU”）。",
    "activations.note_leaky_relu": "z 为负时带一个小斜率 α 的 ReLU（通常取 0.01；这里取 α = {slope:g}，方便你看清），这样任何单元都不会彻底“死亡”。",
    "activations.saturation_header": "饱和与梯度消失",
    "activations.saturated_at": "阴影部分：g′(z) 低于其最大斜率的 {percent:.0f}% 的区域（{ranges}）。",
    "activations.never_saturated": "在显示的范围内，这个函数从不饱和：它的斜率从未低于最大斜率的 {percent:.0f}%。",
    "activations.vanishing": (
        "曲线变平的地方，斜率 g′(z) 几乎为零，而反向传播要把梯度乘以它：饱和的单元几乎无法把梯度传回去，"
        "经过许多层之后，到达最前面几层的梯度就消失了。"
    ),
    "activations.compare_header": "四种函数在 z = {z:g} 处",
    "activations.col_function": "函数",
    "activations.col_value": "g(z)",
    "activations.col_slope": "g′(z)",
    "activations.linear_header": "2 · 为什么非线性很重要",
    "activations.linear_intro": (
        "取一个随机权重的网络：两个输入，一个含 {width} 个单元的隐含层，一个输出。没有激活函数时，两层会退化为一层："
        "W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)，仍然只是一个线性函数。它的决策边界（输出 = 0 处，即黑色曲线）"
        "是一条直线，无论堆叠多少个线性层都是如此。在层与层之间加上 {name}，边界就能弯曲。"
    ),
    "activations.weights_seed": "随机权重（种子）",
    "activations.linear_chart": "没有激活函数：边界是一条直线",
    "activations.nonlinear_chart": "使用 {name}：边界弯曲了",
    "activations.output": "输出",
    "activations.collapse": "这个线性网络恰好等于一层：w = ({w1:.3f}, {w2:.3f})，b = {b:.3f}，在每个输入上的误差都不超过 {error:.1e}。",
    # charts in words (core/chart_words.py)
    "activations.chart_text": "图的文字说明：在 z = {z0} 处，g(z) = {g}，斜率 g′(z) = {slope}；最大斜率为 {peak}。在 z = {low} 到 {high} 之间，斜率从未低于最大斜率的 {percent:g}%：没有饱和。",
    "activations.chart_text_saturated": "图的文字说明：在 z = {z0} 处，g(z) = {g}，斜率 g′(z) = {slope}；最大斜率为 {peak}。在 z = {low} 到 {high} 之间，斜率低于最大斜率 {percent:g}%（饱和）的区间是 {ranges}。",
    "activations.linear_chart_text": "图的文字说明：线性网络在平面上的输出是一个平面，等于单层 {layer}（最大差 {error}）。",
    "activations.output_chart_text": "图的文字说明：网络在平面上的输出从 {low} 到 {high}。",
}
