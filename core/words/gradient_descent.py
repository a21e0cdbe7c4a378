"""Words of the gradient descent chapter: the cost surface J(w, b) and the steps taken down it."""

EN = {
    "gd.title": "Gradient descent on the cost surface J(w, b)",
    "gd.intro": (
        "The cost J depends on the two parameters w and b, so it is a surface over the (w, b) plane. "
        "Gradient descent starts somewhere on it and repeats one rule: compute the slope (the gradient "
        "dJ/dw, dJ/db) and take a step of size α straight downhill. The red dot below does exactly that. "
        "Choose a surface, a learning rate α and a starting point in the sidebar, then press **Play** "
        "under the picture (or drag its slider) to watch the steps one by one."
    ),
    # ---- settings ----
    "gd.settings": "Descent settings",
    "gd.surface": "Cost surface",
    "gd.surface_help": "The first two are real costs of a model on a small generated data set; the last "
                       "three are made to show where gradient descent struggles.",
    "gd.surface_logistic": "Logistic regression",
    "gd.surface_bowl": "Linear regression bowl",
    "gd.surface_valley": "Narrow valley",
    "gd.surface_saddle": "Saddle",
    "gd.surface_minima": "Several minima",
    "gd.noise": "Data noise",
    "gd.noise_help": "Spread of the generated data around its pattern: more noise, more overlap, a flatter cost.",
    "gd.seed": "Data seed",
    "gd.seed_help": "Draws a different data set of the same kind.",
    "gd.lr": "Learning rate α",
    "gd.lr_help": "Size of each step, on a log scale.",
    "gd.iters": "Iterations",
    "gd.optimizer": "Optimizer",
    "gd.optimizer_help": "Plain gradient descent is the text's rule; the others are its better-known descendants.",
    "gd.opt_gd": "Gradient descent",
    "gd.opt_momentum": "Momentum",
    "gd.opt_rmsprop": "RMSProp",
    "gd.opt_adam": "Adam",
    "gd.start_w": "Start w₀",
    "gd.start_b": "Start b₀",
    "gd.start_help": "Where the descent starts on the map (w and b both between −4 and 4).",
    # ---- the surfaces ----
    "gd.about_logistic": (
        "**Logistic regression's cost.** {m} generated examples, one feature x and a label y (0 or 1); the "
        "model predicts a = σ(w·x + b) and J(w, b) is the average cross-entropy, the very cost of the cat "
        "classifier with a single weight. It is **convex**: one bowl, one minimum, at w = {w_star}, b = {b_star}."
    ),
    "gd.about_bowl": (
        "**Linear regression's cost.** {m} generated points around the line y = 1.5·x − 1; the model predicts "
        "w·x + b and J(w, b) is half the mean squared error. A tilted, stretched **bowl** with its minimum at "
        "w = {w_star}, b = {b_star}. Its steepest curvature is L = {curvature}, so plain gradient descent "
        "converges for α < 2/L = {limit} and diverges above it."
    ),
    "gd.about_valley": (
        "**A long, narrow, curved valley** (Rosenbrock's banana, scaled to the map). The walls are steep and "
        "the floor nearly flat: a large step bounces from wall to wall, a small one crawls along the floor "
        "towards the minimum at w = 2, b = 2. Try α = 0.1, then momentum or Adam."
    ),
    "gd.about_saddle": (
        "**Two valleys and a saddle point** between them at (0, 0): there the gradient is zero, yet it is "
        "not a minimum (J curves up along w and down along b). Start exactly on the ridge, b₀ = 0, and plain "
        "gradient descent stops at the saddle; start a hair off it and it rolls into a valley."
    ),
    "gd.about_minima": (
        "**Several minima.** Three wells of different depths (white stars). Gradient descent only ever goes "
        "downhill, so the starting point decides which well it ends in; only one of them is the lowest."
    ),
    # ---- the main picture ----
    "gd.picture_header": "1 · The descent",
    "gd.surface_title": "The surface {surface}",
    "gd.figure_title": "{surface}: {optimizer}, α = {lr}, from ({w0}, {b0})",
    "gd.axis_w": "w",
    "gd.axis_b": "b",
    "gd.axis_cost": "J(w, b)",
    "gd.axis_step": "step",
    "gd.slider_step": "step: ",
    "gd.slider_rate": "α = ",
    "gd.trace_path": "path",
    "gd.trace_point": "current point",
    "gd.trace_downhill": "downhill, −∇J",
    "gd.trace_minimum": "minimum",
    "gd.play": "▶ Play",
    "gd.pause": "❚❚ Pause",
    "gd.all_paths": "all",
    "gd.picture_caption": (
        "Left: the surface J(w, b) in 3D; drag it to turn it, it keeps its angle while you change the learning "
        "rate, the optimizer or the start. Right: the same surface seen from above as a contour map, with the "
        "path: press Play to walk it step by step. The white arrow points straight downhill (−∇J) from the "
        "current point; the stars mark the minima."
    ),
    "gd.cost_title": "Cost J after each step ({optimizer}, α = {lr})",
    # ---- outcomes ----
    "gd.outcome_global_minimum": "Reached the minimum: J = {cost} at w = {w}, b = {b} after {steps} steps.",
    "gd.outcome_local_minimum": (
        "Settled in a minimum, J = {cost} at w = {w}, b = {b}, but not the lowest one (J = {best} there). "
        "Gradient descent only looks at the slope where it stands, so it cannot know a deeper well exists: "
        "try another starting point, or momentum."
    ),
    "gd.outcome_stationary": (
        "Stuck at w = {w}, b = {b}: the gradient is zero here, so every step is zero, but this is a saddle "
        "point, not a minimum (J = {cost}). Move the start a little off the ridge."
    ),
    "gd.outcome_moving": (
        "After {steps} steps the path is still going downhill (J = {cost}, slope |∇J| = {slope}). "
        "A larger learning rate or more iterations would take it further."
    ),
    "gd.outcome_diverged": (
        "Divergence detected: at step {step} the update threw the point to w = {w}, b = {b}, far outside the "
        "map, so the path is cut there. The learning rate α = {lr} is too large for this surface: each step "
        "overshoots the bottom by more than it started from, and the cost grows instead of falling."
    ),
    "gd.outcome_not_finite": (
        "Divergence detected: at step {step} the numbers stopped being finite (overflow). The learning rate "
        "α = {lr} is far too large; the path is cut there."
    ),
    "gd.zigzag": (
        "The path zigzags: {share} of its steps turn back against the previous one. Each step jumps across "
        "the valley instead of down it, a sign that α is near the largest that still works."
    ),
    "gd.limit_note": "On this bowl α = {lr} is {ratio} × the stability limit 2/L = {limit}.",
    # ---- the numbers ----
    "gd.numbers_header": "2 · The numbers",
    "gd.numbers_intro": (
        "Every step applies the same update to both parameters, with the gradient computed at the current "
        "point. Pick a step to see its update with the actual numbers:"
    ),
    "gd.inspect_step": "Step to inspect",
    "gd.inspect_clipped": "The path has only {steps} steps; showing the last one.",
    "gd.inspect_last": "Step {step} is the last point of the path: there is no update after it.",
    "gd.col_step": "step",
    "gd.col_w": "w",
    "gd.col_b": "b",
    "gd.col_cost": "J",
    "gd.col_dw": "dJ/dw",
    "gd.col_db": "dJ/db",
    # ---- learning rates ----
    "gd.rates_header": "3 · Too small, too large",
    "gd.rates_intro": (
        "The learning rate is the one number gradient descent cannot work out for itself.\n\n"
        "- **Too small** and every step is tiny: the path crawls, and after all its iterations it is still "
        "far from the bottom. Nothing goes wrong, it is just slow.\n"
        "- **Too large** and each step overshoots: the point jumps across the valley and back (a zigzag). "
        "Larger still, every jump lands higher than the last, the cost grows, and the path flies off: "
        "divergence. On a bowl with curvature L this happens exactly when α > 2/L.\n\n"
        "Below, the same start on the same surface with six learning rates, all computed at once: use the "
        "slider under the chart (or click the legend) to show one at a time."
    ),
    "gd.rates_title": "Six learning rates on {surface}, {optimizer}, {iters} iterations",
    "gd.rate_label": "α = {lr}",
    "gd.rate_label_diverged": "α = {lr} (diverged)",
    "gd.col_rate": "learning rate α",
    "gd.col_final_cost": "final J",
    "gd.col_outcome": "outcome",
    "gd.col_steps": "steps taken",
    "gd.short_global_minimum": "reached the minimum",
    "gd.short_local_minimum": "stuck in a local minimum",
    "gd.short_stationary": "stuck at a saddle point",
    "gd.short_moving": "still on its way",
    "gd.short_diverged": "diverged",
    # ---- optimizers ----
    "gd.optimizers_header": "4 · Four optimizers, one surface",
    "gd.optimizers_intro": (
        "The same surface, start, learning rate and number of steps for each:\n\n"
        "- **Gradient descent** (the text's): step = α × gradient.\n"
        "- **Momentum**: step along a running average of recent gradients, like a ball that keeps its speed; "
        "it smooths out zigzags and can roll through small bumps.\n"
        "- **RMSProp**: divides each parameter's step by the size of its recent gradients, so steep and flat "
        "directions move at a similar pace.\n"
        "- **Adam**: momentum and RMSProp together; its steps are about α long whatever the slope, so the same "
        "α means something different for it."
    ),
    "gd.optimizers_title": "Four optimizers on {surface}, α = {lr}, {iters} iterations",
    "gd.all_steps": "Every step of the path",
}

ZH = {
    "gd.title": "代价曲面 J(w, b) 上的梯度下降",
    "gd.intro": (
        "代价 J 取决于两个参数 w 和 b，所以它是 (w, b) 平面上方的一个曲面。梯度下降（也称梯度下降法）"
        "从曲面上某处出发，反复执行同一条规则：算出斜率（梯度 dJ/dw、dJ/db），然后朝最陡的下坡方向走一步，"
        "步子的大小由 α 决定。下图中的红点做的正是这件事。在侧边栏选择曲面、学习率 α 和起点，然后按图下方的 "
        "**播放** 按钮（或拖动图下的滑块），一步一步地观察。"
    ),
    # ---- settings ----
    "gd.settings": "梯度下降设置",
    "gd.surface": "代价曲面",
    "gd.surface_help": "前两个是某个模型在一个小型生成数据集上的真实代价；后三个是专门构造的，用来展示梯度下降在哪些地方会遇到困难。",
    "gd.surface_logistic": "逻辑回归",
    "gd.surface_bowl": "线性回归的碗",
    "gd.surface_valley": "狭窄的山谷",
    "gd.surface_saddle": "鞍点",
    "gd.surface_minima": "多个极小值",
    "gd.noise": "数据噪声",
    "gd.noise_help": "生成的数据偏离其规律的程度：噪声越大，重叠越多，代价曲面越平坦。",
    "gd.seed": "数据种子",
    "gd.seed_help": "抽取另一个同类的数据集。",
    "gd.lr": "学习率 α",
    "gd.lr_help": "每一步的大小，按对数刻度。",
    "gd.iters": "迭代次数",
    "gd.optimizer": "优化器",
    "gd.optimizer_help": "普通的梯度下降是教材中的规则；其他几种是它更有名的后代。",
    "gd.opt_gd": "梯度下降",
    "gd.opt_momentum": "动量",
    "gd.opt_rmsprop": "RMSProp",
    "gd.opt_adam": "Adam",
    "gd.start_w": "起点 w₀",
    "gd.start_b": "起点 b₀",
    "gd.start_help": "下降在地图上的出发点（w 和 b 都在 −4 到 4 之间）。",
    # ---- the surfaces ----
    "gd.about_logistic": (
        "**逻辑回归的代价**  \n"
        "{m} 个生成的样本，每个有一个特征 x 和一个标签 y（0 或 1）；模型预测 a = σ(w·x + b)，J(w, b) 是平均交叉熵，"
        "正是只有一个权重时猫分类器的那个代价。它是凸函数：只有一只碗、一个最小值，位于 w = {w_star}，b = {b_star}。"
    ),
    "gd.about_bowl": (
        "**线性回归的代价**  \n"
        "{m} 个生成的点分布在直线 y = 1.5·x − 1 周围；模型预测 w·x + b，J(w, b) 是均方误差的一半。"
        "这是一只倾斜、拉长的碗，最小值位于 w = {w_star}，b = {b_star}。它最陡方向的曲率为 L = {curvature}，"
        "所以当 α < 2/L = {limit} 时普通梯度下降收敛，超过这个值就发散。"
    ),
    "gd.about_valley": (
        "**一条又长又窄的弯曲山谷**  \n"
        "这是 Rosenbrock 的“香蕉函数”，缩放到了这张地图上。谷壁陡峭，谷底几乎平坦：大步子会在两侧谷壁之间来回弹跳，"
        "小步子则沿着谷底慢慢爬向位于 w = 2、b = 2 的最小值。先试试 α = 0.1，再试试动量或 Adam。"
    ),
    "gd.about_saddle": (
        "**两个山谷，中间一个鞍点**  \n"
        "鞍点位于 (0, 0)：那里梯度为零，但它不是最小值（J 沿 w 方向向上弯，沿 b 方向向下弯）。恰好从山脊上出发"
        "（b₀ = 0），普通梯度下降会停在鞍点；只要稍稍偏离山脊出发，它就会滚进其中一个山谷。"
    ),
    "gd.about_minima": (
        "**多个极小值**  \n"
        "三个深浅不同的井（白色星号）。梯度下降只会往下走，所以起点决定了它最后落进哪个井；其中只有一个是最低的。"
    ),
    # ---- the main picture ----
    "gd.picture_header": "1 · 下降的过程",
    "gd.surface_title": "曲面：{surface}",
    "gd.figure_title": "{surface}：{optimizer}，α = {lr}，起点 ({w0}, {b0})",
    "gd.axis_w": "w",
    "gd.axis_b": "b",
    "gd.axis_cost": "J(w, b)",
    "gd.axis_step": "步数",
    "gd.slider_step": "步数：",
    "gd.slider_rate": "α = ",
    "gd.trace_path": "路径",
    "gd.trace_point": "当前点",
    "gd.trace_downhill": "下坡方向 −∇J",
    "gd.trace_minimum": "最小值",
    "gd.play": "▶ 播放",
    "gd.pause": "❚❚ 暂停",
    "gd.all_paths": "全部",
    "gd.picture_caption": (
        "左图：三维的曲面 J(w, b)；拖动它可以旋转，改变学习率、优化器或起点时它会保持这个角度。"
        "右图：从上方俯视同一个曲面得到的等高线图和路径：按“播放”一步一步地走。白色箭头从当前点指向最陡的下坡方向"
        "（−∇J），星号标出最小值。"
    ),
    "gd.cost_title": "每一步之后的代价 J（{optimizer}，α = {lr}）",
    # ---- outcomes ----
    "gd.outcome_global_minimum": "到达了最小值：走了 {steps} 步，在 w = {w}，b = {b} 处 J = {cost}。",
    "gd.outcome_local_minimum": (
        "停在了一个极小值上，J = {cost}，位于 w = {w}，b = {b}，但它不是最低的那个（最低处 J = {best}）。"
        "梯度下降只看脚下的斜率，所以无法知道别处还有更深的井：试试另一个起点，或者用动量。"
    ),
    "gd.outcome_stationary": (
        "卡在了 w = {w}，b = {b}：这里梯度为零，所以每一步都是零，但这是一个鞍点，而不是最小值（J = {cost}）。"
        "把起点稍微移离山脊。"
    ),
    "gd.outcome_moving": (
        "走了 {steps} 步之后，路径仍在下坡（J = {cost}，斜率 |∇J| = {slope}）。"
        "更大的学习率或更多的迭代次数能让它走得更远。"
    ),
    "gd.outcome_diverged": (
        "检测到发散：在第 {step} 步，更新把点甩到了 w = {w}，b = {b}，远在地图之外，所以路径在那里截断。"
        "学习率 α = {lr} 对这个曲面太大了：每一步越过谷底的距离都比出发时离谷底更远，代价不降反升。"
    ),
    "gd.outcome_not_finite": (
        "检测到发散：在第 {step} 步，数值不再是有限数（溢出）。学习率 α = {lr} 太大了；路径在那里截断。"
    ),
    "gd.zigzag": (
        "路径呈之字形：{share} 的步子与上一步方向相反。每一步都跨过山谷，而不是顺着山谷往下走，"
        "这说明 α 已经接近仍然可行的最大值。"
    ),
    "gd.limit_note": "在这只碗上，α = {lr} 是稳定极限 2/L = {limit} 的 {ratio} 倍。",
    # ---- the numbers ----
    "gd.numbers_header": "2 · 具体的数字",
    "gd.numbers_intro": (
        "每一步都对两个参数做同样的更新，梯度在当前点处计算。选择一步，看看它的更新和实际的数字："
    ),
    "gd.inspect_step": "要查看的步",
    "gd.inspect_clipped": "这条路径只有 {steps} 步；显示最后一步。",
    "gd.inspect_last": "第 {step} 步是路径的最后一个点：之后没有更新。",
    "gd.col_step": "步",
    "gd.col_w": "w",
    "gd.col_b": "b",
    "gd.col_cost": "J",
    "gd.col_dw": "dJ/dw",
    "gd.col_db": "dJ/db",
    # ---- learning rates ----
    "gd.rates_header": "3 · 太小与太大",
    "gd.rates_intro": (
        "学习率是梯度下降自己算不出来的那一个数。\n\n"
        "- 学习率 **太小** 时，每一步都很小：路径慢慢爬行，跑完所有迭代之后仍然离谷底很远。"
        "没有出任何错，只是慢。\n"
        "- 学习率 **太大** 时，每一步都会越过谷底：点在山谷两侧来回跳（之字形）。再大一些，每次跳跃都落得比上一次更高，"
        "代价不断增大，路径飞出地图：这就是发散。在曲率为 L 的碗上，这恰好发生在 α > 2/L 时。\n\n"
        "下面是同一个曲面、同一个起点、六个不同的学习率，全部一次算好：用图下方的滑块（或点击图例）一次只显示一个。"
    ),
    "gd.rates_title": "{surface} 上的六个学习率，{optimizer}，{iters} 次迭代",
    "gd.rate_label": "α = {lr}",
    "gd.rate_label_diverged": "α = {lr}（发散）",
    "gd.col_rate": "学习率 α",
    "gd.col_final_cost": "最终 J",
    "gd.col_outcome": "结果",
    "gd.col_steps": "所走步数",
    "gd.short_global_minimum": "到达最小值",
    "gd.short_local_minimum": "困在局部最小值",
    "gd.short_stationary": "卡在鞍点",
    "gd.short_moving": "仍在途中",
    "gd.short_diverged": "发散",
    # ---- optimizers ----
    "gd.optimizers_header": "4 · 四种优化器，同一个曲面",
    "gd.optimizers_intro": (
        "每种优化器使用相同的曲面、起点、学习率和步数：\n\n"
        "- 教材中的 **梯度下降** 方法：步子 = α × 梯度。\n"
        "- 加上 **动量** 之后，沿着最近若干梯度的滑动平均方向前进，就像一个保持着速度的球；"
        "它能抹平之字形，还能滚过小的凸起。\n"
        "- **RMSProp** 把每个参数的步子除以它最近梯度的大小，让陡峭的方向和平坦的方向以相近的速度前进。\n"
        "- **Adam** 把动量和 RMSProp 结合在一起；无论斜率如何，它的步子都大约是 α 那么长，"
        "所以同一个 α 对它来说意义不同。"
    ),
    "gd.optimizers_title": "{surface} 上的四种优化器，α = {lr}，{iters} 次迭代",
    "gd.all_steps": "路径的每一步",
}
