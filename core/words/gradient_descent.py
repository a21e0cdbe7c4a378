"""Words of the gradient descent chapter: the cost surface J(w, b) and the steps taken down it."""

EN = {
    "gradient_descent.title": "Gradient descent on the cost surface J(w, b)",
    "gradient_descent.intro": (
        "The cost J depends on the two parameters w and b, so it is a surface over the (w, b) plane. "
        "Gradient descent starts somewhere on it and repeats one rule: compute the slope (the gradient "
        "dJ/dw, dJ/db) and take a step straight downhill, α times the gradient: the steeper the slope, the "
        "longer the step. The red dot below does exactly that. "
        "Choose a learning rate α just above the picture and a starting point in the sidebar, then press "
        "**Play** under the picture (or drag its slider) to watch the steps one by one, on the surface and on "
        "its map at once."
    ),
    # ---- settings ----
    "gradient_descent.settings": "Descent settings",
    "gradient_descent.surface": "Cost surface",
    "gradient_descent.surface_help": "The first two are real costs of a model on a small generated data set; the last "
                       "three are made to show where gradient descent struggles.",
    "gradient_descent.surface_logistic": "Logistic regression",
    "gradient_descent.surface_bowl": "Linear regression bowl",
    "gradient_descent.surface_valley": "Narrow valley",
    "gradient_descent.surface_saddle": "Saddle",
    "gradient_descent.surface_minima": "Several minima",
    "gradient_descent.noise": "Data noise",
    "gradient_descent.noise_help": "Spread of the generated data around its pattern: more noise, more overlap, a flatter cost.",
    "gradient_descent.seed": "Data seed",
    "gradient_descent.seed_help": "Draws a different data set of the same kind.",
    "gradient_descent.lr": "Learning rate α",
    "gradient_descent.lr_help": "Scales each step (step = α × gradient), on a log scale.",
    "gradient_descent.iters": "Iterations",
    "gradient_descent.optimizer": "Optimizer",
    "gradient_descent.optimizer_help": "Plain gradient descent is the text's rule; the others are its better-known descendants.",
    "gradient_descent.opt_gd": "Gradient descent",
    "gradient_descent.opt_momentum": "Momentum",
    "gradient_descent.opt_rmsprop": "RMSProp",
    "gradient_descent.opt_adam": "Adam",
    "gradient_descent.start_w": "Start w₀",
    "gradient_descent.start_b": "Start b₀",
    "gradient_descent.start_help": "Where the descent starts on the map (w and b both between −4 and 4).",
    # ---- the surfaces ----
    "gradient_descent.about_logistic": (
        "**Logistic regression's cost.** {m} generated examples, one feature x and a label y (0 or 1); the "
        "model predicts a = σ(w·x + b) and J(w, b) is the average log loss, the very cost of the cat "
        "classifier with a single weight. It is **convex**: one bowl, one minimum, at w = {w_star}, b = {b_star}."
    ),
    "gradient_descent.about_bowl": (
        "**Linear regression's cost.** {m} generated points around the line y = 1.5·x − 1; the model predicts "
        "w·x + b and J(w, b) is half the mean squared error. A tilted, stretched **bowl** with its minimum at "
        "w = {w_star}, b = {b_star}. Its steepest curvature is L = {curvature}, so plain gradient descent "
        "converges for α < 2/L = {limit} and diverges above it."
    ),
    "gradient_descent.about_valley": (
        "**A long, narrow, curved valley** (Rosenbrock's banana, scaled to the map). The walls are steep and "
        "the floor nearly flat: a large step bounces from wall to wall, a small one crawls along the floor "
        "towards the minimum at w = 2, b = 2. Try α = 0.1, then momentum or Adam."
    ),
    "gradient_descent.about_saddle": (
        "**Two valleys and a saddle point** between them at (0, 0): there the gradient is zero, yet it is "
        "not a minimum (J curves up along w and down along b). Start exactly on the ridge, b₀ = 0, and plain "
        "gradient descent stops at the saddle; start a hair off it and it rolls into a valley."
    ),
    "gradient_descent.about_minima": (
        "**Several minima.** Three wells of different depths (white stars). Gradient descent only ever goes "
        "downhill, so the starting point decides which well it ends in; only one of them is the lowest."
    ),
    # ---- the main picture ----
    "gradient_descent.picture_header": "1 · The descent",
    "gradient_descent.surface_title": "The surface: {surface}",
    "gradient_descent.figure_title": "{surface}: {optimizer}, α = {lr}, from ({w0}, {b0})",
    "gradient_descent.axis_w": "w",
    "gradient_descent.axis_b": "b",
    "gradient_descent.axis_cost": "J(w, b)",
    "gradient_descent.axis_step": "step",
    "gradient_descent.slider_step": "step: ",
    "gradient_descent.slider_rate": "α = ",
    "gradient_descent.trace_path": "path",
    "gradient_descent.trace_point": "current point",
    "gradient_descent.trace_downhill": "downhill, −∇J",
    "gradient_descent.trace_minimum": "minimum",
    "gradient_descent.play": "▶ Play",
    "gradient_descent.pause": "❚❚ Pause",
    "gradient_descent.all_paths": "all",
    "gradient_descent.picture_caption": (
        "Left: the surface J(w, b) in 3D with the path on it, seen from the corner where w and b are large "
        "(switch on “Turn the surface” to turn it with the mouse). Right: the same surface seen from above as a "
        "contour map. Play walks the red dot down both at once, step by step. The white arrow points straight "
        "downhill (−∇J) from the current point; the stars and diamonds mark the minima."
    ),
    "gradient_descent.picture_caption_turning": (
        "Left: the surface J(w, b) in 3D with the path on it; drag it to turn it, it keeps its angle while "
        "you change the learning rate or the start. Right: the same surface seen from above as a contour "
        "map. Play walks the red dot down both at once, step by step. The white arrow points straight "
        "downhill (−∇J) from the current point; the stars and diamonds mark the minima."
    ),
    "gradient_descent.cost_title": "Cost J after each step ({optimizer}, α = {lr})",
    # ---- outcomes ----
    "gradient_descent.outcome_global_minimum": "Reached the minimum: J = {cost} at w = {w}, b = {b} after {steps} steps.",
    "gradient_descent.outcome_local_minimum": (
        "Settled in a minimum, J = {cost} at w = {w}, b = {b}, but not the lowest one (J = {best} there). "
        "Gradient descent only looks at the slope where it stands, so it cannot know a deeper well exists: "
        "try another starting point, or momentum."
    ),
    "gradient_descent.outcome_stationary": (
        "Stuck at w = {w}, b = {b}: the gradient is zero here, so every step is zero, but this is a saddle "
        "point, not a minimum (J = {cost}). Move the start a little off the ridge."
    ),
    "gradient_descent.outcome_moving": (
        "After {steps} steps the path is still going downhill (J = {cost}, slope |∇J| = {slope}). "
        "A larger learning rate or more iterations would take it further."
    ),
    "gradient_descent.outcome_diverged": (
        "Divergence detected: at step {step} the update threw the point to w = {w}, b = {b}, far outside the "
        "map, so the path is cut there. The learning rate α = {lr} is too large for this surface: each step "
        "overshoots the bottom by more than it started from, and the cost grows instead of falling."
    ),
    "gradient_descent.outcome_not_finite": (
        "Divergence detected: at step {step} the numbers stopped being finite (overflow). The learning rate "
        "α = {lr} is far too large; the path is cut there."
    ),
    "gradient_descent.zigzag": (
        "The path zigzags: {share} of its steps turn back against the previous one. Each step jumps across "
        "the valley instead of down it, a sign that α is near the largest that still works."
    ),
    "gradient_descent.limit_note": "On this bowl α = {lr} is {ratio} × the stability limit 2/L = {limit}.",
    # ---- the numbers ----
    "gradient_descent.numbers_header": "2 · The numbers",
    "gradient_descent.numbers_intro": (
        "Every step applies the same update to both parameters, with the gradient computed at the current "
        "point. Pick a step to see its update with the actual numbers:"
    ),
    "gradient_descent.inspect_step": "Step to inspect",
    "gradient_descent.inspect_clipped": "The path has only {steps} steps; showing the last one.",
    "gradient_descent.inspect_last": "Step {step} is the last point of the path: there is no update after it.",
    "gradient_descent.col_step": "step",
    "gradient_descent.col_w": "w",
    "gradient_descent.col_b": "b",
    "gradient_descent.col_cost": "J",
    "gradient_descent.col_dw": "dJ/dw",
    "gradient_descent.col_db": "dJ/db",
    # ---- learning rates ----
    "gradient_descent.rates_header": "3 · Too small, too large",
    "gradient_descent.rates_intro": (
        "The learning rate is a hyper-parameter: a number you set, which gradient descent cannot work out "
        "for itself.\n\n"
        "- **Too small** and every step is tiny: the path crawls, and after all its iterations it is still "
        "far from the bottom. Nothing goes wrong, it is just slow.\n"
        "- **Too large** and each step overshoots: the point jumps across the valley and back (a zigzag). "
        "Larger still, every jump lands higher than the last, the cost grows, and the path flies off: "
        "divergence. On a bowl with curvature L this happens exactly when α > 2/L.\n\n"
        "Below, the same start on the same surface with six learning rates, all computed at once: use the "
        "slider under the chart (or click the legend) to show one at a time."
    ),
    "gradient_descent.rates_title": "Six learning rates: {surface}, {optimizer}, {iters} iterations",
    "gradient_descent.rate_label": "α = {lr}",
    "gradient_descent.rate_label_diverged": "α = {lr} (diverged)",
    "gradient_descent.col_rate": "learning rate α",
    "gradient_descent.col_final_cost": "final J",
    "gradient_descent.col_outcome": "outcome",
    "gradient_descent.col_steps": "steps taken",
    "gradient_descent.short_global_minimum": "reached the minimum",
    "gradient_descent.short_local_minimum": "stuck in a local minimum",
    "gradient_descent.short_stationary": "stuck at a saddle point",
    "gradient_descent.short_moving": "still on its way",
    "gradient_descent.short_diverged": "diverged",
    "gradient_descent.short_diverged_at": "diverged at step {step}",
    "gradient_descent.more": "More surfaces and optimizers",
    "gradient_descent.turn_surface": "Turn the surface",
    "gradient_descent.turn_surface_help": (
        "Draws the surface as a 3D scene you turn and zoom with the mouse. It needs WebGL, and on a computer "
        "without a graphics card the page answers more slowly; off, the surface is a picture seen from one corner."),
    "gradient_descent.more_help": (
        "The text's lesson is the cost of logistic regression with plain gradient descent. Turn this on "
        "for four more surfaces (where gradient descent struggles) and three more optimizers."),
    # ---- optimizers ----
    "gradient_descent.optimizers_header": "4 · Four optimizers, one surface",
    "gradient_descent.optimizers_intro": (
        "The same surface, start, learning rate and number of steps for each:\n\n"
        "- **Gradient descent** (the text's): step = α × gradient.\n"
        "- **Momentum**: step along a running average of recent gradients, like a ball that keeps its speed; "
        "it smooths out zigzags and can roll through small bumps.\n"
        "- **RMSProp**: divides each parameter's step by the size of its recent gradients, so steep and flat "
        "directions move at a similar pace.\n"
        "- **Adam**: momentum and RMSProp together; its steps are about α long whatever the slope, so the same "
        "α means something different for it."
    ),
    "gradient_descent.optimizers_title": "Four optimizers: {surface}, α = {lr}, {iters} iterations",
    "gradient_descent.all_steps": "Every step of the path",
    # charts in words (core/chart_words.py)
    "gradient_descent.descent_text": "The picture in words: the path starts at w = {w0}, b = {b0} (J = {first}) and takes {steps} steps. ",
    "gradient_descent.cost_text": "The chart in words: the cost J went from {first} at the start to {last} after {steps} steps; lowest {low} at step {at}.",
    "gradient_descent.cost_text_diverged": "The chart in words: the cost J started at {first}; the path left the map at step {step}, so the chart ends after {steps} steps at {last} (lowest {low} at step {at}).",
    "gradient_descent.compare_text": "The chart in words: {count} paths; the lowest final cost, {cost}, is that of {best}, after {steps} steps; {diverged} diverged ({names}).",
    "gradient_descent.compare_text_none": "The chart in words: {count} paths, and all {diverged} diverged ({names}).",
}

ZH = {
    "gradient_descent.title": "代价曲面 J(w, b) 上的梯度下降",
    "gradient_descent.intro": (
        "代价 J 取决于两个参数 w 和 b，所以它是 (w, b) 平面上方的一个曲面。梯度下降"
        "从曲面上某处出发，反复执行同一条规则：算出斜率（梯度 dJ/dw、dJ/db），然后朝最陡的下坡方向走一步，"
        "步长等于 α 乘以梯度：坡越陡，步长越大。下图中的红点做的正是这件事。在图的正上方选择学习率 α，在侧边栏选择起点，然后按图下方的 "
        "**播放** 按钮（或拖动图下的滑块），在曲面和它的等高线图上同时一步一步地观察。"
    ),
    # ---- settings ----
    "gradient_descent.settings": "梯度下降设置",
    "gradient_descent.surface": "代价曲面",
    "gradient_descent.surface_help": "前两个是某个模型在一个小型生成数据集上的真实代价；后三个是专门构造的，用来展示梯度下降在哪些地方会遇到困难。",
    "gradient_descent.surface_logistic": "逻辑回归",
    "gradient_descent.surface_bowl": "线性回归（碗形曲面）",
    "gradient_descent.surface_valley": "狭窄的山谷",
    "gradient_descent.surface_saddle": "鞍点",
    "gradient_descent.surface_minima": "多个局部最小值",
    "gradient_descent.noise": "数据噪声",
    "gradient_descent.noise_help": "生成的数据偏离其规律的程度：噪声越大，重叠越多，代价曲面越平坦。",
    "gradient_descent.seed": "数据种子",
    "gradient_descent.seed_help": "抽取另一个同类的数据集。",
    "gradient_descent.lr": "学习率 α",
    "gradient_descent.lr_help": "每一步等于 α 乘以梯度；α 按对数刻度取值。",
    "gradient_descent.iters": "迭代次数",
    "gradient_descent.optimizer": "优化器",
    "gradient_descent.optimizer_help": "普通的梯度下降是原文讲的规则；其他几种是在它的基础上改进而来的常用优化器。",
    "gradient_descent.opt_gd": "梯度下降",
    "gradient_descent.opt_momentum": "动量",
    "gradient_descent.opt_rmsprop": "RMSProp",
    "gradient_descent.opt_adam": "Adam",
    "gradient_descent.start_w": "起点 w₀",
    "gradient_descent.start_b": "起点 b₀",
    "gradient_descent.start_help": "梯度下降在等高线图上的出发点（w 和 b 都在 −4 到 4 之间）。",
    # ---- the surfaces ----
    "gradient_descent.about_logistic": (
        "**逻辑回归的代价**  \n"
        "{m} 个生成的样本，每个有一个特征 x 和一个标签 y（0 或 1）；模型预测 a = σ(w·x + b)，J(w, b) 是平均对数损失，"
        "正是只有一个权重时猫分类器的那个代价。它是凸函数：形状像一只碗，只有一个最小值，位于 w = {w_star}，b = {b_star}。"
    ),
    "gradient_descent.about_bowl": (
        "**线性回归的代价**  \n"
        "{m} 个生成的点分布在直线 y = 1.5·x − 1 周围；模型预测 w·x + b，J(w, b) 是均方误差的一半。"
        "这是一只倾斜、拉长的碗，最小值位于 w = {w_star}，b = {b_star}。它最陡方向的曲率为 L = {curvature}，"
        "所以当 α < 2/L = {limit} 时普通梯度下降收敛，超过这个值就发散。"
    ),
    "gradient_descent.about_valley": (
        "**一条又长又窄的弯曲山谷**  \n"
        "这是 Rosenbrock 的“香蕉函数”，缩放到了图的范围内。谷壁陡峭，谷底几乎平坦：步长大时会在两侧谷壁之间来回振荡，"
        "步长小时则沿着谷底缓慢地挪向位于 w = 2、b = 2 的最小值。先试试 α = 0.1，再试试动量或 Adam。"
    ),
    "gradient_descent.about_saddle": (
        "**两个山谷，中间一个鞍点**  \n"
        "鞍点位于 (0, 0)：那里梯度为零，但它不是最小值（J 沿 w 方向向上弯，沿 b 方向向下弯）。恰好从山脊上出发"
        "（b₀ = 0），普通梯度下降会停在鞍点；只要稍稍偏离山脊出发，它就会滚进其中一个山谷。"
    ),
    "gradient_descent.about_minima": (
        "**多个局部最小值**  \n"
        "三个深浅不同的低谷（白色星号）。梯度下降只会往下走，所以起点决定了它最后落进哪个低谷；其中只有一个是最低的。"
    ),
    # ---- the main picture ----
    "gradient_descent.picture_header": "1 · 下降的过程",
    "gradient_descent.surface_title": "曲面：{surface}",
    "gradient_descent.figure_title": "{surface}：{optimizer}，α = {lr}，起点 ({w0}, {b0})",
    "gradient_descent.axis_w": "w",
    "gradient_descent.axis_b": "b",
    "gradient_descent.axis_cost": "J(w, b)",
    "gradient_descent.axis_step": "步数",
    "gradient_descent.slider_step": "步数：",
    "gradient_descent.slider_rate": "α = ",
    "gradient_descent.trace_path": "路径",
    "gradient_descent.trace_point": "当前点",
    "gradient_descent.trace_downhill": "下坡方向 −∇J",
    "gradient_descent.trace_minimum": "最小值",
    "gradient_descent.play": "▶ 播放",
    "gradient_descent.pause": "❚❚ 暂停",
    "gradient_descent.all_paths": "全部",
    "gradient_descent.picture_caption": (
        "左图：三维的曲面 J(w, b) 和曲面上的路径，从 w 和 b 都大的那个角看过去（打开“转动曲面”就可以用鼠标旋转它）。"
        "右图：从上方俯视同一个曲面得到的等高线图。按“播放”，红点在两幅图上同时一步一步地往下走。白色箭头从当前点指向最陡的下坡方向"
        "（−∇J），星号和菱形标出最小值。"
    ),
    "gradient_descent.picture_caption_turning": (
        "左图：三维的曲面 J(w, b) 和曲面上的路径；拖动它可以旋转，改变学习率或起点时它会保持这个角度。"
        "右图：从上方俯视同一个曲面得到的等高线图。按“播放”，红点在两幅图上同时一步一步地往下走。白色箭头从当前点指向最陡的下坡方向"
        "（−∇J），星号和菱形标出最小值。"
    ),
    "gradient_descent.cost_title": "每一步之后的代价 J（{optimizer}，α = {lr}）",
    # ---- outcomes ----
    "gradient_descent.outcome_global_minimum": "到达了最小值：走了 {steps} 步，在 w = {w}，b = {b} 处 J = {cost}。",
    "gradient_descent.outcome_local_minimum": (
        "停在了一个局部最小值上，J = {cost}，位于 w = {w}，b = {b}，但它不是最低的那个（最低处 J = {best}）。"
        "梯度下降只看脚下的斜率，所以无法知道别处还有更低的谷：试试另一个起点，或者用动量。"
    ),
    "gradient_descent.outcome_stationary": (
        "停在了 w = {w}，b = {b}：这里梯度为零，所以每一步都是零，但这是一个鞍点，而不是最小值（J = {cost}）。"
        "把起点稍微移离山脊。"
    ),
    "gradient_descent.outcome_moving": (
        "走了 {steps} 步之后，路径仍在下坡（J = {cost}，斜率 |∇J| = {slope}）。"
        "更大的学习率或更多的迭代次数能让它走得更远。"
    ),
    "gradient_descent.outcome_diverged": (
        "检测到发散：在第 {step} 步，更新把点甩到了 w = {w}，b = {b}，远远超出了图的范围，所以路径在那里截断。"
        "学习率 α = {lr} 对这个曲面太大了：每一步越过谷底的距离都比出发时离谷底更远，代价不降反升。"
    ),
    "gradient_descent.outcome_not_finite": (
        "检测到发散：在第 {step} 步，数值不再是有限数（溢出）。学习率 α = {lr} 太大了；路径在那里截断。"
    ),
    "gradient_descent.zigzag": (
        "路径呈之字形：有 {share} 的更新与前一次方向相反。每一步都跨过山谷，而不是顺着山谷往下走，"
        "这说明 α 已经接近仍然可行的最大值。"
    ),
    "gradient_descent.limit_note": "在这只碗上，α = {lr} 是稳定极限 2/L = {limit} 的 {ratio} 倍。",
    # ---- the numbers ----
    "gradient_descent.numbers_header": "2 · 具体的数字",
    "gradient_descent.numbers_intro": (
        "每一步都对两个参数做同样的更新，梯度在当前点处计算。选择一步，看看它的更新和实际的数字："
    ),
    "gradient_descent.inspect_step": "查看第几步",
    "gradient_descent.inspect_clipped": "这条路径只有 {steps} 步；显示最后一步。",
    "gradient_descent.inspect_last": "第 {step} 步是路径的最后一个点：之后没有更新。",
    "gradient_descent.col_step": "步",
    "gradient_descent.col_w": "w",
    "gradient_descent.col_b": "b",
    "gradient_descent.col_cost": "J",
    "gradient_descent.col_dw": "dJ/dw",
    "gradient_descent.col_db": "dJ/db",
    # ---- learning rates ----
    "gradient_descent.rates_header": "3 · 太小与太大",
    "gradient_descent.rates_intro": (
        "学习率是需要人来设定的超参数：梯度下降无法自己算出它。\n\n"
        "- 学习率 **太小** 时，每一步都很小：路径慢慢爬行，跑完所有迭代之后仍然离谷底很远。"
        "没有出任何错，只是慢。\n"
        "- 学习率 **太大** 时，每一步都会越过谷底：点在山谷两侧来回振荡（之字形）。再大一些，每次都落得比上一次更高，"
        "代价不断增大，路径冲出图外：这就是发散。在曲率为 L 的碗上，这恰好发生在 α > 2/L 时。\n\n"
        "下面是同一个曲面、同一个起点、六个不同的学习率，全部一次算好：用图下方的滑块（或点击图例）一次只显示一个。"
    ),
    "gradient_descent.rates_title": "六个学习率：{surface}，{optimizer}，{iters} 次迭代",
    "gradient_descent.rate_label": "α = {lr}",
    "gradient_descent.rate_label_diverged": "α = {lr}（发散）",
    "gradient_descent.col_rate": "学习率 α",
    "gradient_descent.col_final_cost": "最终 J",
    "gradient_descent.col_outcome": "结果",
    "gradient_descent.col_steps": "所走步数",
    "gradient_descent.short_global_minimum": "到达最小值",
    "gradient_descent.short_local_minimum": "困在局部最小值",
    "gradient_descent.short_stationary": "卡在鞍点",
    "gradient_descent.short_moving": "仍在途中",
    "gradient_descent.short_diverged": "发散",
    "gradient_descent.short_diverged_at": "第 {step} 步发散",
    "gradient_descent.more": "更多曲面与优化器",
    "gradient_descent.turn_surface": "转动曲面",
    "gradient_descent.turn_surface_help": "把曲面画成可以用鼠标旋转、缩放的三维场景。它需要 WebGL，在没有显卡的电脑上页面会响应得慢一些；关闭时，曲面是从一个角看过去的图片。",
    "gradient_descent.more_help": "原文讲的是逻辑回归的代价和普通的梯度下降。打开它，可以看另外四个曲面（梯度下降在这些地方会遇到困难）和另外三种优化器。",
    # ---- optimizers ----
    "gradient_descent.optimizers_header": "4 · 四种优化器，同一个曲面",
    "gradient_descent.optimizers_intro": (
        "每种优化器使用相同的曲面、起点、学习率和步数：\n\n"
        "- 原文讲的 **梯度下降** 方法：步长 = α × 梯度。\n"
        "- 加上 **动量** 之后，沿着最近若干梯度的滑动平均方向前进，就像一个保持着速度的球；"
        "它能减弱之字形振荡，还能越过小的凸起。\n"
        "- **RMSProp** 把每个参数的步长除以它最近梯度的大小，让陡峭的方向和平坦的方向以相近的速度前进。\n"
        "- **Adam** 把动量和 RMSProp 结合在一起；无论斜率如何，它的步长都大约等于 α，"
        "所以同一个 α 对它来说意义不同。"
    ),
    "gradient_descent.optimizers_title": "四种优化器：{surface}，α = {lr}，{iters} 次迭代",
    "gradient_descent.all_steps": "路径的每一步",
    # charts in words (core/chart_words.py)
    "gradient_descent.descent_text": "图的文字说明：路径从 w = {w0}、b = {b0}（J = {first}）出发，走了 {steps} 步。",
    "gradient_descent.cost_text": "图的文字说明：代价 J 从起点的 {first} 变为 {steps} 步后的 {last}；最低 {low}，在第 {at} 步。",
    "gradient_descent.cost_text_diverged": "图的文字说明：代价 J 起点为 {first}；路径在第 {step} 步离开等高线图的范围，所以曲线在 {steps} 步后止于 {last}（最低 {low}，在第 {at} 步）。",
    "gradient_descent.compare_text": "图的文字说明：{count} 条路径；最低的最终代价为 {cost}，来自 {best}，走了 {steps} 步；{diverged} 条发散（{names}）。",
    "gradient_descent.compare_text_none": "图的文字说明：{count} 条路径，{diverged} 条全部发散（{names}）。",
}
