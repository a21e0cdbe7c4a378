"""Words of the downloadable notebooks (core/notebooks.py): the markdown cells a learner reads at home.

A markdown cell is made of several keys, joined by blank lines (core/notebooks.py says which): prose keys,
which may take {placeholders} and hold no braces of their own (their inline math is written without
braces), and `.latex_` keys, which hold one display formula each, without the $$ around it, the same in
every language, never formatted and with no words in them.
"""

EN = {
    "nb.download": "Download this run as a notebook (.ipynb)",
    "nb.download_help": "A Jupyter notebook in the course's style that trains this same run with numpy and prints the same costs: every function written out, the data files fetched next to it.",
    # ---- shared by the notebooks ----
    "nb.generated_by": (
        "*Written by First Contact from your run in the app. It needs {packages} and nothing else: every "
        "function is written out below, so read it, change it and run it again "
        "(`Run All`, from the top).*"
    ),
    "nb.packages_cat": "numpy, matplotlib and h5py",
    "nb.packages_planar": "numpy and matplotlib",
    "nb.imports": (
        "## Packages\n\n"
        "- [numpy](https://numpy.org) does all the arithmetic on vectors and matrices.\n"
        "- [matplotlib](https://matplotlib.org) draws the pictures and the cost curve.\n"
        "- [h5py](https://www.h5py.org) reads the HDF5 files that hold the images."
    ),
    "nb.imports_planar": (
        "## Packages\n\n"
        "- [numpy](https://numpy.org) does all the arithmetic on vectors and matrices.\n"
        "- [matplotlib](https://matplotlib.org) draws the data, the decision boundary and the cost curve."
    ),
    "nb.data_files": (
        "## The data files\n\n"
        "The next two cells make sure `{train}` and `{test}` are in the folder of this notebook. A missing "
        "file is downloaded from a pinned copy and kept only if its size and SHA-256 fingerprint are the "
        "course's, so a damaged or different file is never used.\n\n"
        "**Without network:** copy the two files into the folder of this notebook (the First Contact app "
        "keeps them in its `data/` folder, or wherever `FIRST_CONTACT_DATA_DIR` points) and run the cells "
        "again."
    ),
    "nb.load_dataset": (
        "## Loading the images\n\n"
        "`load_dataset` reads both files: the pictures as `uint8` arrays of shape (m, 64, 64, 3), the labels "
        "(1 = cat, 0 = non-cat) as row vectors of shape (1, m), and the two class names."
    ),
    "nb.example_picture": "One of the training pictures and its label (change `index` to see another):",
    "nb.flatten": (
        "## Flatten and scale\n\n"
        "Each 64 × 64 × 3 picture becomes one column of $n_x = 64 \\cdot 64 \\cdot 3 = 12288$ numbers, so "
        "$X$ has shape $(12288, m)$, one example per column. Dividing by 255 puts every pixel in $[0, 1]$:"
    ),
    "nb.latex_flatten": r"X = \frac{1}{255}\begin{bmatrix} x^{(1)} & x^{(2)} & \cdots & x^{(m)} \end{bmatrix}",
    "nb.sigmoid": "## The sigmoid",
    "nb.latex_sigmoid": r"\sigma(z) = \frac{1}{1 + e^{-z}}",
    "nb.sigmoid_stable": (
        "The course's one-liner `1 / (1 + np.exp(-z))` overflows for very negative $z$. This version only "
        "ever takes the exponential of $-|z| \\le 0$, and for $z < 0$ writes the same value another way:"
    ),
    "nb.latex_sigmoid_stable": (
        r"\sigma(z) = \begin{cases} \dfrac{1}{1 + e^{-|z|}} & z \ge 0 \\ \dfrac{e^{-|z|}}{1 + e^{-|z|}} & z < 0 "
        r"\end{cases}"
    ),
    "nb.cost": "## The cost",
    "nb.latex_cost": (
        r"J = -\frac{1}{m}\sum_{i=1}^{m}\Bigl(y^{(i)}\log a^{(i)} + \bigl(1 - y^{(i)}\bigr)"
        r"\log\bigl(1 - a^{(i)}\bigr)\Bigr), \qquad a = \sigma(z)"
    ),
    "nb.cost_from_z": "With $a = \\sigma(z)$ the same number is",
    "nb.latex_cost_from_z": r"J = \frac{1}{m}\sum_{i=1}^{m}\Bigl(\log\bigl(1 + e^{z^{(i)}}\bigr) - y^{(i)} z^{(i)}\Bigr)",
    "nb.cost_from_z_why": (
        "It is computed that way, from $z$, with `np.logaddexp(0, z)`, which is $\\log(e^0 + e^z)$: a very "
        "confident prediction can round $a$ to exactly 0 or 1, and then the first formula would take "
        "$\\log 0$."
    ),
    "nb.accuracy": (
        "## Accuracy\n\n"
        "Each prediction $\\hat y$ is 0 or 1, so $|\\hat y - y|$ is 1 for a mistake and 0 otherwise. The "
        "accuracy, in percent:"
    ),
    "nb.latex_accuracy": r"100 - \frac{100}{m}\sum_{i=1}^{m}\bigl|\hat y^{(i)} - y^{(i)}\bigr|",
    "nb.update": (
        "## Updating the parameters\n\n"
        "One step of gradient descent, for every layer $l$, with the learning rate $\\alpha$:"
    ),
    "nb.latex_update": r"W^{[l]} := W^{[l]} - \alpha\, dW^{[l]}, \qquad b^{[l]} := b^{[l]} - \alpha\, db^{[l]}",
    "nb.same_numbers": (
        "*With the same settings this notebook prints the app's costs to 6 decimals. One exception: near the "
        "largest learning rate that still works, where the cost keeps jumping up and down, the last-digit "
        "rounding differences between two ways of computing the same step (the app takes a faster route to "
        "the same numbers) grow from step to step, and after a while the two runs print different costs. "
        "Neither is wrong: such a run depends on the last digit of every number.*"
    ),
    "nb.cost_curve": (
        "## The cost curve\n\n"
        "The cost recorded every 100 iterations, as the course records it. A curve that climbs means the "
        "learning rate is too large. A smooth one proves less than it seems: sampled this sparsely, it hides what "
        "happens in between. With plain gradient descent and a step long enough (the course's α = 0.005 "
        "on the cats is one), the cost swings up and down every other iteration for the first few "
        "hundred iterations; the app's charts draw every iteration and show that swing (try `plt.plot(...)` of "
        "a cost appended at every iteration to see it here)."
    ),
    # ---- the cat classifier (logistic regression) ----
    "nb.cat.title": (
        "# Logistic regression: cat or not cat\n\n"
        "Your run in First Contact, to take home: **learning rate α = {learning_rate}**, "
        "**{num_iterations} iterations**, the parameters starting at zero, on the course's 209 training and "
        "50 test pictures."
    ),
    "nb.cat.initialize_with_zeros": (
        "## Starting from zero\n\n"
        "$w$ is a column of $n_x = 12288$ zeros and $b = 0$. With a single unit there is no symmetry to "
        "break, so zeros are a fine start for logistic regression (not for a network with hidden layers)."
    ),
    "nb.cat.propagate": "## Forward and backward propagation\n\nForward, for all $m$ examples at once:",
    "nb.cat.latex_forward": (
        r"Z = w^T X + b, \qquad A = \sigma(Z), \qquad "
        r"J = \frac{1}{m}\sum_{i=1}^{m}\Bigl(\log\bigl(1 + e^{z^{(i)}}\bigr) - y^{(i)} z^{(i)}\Bigr)"
    ),
    "nb.cat.backward": "Backward, the gradients of the cost:",
    "nb.cat.latex_backward": (
        r"dw = \frac{\partial J}{\partial w} = \frac{1}{m} X (A - Y)^T, \qquad "
        r"db = \frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^{m}\bigl(a^{(i)} - y^{(i)}\bigr)"
    ),
    "nb.cat.optimize": "## Gradient descent\n\nRepeat `num_iterations` times, with the learning rate $\\alpha$:",
    "nb.cat.latex_optimize": r"w := w - \alpha\, dw, \qquad b := b - \alpha\, db",
    "nb.cat.optimize_note": (
        "Every 100 iterations the cost is recorded (and printed), as it was before that iteration's step."
    ),
    "nb.cat.predict": "## Predicting",
    "nb.cat.latex_predict": (
        r"\hat y = \begin{cases} 1 & \sigma(w^T x + b) > 0.5 \\ 0 & \sigma(w^T x + b) \le 0.5 \end{cases}"
    ),
    "nb.cat.model": (
        "## The model\n\n"
        "`model` puts the pieces together: start from zero, run gradient descent, predict both sets and "
        "print both accuracies."
    ),
    "nb.cat.train": (
        "## Training with your settings\n\n"
        "The same learning rate and number of iterations as your run in the app, so the same costs and "
        "accuracies. Change them and run the cell again."
    ),
    "nb.cat.next": (
        "## Things to try\n\n"
        "- The learning rates 0.01 and 0.0001: one bounces at the start, the other barely moves.\n"
        "- More iterations: the training accuracy keeps climbing, the test accuracy does not (overfitting).\n"
        "- `index` above: which test pictures does the model get wrong? `d[\"Y_prediction_test\"]` holds its "
        "answers."
    ),
    # ---- the networks: core/nn.py's functions, in both network notebooks ----
    "nb.net.from_the_app": (
        "## The network, in the app's own code\n\n"
        "The functions from here to `update_parameters`, and `predict` further down, are the app's own (its "
        "files `core/nn.py` and `core/logistic.py`), copied here unchanged: the code you read is the code that "
        "trained your network in the app. They work for any number of layers $L$. Around them, `{model}` is "
        "the course's training loop, written out in this notebook."
    ),
    "nb.net.parameters": (
        "## The parameters\n\n"
        "As in the course, `parameters` is a dictionary with the keys `W1`, `b1`, …, `WL`, `bL`. `Parameters` "
        "is a Python `dict` that also remembers which hidden activation its weights belong to "
        "(`parameters.hidden`), so that they are never used with another one; `parameters.layers` is $L$, "
        "the number of layers with weights."
    ),
    "nb.net.initialize": (
        "## Initialising the parameters\n\n"
        "Small random weights break the symmetry between the units of a layer (with zeros every unit would "
        "learn the same thing); the biases start at zero. For every layer $l = 1, \\dots, L$:"
    ),
    "nb.net.latex_initialize": r"W^{[l]} = \mathrm{randn}\bigl(n^{[l]}, n^{[l-1]}\bigr) \cdot s, \qquad b^{[l]} = 0",
    "nb.net.scales": (
        "The argument `init` chooses the scale $s$: `\"small\"` is the course's choice for its planar-data "
        "network and its two-layer cat network, `\"scaled\"` for its L-layer network, and `\"he\"` is a scale "
        "made for ReLU:"
    ),
    "nb.net.latex_scales": (
        r"s_{\mathtt{small}} = 0.01, \qquad s_{\mathtt{scaled}} = \frac{1}{\sqrt{n^{[l-1]}}}, \qquad "
        r"s_{\mathtt{he}} = \sqrt{\frac{2}{n^{[l-1]}}}"
    ),
    "nb.net.seed": (
        "`np.random.RandomState(seed)` draws exactly the numbers that the course's `np.random.seed(seed)` "
        "followed by `np.random.randn` would, so the same seed gives the same start."
    ),
    "nb.net.activations": (
        "## The activations and their slopes\n\n"
        "`activate` computes a layer's $A = g(Z)$; `activation_slope` computes the slope $g'(Z)$ that the "
        "backward pass needs, from the $Z$ and $A$ kept in the cache:"
    ),
    "nb.net.activations_note": (
        "where $a = g(z)$ is kept from the forward pass. The hidden layers use the activation the parameters "
        "remember; the output layer is always one sigmoid unit."
    ),
    "nb.net.forward": "## Forward propagation\n\nLayer after layer, from the input $X$:",
    "nb.net.latex_forward": (
        r"A^{[0]} = X, \qquad Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}, \qquad "
        r"A^{[l]} = g\bigl(Z^{[l]}\bigr) \;\; (l < L), \qquad A^{[L]} = \sigma\bigl(Z^{[L]}\bigr) = \hat Y"
    ),
    "nb.net.forward_note": (
        "Each layer's cache keeps its input, its $Z$ and its $A$ for the backward pass. The argument `Z1` "
        "serves the app, which computes the first layer's $Z$ for the cats in a faster way; this notebook "
        "never passes it, and without it this is the course's forward pass."
    ),
    "nb.net.latex_cost": (
        r"J = -\frac{1}{m}\sum_{i=1}^{m}\Bigl(y^{(i)}\log a^{[L](i)} + \bigl(1 - y^{(i)}\bigr)"
        r"\log\bigl(1 - a^{[L](i)}\bigr)\Bigr)"
    ),
    "nb.net.cost_from_z": (
        "`compute_cost` takes the output layer's $Z$ (the middle entry of the last cache) and hands it to "
        "`log_loss_from_logits`, which computes the same number as"
    ),
    "nb.net.latex_cost_from_z": (
        r"J = \frac{1}{m}\sum_{i=1}^{m}\Bigl(\log\bigl(1 + e^{z^{[L](i)}}\bigr) - y^{(i)} z^{[L](i)}\Bigr)"
    ),
    "nb.net.backward": (
        "## Backward propagation\n\n"
        "For a sigmoid output and this cost, the chain rule through $\\sigma$ simplifies to"
    ),
    "nb.net.latex_dZL": r"dZ^{[L]} = A^{[L]} - Y",
    "nb.net.backward_layers": (
        "The course first takes the derivative of the cost with respect to the output and multiplies it by "
        "the sigmoid's slope: the same result, but a division by zero when the output rounds to 0 or 1. From "
        "there, layer by layer back to the first, for $l = L, \\dots, 1$:"
    ),
    "nb.net.latex_backward": (
        r"dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}, \qquad db^{[l]} = \frac{1}{m}\sum_{i=1}^{m} dZ^{[l](i)}, "
        r"\qquad dZ^{[l-1]} = W^{[l]T} dZ^{[l]} \ast g'\bigl(Z^{[l-1]}\bigr)"
    ),
    "nb.net.backward_note": (
        "($\\ast$ multiplies element by element.) The argument `first_layer_weights` serves the app's faster "
        "route too; with its default these are the course's gradients."
    ),
    "nb.net.update_note": (
        "`update_parameters` changes the arrays in place and returns the same dictionary."
    ),
    "nb.net.latex_predict": r"\hat y = \begin{cases} 1 & a^{[L]} > 0.5 \\ 0 & a^{[L]} \le 0.5 \end{cases}",
    "nb.net.predict_note": (
        "`predict_proba` runs the forward pass with the parameters' own hidden activation (`hidden=` is "
        "needed only for a plain dictionary, and a different activation is refused); `predict` turns its "
        "probabilities into 0 and 1, in a row like `Y`."
    ),
    # ---- the shallow network (one hidden layer on planar data) ----
    "nb.sn.title": (
        "# A network with one hidden layer on planar data\n\n"
        "Your run in First Contact, to take home: the **{data}** data set (noise {noise}), **{hidden_units} "
        "hidden units** with **{activation}**, **learning rate α = {learning_rate}**, **{num_iterations} "
        "iterations**, the initial weights drawn with **seed {seed}**."
    ),
    "nb.sn.data": (
        "## The data\n\n"
        "{m} points in the plane, two classes. `X` has shape (2, {m}), one point per column; `Y` has shape "
        "(1, {m}), the class of each point (0 or 1). `{function}` below is the exact generator the app uses, "
        "with the same seed, so these are the points you trained on. This data set has no separate test set: "
        "the accuracy printed at the end is measured on these points."
    ),
    "nb.sn.layer_sizes": (
        "## The layer sizes\n\n"
        "$n_x$ inputs (2: the two coordinates of a point), $n_h$ hidden units, $n_y$ outputs (1: the "
        "probability of class 1). The network has $L = 2$ layers with weights: the hidden layer and the output."
    ),
    "nb.latex_activations": (
        r"\tanh: \; g(z) = \tanh z,\; g'(z) = 1 - a^2 \qquad "
        r"\mathrm{ReLU}: \; g(z) = \max(0, z),\; g'(z) = \begin{cases} 1 & z > 0 \\ 0 & z \le 0 \end{cases}"
        r" \qquad \sigma: \; g(z) = \sigma(z),\; g'(z) = a(1 - a)"
    ),
    "nb.sn.model": (
        "## The model\n\n"
        "`nn_model` is the course's training loop: it starts from `initialize_parameters_deep` with "
        "`init=\"small\"` (the course's 0.01), then repeats forward, cost, backward and update "
        "`num_iterations` times and prints the cost every 100 iterations. If the cost stops being a number "
        "(the learning rate is too large) the run stops there, as it does in the app."
    ),
    "nb.predict": "## Predicting",
    "nb.sn.train": (
        "## Training with your settings\n\n"
        "The same data, hidden units, activation, learning rate, iterations and seed as your run in the "
        "app, so the same costs and accuracy. Change them and run the cell again."
    ),
    "nb.sn.grid": (
        "## The decision boundary\n\n"
        "`data_box` and `plane_grid` are the app's functions for drawing over the plane: a box around the "
        "data, and a grid of points in it, one point per column like `X`."
    ),
    "nb.sn.boundary": (
        "`plot_decision_boundary` colours every point of the grid by the class the network predicts there, "
        "and draws the data on top."
    ),
    "nb.sn.next": (
        "## Things to try\n\n"
        "- `n_h` = 1, 2, 3, 5, 20, 50: when does the boundary bend enough? When does it start to hug the "
        "noise?\n"
        "- Another `seed`: the same network from another start.\n"
        "- `activation = \"relu\"` or `\"sigmoid\"`, and a learning rate ten times smaller or larger."
    ),
    # ---- the deep network (L layers on the cats) ----
    "nb.dn.title": (
        "# A deep network: cat or not cat\n\n"
        "Your run in First Contact, to take home: layer sizes **{layer_dims}**, **{activation}** in the "
        "hidden layers and a sigmoid output, **{init}** initialisation (seed 1), **learning rate "
        "α = {learning_rate}**, **{num_iterations} iterations**, on the course's 209 training and 50 test "
        "pictures."
    ),
    "nb.dn.model": (
        "## The model\n\n"
        "`L_layer_model` is the course's training loop: it starts from `initialize_parameters_deep`, then "
        "repeats forward, cost, backward and update `num_iterations` times and prints the cost every 100 "
        "iterations. If the cost stops being a number (the learning rate is too large) the run stops there, "
        "as it does in the app."
    ),
    "nb.dn.train": (
        "## Training with your settings\n\n"
        "The same layer sizes, activation, initialisation, learning rate and iterations as your run in the "
        "app, so the same costs and accuracies. Change them and run the cell again."
    ),
    "nb.dn.next": (
        "## Things to try\n\n"
        "- `layers_dims = [12288, 7, 1]` with `init = \"small\"`: the course's two-layer network.\n"
        "- `init = \"small\"` on the deep network: the signal shrinks layer after layer and the cost hardly "
        "moves at first.\n"
        "- `hidden_activation = \"sigmoid\"`: why does a deep stack of sigmoids learn so slowly?"
    ),
}

ZH = {
    "nb.download": "把这次训练下载为 Jupyter 笔记本（.ipynb）",
    "nb.download_help": "一个按课程编程作业的写法写成的 Jupyter 笔记本：用 numpy 把这次训练原样重跑一遍，打印出同样的代价。每个函数都完整写出，数据文件会下载到笔记本所在的文件夹。",
    # ---- shared by the notebooks ----
    "nb.generated_by": (
        "> 这个笔记本由 First Contact 根据你在应用中的那次训练生成。它只需要 {packages}，别的都不需要："
        "每个函数都在下面完整写出，你可以阅读、修改，然后从头再运行一遍（`Run All`）。"
    ),
    "nb.packages_cat": "numpy、matplotlib 和 h5py",
    "nb.packages_planar": "numpy 和 matplotlib",
    "nb.imports": (
        "## 用到的包\n\n"
        "- [numpy](https://numpy.org) 负责向量和矩阵的全部运算。\n"
        "- [matplotlib](https://matplotlib.org) 画出图像和代价曲线。\n"
        "- [h5py](https://www.h5py.org) 读取存放图像的 HDF5 文件。"
    ),
    "nb.imports_planar": (
        "## 用到的包\n\n"
        "- [numpy](https://numpy.org) 负责向量和矩阵的全部运算。\n"
        "- [matplotlib](https://matplotlib.org) 画出数据、决策边界和代价曲线。"
    ),
    "nb.data_files": (
        "## 数据文件\n\n"
        "接下来的两个单元格确保 `{train}` 和 `{test}` 就在这个笔记本所在的文件夹里。缺少的文件会从一个固定的副本下载，"
        "只有当它的大小和 SHA-256 指纹与课程的文件一致时才会保留，所以损坏的或不同的文件绝不会被使用。\n\n"
        "**没有网络** 时，把这两个文件复制到这个笔记本所在的文件夹（First Contact 应用把它们放在自己的 `data/` "
        "文件夹中，或者 `FIRST_CONTACT_DATA_DIR` 指向的地方），然后重新运行这两个单元格。"
    ),
    "nb.load_dataset": (
        "## 加载图像\n\n"
        "`load_dataset` 读取这两个文件：图像是形状为 (m, 64, 64, 3) 的 `uint8` 数组，标签（1 = 猫，0 = 不是猫）"
        "是形状为 (1, m) 的行向量，另外还有两个类别的名称。"
    ),
    "nb.example_picture": "一张训练图像和它的标签（修改 `index` 可以看另一张）：",
    "nb.flatten": (
        "## 重塑与标准化\n\n"
        "每张 64 × 64 × 3 的图像被重塑为一列 $n_x = 64 \\cdot 64 \\cdot 3 = 12288$ 个数，所以 $X$ 的形状是 "
        "$(12288, m)$，每列一个样本。再除以 255，每个像素值就都落在 $[0, 1]$ 之间："
    ),
    "nb.latex_flatten": r"X = \frac{1}{255}\begin{bmatrix} x^{(1)} & x^{(2)} & \cdots & x^{(m)} \end{bmatrix}",
    "nb.sigmoid": "## sigmoid 函数",
    "nb.latex_sigmoid": r"\sigma(z) = \frac{1}{1 + e^{-z}}",
    "nb.sigmoid_stable": (
        "课程里的一行写法 `1 / (1 + np.exp(-z))` 在 $z$ 是很大的负数时会溢出。这里的写法只计算 $-|z| \\le 0$ 的指数，"
        "并在 $z < 0$ 时把同一个值换一种方式写出来："
    ),
    "nb.latex_sigmoid_stable": (
        r"\sigma(z) = \begin{cases} \dfrac{1}{1 + e^{-|z|}} & z \ge 0 \\ \dfrac{e^{-|z|}}{1 + e^{-|z|}} & z < 0 "
        r"\end{cases}"
    ),
    "nb.cost": "## 代价函数",
    "nb.latex_cost": (
        r"J = -\frac{1}{m}\sum_{i=1}^{m}\Bigl(y^{(i)}\log a^{(i)} + \bigl(1 - y^{(i)}\bigr)"
        r"\log\bigl(1 - a^{(i)}\bigr)\Bigr), \qquad a = \sigma(z)"
    ),
    "nb.cost_from_z": "由于 $a = \\sigma(z)$，同一个数也可以写成",
    "nb.latex_cost_from_z": r"J = \frac{1}{m}\sum_{i=1}^{m}\Bigl(\log\bigl(1 + e^{z^{(i)}}\bigr) - y^{(i)} z^{(i)}\Bigr)",
    "nb.cost_from_z_why": (
        "代码就是这样从 $z$ 直接计算的，用的是 `np.logaddexp(0, z)`，也就是 $\\log(e^0 + e^z)$："
        "一个非常有把握的预测可能把 $a$ 舍入成恰好 0 或 1，这时第一个公式就要计算 $\\log 0$ 了。"
    ),
    "nb.accuracy": (
        "## 准确率\n\n"
        "每个预测 $\\hat y$ 都是 0 或 1，所以预测错了 $|\\hat y - y|$ 就是 1，预测对了就是 0。"
        "准确率（百分比）为："
    ),
    "nb.latex_accuracy": r"100 - \frac{100}{m}\sum_{i=1}^{m}\bigl|\hat y^{(i)} - y^{(i)}\bigr|",
    "nb.update": (
        "## 更新参数\n\n"
        "梯度下降的一步，对每一层 $l$，学习率为 $\\alpha$："
    ),
    "nb.latex_update": r"W^{[l]} := W^{[l]} - \alpha\, dW^{[l]}, \qquad b^{[l]} := b^{[l]} - \alpha\, db^{[l]}",
    "nb.same_numbers": (
        "> 在同样的设置下，这个笔记本打印出的代价与应用中的一致，精确到小数点后 6 位。只有一个例外：学习率接近"
        "仍能收敛的上限时，代价会不停地上下振荡，同一步的两种算法（应用走的是一条更快的路，得到的是同样的数）"
        "在最后一位上的舍入差别会一步步放大，过一段时间两次训练打印出的代价就不同了。两者都没有错：这样的训练"
        "取决于每个数的最后一位。"
    ),
    "nb.cost_curve": (
        "## 代价曲线\n\n"
        "像课程一样，每 100 次迭代记录一次的代价。曲线上升，说明学习率太大了。曲线平稳下降，说明的却没有看上去那么多："
        "采样这么稀疏，中间发生的事都被藏起来了。用普通的梯度下降、步长足够大时（课程在猫图像上用的 "
        "α = 0.005 就是这样），代价在最初几百次迭代里每隔一次迭代就上下振荡一次；应用的图表画出了每一次迭代，"
        "能看到这种振荡（在这里每次迭代都记录代价，再用 `plt.plot(...)` 画出来，也能看到）。"
    ),
    # ---- the cat classifier (logistic regression) ----
    "nb.cat.title": (
        "# 逻辑回归：是猫还是不是猫\n\n"
        "你在 First Contact 中的那次训练，带回家继续研究：\n\n"
        "- 学习率 α = **{learning_rate}**\n"
        "- 迭代 **{num_iterations}** 次\n"
        "- 参数从零开始，使用课程的 209 张训练图像和 50 张测试图像"
    ),
    "nb.cat.initialize_with_zeros": (
        "## 从零开始\n\n"
        "$w$ 是一列 $n_x = 12288$ 个零，$b = 0$。只有一个单元时，没有需要打破的对称性，所以对逻辑回归来说"
        "从零开始完全可以（对有隐含层的网络则不行）。"
    ),
    "nb.cat.propagate": "## 前向传播和反向传播\n\n前向传播，一次处理全部 $m$ 个样本：",
    "nb.cat.latex_forward": (
        r"Z = w^T X + b, \qquad A = \sigma(Z), \qquad "
        r"J = \frac{1}{m}\sum_{i=1}^{m}\Bigl(\log\bigl(1 + e^{z^{(i)}}\bigr) - y^{(i)} z^{(i)}\Bigr)"
    ),
    "nb.cat.backward": "反向传播，求代价对参数的梯度：",
    "nb.cat.latex_backward": (
        r"dw = \frac{\partial J}{\partial w} = \frac{1}{m} X (A - Y)^T, \qquad "
        r"db = \frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^{m}\bigl(a^{(i)} - y^{(i)}\bigr)"
    ),
    "nb.cat.optimize": "## 梯度下降\n\n重复 `num_iterations` 次，学习率为 $\\alpha$：",
    "nb.cat.latex_optimize": r"w := w - \alpha\, dw, \qquad b := b - \alpha\, db",
    "nb.cat.optimize_note": "每 100 次迭代记录（并打印）一次代价，记录的是这次迭代更新参数之前的值。",
    "nb.cat.predict": "## 预测",
    "nb.cat.latex_predict": (
        r"\hat y = \begin{cases} 1 & \sigma(w^T x + b) > 0.5 \\ 0 & \sigma(w^T x + b) \le 0.5 \end{cases}"
    ),
    "nb.cat.model": (
        "## 模型\n\n"
        "`model` 把各个部分组合起来：从零开始，运行梯度下降，对两个数据集做预测，并打印两个准确率。"
    ),
    "nb.cat.train": (
        "## 用你的设置训练\n\n"
        "学习率和迭代次数与你在应用中的那次训练相同，所以代价和准确率也相同。改一改它们，再运行这个单元格。"
    ),
    "nb.cat.next": (
        "## 可以试试\n\n"
        "- 学习率 0.01 和 0.0001：一个在开始时来回振荡，另一个几乎不动。\n"
        "- 更多的迭代次数：训练集准确率继续上升，测试集准确率却不再上升（过拟合）。\n"
        "- 上面的 `index`：模型把哪些测试图像分错了？它的预测结果在 `d[\"Y_prediction_test\"]` 里。"
    ),
    # ---- the networks: core/nn.py's functions, in both network notebooks ----
    "nb.net.from_the_app": (
        "## 网络：应用自己的代码\n\n"
        "从这里到 `update_parameters` 的函数，以及后面的 `predict`，都是应用自己的代码（它的文件 `core/nn.py` 和 `core/logistic.py`），"
        "原样复制到这里：你读到的代码，就是在应用中训练你的网络的代码。它们适用于任意层数 $L$。"
        "围绕它们的 `{model}` 是课程的训练循环，写在这个笔记本里。"
    ),
    "nb.net.parameters": (
        "## 参数\n\n"
        "和课程中一样，`parameters` 是一个字典，键为 `W1`、`b1`、…、`WL`、`bL`。`Parameters` 是一个 Python "
        "`dict`，它还记住了这些权重所属的隐含层激活函数（`parameters.hidden`），所以它们绝不会和别的激活函数一起使用；"
        "`parameters.layers` 就是 $L$，即带权重的层数。"
    ),
    "nb.net.initialize": (
        "## 初始化参数\n\n"
        "较小的随机权重打破同一层各单元之间的对称性（如果全是零，每个单元都会学到同样的东西）；偏置从零开始。"
        "对每一层 $l = 1, \\dots, L$："
    ),
    "nb.net.latex_initialize": r"W^{[l]} = \mathrm{randn}\bigl(n^{[l]}, n^{[l-1]}\bigr) \cdot s, \qquad b^{[l]} = 0",
    "nb.net.scales": (
        "参数 `init` 选择缩放系数 $s$：`\"small\"` 是课程在平面数据网络和两层猫分类网络中的选择，`\"scaled\"` "
        "用于它的 L 层网络，`\"he\"` 则是为 ReLU 设计的缩放："
    ),
    "nb.net.latex_scales": (
        r"s_{\mathtt{small}} = 0.01, \qquad s_{\mathtt{scaled}} = \frac{1}{\sqrt{n^{[l-1]}}}, \qquad "
        r"s_{\mathtt{he}} = \sqrt{\frac{2}{n^{[l-1]}}}"
    ),
    "nb.net.seed": (
        "`np.random.RandomState(seed)` 抽出的数，与课程中先调用 `np.random.seed(seed)` 再调用 `np.random.randn` "
        "得到的数完全相同，所以同样的随机种子给出同样的起点。"
    ),
    "nb.net.activations": (
        "## 激活函数及其斜率\n\n"
        "`activate` 计算一层的 $A = g(Z)$；`activation_slope` 根据缓存中保存的 $Z$ 和 $A$，计算反向传播需要的斜率 "
        "$g'(Z)$："
    ),
    "nb.net.activations_note": (
        "其中 $a = g(z)$ 是前向传播时保存下来的。隐含层使用参数记住的激活函数；输出层总是一个 sigmoid 单元。"
    ),
    "nb.net.forward": "## 前向传播\n\n从输入 $X$ 开始，一层接一层：",
    "nb.net.latex_forward": (
        r"A^{[0]} = X, \qquad Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}, \qquad "
        r"A^{[l]} = g\bigl(Z^{[l]}\bigr) \;\; (l < L), \qquad A^{[L]} = \sigma\bigl(Z^{[L]}\bigr) = \hat Y"
    ),
    "nb.net.forward_note": (
        "每一层的缓存保存它的输入、它的 $Z$ 和 $A$，供反向传播使用。参数 `Z1` 是给应用用的：应用对猫的图像"
        "用一种更快的方法计算第一层的 $Z$；这个笔记本从不传入它，不传它时，这就是课程中的前向传播。"
    ),
    "nb.net.latex_cost": (
        r"J = -\frac{1}{m}\sum_{i=1}^{m}\Bigl(y^{(i)}\log a^{[L](i)} + \bigl(1 - y^{(i)}\bigr)"
        r"\log\bigl(1 - a^{[L](i)}\bigr)\Bigr)"
    ),
    "nb.net.cost_from_z": (
        "`compute_cost` 取输出层的 $Z$（最后一个缓存的中间一项），交给 `log_loss_from_logits`，"
        "它计算的是同一个数："
    ),
    "nb.net.latex_cost_from_z": (
        r"J = \frac{1}{m}\sum_{i=1}^{m}\Bigl(\log\bigl(1 + e^{z^{[L](i)}}\bigr) - y^{(i)} z^{[L](i)}\Bigr)"
    ),
    "nb.net.backward": (
        "## 反向传播\n\n"
        "对于 sigmoid 输出和这个代价函数，经过 $\\sigma$ 的链式法则化简为"
    ),
    "nb.net.latex_dZL": r"dZ^{[L]} = A^{[L]} - Y",
    "nb.net.backward_layers": (
        "课程的做法是先求代价对输出的导数，再乘以 sigmoid 的斜率：结果相同，但输出舍入成 0 或 1 时会除以零。"
        "从这里开始，一层一层往回算，直到第一层，即 $l = L, \\dots, 1$："
    ),
    "nb.net.latex_backward": (
        r"dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}, \qquad db^{[l]} = \frac{1}{m}\sum_{i=1}^{m} dZ^{[l](i)}, "
        r"\qquad dZ^{[l-1]} = W^{[l]T} dZ^{[l]} \ast g'\bigl(Z^{[l-1]}\bigr)"
    ),
    "nb.net.backward_note": (
        "（$\\ast$ 表示逐元素相乘。）参数 `first_layer_weights` 也是给应用那条更快的路用的；取默认值时，"
        "这些就是课程中的梯度。"
    ),
    "nb.net.update_note": "`update_parameters` 直接修改这些数组，并返回同一个字典。",
    "nb.net.latex_predict": r"\hat y = \begin{cases} 1 & a^{[L]} > 0.5 \\ 0 & a^{[L]} \le 0.5 \end{cases}",
    "nb.net.predict_note": (
        "`predict_proba` 用参数自己的隐含层激活函数做前向传播（只有普通字典才需要传 `hidden=`，"
        "不同的激活函数会被拒绝）；`predict` 把它给出的概率变成 0 和 1，排成和 `Y` 一样的一行。"
    ),
    # ---- the shallow network (one hidden layer on planar data) ----
    "nb.sn.title": (
        "# 在平面数据上训练一个隐含层的神经网络\n\n"
        "你在 First Contact 中的那次训练，带回家继续研究：\n\n"
        "- 数据集 **{data}** 加噪声 {noise}\n"
        "- **{hidden_units}** 个隐含单元，激活函数 **{activation}**\n"
        "- 学习率 α = **{learning_rate}**\n"
        "- 迭代 **{num_iterations}** 次\n"
        "- 初始权重用随机种子 **{seed}** 生成"
    ),
    "nb.sn.data": (
        "## 数据\n\n"
        "平面上的 {m} 个点，分成两类。`X` 的形状是 (2, {m})，每列一个点；`Y` 的形状是 (1, {m})，是每个点的类别"
        "（0 或 1）。下面的 `{function}` 正是应用使用的生成函数，随机种子也相同，所以这些点就是你训练时用的点。"
        "这个数据集没有单独的测试集：最后打印的准确率是在这些点上测出来的。"
    ),
    "nb.sn.layer_sizes": (
        "## 各层的大小\n\n"
        "$n_x$ 个输入（2 个：一个点的两个坐标），$n_h$ 个隐含单元，$n_y$ 个输出（1 个：属于类别 1 的概率）。"
        "这个网络有 $L = 2$ 个带权重的层：隐含层和输出层。"
    ),
    "nb.latex_activations": (
        r"\tanh: \; g(z) = \tanh z,\; g'(z) = 1 - a^2 \qquad "
        r"\mathrm{ReLU}: \; g(z) = \max(0, z),\; g'(z) = \begin{cases} 1 & z > 0 \\ 0 & z \le 0 \end{cases}"
        r" \qquad \sigma: \; g(z) = \sigma(z),\; g'(z) = a(1 - a)"
    ),
    "nb.sn.model": (
        "## 模型\n\n"
        "`nn_model` 是课程的训练循环：先用 `initialize_parameters_deep` 初始化（`init=\"small\"`，即课程中的 0.01），"
        "然后把前向传播、计算代价、反向传播和更新参数重复 `num_iterations` 次，每 100 次迭代打印一次代价。"
        "如果代价不再是一个数（学习率太大），训练就在那里停止，和应用中一样。"
    ),
    "nb.predict": "## 预测",
    "nb.sn.train": (
        "## 用你的设置训练\n\n"
        "数据、隐含单元、激活函数、学习率、迭代次数和随机种子都与你在应用中的那次训练相同，所以代价和准确率也相同。"
        "改一改它们，再运行这个单元格。"
    ),
    "nb.sn.grid": (
        "## 决策边界\n\n"
        "`data_box` 和 `plane_grid` 是应用在平面上作图用的函数：先在数据周围取一个矩形，再在其中取一个网格的点，"
        "和 `X` 一样每列一个点。"
    ),
    "nb.sn.boundary": (
        "`plot_decision_boundary` 把网格上的每个点按网络在那里预测的类别着色，数据点画在上面。"
    ),
    "nb.sn.next": (
        "## 可以试试\n\n"
        "- `n_h` = 1、2、3、5、20、50：隐含单元多少个时边界才弯得够？多少个时它开始紧贴着噪声走（过拟合）？\n"
        "- 换一个 `seed`：同一个网络，从另一个起点开始。\n"
        "- `activation = \"relu\"` 或 `\"sigmoid\"`，以及小十倍或大十倍的学习率。"
    ),
    # ---- the deep network (L layers on the cats) ----
    "nb.dn.title": (
        "# 深层神经网络：是猫还是不是猫\n\n"
        "你在 First Contact 中的那次训练，带回家继续研究：\n\n"
        "- 各层大小 **{layer_dims}**\n"
        "- 隐含层用 **{activation}** 激活函数，输出层用 sigmoid\n"
        "- 用 **{init}** 方式初始化（随机种子 1）\n"
        "- 学习率 α = **{learning_rate}**\n"
        "- 迭代 **{num_iterations}** 次\n"
        "- 使用课程的 209 张训练图像和 50 张测试图像"
    ),
    "nb.dn.model": (
        "## 模型\n\n"
        "`L_layer_model` 是课程的训练循环：先用 `initialize_parameters_deep` 初始化，然后把前向传播、计算代价、"
        "反向传播和更新参数重复 `num_iterations` 次，每 100 次迭代打印一次代价。"
        "如果代价不再是一个数（学习率太大），训练就在那里停止，和应用中一样。"
    ),
    "nb.dn.train": (
        "## 用你的设置训练\n\n"
        "各层大小、激活函数、初始化方式、学习率和迭代次数都与你在应用中的那次训练相同，所以代价和准确率也相同。"
        "改一改它们，再运行这个单元格。"
    ),
    "nb.dn.next": (
        "## 可以试试\n\n"
        "- `layers_dims = [12288, 7, 1]` 配合 `init = \"small\"`：课程中的两层网络。\n"
        "- 在深层网络上用 `init = \"small\"`：信号一层比一层弱，代价起初几乎不动。\n"
        "- `hidden_activation = \"sigmoid\"`：为什么一叠很深的 sigmoid 层学得这么慢？"
    ),
}
