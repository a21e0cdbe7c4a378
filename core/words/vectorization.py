"""Words of the vectorization chapter."""

EN = {
    "vec.title": "Vectorization: loops against vectors",
    "vec.intro": (
        "Deep learning is arithmetic on millions of numbers. Written as a Python `for` loop, each "
        "multiplication pays for the interpreter's bookkeeping; written as one numpy operation, the whole "
        "array goes to compiled code that uses the processor's vector instructions and every core. Everything "
        "below is timed live on this server with `time.perf_counter`: the median of {repeats} runs."
    ),
    "vec.settings": "Timing settings",
    "vec.n": "Length n of the vectors",
    "vec.n_help": "numpy takes up to 10 million; the Python loop stops at 1 million and its time is scaled up from there.",
    "vec.m": "Examples m for the gradient",
    "vec.iters": "Iterations for the cat race",
    "vec.iters_help": "Kept small so the page answers in about a second: the loop needs a tenth of a second for 20 iterations.",
    "vec.time_again": "Time again",
    "vec.dot_header": "1 · A dot product of n numbers",
    "vec.latex_dot": r"a \cdot b = \sum_{i=1}^{n} a_i b_i",
    "vec.dot_code": "Loop: `for a_i, b_i in zip(a, b): total += a_i * b_i`. Vectorized: `np.dot(a, b)`.",
    "vec.loop_ms": "Python loop",
    "vec.numpy_ms": "numpy",
    "vec.speedup": "Speed-up",
    "vec.ms": "{ms} ms",
    "vec.times": "{x}×",
    "vec.dot_capped": (
        "The loop ran on the first {loop_n:,} elements only ({loop_ms:.3g} ms), so the page never blocks for "
        "long; its time for all {n:,} is that scaled up by {factor:g} (marked ≈). Both gave the same sum on "
        "those elements: {loop_value:.6f} and {numpy_value:.6f}."
    ),
    "vec.dot_same": "Both gave the same sum, up to rounding in the last digits: {loop_value:.6f} and {numpy_value:.6f}.",
    "vec.dot_chart": "Time for a dot product of {n:,} numbers",
    "vec.axis_ms": "milliseconds (log scale)",
    "vec.grad_header": "2 · The logistic-regression gradient over m examples",
    "vec.grad_intro": (
        "The text's first version of the gradient loops over the examples: for each one, z⁽ⁱ⁾ = wᵀx⁽ⁱ⁾ + b, "
        "a⁽ⁱ⁾ = σ(z⁽ⁱ⁾), dz⁽ⁱ⁾ = a⁽ⁱ⁾ − y⁽ⁱ⁾, then dw += x⁽ⁱ⁾ dz⁽ⁱ⁾ and db += dz⁽ⁱ⁾. The vectorized "
        "version does all m at once. Here with {n} features and random data."
    ),
    "vec.latex_vectorized": r"Z = w^{T} X + b \qquad A = \sigma(Z) \qquad dZ = A - Y \qquad dw = \frac{1}{m} X\, dZ^{T} \qquad db = \frac{1}{m} \sum_{i} dZ_i",
    "vec.grad_same": "The two gradients agree to {difference:.1e}: the same numbers, computed in one pass.",
    "vec.grad_chart": "Time for one gradient over {m:,} examples",
    "vec.shapes_header": "3 · Shapes and broadcasting",
    "vec.shapes_intro": (
        "The cat images make the shapes concrete: {m} images of {n} numbers each. `w.T @ X` is a (1, {n}) row "
        "times a ({n}, {m}) matrix, giving one z per image. The bias b is a single number, yet `+ b` adds it to "
        "all {m} entries: numpy **broadcasts** it, stretching it to (1, {m}) without copying. Each shape below is "
        "what numpy produced on the real data."
    ),
    "vec.col_step": "expression",
    "vec.col_shape": "shape",
    "vec.latex_shapes": r"\underbrace{w^{T}}_{(1,\,n)}\;\underbrace{X}_{(n,\,m)} + \underbrace{b}_{()} \;\longrightarrow\; \underbrace{Z}_{(1,\,m)}",
    "vec.cat_header": "4 · The cat classifier trained three ways",
    "vec.cat_intro": (
        "The same gradient descent ({iters} iterations, α = {lr}, from w = 0) on the {m} cat images, three ways: "
        "a loop over the examples, the vectorized textbook form, and the Gram (dual) form the cat page trains "
        "with. All three end at the same cost."
    ),
    "vec.cat_subset": (
        "The server is busy right now: the loop would need more than {budget:g} s for all {m} images, so all "
        "three methods ran on the first {used} images only (the same images for each). Press **Time again** later."
    ),
    "vec.noisy": (
        "These timings look disturbed: on a quiet server each method is several times faster than the one "
        "above it. Other work on the server (another visitor, a test browser) took the processor while they "
        "ran; press **Time again** for a fairer race."
    ),
    "vec.way_loop": "loop over examples",
    "vec.way_vectorized": "vectorized wᵀX + b",
    "vec.way_gram": "Gram form (cat page)",
    "vec.col_way": "method",
    "vec.col_total": "training time",
    "vec.col_per_iteration": "per iteration",
    "vec.col_cost": "final cost J",
    "vec.col_speedup": "faster than the loop",
    "vec.cat_chart": "Time for {iters} iterations on the cat images",
    "vec.cat_same": "The final costs agree to {spread:.1e}: the three are the same algorithm, step for step.",
    "vec.gram_why": (
        "Starting from zero, every step adds to w a combination of the images, so w = Xα, and only the m × m "
        "Gram matrix K = XᵀX is needed: one step costs m² = {m2:,} multiplications instead of n·m = {nm:,}. With "
        "fewer examples than features that is a better **algorithm**, and it beats even the fastest loop."
    ),
    "vec.gram_once": "K itself costs n·m² multiplications, once: {ms:.3g} ms here, paid when the data loads and shared by every run and every visitor.",
}
