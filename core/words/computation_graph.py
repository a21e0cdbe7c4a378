"""Words of the computation-graph chapter."""

EN = {
    "cg.title": "The computation graph: values forward, derivatives backward",
    "cg.intro": (
        "Every model is a chain of small operations. Write each one as a node, and two passes do all the "
        "work: the **forward pass** carries values from the inputs to the cost, left to right "
        "(**blue**); the **backward pass** carries derivatives from the cost back to every input, right "
        "to left (**red**), one chain-rule step at a time. Pick a graph in the sidebar, set its inputs, "
        "and walk through both passes with the step slider."
    ),
    "cg.settings": "Graph",
    "cg.graph": "Which graph",
    "cg.graph_help": "From the text's warm-up example to a small two-layer network.",
    "cg.graph_warmup": "J = 3(a + b·c)",
    "cg.graph_logistic": "Logistic regression, one example",
    "cg.graph_batch": "Logistic regression, m examples",
    "cg.graph_network": "Two-layer network",
    "cg.m": "Number of examples m",
    "cg.about_warmup": (
        "The text's warm-up: **J = 3(a + b·c)**, computed in three steps: u = b·c, v = a + u, J = 3v. "
        "With a = 5, b = 3, c = 2 the cost is J = 33, and the backward pass finds dJ/da = 3, dJ/db = 6, "
        "dJ/dc = 9: nudge b by 0.001 and J moves by about 0.006."
    ),
    "cg.about_logistic": (
        "Logistic regression on one example with two features: z = w₁x₁ + w₂x₂ + b, a = σ(z), and the "
        "loss L(a, y) = −(y log a + (1 − y) log(1 − a)). The backward pass yields the text's famous "
        "shortcut dz = a − y, and from it dw₁ = x₁·dz, dw₂ = x₂·dz, db = dz. Green inputs are the "
        "parameters gradient descent learns; grey ones are the example (features and label)."
    ),
    "cg.about_batch": (
        "The same model on m examples, sharing w₁, w₂ and b. The cost is the mean of the losses, "
        "J = (1/m)(L⁽¹⁾ + … + L⁽ᵐ⁾), so every loss reaches J through an edge whose local derivative is 1/m: "
        "that is where the 1/m in dw₁ = (1/m) Σ x₁⁽ⁱ⁾dz⁽ⁱ⁾ comes from. A parameter used by every example "
        "collects one chain-rule term from each of them."
    ),
    "cg.about_network": (
        "A tiny two-layer network: two inputs, two hidden units with tanh, one sigmoid output. The graph "
        "grows, but nothing new happens: each node still multiplies the derivative it receives by its "
        "local derivative, and x₁, used by both hidden units, adds up two terms."
    ),
    "cg.inputs_header": "1 · The inputs",
    "cg.parameters": "Parameters (learned)",
    "cg.data": "Data (given)",
    "cg.example": "Example {i}",
    "cg.walk_header": "2 · Forward, then backward, one step at a time",
    "cg.step": "Step",
    "cg.step_help": "Slide right to compute one more node: first every value (forward), then every derivative (backward).",
    "cg.step_zero": "Step 0 of {total}: only the inputs are known. Slide right to start the forward pass.",
    "cg.step_forward": "Step {index} of {total} · **forward pass**, operation {k} of {count}: the value of {node}.",
    "cg.step_backward": "Step {index} of {total} · **backward pass**, node {k} of {count}: the derivative of {output} with respect to {node}.",
    "cg.step_start": "The backward pass starts at the output: its derivative with respect to itself is 1.",
    "cg.step_local": "The local derivatives used in this step:",
    "cg.step_done": "All {total} steps done: every value and every derivative is known.",
    "cg.legend": (
        "Each box: the node's formula, its value (**blue**, forward) and the derivative of the output with "
        "respect to it (**red**, backward); “?” is not computed yet. Dashed red arrows carry derivatives "
        "back, labelled with each edge's local derivative. Highlighted: the current step. Double border: "
        "the output."
    ),
    "cg.all_steps": "All steps, written out",
    "cg.forward_list": "Forward pass",
    "cg.backward_list": "Backward pass",
    "cg.shortcut_header": "The shortcut the text derives",
    "cg.shortcut_logistic": (
        "Multiplying the local derivatives along the chain collapses into simple closed forms. With this "
        "example's numbers:"
    ),
    "cg.shortcut_batch": (
        "Each example contributes its own dz⁽ⁱ⁾ = a⁽ⁱ⁾ − y⁽ⁱ⁾; the mean node divides by m. With these numbers:"
    ),
    "cg.shortcut_network": (
        "The output unit gives the same dz = a − y as logistic regression; each hidden unit multiplies it "
        "by its outgoing weight and by tanh's derivative 1 − a²:"
    ),
    "cg.shortcut_matches": "✓ equals backprop's {derivative} = {value}",
    "cg.shortcut_differs": "✗ backprop gives {derivative} = {value}",
    "cg.checks_header": "3 · Checking and using the derivatives",
    "cg.fd_header": "Every derivative, checked by finite differences",
    "cg.fd_intro": (
        "Nudge one input up and down by a tiny h and measure how the output moves: "
        "(J(x + h) − J(x − h)) / 2h. Backprop gets the same numbers from one backward pass, for every "
        "input at once."
    ),
    "cg.fd_input": "Input",
    "cg.fd_backprop": "Backprop",
    "cg.fd_numeric": "Finite difference",
    "cg.fd_difference": "Difference",
    "cg.fd_agrees": "Agrees",
    "cg.fd_all_agree": "All {count} derivatives agree with their finite differences.",
    "cg.fd_some_differ": "{count} derivatives differ from their finite differences: this should never happen.",
    "cg.gd_header": "One step of gradient descent",
    "cg.gd_intro": (
        "Move every parameter a little against its derivative, θ := θ − α·dθ, and run the forward pass again."
    ),
    "cg.gd_none": "This graph's inputs are all data; there is nothing to learn.",
    "cg.lr": "Learning rate α",
    "cg.lr_help": "Size of the step, on a log scale.",
    "cg.gd_parameter": "Parameter",
    "cg.gd_before": "Before",
    "cg.gd_derivative": "Derivative",
    "cg.gd_after": "After",
    "cg.cost_before": "Output before",
    "cg.cost_after": "Output after one step",
    "cg.gd_down": "The step lowered the output by {drop:.4g}: the derivatives point uphill, and we stepped the other way.",
    "cg.gd_up": (
        "The step raised the output by {rise:.4g}: α = {lr} overshoots here. The derivative only describes "
        "the slope near the current point; try a smaller learning rate."
    ),
    "cg.gd_infinite": (
        "With α = {lr} the step is so large that a prediction saturates to exactly 0 or 1 on the wrong side: "
        "the loss becomes infinite. Try a smaller learning rate."
    ),
    # ---- input labels: one per InputSpec key of core/graphs.py ----
    "cg.in.a": "a",
    "cg.in.b": "b",
    "cg.in.c": "c",
    "cg.in.x1": "x₁ (feature 1)",
    "cg.in.x2": "x₂ (feature 2)",
    "cg.in.y": "y (label: 1 or 0)",
    "cg.in.w1": "w₁ (weight of x₁)",
    "cg.in.w2": "w₂ (weight of x₂)",
    "cg.in.bias": "b (bias)",
    "cg.in.x1_2": "x₁⁽²⁾",
    "cg.in.x2_2": "x₂⁽²⁾",
    "cg.in.y_2": "y⁽²⁾",
    "cg.in.x1_3": "x₁⁽³⁾",
    "cg.in.x2_3": "x₂⁽³⁾",
    "cg.in.y_3": "y⁽³⁾",
    "cg.in.x1_4": "x₁⁽⁴⁾",
    "cg.in.x2_4": "x₂⁽⁴⁾",
    "cg.in.y_4": "y⁽⁴⁾",
    "cg.in.n_w11": "w[1]₁₁ (x₁ → hidden 1)",
    "cg.in.n_w12": "w[1]₁₂ (x₂ → hidden 1)",
    "cg.in.n_b1": "b[1]₁ (bias of hidden 1)",
    "cg.in.n_w21": "w[1]₂₁ (x₁ → hidden 2)",
    "cg.in.n_w22": "w[1]₂₂ (x₂ → hidden 2)",
    "cg.in.n_b2": "b[1]₂ (bias of hidden 2)",
    "cg.in.n_v1": "w[2]₁ (hidden 1 → output)",
    "cg.in.n_v2": "w[2]₂ (hidden 2 → output)",
    "cg.in.n_c": "b[2] (bias of the output)",
    "cg.to_gradient_descent": "Take many such steps on the gradient-descent page, starting from w = {gd_w0}, b = {gd_b0}",
}

ZH = {
    "cg.title": "计算图：值向前传，导数向后传",
    "cg.intro": (
        "每个模型都是一串小运算。把每个运算写成一个节点，两遍传播就能完成全部工作：先用 **前向传播** "
        "把值从输入一路带到代价，从左到右（图中的 **蓝色** 数字）；再用 **反向传播** 把导数从代价带回每一个输入，"
        "从右到左（图中的 **红色** 数字），每次只走一步链式法则。在侧边栏选择一个计算图，设置它的输入，"
        "然后用步骤滑块一步步走完这两遍。"
    ),
    "cg.settings": "计算图",
    "cg.graph": "选择计算图",
    "cg.graph_help": "从教材的热身例子，到一个小型的两层网络。",
    "cg.graph_warmup": "J = 3(a + b·c)",
    "cg.graph_logistic": "逻辑回归，一个样本",
    "cg.graph_batch": "逻辑回归，m 个样本",
    "cg.graph_network": "两层神经网络",
    "cg.m": "样本数 m",
    "cg.about_warmup": (
        "教材的热身例子 **J = 3(a + b·c)** 分三步计算：u = b·c，v = a + u，J = 3v。取 a = 5、b = 3、c = 2 时，"
        "代价 J = 33，反向传播求出 dJ/da = 3、dJ/db = 6、dJ/dc = 9：把 b 增加 0.001，J 大约增加 0.006。"
    ),
    "cg.about_logistic": (
        "在一个有两个特征的样本上做逻辑回归：z = w₁x₁ + w₂x₂ + b，a = σ(z)，损失 "
        "L(a, y) = −(y log a + (1 − y) log(1 − a))。反向传播得出教材中那个著名的捷径 dz = a − y，再由它得到 "
        "dw₁ = x₁·dz，dw₂ = x₂·dz，db = dz。绿色的输入是梯度下降要学习的参数；灰色的是样本（特征和标签）。"
    ),
    "cg.about_batch": (
        "同一个模型用在 m 个样本上，它们共享 w₁、w₂ 和 b。代价是各个损失的平均值 J = (1/m)(L⁽¹⁾ + … + L⁽ᵐ⁾)，"
        "所以每个损失都经由一条局部导数为 1/m 的边到达 J：这就是 dw₁ = (1/m) Σ x₁⁽ⁱ⁾dz⁽ⁱ⁾ 中 1/m 的来历。"
        "一个被每个样本都用到的参数，会从每个样本那里各收到一项链式法则的乘积。"
    ),
    "cg.about_network": (
        "一个很小的两层网络：两个输入，两个使用 tanh 的隐含单元，一个 sigmoid 输出。图变大了，但并没有发生新的事情："
        "每个节点仍然把收到的导数乘以自己的局部导数，而同时被两个隐含单元用到的 x₁ 会把两项加起来。"
    ),
    "cg.inputs_header": "1 · 输入",
    "cg.parameters": "参数（需要学习）",
    "cg.data": "数据（给定）",
    "cg.example": "样本 {i}",
    "cg.walk_header": "2 · 先前向，再反向，一次一步",
    "cg.step": "步骤",
    "cg.step_help": "向右拖动一格就多算一个节点：先算出所有的值（前向传播），再算出所有的导数（反向传播）。",
    "cg.step_zero": "第 0 / {total} 步：只知道输入。向右拖动滑块，开始前向传播。",
    "cg.step_forward": "第 {index} / {total} 步 · **前向传播** 的第 {k} / {count} 个运算：计算 {node} 的值。",
    "cg.step_backward": "第 {index} / {total} 步 · **反向传播** 的第 {k} / {count} 个节点：求 {output} 对 {node} 的导数。",
    "cg.step_start": "反向传播从输出开始：输出对它自身的导数是 1。",
    "cg.step_local": "这一步用到的局部导数：",
    "cg.step_done": "全部 {total} 步完成：每个值和每个导数都已求出。",
    "cg.legend": (
        "每个方框里是节点的公式、它的值（用 **蓝色** 表示，前向传播）以及输出对它的导数（用 **红色** 表示，"
        "反向传播）；“?” 表示尚未计算。红色虚线箭头把导数往回传，上面标着每条边的局部导数。"
        "高亮的是当前步骤。双线边框的是输出。"
    ),
    "cg.all_steps": "全部步骤，逐一写出",
    "cg.forward_list": "前向传播",
    "cg.backward_list": "反向传播",
    "cg.shortcut_header": "教材推导出的捷径",
    "cg.shortcut_logistic": "沿着链条把局部导数相乘，结果会化简成简单的闭式表达式。代入这个样本的数字：",
    "cg.shortcut_batch": "每个样本贡献自己的 dz⁽ⁱ⁾ = a⁽ⁱ⁾ − y⁽ⁱ⁾；求平均值的节点再除以 m。代入这些数字：",
    "cg.shortcut_network": "输出单元给出和逻辑回归一样的 dz = a − y；每个隐含单元把它乘以自己通向输出的权重，再乘以 tanh 的导数 1 − a²：",
    "cg.shortcut_matches": "✓ 等于反向传播得到的 {derivative} = {value}",
    "cg.shortcut_differs": "✗ 反向传播得到的是 {derivative} = {value}",
    "cg.checks_header": "3 · 检验和使用这些导数",
    "cg.fd_header": "用有限差分检验每个导数",
    "cg.fd_intro": (
        "把一个输入上下各挪动一个很小的 h，测量输出变化了多少：(J(x + h) − J(x − h)) / 2h。"
        "反向传播只需一遍反向计算，就能同时为所有输入得到同样的数字。"
    ),
    "cg.fd_input": "输入",
    "cg.fd_backprop": "反向传播",
    "cg.fd_numeric": "有限差分",
    "cg.fd_difference": "差值",
    "cg.fd_agrees": "一致",
    "cg.fd_all_agree": "全部 {count} 个导数都与有限差分的结果一致。",
    "cg.fd_some_differ": "有 {count} 个导数与有限差分的结果不一致：这本不应该发生。",
    "cg.gd_header": "梯度下降的一步",
    "cg.gd_intro": "让每个参数逆着它的导数移动一点，θ := θ − α·dθ，然后再做一遍前向传播。",
    "cg.gd_none": "这个计算图的输入全是数据，没有需要学习的参数。",
    "cg.lr": "学习率 α",
    "cg.lr_help": "步子的大小，按对数刻度。",
    "cg.gd_parameter": "参数",
    "cg.gd_before": "更新前",
    "cg.gd_derivative": "导数",
    "cg.gd_after": "更新后",
    "cg.cost_before": "更新前的输出",
    "cg.cost_after": "走一步后的输出",
    "cg.gd_down": "这一步让输出降低了 {drop:.4g}：导数指向上坡，而我们朝相反的方向走了一步。",
    "cg.gd_up": (
        "这一步让输出升高了 {rise:.4g}：α = {lr} 在这里步子迈过头了。导数只描述当前点附近的斜率；"
        "试试更小的学习率。"
    ),
    "cg.gd_infinite": (
        "α = {lr} 时步子太大，某个预测值饱和到恰好为 0 或 1，而且落在错误的一侧：损失变成了无穷大。"
        "试试更小的学习率。"
    ),
    # ---- input labels: one per InputSpec key of core/graphs.py ----
    "cg.in.a": "a",
    "cg.in.b": "b",
    "cg.in.c": "c",
    "cg.in.x1": "x₁（特征 1）",
    "cg.in.x2": "x₂（特征 2）",
    "cg.in.y": "y（标签：1 或 0）",
    "cg.in.w1": "w₁（x₁ 的权重）",
    "cg.in.w2": "w₂（x₂ 的权重）",
    "cg.in.bias": "b（偏置）",
    "cg.in.x1_2": "x₁⁽²⁾",
    "cg.in.x2_2": "x₂⁽²⁾",
    "cg.in.y_2": "y⁽²⁾",
    "cg.in.x1_3": "x₁⁽³⁾",
    "cg.in.x2_3": "x₂⁽³⁾",
    "cg.in.y_3": "y⁽³⁾",
    "cg.in.x1_4": "x₁⁽⁴⁾",
    "cg.in.x2_4": "x₂⁽⁴⁾",
    "cg.in.y_4": "y⁽⁴⁾",
    "cg.in.n_w11": "w[1]₁₁（x₁ → 隐含单元 1）",
    "cg.in.n_w12": "w[1]₁₂（x₂ → 隐含单元 1）",
    "cg.in.n_b1": "b[1]₁（隐含单元 1 的偏置）",
    "cg.in.n_w21": "w[1]₂₁（x₁ → 隐含单元 2）",
    "cg.in.n_w22": "w[1]₂₂（x₂ → 隐含单元 2）",
    "cg.in.n_b2": "b[1]₂（隐含单元 2 的偏置）",
    "cg.in.n_v1": "w[2]₁（隐含单元 1 → 输出）",
    "cg.in.n_v2": "w[2]₂（隐含单元 2 → 输出）",
    "cg.in.n_c": "b[2]（输出的偏置）",
    "cg.to_gradient_descent": "到梯度下降一章，从 w = {gd_w0}、b = {gd_b0} 出发，连续走许多这样的步子",
}
