"""Words of the computation-graph chapter."""

EN = {
    "computation_graph.title": "The computation graph: values forward, derivatives backward",
    "computation_graph.intro": (
        "Every model is a chain of small operations. Write each one as a node, and two passes do all the "
        "work: the **forward pass** carries values from the inputs to the cost, left to right "
        "(**blue**); the **backward pass** carries derivatives from the cost back to every input, right "
        "to left (**red**), one chain-rule step at a time. Pick a graph in the sidebar, set its inputs, "
        "and walk through both passes with the step slider."
    ),
    "computation_graph.settings": "Graph",
    "computation_graph.graph": "Which graph",
    "computation_graph.graph_help": "From the text's warm-up example to a small two-layer network.",
    "computation_graph.graph_warmup": "J = 3(a + b·c)",
    "computation_graph.graph_logistic": "Logistic regression, one example",
    "computation_graph.graph_batch": "Logistic regression, m examples",
    "computation_graph.graph_network": "Two-layer network",
    "computation_graph.m": "Number of examples m",
    "computation_graph.about_warmup": (
        "The text's warm-up: **J = 3(a + b·c)**, computed in three steps: u = b·c, v = a + u, J = 3v. "
        "With a = 5, b = 3, c = 2 the cost is J = 33, and the backward pass finds dJ/da = 3, dJ/db = 6, "
        "dJ/dc = 9: nudge b by 0.001 and J moves by about 0.006."
    ),
    "computation_graph.about_logistic": (
        "Logistic regression on one example with two features: z = w₁x₁ + w₂x₂ + b, a = σ(z), and the "
        "loss L(a, y) = −(y log a + (1 − y) log(1 − a)). The backward pass yields the famous shortcut "
        "dz = a − y (from the course's slides, which the text shows), and from it dw₁ = x₁·dz, dw₂ = x₂·dz, db = dz. Green inputs are the "
        "parameters gradient descent learns; grey ones are the example (features and label)."
    ),
    "computation_graph.about_batch": (
        "The same model on m examples, sharing w₁, w₂ and b. The cost is the mean of the losses, "
        "J = (1/m)(L⁽¹⁾ + … + L⁽ᵐ⁾), so every loss reaches J through an edge whose local derivative is 1/m: "
        "that is where the 1/m in dw₁ = (1/m) Σ x₁⁽ⁱ⁾dz⁽ⁱ⁾ comes from. A parameter used by every example "
        "collects one chain-rule term from each of them."
    ),
    "computation_graph.about_network": (
        "A tiny two-layer network: two inputs, two hidden units with tanh, one sigmoid output. The graph "
        "grows, but nothing new happens: each node still multiplies the derivative it receives by its "
        "local derivative, and x₁, used by both hidden units, adds up two terms."
    ),
    "computation_graph.inputs_header": "1 · The inputs",
    "computation_graph.parameters": "Parameters (learned)",
    "computation_graph.data": "Data (given)",
    "computation_graph.example": "Example {i}",
    "computation_graph.walk_header": "2 · Forward, then backward, one step at a time",
    "computation_graph.step": "Step",
    "computation_graph.step_help": "Slide right to compute one more node: first every value (forward), then every derivative (backward).",
    "computation_graph.step_zero": "Step 0 of {total}: only the inputs are known. Slide right to start the forward pass.",
    "computation_graph.step_forward": "Step {index} of {total} · **forward pass**, operation {k} of {count}: the value of {node}.",
    "computation_graph.step_backward": "Step {index} of {total} · **backward pass**, node {k} of {count}: the derivative of {output} with respect to {node}.",
    "computation_graph.step_start": "The backward pass starts at the output: its derivative with respect to itself is 1.",
    "computation_graph.step_local": "The local derivatives used in this step:",
    "computation_graph.step_done": "All {total} steps done: every value and every derivative is known.",
    "computation_graph.legend": (
        "Each box: the node's formula, its value (**blue**, forward) and the derivative of the output with "
        "respect to it (**red**, backward); “?” is not computed yet. Dashed red arrows carry derivatives "
        "back, labelled with each edge's local derivative. Highlighted: the current step. Double border: "
        "the output."
    ),
    "computation_graph.all_steps": "All steps, written out",
    "computation_graph.forward_list": "Forward pass",
    "computation_graph.backward_list": "Backward pass",
    "computation_graph.shortcut_header": "The shortcut: the chain rule, simplified",
    "computation_graph.shortcut_logistic": (
        "Multiplying the local derivatives along the chain collapses into simple closed forms. With this "
        "example's numbers:"
    ),
    "computation_graph.shortcut_batch": (
        "Each example contributes its own dz⁽ⁱ⁾ = a⁽ⁱ⁾ − y⁽ⁱ⁾; the mean node divides by m. With these numbers:"
    ),
    "computation_graph.shortcut_network": (
        "The output unit gives the same dz = a − y as logistic regression; each hidden unit multiplies it "
        "by its outgoing weight and by tanh's derivative 1 − a²:"
    ),
    "computation_graph.shortcut_matches": "✓ equals backprop's {derivative} = {value}",
    "computation_graph.shortcut_differs": "✗ backprop gives {derivative} = {value}",
    "computation_graph.checks_header": "3 · Checking and using the derivatives",
    "computation_graph.fd_header": "Every derivative, checked by finite differences",
    "computation_graph.fd_intro": (
        "Nudge one input up and down by a tiny h and measure how the output moves: "
        "(J(x + h) − J(x − h)) / 2h. Backprop gets the same numbers from one backward pass, for every "
        "input at once."
    ),
    "computation_graph.fd_input": "Input",
    "computation_graph.fd_backprop": "Backprop",
    "computation_graph.fd_numeric": "Finite difference",
    "computation_graph.fd_difference": "Difference",
    "computation_graph.fd_agrees": "Agrees",
    "computation_graph.fd_all_agree": "All {count} derivatives agree with their finite differences.",
    "computation_graph.fd_some_differ": "{count} derivatives differ from their finite differences: this should never happen.",
    "computation_graph.gd_header": "One step of gradient descent",
    "computation_graph.gd_intro": (
        "Move every parameter a little against its derivative, θ := θ − α·dθ, and run the forward pass again."
    ),
    "computation_graph.gd_none": "This graph's inputs are all data; there is nothing to learn.",
    "computation_graph.lr": "Learning rate α",
    "computation_graph.lr_help": "Scales the step (step = α × derivative), on a log scale.",
    "computation_graph.gd_parameter": "Parameter",
    "computation_graph.gd_before": "Before",
    "computation_graph.gd_derivative": "Derivative",
    "computation_graph.gd_after": "After",
    "computation_graph.cost_before": "Output before",
    "computation_graph.cost_after": "Output after one step",
    "computation_graph.gd_down": "The step lowered the output by {drop:.4g}: the derivatives point uphill, and we stepped the other way.",
    "computation_graph.gd_up": (
        "The step raised the output by {rise:.4g}: α = {lr} overshoots here. The derivative only describes "
        "the slope near the current point; try a smaller learning rate."
    ),
    "computation_graph.gd_infinite": (
        "With α = {lr} the step is so large that a prediction saturates to exactly 0 or 1 on the wrong side: "
        "the loss becomes infinite. Try a smaller learning rate."
    ),
    # ---- input labels: one per InputSpec key of core/graphs.py ----
    "computation_graph.in.a": "a",
    "computation_graph.in.b": "b",
    "computation_graph.in.c": "c",
    "computation_graph.in.x1": "x₁ (feature 1)",
    "computation_graph.in.x2": "x₂ (feature 2)",
    "computation_graph.in.y": "y (label: 1 or 0)",
    "computation_graph.in.w1": "w₁ (weight of x₁)",
    "computation_graph.in.w2": "w₂ (weight of x₂)",
    "computation_graph.in.bias": "b (bias)",
    "computation_graph.in.x1_2": "x₁⁽²⁾",
    "computation_graph.in.x2_2": "x₂⁽²⁾",
    "computation_graph.in.y_2": "y⁽²⁾",
    "computation_graph.in.x1_3": "x₁⁽³⁾",
    "computation_graph.in.x2_3": "x₂⁽³⁾",
    "computation_graph.in.y_3": "y⁽³⁾",
    "computation_graph.in.x1_4": "x₁⁽⁴⁾",
    "computation_graph.in.x2_4": "x₂⁽⁴⁾",
    "computation_graph.in.y_4": "y⁽⁴⁾",
    "computation_graph.in.n_w11": "w[1]₁₁ (x₁ → hidden 1)",
    "computation_graph.in.n_w12": "w[1]₁₂ (x₂ → hidden 1)",
    "computation_graph.in.n_b1": "b[1]₁ (bias of hidden 1)",
    "computation_graph.in.n_w21": "w[1]₂₁ (x₁ → hidden 2)",
    "computation_graph.in.n_w22": "w[1]₂₂ (x₂ → hidden 2)",
    "computation_graph.in.n_b2": "b[1]₂ (bias of hidden 2)",
    "computation_graph.in.n_v1": "w[2]₁ (hidden 1 → output)",
    "computation_graph.in.n_v2": "w[2]₂ (hidden 2 → output)",
    "computation_graph.in.n_c": "b[2] (bias of the output)",
    "computation_graph.to_gradient_descent": "Take many such steps on the gradient-descent page, starting from w = {gd_w0}, b = {gd_b0}",
    # charts in words (core/chart_words.py)
    "computation_graph.graph_text": "The graph in words: {known} of {nodes} values known, left to right: {values}.",
    "computation_graph.graph_text_backward": "The graph in words: {known} of {nodes} values known: {values}. Derivatives known so far, right to left: {grads}.",
    "computation_graph.col_node": "Node",
    "computation_graph.col_value": "Value",
    "computation_graph.col_derivative": "Derivative of the output",
}

ZH = {
    "computation_graph.title": "计算图：值向前传，导数向后传",
    "computation_graph.intro": (
        "每个模型都是一串小运算。把每个运算写成一个节点，两遍传播就能完成全部工作：先用 **前向传播** "
        "把值从输入一路带到代价，从左到右（图中的 **蓝色** 数字）；再用 **反向传播** 把导数从代价带回每一个输入，"
        "从右到左（图中的 **红色** 数字），每次只走一步链式法则。在侧边栏选择一个计算图，设置它的输入，"
        "然后用步骤滑块一步步走完这两遍。"
    ),
    "computation_graph.settings": "计算图",
    "computation_graph.graph": "选择计算图",
    "computation_graph.graph_help": "从原文中的热身例子，到一个小型的两层网络。",
    "computation_graph.graph_warmup": "J = 3(a + b·c)",
    "computation_graph.graph_logistic": "逻辑回归，一个样本",
    "computation_graph.graph_batch": "逻辑回归，m 个样本",
    "computation_graph.graph_network": "两层神经网络",
    "computation_graph.m": "样本数 m",
    "computation_graph.about_warmup": (
        "原文中的热身例子 **J = 3(a + b·c)** 分三步计算：u = b·c，v = a + u，J = 3v。取 a = 5、b = 3、c = 2 时，"
        "代价 J = 33，反向传播求出 dJ/da = 3、dJ/db = 6、dJ/dc = 9：把 b 增加 0.001，J 大约增加 0.006。"
    ),
    "computation_graph.about_logistic": (
        "在一个有两个特征的样本上做逻辑回归：z = w₁x₁ + w₂x₂ + b，a = σ(z)，损失 "
        "L(a, y) = −(y log a + (1 − y) log(1 − a))。反向传播得出那个著名的捷径 dz = a − y（出自课程的幻灯片，原文也展示了它），再由它得到 "
        "dw₁ = x₁·dz，dw₂ = x₂·dz，db = dz。绿色的输入是梯度下降要学习的参数；灰色的是样本（特征和标签）。"
    ),
    "computation_graph.about_batch": (
        "同一个模型用在 m 个样本上，它们共享 w₁、w₂ 和 b。代价是各个损失的平均值 J = (1/m)(L⁽¹⁾ + … + L⁽ᵐ⁾)，"
        "所以每个损失都经由一条局部导数为 1/m 的边到达 J：这就是 dw₁ = (1/m) Σ x₁⁽ⁱ⁾dz⁽ⁱ⁾ 中 1/m 的来历。"
        "一个被每个样本都用到的参数，会从每个样本那里各收到一项链式法则的乘积。"
    ),
    "computation_graph.about_network": (
        "一个很小的两层网络：两个输入，两个使用 tanh 的隐含单元，一个 sigmoid 输出。图变大了，但并没有发生新的事情："
        "每个节点仍然把收到的导数乘以自己的局部导数，而同时被两个隐含单元用到的 x₁ 会把两项加起来。"
    ),
    "computation_graph.inputs_header": "1 · 输入",
    "computation_graph.parameters": "参数（需要学习）",
    "computation_graph.data": "数据（给定）",
    "computation_graph.example": "样本 {i}",
    "computation_graph.walk_header": "2 · 先前向，再反向，一次一步",
    "computation_graph.step": "步骤",
    "computation_graph.step_help": "向右拖动一格就多算一个节点：先算出所有的值（前向传播），再算出所有的导数（反向传播）。",
    "computation_graph.step_zero": "第 0 / {total} 步：只知道输入。向右拖动滑块，开始前向传播。",
    "computation_graph.step_forward": "第 {index} / {total} 步 · **前向传播** 的第 {k} / {count} 个运算：计算 {node} 的值。",
    "computation_graph.step_backward": "第 {index} / {total} 步 · **反向传播** 的第 {k} / {count} 个节点：求 {output} 对 {node} 的导数。",
    "computation_graph.step_start": "反向传播从输出开始：输出对它自身的导数是 1。",
    "computation_graph.step_local": "这一步用到的局部导数：",
    "computation_graph.step_done": "全部 {total} 步完成：每个值和每个导数都已求出。",
    "computation_graph.legend": (
        "每个方框里是节点的公式、它的值（用 **蓝色** 表示，前向传播）以及输出对它的导数（用 **红色** 表示，"
        "反向传播）；“?” 表示尚未计算。红色虚线箭头把导数往回传，上面标着每条边的局部导数。"
        "高亮的是当前步骤。双线边框的是输出。"
    ),
    "computation_graph.all_steps": "全部步骤，逐一写出",
    "computation_graph.forward_list": "前向传播",
    "computation_graph.backward_list": "反向传播",
    "computation_graph.shortcut_header": "捷径：链式法则化简后的闭式",
    "computation_graph.shortcut_logistic": "沿着链条把局部导数相乘，结果会化简成简单的闭式表达式。代入这个样本的数字：",
    "computation_graph.shortcut_batch": "每个样本贡献自己的 dz⁽ⁱ⁾ = a⁽ⁱ⁾ − y⁽ⁱ⁾；求平均值的节点再除以 m。代入这些数字：",
    "computation_graph.shortcut_network": "输出单元给出和逻辑回归一样的 dz = a − y；每个隐含单元把它乘以自己通向输出的权重，再乘以 tanh 的导数 1 − a²：",
    "computation_graph.shortcut_matches": "✓ 等于反向传播得到的 {derivative} = {value}",
    "computation_graph.shortcut_differs": "✗ 反向传播得到的是 {derivative} = {value}",
    "computation_graph.checks_header": "3 · 检验和使用这些导数",
    "computation_graph.fd_header": "用有限差分检验每个导数",
    "computation_graph.fd_intro": (
        "把一个输入上下各挪动一个很小的 h，测量输出变化了多少：(J(x + h) − J(x − h)) / 2h。"
        "反向传播只需一遍反向计算，就能同时为所有输入得到同样的数字。"
    ),
    "computation_graph.fd_input": "输入",
    "computation_graph.fd_backprop": "反向传播",
    "computation_graph.fd_numeric": "有限差分",
    "computation_graph.fd_difference": "差值",
    "computation_graph.fd_agrees": "一致",
    "computation_graph.fd_all_agree": "全部 {count} 个导数都与有限差分的结果一致。",
    "computation_graph.fd_some_differ": "有 {count} 个导数与有限差分的结果不一致：这本不应该发生。",
    "computation_graph.gd_header": "梯度下降的一步",
    "computation_graph.gd_intro": "让每个参数逆着它的导数移动一点，θ := θ − α·dθ，然后再做一遍前向传播。",
    "computation_graph.gd_none": "这个计算图的输入全是数据，没有需要学习的参数。",
    "computation_graph.lr": "学习率 α",
    "computation_graph.lr_help": "每一步等于 α 乘以导数；α 按对数刻度取值。",
    "computation_graph.gd_parameter": "参数",
    "computation_graph.gd_before": "更新前",
    "computation_graph.gd_derivative": "导数",
    "computation_graph.gd_after": "更新后",
    "computation_graph.cost_before": "更新前的输出",
    "computation_graph.cost_after": "走一步后的输出",
    "computation_graph.gd_down": "这一步让输出降低了 {drop:.4g}：导数指向上坡，而我们朝相反的方向走了一步。",
    "computation_graph.gd_up": (
        "这一步让输出升高了 {rise:.4g}：α = {lr} 在这里步长过大，越过了最低点。导数只描述当前点附近的斜率；"
        "试试更小的学习率。"
    ),
    "computation_graph.gd_infinite": (
        "α = {lr} 时步长太大，某个预测值饱和到恰好为 0 或 1，而且落在错误的一侧：损失变成了无穷大。"
        "试试更小的学习率。"
    ),
    # ---- input labels: one per InputSpec key of core/graphs.py ----
    "computation_graph.in.a": "a",
    "computation_graph.in.b": "b",
    "computation_graph.in.c": "c",
    "computation_graph.in.x1": "x₁（特征 1）",
    "computation_graph.in.x2": "x₂（特征 2）",
    "computation_graph.in.y": "y（标签：1 或 0）",
    "computation_graph.in.w1": "w₁（x₁ 的权重）",
    "computation_graph.in.w2": "w₂（x₂ 的权重）",
    "computation_graph.in.bias": "b（偏置）",
    "computation_graph.in.x1_2": "x₁⁽²⁾",
    "computation_graph.in.x2_2": "x₂⁽²⁾",
    "computation_graph.in.y_2": "y⁽²⁾",
    "computation_graph.in.x1_3": "x₁⁽³⁾",
    "computation_graph.in.x2_3": "x₂⁽³⁾",
    "computation_graph.in.y_3": "y⁽³⁾",
    "computation_graph.in.x1_4": "x₁⁽⁴⁾",
    "computation_graph.in.x2_4": "x₂⁽⁴⁾",
    "computation_graph.in.y_4": "y⁽⁴⁾",
    "computation_graph.in.n_w11": "w[1]₁₁（x₁ → 隐含单元 1）",
    "computation_graph.in.n_w12": "w[1]₁₂（x₂ → 隐含单元 1）",
    "computation_graph.in.n_b1": "b[1]₁（隐含单元 1 的偏置）",
    "computation_graph.in.n_w21": "w[1]₂₁（x₁ → 隐含单元 2）",
    "computation_graph.in.n_w22": "w[1]₂₂（x₂ → 隐含单元 2）",
    "computation_graph.in.n_b2": "b[1]₂（隐含单元 2 的偏置）",
    "computation_graph.in.n_v1": "w[2]₁（隐含单元 1 → 输出）",
    "computation_graph.in.n_v2": "w[2]₂（隐含单元 2 → 输出）",
    "computation_graph.in.n_c": "b[2]（输出的偏置）",
    "computation_graph.to_gradient_descent": "到梯度下降一章，从 w = {gd_w0}、b = {gd_b0} 出发，连续迭代许多步",
    # charts in words (core/chart_words.py)
    "computation_graph.graph_text": "图的文字说明：{nodes} 个值中已知 {known} 个，从左到右：{values}。",
    "computation_graph.graph_text_backward": "图的文字说明：{nodes} 个值中已知 {known} 个：{values}。目前已知的导数，从右到左：{grads}。",
    "computation_graph.col_node": "节点",
    "computation_graph.col_value": "值",
    "computation_graph.col_derivative": "输出对它的导数",
}
