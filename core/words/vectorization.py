"""Words of the vectorization chapter."""

EN = {
    "vectorization.title": "Vectorization: loops against vectors",
    "vectorization.intro": (
        "Deep learning is arithmetic on millions of numbers. Written as a Python `for` loop, each "
        "multiplication pays for the interpreter's bookkeeping; written as one numpy operation, the whole "
        "array goes to compiled code that uses the processor's vector instructions and every core. Everything "
        "below is timed live on this server with `time.perf_counter`: the median of {repeats} runs."
    ),
    "vectorization.settings": "Timing settings",
    "vectorization.n": "Length n of the vectors",
    "vectorization.n_help": "numpy takes up to 10 million; the Python loop stops at 1 million and its time is scaled up from there.",
    "vectorization.m": "Examples m for the gradient",
    "vectorization.iters": "Iterations for the cat race",
    "vectorization.iters_help": "Kept small so the page answers in about a second: the loop needs a tenth of a second for 20 iterations.",
    "vectorization.time_again": "Time again",
    "vectorization.dot_header": "1 · A dot product of n numbers",
    "vectorization.latex_dot": r"a \cdot b = \sum_{i=1}^{n} a_i b_i",
    "vectorization.dot_code": "Loop: `for a_i, b_i in zip(a, b): total += a_i * b_i`. Vectorized: `np.dot(a, b)`.",
    "vectorization.loop_ms": "Python loop",
    "vectorization.numpy_ms": "numpy",
    "vectorization.speedup": "Speed-up",
    "vectorization.ms": "{ms} ms",
    "vectorization.times": "{x}×",
    "vectorization.dot_capped": (
        "The loop ran on the first {loop_n:,} elements only ({loop_ms:.3g} ms), so the page never blocks for "
        "long; its time for all {n:,} is that scaled up by {factor:g} (marked ≈). Both gave the same sum on "
        "those elements: {loop_value:.6f} and {numpy_value:.6f}."
    ),
    "vectorization.dot_same": "Both gave the same sum, up to rounding in the last digits: {loop_value:.6f} and {numpy_value:.6f}.",
    "vectorization.dot_chart": "Time for a dot product of {n:,} numbers",
    "vectorization.axis_ms": "milliseconds (log scale)",
    "vectorization.grad_header": "2 · The logistic-regression gradient over m examples",
    "vectorization.grad_intro": (
        "The course first writes the gradient as a loop over the examples: for each one, z⁽ⁱ⁾ = wᵀx⁽ⁱ⁾ + b, "
        "a⁽ⁱ⁾ = σ(z⁽ⁱ⁾), dz⁽ⁱ⁾ = a⁽ⁱ⁾ − y⁽ⁱ⁾, then dw += x⁽ⁱ⁾ dz⁽ⁱ⁾ and db += dz⁽ⁱ⁾; after the loop, dw /= m "
        "and db /= m. The vectorized "
        "version does all m at once. Here with {n} features and random data."
    ),
    "vectorization.latex_vectorized": r"Z = w^{T} X + b \qquad A = \sigma(Z) \qquad dZ = A - Y \qquad dw = \frac{1}{m} X\, dZ^{T} \qquad db = \frac{1}{m} \sum_{i} dZ_i",
    "vectorization.grad_same": "The two gradients agree to {difference:.1e}: the same numbers, computed in one pass.",
    "vectorization.grad_chart": "Time for one gradient over {m:,} examples",
    "vectorization.shapes_header": "3 · Shapes and broadcasting",
    "vectorization.shapes_intro": (
        "The cat images make the shapes concrete: {m} images of {n} numbers each. `w.T @ X` is a (1, {n}) row "
        "times a ({n}, {m}) matrix, giving one z per image. The bias b is a single number, yet `+ b` adds it to "
        "all {m} entries: numpy **broadcasts** it, stretching it to (1, {m}) without copying. Each shape below is "
        "what numpy produced on the real data."
    ),
    "vectorization.col_step": "expression",
    "vectorization.col_shape": "shape",
    "vectorization.latex_shapes": r"\underbrace{w^{T}}_{(1,\,n)}\;\underbrace{X}_{(n,\,m)} + \underbrace{b}_{()} \;\longrightarrow\; \underbrace{Z}_{(1,\,m)}",
    "vectorization.cat_header": "4 · The cat classifier trained three ways",
    "vectorization.cat_intro": (
        "The same gradient descent ({iters} iterations, α = {lr}, from w = 0) on the {m} cat images, two ways: "
        "a loop over the examples and the vectorized form of section 2. Both end at the same cost. Both still "
        "loop over the iterations, because each step needs the one before it: as the text says, a loop is "
        "sometimes unavoidable."
    ),
    "vectorization.cat_subset": (
        "The server is busy right now: the loop would need more than {budget:g} s for all {m} images, so all "
        "three methods ran on the first {used} images only (the same images for each). Press **Time again** later."
    ),
    "vectorization.noisy": (
        "These timings look disturbed: on a quiet server each method is several times faster than the one "
        "above it. Other work on the server (another visitor, a test browser) took the processor while they "
        "ran; press **Time again** for a fairer race."
    ),
    "vectorization.way_loop": "loop over examples",
    "vectorization.way_vectorized": "vectorized wᵀX + b",
    "vectorization.way_gram": "Gram form (cat page)",
    "vectorization.col_way": "method",
    "vectorization.col_total": "training time",
    "vectorization.col_per_iteration": "per iteration",
    "vectorization.col_cost": "final cost J",
    "vectorization.col_speedup": "faster than the loop",
    "vectorization.cat_chart": "Time for {iters} iterations on the cat images",
    "vectorization.cat_same": "The final costs agree to {spread:.1e}: the two are the same algorithm, step for step.",
    "vectorization.gram_topic": "a third way, faster than the vectorized form (the span, or Gram, form)",
    "vectorization.gram_why": (
        "Starting from zero, every step adds to w a combination of the images, so w = Xβ, and only the m × m "
        "Gram matrix K = XᵀX is needed: one step costs m² = {m2:,} multiplications instead of n·m = {nm:,}. With "
        "fewer examples than features that is a better **algorithm**, and it beats even the vectorized form. It ends "
        "at the same cost (within {spread:.1e}); the cat page trains with it."
    ),
    "vectorization.gram_once": "K itself costs n·m² multiplications, once: {ms:.3g} ms here, paid when the data loads and shared by every run and every visitor.",
    # charts in words (core/chart_words.py)
    "vectorization.bars_text": "The chart in words: {slow} took {slow_ms} ms, {fast} {fast_ms} ms: {ratio} times faster.",
    "vectorization.col_slower": "Times the fastest",
    "vectorization.col_ms": "Milliseconds",
}

ZH = {
    "vectorization.title": "向量化：循环与向量的较量",
    "vectorization.intro": (
        "深度学习就是对数以百万计的数字做算术。写成 Python 的 `for` 循环，每一次乘法都要承担解释器的额外开销；"
        "写成一个 numpy 运算，整个数组就交给编译好的代码，它会用上处理器的向量指令和所有核心。下面所有的时间都在这台"
        "服务器上用 `time.perf_counter` 实时测量：取 {repeats} 次运行的中位数。"
    ),
    "vectorization.settings": "计时设置",
    "vectorization.n": "向量长度 n",
    "vectorization.n_help": "numpy 最多处理 1000 万个数；Python 循环最多跑 100 万个，超出部分的时间按比例推算。",
    "vectorization.m": "计算梯度用的样本数 m",
    "vectorization.iters": "猫图像计时对比的迭代次数",
    "vectorization.iters_help": "取值较小，让页面在一秒左右给出结果：循环跑 20 次迭代就需要十分之一秒。",
    "vectorization.time_again": "重新计时",
    "vectorization.dot_header": "1 · n 个数的点积",
    "vectorization.latex_dot": r"a \cdot b = \sum_{i=1}^{n} a_i b_i",
    "vectorization.dot_code": "循环：`for a_i, b_i in zip(a, b): total += a_i * b_i`。向量化：`np.dot(a, b)`。",
    "vectorization.loop_ms": "Python 循环",
    "vectorization.numpy_ms": "numpy",
    "vectorization.speedup": "加速比",
    "vectorization.ms": "{ms} 毫秒",
    "vectorization.times": "{x} 倍",
    "vectorization.dot_capped": (
        "循环只在前 {loop_n:,} 个元素上运行（{loop_ms:.3g} 毫秒），这样页面不会卡住太久；它处理全部 {n:,} 个元素的"
        "时间是把这个结果放大 {factor:g} 倍得到的（标有 ≈）。在这些元素上，两者算出的和相同：{loop_value:.6f} 和 "
        "{numpy_value:.6f}。"
    ),
    "vectorization.dot_same": "两者算出的和相同，只在最后几位有舍入差异：{loop_value:.6f} 和 {numpy_value:.6f}。",
    "vectorization.dot_chart": "{n:,} 个数做点积所用的时间",
    "vectorization.axis_ms": "毫秒（对数刻度）",
    "vectorization.grad_header": "2 · m 个样本上的逻辑回归梯度",
    "vectorization.grad_intro": (
        "课程最初把梯度写成对样本的循环：对每个样本计算 z⁽ⁱ⁾ = wᵀx⁽ⁱ⁾ + b，a⁽ⁱ⁾ = σ(z⁽ⁱ⁾)，"
        "dz⁽ⁱ⁾ = a⁽ⁱ⁾ − y⁽ⁱ⁾，然后 dw += x⁽ⁱ⁾ dz⁽ⁱ⁾，db += dz⁽ⁱ⁾；循环结束后再做 dw /= m 和 db /= m。"
        "向量化版本一次处理全部 m 个样本。这里使用 {n} 个特征和随机数据。"
    ),
    "vectorization.latex_vectorized": r"Z = w^{T} X + b \qquad A = \sigma(Z) \qquad dZ = A - Y \qquad dw = \frac{1}{m} X\, dZ^{T} \qquad db = \frac{1}{m} \sum_{i} dZ_i",
    "vectorization.grad_same": "两个梯度的差不超过 {difference:.1e}：同样的数字，一遍算完。",
    "vectorization.grad_chart": "在 {m:,} 个样本上计算一次梯度所用的时间",
    "vectorization.shapes_header": "3 · 形状与广播",
    "vectorization.shapes_intro": (
        "猫图像让形状变得具体：{m} 张图像，每张 {n} 个数。`w.T @ X` 是一个 (1, {n}) 的行向量乘以一个 ({n}, {m}) "
        "的矩阵，每张图像得到一个 z。偏置 b 只是一个数，但 `+ b` 会把它加到全部 {m} 个元素上：numpy 会 **广播** 它，"
        "把它扩展成 (1, {m})，而不需要真的复制。下面的每个形状都是 numpy 在真实数据上得到的结果。"
    ),
    "vectorization.col_step": "表达式",
    "vectorization.col_shape": "形状",
    "vectorization.latex_shapes": r"\underbrace{w^{T}}_{(1,\,n)}\;\underbrace{X}_{(n,\,m)} + \underbrace{b}_{()} \;\longrightarrow\; \underbrace{Z}_{(1,\,m)}",
    "vectorization.cat_header": "4 · 用三种方式训练猫分类器",
    "vectorization.cat_intro": (
        "在 {m} 张猫图像上做同样的梯度下降（{iters} 次迭代，α = {lr}，从 w = 0 开始），写法有两种："
        "对样本循环，以及第 2 节的向量化形式。两者最后得到相同的代价。"
        "不过两者都仍然要对迭代做循环，因为每一步都要用到上一步的结果：正如原文所说，有时循环是不可避免的。"
    ),
    "vectorization.cat_subset": (
        "服务器此刻很忙：循环处理全部 {m} 张图像需要超过 {budget:g} 秒，所以三种方法都只在前 {used} 张图像上运行"
        "（每种方法用的图像相同）。请稍后再按 **重新计时** 按钮。"
    ),
    "vectorization.noisy": (
        "这些计时看起来受到了干扰：在空闲的服务器上，每种方法都比上一种快好几倍。它们运行时，服务器上的其他工作"
        "（另一位访问者、一个测试用的浏览器）占用了处理器；按 **重新计时** 按钮，让这次对比更公平。"
    ),
    "vectorization.way_loop": "对样本循环",
    "vectorization.way_vectorized": "向量化 wᵀX + b",
    "vectorization.way_gram": "Gram 形式（猫分类器一章）",
    "vectorization.col_way": "方法",
    "vectorization.col_total": "训练时间",
    "vectorization.col_per_iteration": "每次迭代",
    "vectorization.col_cost": "最终代价 J",
    "vectorization.col_speedup": "比循环快",
    "vectorization.cat_chart": "在猫图像上做 {iters} 次迭代所用的时间",
    "vectorization.cat_same": "最终代价的差不超过 {spread:.1e}：两者是同一个算法，每一步都相同。",
    "vectorization.gram_topic": "比向量化形式更快的第三种写法（张成形式，即 Gram 形式）",
    "vectorization.gram_why": (
        "从零开始，每一步加到 w 上的都是这些图像的某种组合，所以 w = Xβ，只需要 m × m 的 Gram 矩阵 K = XᵀX："
        "每一步只要 m² = {m2:,} 次乘法，而不是 n·m = {nm:,} 次。样本比特征少的时候，这是 **算法** 上的改进，"
        "连向量化形式也比不上它。它最后得到相同的代价（差不超过 {spread:.1e}）；猫分类器一章就用它来训练。"
    ),
    "vectorization.gram_once": "K 本身需要 n·m² 次乘法，但只算一次：这里用了 {ms:.3g} 毫秒，在数据加载时完成，由每次运行和每位访问者共享。",
    # charts in words (core/chart_words.py)
    "vectorization.bars_text": "图的文字说明：{slow} 用时 {slow_ms} 毫秒，{fast} 用时 {fast_ms} 毫秒：快 {ratio} 倍。",
    "vectorization.col_slower": "是最快者的几倍",
    "vectorization.col_ms": "毫秒",
}
