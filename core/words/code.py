"""Words of the code panels (ui/code_panel.py): the code beside the math, and the fast forms beside the course's loops."""

EN = {
    "code.title": "The code: {names}",
    "code.fast_title": "how this page trains faster, with the same numbers: {names}",
    "code.cat_span_intro": (
        "The course's loop (`optimize` above) computes $z = w^{T}X + b$ at every step: $n \\cdot m$ = 12288 × 209 "
        "multiplications. Every step adds to $w$ a combination of the images ($dw = X\\,dZ^{T}/m$), so from "
        "$w = 0$ the weights stay a combination of the images, $w = X\\beta$, and only the 209 numbers of "
        "$\\beta$ need updating. In the code, `alpha` holds $\\beta$ and `K` is $X^{T}X$, computed once when the "
        "data loads. Two lines of algebra make it the same $z$:"
    ),
    "code.latex_cat_span": (
        r"\begin{aligned} w_0 = 0,\quad w := w - \alpha\,\tfrac{1}{m}\,X\,dZ^{T} \;&\Longrightarrow\; "
        r"w = X\beta,\quad \beta := \beta - \alpha\,\tfrac{1}{m}\,dZ^{T} \\ "
        r"z = w^{T}X + b \;&=\; \beta^{T}\,(X^{T}X) + b \;=\; \beta^{T}K + b \end{aligned}"
    ),
    "code.cat_span_agreement": (
        "Measured on this server: {iters} steps at α = {lr} both ways, from w = 0. The {count} costs the course's "
        "loop records (every 100 iterations, and after the last step) differ from the fast form's by at most "
        "{cost:.1e}, and the weights by at most {weights:.1e}: the same numbers, far beyond the 6 decimals the "
        "page prints. A test checks it after every change to the code."
    ),
    "code.deep_span_intro": (
        "The course's loop computes the first layer $Z^{[1]} = W^{[1]}X + b^{[1]}$ and its gradient "
        "$dW^{[1]} = dZ^{[1]}X^{T}/m$ at every step, each (units × 12288 × 209) multiplications. Every step adds "
        "to $W^{[1]}$ something times $X^{T}$, so from its random start $W^{[1]}_0$ the weights stay "
        "$W^{[1]}_0 + BX^{T}$, and only $B$ needs updating. In `train_steps`, `first` is that layer: `first.Z()` "
        "stands for `W1 @ X` and `first.step` for the update of `W1`; every other layer runs the course's "
        "`L_model_forward`, `L_model_backward` and `update_parameters` shown above, and with `span=False` the same "
        "function runs the course's loop throughout. Two lines of algebra make it the same $Z^{[1]}$:"
    ),
    "code.latex_deep_span": (
        r"\begin{aligned} W^{[1]} := W^{[1]} - \alpha\,\tfrac{1}{m}\,dZ^{[1]}X^{T} \;&\Longrightarrow\; "
        r"W^{[1]} = W^{[1]}_{0} + B\,X^{T},\quad B := B - \alpha\,\tfrac{1}{m}\,dZ^{[1]} \\ "
        r"Z^{[1]} = W^{[1]}X + b^{[1]} \;&=\; W^{[1]}_{0}X + B\,(X^{T}X) + b^{[1]} \end{aligned}"
    ),
    "code.deep_span_agreement": (
        "Measured on this server on the course's L-layer network: {iters} steps at α = {lr} both ways, from the "
        "same start. The {count} costs (at the start and after every step) differ by at most {cost:.1e}, and the "
        "parameters by at most {weights:.1e}: the same numbers, far beyond the 6 decimals the page prints. A test "
        "checks it after every change to the code."
    ),
}

ZH = {
    "code.title": "代码：{names}",
    "code.fast_title": "本页为什么训练得更快，而数值不变：{names}",
    "code.cat_span_intro": (
        "课程的循环（上面的 `optimize`）每一步都计算 $z = w^{T}X + b$：$n \\cdot m$ = 12288 × 209 次乘法。"
        "每一步加到 $w$ 上的都是这些图像的组合（$dw = X\\,dZ^{T}/m$），所以从 $w = 0$ 出发，权重始终是图像的组合"
        " $w = X\\beta$，只需更新 $\\beta$ 的 209 个数。代码里 `alpha` 就是 $\\beta$，`K` 是数据载入时算好一次的"
        " $X^{T}X$。两行代数说明 $z$ 完全相同："
    ),
    "code.latex_cat_span": EN["code.latex_cat_span"],
    "code.cat_span_agreement": (
        "在本服务器上实测：两种形式都从 w = 0 出发，以 α = {lr} 各走 {iters} 步。课程的循环记录的 {count} 个代价"
        "（每 100 次迭代一个，外加最后一步之后的一个）与快速形式的最多相差 {cost:.1e}，权重最多相差 {weights:.1e}："
        "是同样的数，远远超出页面显示的 6 位小数。每次修改代码后都有测试检查这一点。"
    ),
    "code.deep_span_intro": (
        "课程的循环每一步都计算第一层的 $Z^{[1]} = W^{[1]}X + b^{[1]}$ 和它的梯度 $dW^{[1]} = dZ^{[1]}X^{T}/m$，"
        "各要（单元数 × 12288 × 209）次乘法。每一步加到 $W^{[1]}$ 上的都是某个矩阵乘以 $X^{T}$，所以从随机的起点"
        " $W^{[1]}_0$ 出发，权重始终是 $W^{[1]}_0 + BX^{T}$，只需更新 $B$。在 `train_steps` 里，`first` 就是这一层："
        "`first.Z()` 代替 `W1 @ X`，`first.step` 代替对 `W1` 的更新；其余各层运行的正是上面课程的 "
        "`L_model_forward`、`L_model_backward` 和 `update_parameters`；传入 `span=False`，同一个函数就从头到尾运行"
        "课程的循环。两行代数说明 $Z^{[1]}$ 完全相同："
    ),
    "code.latex_deep_span": EN["code.latex_deep_span"],
    "code.deep_span_agreement": (
        "在本服务器上用课程的 L 层网络实测：两种形式从同一个起点出发，以 α = {lr} 各走 {iters} 步。{count} 个代价"
        "（起点一个，每步之后各一个）最多相差 {cost:.1e}，参数最多相差 {weights:.1e}：是同样的数，远远超出页面显示的"
        " 6 位小数。每次修改代码后都有测试检查这一点。"
    ),
}
