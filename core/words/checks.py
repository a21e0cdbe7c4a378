"""Words of the checks for understanding (core/checks.py, each chapter's `CHECKS`): the question, the options
and the explanation of every check, `<slug>.check.<name>.*`, and why an answer was refused, `checks.error.*`.

A question's {placeholders} are the URL keys of the check's settings (the values "Run it" applies); an
explanation's are those and the run's facts, {answer} naming the right option or being the number.
"""

EN = {
    # ---- answers refused ----
    "checks.error.not_an_option": "Pick one of the options.",
    "checks.error.not_a_number": "Type a number, like 0.25 or 12.",
    "checks.error.out_of_range": "Give a number between {low} and {high}.",

    # ---- the perceptron ----
    "perceptron.check.and_epochs.question": (
        "The perceptron starts from w = 0, b = 0 and visits the four points of AND in order, moving its line "
        "after every mistake. After how many epochs (passes over the four points) does it make no mistake?"
    ),
    "perceptron.check.and_epochs.explanation": (
        "{answer:g} epochs. Rosenblatt's rule made {updates} updates, one per mistake, and stopped at the line "
        "{w1:g}·x₁ + {w2:g}·x₂ + ({b:g}) = 0, which puts only (1, 1) on the side of 1. A straight line separates "
        "AND, so the rule is sure to stop (Novikoff's theorem): the only question was when."
    ),
    "perceptron.check.xor_separates.question": (
        "Given {pc_epochs} epochs, can one perceptron learn XOR: 1 for (0, 1) and (1, 0), 0 for (0, 0) and (1, 1)?"
    ),
    "perceptron.check.xor_separates.option.yes": "Yes, with enough epochs",
    "perceptron.check.xor_separates.option.no": "No, never",
    "perceptron.check.xor_separates.explanation": (
        "{answer}. After {epochs} epochs its line still gets at least {least} of the 4 points wrong, and it always "
        "will: no straight line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other, so the rule "
        "moves the line forever. This is the limit Minsky and Papert pointed out in 1969, and the reason for a "
        "hidden layer."
    ),
    "perceptron.check.xor_hidden_seed.question": (
        "A 2-2-1 network (two tanh hidden units, one sigmoid output) is trained on XOR by gradient descent, "
        "starting from weights drawn with seed {pc_xor_seed}. Will it get all four points right?"
    ),
    "perceptron.check.xor_hidden_seed.option.solves": "Yes, all four",
    "perceptron.check.xor_hidden_seed.option.stuck": "No, it gets stuck",
    "perceptron.check.xor_hidden_seed.explanation": (
        "{answer}: after {iterations} iterations it gets {right} of the 4 points right and its cost stays at "
        "{cost:.3f}. A hidden layer makes XOR possible, not certain: from this start the descent settles in a poor "
        "local minimum of a cost that is not convex. From seed {good_seed} the same network solves it."
    ),

    # ---- binary classification and the logistic model ----
    "logistic_model.check.probability.question": (
        "One feature, w = {lm_w} and b = {lm_b}. What probability ŷ = σ(wx + b) does the logistic model give the "
        "example at x = 0.9? (Two decimals.)"
    ),
    "logistic_model.check.probability.explanation": (
        "{answer:.2f}. First the perceptron's part: z = wx + b = {z:.2f}. Then the sigmoid: ŷ = σ({z:.2f}) = "
        "{answer:.2f}, read as the probability that y = 1. Compared with the threshold 0.5, the model says "
        "{says}; this example's label is {label}."
    ),
    "logistic_model.check.right_count.question": (
        "One feature, twelve examples, w = {lm_w} and b = {lm_b}. How many of the twelve are on the right side of "
        "the threshold 0.5 (ŷ > 0.5 for a label 1, ŷ ≤ 0.5 for a label 0)?"
    ),
    "logistic_model.check.right_count.explanation": (
        "{answer:.0f} of {total}. The decision boundary is where wx + b = 0, at x = {boundary:.1f}. The model says 1 "
        "for the {said_one} examples to its right, {right_one} of them labelled 1, and 0 for the other {said_zero}, "
        "{right_zero} of them labelled 0."
    ),
    "logistic_model.check.all_right.question": (
        "One feature, twelve examples. Can some choice of w and b put all twelve on the right side of 0.5?"
    ),
    "logistic_model.check.all_right.option.yes": "Yes, some w and b do",
    "logistic_model.check.all_right.option.no": "No, none can",
    "logistic_model.check.all_right.explanation": (
        "{answer}: the best any w and b can do is {best} of {total}. With one feature the decision boundary is a "
        "single point on x; two examples sit among the other label's, and no single point splits them all. "
        "Training will not change that: it finds the best w and b this model has."
    ),

    # ---- activation functions ----
    "activations.check.sigmoid_slope.question": "What is the sigmoid's slope σ′(z) at z = {act_z}?",
    "activations.check.sigmoid_slope.explanation": (
        "σ′(z) = σ(z)(1 − σ(z)). At z = {act_z}, σ = {value:.2f}, so σ′ = {value:.2f} × (1 − {value:.2f}) = "
        "{answer:.2f}: the steepest the sigmoid ever gets. Even at best, a gradient passing back through a sigmoid "
        "is multiplied by a quarter."
    ),
    "activations.check.saturated.question": (
        "A sigmoid unit receives z = {act_z}. Is it saturated: its slope almost zero, so that the weights before "
        "it barely learn?"
    ),
    "activations.check.saturated.option.saturated": "Yes, saturated",
    "activations.check.saturated.option.not_saturated": "No, it still learns",
    "activations.check.saturated.explanation": (
        "{answer}. σ′({act_z}) = {slope:.4f}, only {share:.1f} % of the sigmoid's steepest slope {peak:g}; the page "
        "shades every z where the slope is below {limit:.0f} % of it. A gradient passing back through this unit is "
        "multiplied by {slope:.4f}: the vanishing gradient."
    ),
    "activations.check.steepest.question": (
        "At z = {act_z}, which activation function passes the largest slope g′(z) back to the weights before it?"
    ),
    "activations.check.steepest.option.sigmoid": "sigmoid",
    "activations.check.steepest.option.tanh": "tanh",
    "activations.check.steepest.option.relu": "ReLU",
    "activations.check.steepest.option.leaky_relu": "leaky ReLU",
    "activations.check.steepest.explanation": (
        "{answer}: at z = {act_z} the slopes are sigmoid {slope_sigmoid:.3f}, tanh {slope_tanh:.3f}, "
        "ReLU {slope_relu:g} and leaky ReLU {slope_leaky_relu:g}. ReLU passes nothing back for z < 0 (the unit is "
        "dead while z stays there), leaky ReLU a little; tanh is the sigmoid stretched to (−1, 1), four times as "
        "steep at 0."
    ),
    "activations.check.no_activation.question": (
        "A two-layer network with random weights (seed {act_seed}) and no activation function between its layers, "
        "g(z) = z. What decision boundary can it draw?"
    ),
    "activations.check.no_activation.option.one_layer": "Only a straight line: the two layers are one",
    "activations.check.no_activation.option.curved": "A curved boundary",
    "activations.check.no_activation.explanation": (
        "{answer}. W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂): here ({w1:.3f})·x₁ + ({w2:.3f})·x₂ + ({b:.3f}), equal "
        "to the network's output at every point of the grid to within {error:.0e}. Stacking linear layers adds "
        "nothing; an activation function between them is what lets the boundary bend."
    ),

    # ---- loss and cost ----
    "loss_and_cost.check.confident_wrong.question": (
        "The model says a = {loss_a} for an image whose label is y = 1: it is sure this cat is not a cat. "
        "What is the loss L(a, y)?"
    ),
    "loss_and_cost.check.confident_wrong.explanation": (
        "L = −log a = −log {loss_a} = {answer:.3f}. Had the label been y = 0, the same prediction would cost "
        "{if_zero:.4f}: being confidently wrong costs {ratio:,.0f} times as much as being confidently right, and "
        "the log loss grows without bound as a → 0."
    ),
    "loss_and_cost.check.coin_toss.question": (
        "The model says a = {loss_a} for an image whose label is y = 1. What is the loss L(a, y)?"
    ),
    "loss_and_cost.check.coin_toss.explanation": (
        "L = −log {loss_a} = log 2 = {answer:.4f}, and exactly the same, {if_zero:.4f}, had the label been y = 0: "
        "a prediction of 0.5 says nothing either way. Logistic regression starting from w = 0, b = 0 predicts 0.5 "
        "for every example, so its first cost J is log 2 too."
    ),
    "loss_and_cost.check.squared_error.question": (
        "Logistic regression with the squared error (σ(wx) − y)² as its loss instead of the log loss: is the cost "
        "J(w) a convex function of w?"
    ),
    "loss_and_cost.check.squared_error.option.convex": "Yes: one valley",
    "loss_and_cost.check.squared_error.option.not_convex": "No: it bends down in places",
    "loss_and_cost.check.squared_error.explanation": (
        "{answer}. On the chart's examples the squared-error J(w) bends down on {count} stretches, the first from "
        "w = {start:.2f} to {end:.2f}: flat shoulders where the sigmoid saturates, where gradient descent can stall "
        "far from the best w. The log loss's J bends down on {log_count}: one valley, and every step downhill "
        "leads to its bottom."
    ),

    # ---- the computation graph ----
    "computation_graph.check.warmup_value.question": (
        "On the warm-up graph J = 3(a + bc), with a = {cg_a}, b = {cg_b} and c = {cg_c}: what is J?"
    ),
    "computation_graph.check.warmup_value.explanation": (
        "Forward, one node at a time: u = bc = {u:g}, v = a + u = {v:g}, J = 3v = {answer:g}."
    ),
    "computation_graph.check.warmup_derivative.question": (
        "The same graph and inputs (a = {cg_a}, b = {cg_b}, c = {cg_c}): what is the derivative dJ/db?"
    ),
    "computation_graph.check.warmup_derivative.explanation": (
        "Backward, by the chain rule: dJ/db = dJ/dv · dv/du · du/db = 3 · 1 · c = 3 · {c:g} = {answer:g}. The value "
        "of b itself plays no part: b reaches J only through the product bc."
    ),
    "computation_graph.check.big_step.question": (
        "On the logistic-regression graph of m = {cg_m} examples, with the course's inputs, one gradient-descent step "
        "with learning rate α = {cg_lr}: does the cost J go down or up?"
    ),
    "computation_graph.check.big_step.option.down": "Down",
    "computation_graph.check.big_step.option.up": "Up",
    "computation_graph.check.big_step.explanation": (
        "{answer}: J goes from {before:.4f} to {after:.4f}. The derivatives give the slope only near the current "
        "point; a step of α = {cg_lr} follows it so far that it passes the bottom and climbs the other side. The "
        "same step with α = 1 lowers J to {after_one:.4f}."
    ),

    # ---- gradient descent ----
    "gradient_descent.check.alpha_one.question": (
        "Plain gradient descent on the linear-regression bowl, learning rate α = {gd_lr}, from ({gd_w0}, {gd_b0}), "
        "for {gd_iters} iterations: will it settle, crawl, oscillate or blow up?"
    ),
    "gradient_descent.check.alpha_one.option.settle": "Settle at the minimum",
    "gradient_descent.check.alpha_one.option.crawl": "Crawl: not there yet",
    "gradient_descent.check.alpha_one.option.oscillate": "Oscillate across the valley",
    "gradient_descent.check.alpha_one.option.blow_up": "Blow up: leave the map",
    "gradient_descent.check.alpha_one.explanation": (
        "{answer}. This bowl's steepest curvature is L = {curvature:.3f}, so gradient descent is stable only for "
        "α < 2/L = {limit:.3f}. α = {gd_lr} is {ratio:.2f} times that limit: every step lands farther from the "
        "bottom than the one before, and the path leaves the map at step {step}."
    ),
    "gradient_descent.check.saddle.question": (
        "On the saddle surface, gradient descent starts exactly on the ridge, at ({gd_w0}, {gd_b0}), with "
        "α = {gd_lr}, for {gd_iters} iterations. Where does it end?"
    ),
    "gradient_descent.check.saddle.option.valley": "At the bottom of a valley",
    "gradient_descent.check.saddle.option.saddle": "At the saddle point",
    "gradient_descent.check.saddle.option.blow_up": "Off the map",
    "gradient_descent.check.saddle.explanation": (
        "{answer}: it ends at ({w:.4f}, {b:.4f}), where the gradient is only {slope:.1e}. On the ridge b = 0 the "
        "slope along b is exactly zero, so every step moves along w alone, down to (0, 0): a point where the "
        "gradient vanishes yet J still curves down along b. Start at b₀ = 0.1 and the same descent rolls into a "
        "valley."
    ),
    "gradient_descent.check.which_well.question": (
        "On the surface with several minima, gradient descent starts at ({gd_w0}, {gd_b0}) with α = {gd_lr}, for "
        "{gd_iters} iterations. Does it find the deepest well?"
    ),
    "gradient_descent.check.which_well.option.deepest": "Yes, the deepest",
    "gradient_descent.check.which_well.option.shallower": "No, a shallower one",
    "gradient_descent.check.which_well.explanation": (
        "{answer}: it ends at ({w:.2f}, {b:.2f}) with J = {cost:.3f}, the bottom of the well nearest its start, a "
        "local minimum; the deepest well, J = {best:.3f}, lies at ({best_w:.2f}, {best_b:.2f}). Gradient descent "
        "only ever goes downhill: where it starts decides where it ends."
    ),

    # ---- vectorization ----
    "vectorization.check.same_cost.question": (
        "Gradient descent on the cats for {vec_iters} iterations, three ways: a loop over the examples, the "
        "vectorized wᵀX + b, and the Gram form. Do they end at the same cost J?"
    ),
    "vectorization.check.same_cost.option.same": "Yes, the same up to rounding",
    "vectorization.check.same_cost.option.close": "Nearly: vectorizing costs some accuracy",
    "vectorization.check.same_cost.option.different": "No, they learn different things",
    "vectorization.check.same_cost.explanation": (
        "{answer}: {loop:.10f} for the loop, {vectorized:.10f} vectorized, {gram:.10f} in Gram form, a spread of "
        "{spread:.1e}. Vectorizing changes how fast the arithmetic runs, not the arithmetic: the three are the same "
        "algorithm, step for step."
    ),
    "vectorization.check.shape_of_z.question": (
        "w has shape (12288, 1), the 209 training images X have shape (12288, 209), and b is a single number. "
        "What shape does z = wᵀX + b have?"
    ),
    "vectorization.check.shape_of_z.option.row": "(1, 209): a row",
    "vectorization.check.shape_of_z.option.matrix": "(12288, 209): like X",
    "vectorization.check.shape_of_z.option.column": "(209, 1): a column",
    "vectorization.check.shape_of_z.option.square": "(209, 209): a square",
    "vectorization.check.shape_of_z.explanation": (
        "{answer}. wᵀ is a (1, {n}) row; times the ({n}, {m}) matrix X it gives a (1, {m}) row, one z per image. "
        "b is a single number, yet + b adds it to all {m} entries: numpy broadcasts it to (1, {m}) without copying "
        "it. On the real data numpy produced {shape}."
    ),
    "vectorization.check.gram_saving.question": (
        "For the 209 training images of 12288 numbers each, a vectorized step multiplies by X (12288 × 209), a "
        "step in Gram form by K = XᵀX (209 × 209). How many times fewer multiplications does a Gram step need?"
    ),
    "vectorization.check.gram_saving.explanation": (
        "About {answer:.1f} times: n·m = {nm:,} multiplications against m² = {m2:,}, a ratio of n/m = {n}/{m}. With "
        "fewer examples than features, w = Xβ stays in the span of the images and the m × m Gram matrix is all a "
        "step needs: a better algorithm, not only faster code."
    ),

    # ---- the cat classifier ----
    "cat_classifier.check.best_rate.question": (
        "Logistic regression on the cats, {compare_iters} iterations with each of α = {compare}: which learning "
        "rate reaches the best test accuracy?"
    ),
    "cat_classifier.check.best_rate.option.0.01": "α = 0.01",
    "cat_classifier.check.best_rate.option.0.001": "α = 0.001",
    "cat_classifier.check.best_rate.option.0.0001": "α = 0.0001",
    "cat_classifier.check.best_rate.explanation": (
        "{answer}, with {best_test:.1f} % of the test images right. α = {rate_1}: final cost {cost_1:.3f}, "
        "{train_1:.1f} % of the training images and {test_1:.1f} % of the test images right; α = {rate_2}: "
        "{cost_2:.3f}, {train_2:.1f} % and {test_2:.1f} %; α = {rate_3}: {cost_3:.3f}, {train_3:.1f} % and "
        "{test_3:.1f} %. The smallest rate has barely started after {compare_iters} iterations; a larger one lowers "
        "the training cost faster, and the training accuracy climbs much higher than the test accuracy."
    ),
    "cat_classifier.check.overfitting.question": (
        "Train logistic regression on the cats with α = {lr} for {iters} iterations. How will its test accuracy "
        "compare with its training accuracy?"
    ),
    "cat_classifier.check.overfitting.option.close": "About the same",
    "cat_classifier.check.overfitting.option.well_below": "Well below it",
    "cat_classifier.check.overfitting.option.above": "Higher",
    "cat_classifier.check.overfitting.explanation": (
        "{answer}: {train:.1f} % of the training images right, only {test:.1f} % of the test images, a gap of "
        "{gap:.0f} points. With 12288 weights for 209 images the model learns its training images by heart: their "
        "cost falls to {cost:.3f} while the test cost ends at {test_cost:.3f}. That is overfitting."
    ),

    # ---- the shallow network ----
    "shallow_network.check.parameters.question": (
        "A network with 2 inputs, one hidden layer of {sn_hidden} units and 1 output: how many parameters (weights "
        "and biases) does it learn?"
    ),
    "shallow_network.check.parameters.explanation": (
        "{answer:.0f}. W^[1] is ({h}, 2), {w1} weights; b^[1] is ({h}, 1); W^[2] is (1, {h}); b^[2] is (1, 1)."
    ),
    "shallow_network.check.logistic_flower.question": (
        "Logistic regression (one straight line) on the flower: what training accuracy will it reach?"
    ),
    "shallow_network.check.logistic_flower.option.chance": "About a coin toss (below 60 %)",
    "shallow_network.check.logistic_flower.option.good": "Good (60 to 85 %)",
    "shallow_network.check.logistic_flower.option.excellent": "Excellent (above 85 %)",
    "shallow_network.check.logistic_flower.explanation": (
        "{answer}: {acc:.0f} %. Logistic regression's decision boundary is one straight line, and no line separates "
        "petals that take turns around the centre: whichever line it draws cuts each colour in two. That is what a "
        "hidden layer is for."
    ),
    "shallow_network.check.four_units.question": (
        "A hidden layer of {sn_hidden} tanh units, learning rate α = {sn_lr}, {sn_iters} iterations on the flower: "
        "what training accuracy?"
    ),
    "shallow_network.check.four_units.option.near_50": "About 50 %",
    "shallow_network.check.four_units.option.near_70": "About 70 %",
    "shallow_network.check.four_units.option.near_90": "About 90 %",
    "shallow_network.check.four_units.explanation": (
        "{answer}: {acc:.1f} %, against {logistic:.0f} % for logistic regression on the same points. Each tanh unit "
        "draws its own line and the output unit combines them, so {sn_hidden} hidden units can bend the boundary "
        "around the petals."
    ),

    # ---- the deep network ----
    "deep_network.check.parameters.question": (
        "Each cat image is 12288 numbers. A network with hidden layers of {dn_layers} units and one output unit: "
        "how many parameters does it learn?"
    ),
    "deep_network.check.parameters.explanation": (
        "{answer:,.0f}. The first layer alone holds {first:,} of them ({share:.1f} %): W^[1] is ({units}, {n}), one "
        "weight per pixel value for each of its {units} units, plus {units} biases."
    ),
    "deep_network.check.small_start.question": (
        "The network with hidden layers {dn_layers} (ReLU) starts from weights drawn as randn × 0.01 and trains "
        "with α = {dn_lr} for {dn_iters} iterations. Will it learn?"
    ),
    "deep_network.check.small_start.option.learns": "Yes, its cost falls",
    "deep_network.check.small_start.option.stuck": "No, it is stuck",
    "deep_network.check.small_start.explanation": (
        "{answer}: in {dn_iters} iterations its cost only goes from {start:.4f} to {end:.4f}, and it answers "
        "non-cat for every training image: its {train:.1f} % accuracy is exactly the share of non-cats, "
        "{noncats:.1f} %. With weights × 0.01 each small layer shrinks the signal to a few hundredths of its size, "
        "and the gradients coming back shrink the same way: almost nothing reaches the first layers. Dividing by "
        "√n instead keeps the signal's size from layer to layer."
    ),
}

ZH = {
    # ---- answers refused ----
    "checks.error.not_an_option": "请选择其中一个选项。",
    "checks.error.not_a_number": "请输入一个数，例如 0.25 或 12。",
    "checks.error.out_of_range": "请输入 {low} 到 {high} 之间的数。",

    # ---- the perceptron ----
    "perceptron.check.and_epochs.question": (
        "感知机从 w = 0、b = 0 出发，按顺序依次查看 AND 的四个点，每分错一次就挪动一次直线。经过多少轮"
        "（把四个点全部看一遍为一轮）之后，它不再分错任何点？"
    ),
    "perceptron.check.and_epochs.explanation": (
        "{answer:g} 轮。Rosenblatt 的规则一共更新了 {updates} 次（每分错一次更新一次），最后停在直线 "
        "{w1:g}·x₁ + {w2:g}·x₂ + ({b:g}) = 0 上，只有 (1, 1) 落在输出 1 的一侧。AND 可以用一条直线分开，"
        "所以这条规则一定会停下来（Novikoff 定理），问题只在于什么时候停。"
    ),
    "perceptron.check.xor_separates.question": (
        "给一个感知机 {pc_epochs} 轮，它能学会 XOR 吗？即 (0, 1) 和 (1, 0) 输出 1，(0, 0) 和 (1, 1) 输出 0。"
    ),
    "perceptron.check.xor_separates.option.yes": "能，只要轮数足够",
    "perceptron.check.xor_separates.option.no": "不能，永远不能",
    "perceptron.check.xor_separates.explanation": (
        "{answer}。经过 {epochs} 轮，它的直线仍然至少分错四个点中的 {least} 个，而且永远如此：没有任何一条直线能把 "
        "(0, 1) 和 (1, 0) 分在一侧、同时把 (0, 0) 和 (1, 1) 分在另一侧，所以规则只会不停地挪动直线。这正是 Minsky "
        "和 Papert 在 1969 年指出的局限，也是需要隐含层的原因。"
    ),
    "perceptron.check.xor_hidden_seed.question": (
        "一个 2-2-1 网络（两个 tanh 隐含单元，一个 sigmoid 输出单元）用梯度下降在 XOR 上训练，初始权重由种子 "
        "{pc_xor_seed} 生成。它能把四个点全部分对吗？"
    ),
    "perceptron.check.xor_hidden_seed.option.solves": "能，四个全对",
    "perceptron.check.xor_hidden_seed.option.stuck": "不能，会卡住",
    "perceptron.check.xor_hidden_seed.explanation": (
        "{answer}：经过 {iterations} 次迭代，它只分对四个点中的 {right} 个，代价停在 {cost:.3f}。隐含层让 XOR "
        "变得可解，但不保证一定解出：从这个起点出发，梯度下降落进了一个非凸代价函数的糟糕局部最小值。换成种子 "
        "{good_seed}，同一个网络就能解出。"
    ),

    # ---- binary classification and the logistic model ----
    "logistic_model.check.probability.question": (
        "一个特征，w = {lm_w}，b = {lm_b}。逻辑回归模型对 x = 0.9 处的样本给出的概率 ŷ = σ(wx + b) 是多少？"
        "（保留两位小数。）"
    ),
    "logistic_model.check.probability.explanation": (
        "{answer:.2f}。先算感知机的那一部分：z = wx + b = {z:.2f}；再过 sigmoid 函数：ŷ = σ({z:.2f}) = "
        "{answer:.2f}，读作 y = 1 的概率。与阈值 0.5 相比，模型输出 {says}；这个样本的标签是 {label}。"
    ),
    "logistic_model.check.right_count.question": (
        "一个特征，十二个样本，w = {lm_w}，b = {lm_b}。十二个样本中有几个落在阈值 0.5 正确的一侧"
        "（标签为 1 的要 ŷ > 0.5，标签为 0 的要 ŷ ≤ 0.5）？"
    ),
    "logistic_model.check.right_count.explanation": (
        "{total} 个中的 {answer:.0f} 个。决策边界在 wx + b = 0 处，即 x = {boundary:.1f}。模型对它右边的 "
        "{said_one} 个样本输出 1，其中 {right_one} 个标签为 1；对其余 {said_zero} 个输出 0，其中 {right_zero} "
        "个标签为 0。"
    ),
    "logistic_model.check.all_right.question": (
        "一个特征，十二个样本。是否存在某组 w 和 b，能让十二个样本全部落在 0.5 正确的一侧？"
    ),
    "logistic_model.check.all_right.option.yes": "存在，某组 w 和 b 可以",
    "logistic_model.check.all_right.option.no": "不存在，哪组都不行",
    "logistic_model.check.all_right.explanation": (
        "{answer}：任何 w 和 b 最多只能分对 {total} 个中的 {best} 个。只有一个特征时，决策边界只是 x 轴上的一个点；"
        "有两个样本夹在另一类标签的样本中间，没有哪一个点能把它们全部分对。训练也改变不了这一点：它只能找出这个模型"
        "所能有的最好的 w 和 b。"
    ),

    # ---- activation functions ----
    "activations.check.sigmoid_slope.question": "sigmoid 激活函数在 z = {act_z} 处的斜率 σ′(z) 是多少？",
    "activations.check.sigmoid_slope.explanation": (
        "σ′(z) = σ(z)(1 − σ(z))。在 z = {act_z} 处 σ = {value:.2f}，所以 σ′ = {value:.2f} × (1 − {value:.2f}) = "
        "{answer:.2f}：这是 sigmoid 最陡的地方。即使在最好的情况下，经过 sigmoid 反向传播的梯度也要乘以四分之一。"
    ),
    "activations.check.saturated.question": (
        "一个 sigmoid 单元收到 z = {act_z}。它饱和了吗？也就是斜率几乎为零，以至于它前面的权重几乎学不动？"
    ),
    "activations.check.saturated.option.saturated": "是，已经饱和",
    "activations.check.saturated.option.not_saturated": "否，仍然能学习",
    "activations.check.saturated.explanation": (
        "{answer}。σ′({act_z}) = {slope:.4f}，只有 sigmoid 最大斜率 {peak:g} 的 {share:.1f}%；页面把斜率低于最大值 "
        "{limit:.0f}% 的 z 都涂上阴影。经过这个单元反向传播的梯度要乘以 {slope:.4f}：这就是梯度消失。"
    ),
    "activations.check.steepest.question": (
        "在 z = {act_z} 处，哪个激活函数把最大的斜率 g′(z) 传回给它前面的权重？"
    ),
    "activations.check.steepest.option.sigmoid": "sigmoid 函数",
    "activations.check.steepest.option.tanh": "tanh 函数",
    "activations.check.steepest.option.relu": "ReLU 函数",
    "activations.check.steepest.option.leaky_relu": "leaky ReLU 函数",
    "activations.check.steepest.explanation": (
        "{answer}：在 z = {act_z} 处，各函数的斜率为 sigmoid {slope_sigmoid:.3f}、tanh {slope_tanh:.3f}、"
        "ReLU {slope_relu:g}、leaky ReLU {slope_leaky_relu:g}。z < 0 时 ReLU 不传回任何梯度（只要 z 一直为负，"
        "这个单元就“死”了），leaky ReLU 还能传回一点；tanh 是拉伸到 (−1, 1) 的 sigmoid，在 0 处陡四倍。"
    ),
    "activations.check.no_activation.question": (
        "一个随机权重（种子 {act_seed}）的两层网络，层与层之间没有激活函数，即 g(z) = z。它能画出什么样的决策边界？"
    ),
    "activations.check.no_activation.option.one_layer": "只能是直线：两层等于一层",
    "activations.check.no_activation.option.curved": "弯曲的边界",
    "activations.check.no_activation.explanation": (
        "{answer}。W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)：这里就是 ({w1:.3f})·x₁ + ({w2:.3f})·x₂ + ({b:.3f})，"
        "在网格的每个点上与网络的输出相差不超过 {error:.0e}。堆叠线性层得不到任何新东西；正是层间的激活函数让边界能够弯曲。"
    ),

    # ---- loss and cost ----
    "loss_and_cost.check.confident_wrong.question": (
        "模型对一张标签为 y = 1 的图像给出 a = {loss_a}：它确信这只猫不是猫。损失 L(a, y) 是多少？"
    ),
    "loss_and_cost.check.confident_wrong.explanation": (
        "L = −log a = −log {loss_a} = {answer:.3f}。如果标签是 y = 0，同样的预测只带来 {if_zero:.4f} 的损失："
        "很有把握地答错，代价是很有把握地答对的 {ratio:,.0f} 倍；当 a → 0 时，对数损失会无限增大。"
    ),
    "loss_and_cost.check.coin_toss.question": (
        "模型对一张标签为 y = 1 的图像给出 a = {loss_a}。损失 L(a, y) 是多少？"
    ),
    "loss_and_cost.check.coin_toss.explanation": (
        "L = −log {loss_a} = log 2 = {answer:.4f}；如果标签是 y = 0，损失完全一样，也是 {if_zero:.4f}：0.5 "
        "的预测对哪一类都没有表态。逻辑回归从 w = 0、b = 0 出发时，对每个样本都预测 0.5，所以它的第一个代价 J 也是 log 2。"
    ),
    "loss_and_cost.check.squared_error.question": (
        "逻辑回归如果用平方误差 (σ(wx) − y)² 代替对数损失作为损失函数，代价函数 J(w) 还是 w 的凸函数吗？"
    ),
    "loss_and_cost.check.squared_error.option.convex": "是：只有一个山谷",
    "loss_and_cost.check.squared_error.option.not_convex": "不是：有些地方向下弯",
    "loss_and_cost.check.squared_error.explanation": (
        "{answer}。在图中的样本上，平方误差的 J(w) 有 {count} 段向下弯曲，第一段从 w = {start:.2f} 到 {end:.2f}："
        "sigmoid 饱和处的平坦“肩部”会让梯度下降停在离最好的 w 很远的地方。对数损失的 J 向下弯曲的段数是 "
        "{log_count}：只有一个山谷，每一步下坡都通向谷底。"
    ),

    # ---- the computation graph ----
    "computation_graph.check.warmup_value.question": (
        "在热身计算图 J = 3(a + bc) 上，取 a = {cg_a}、b = {cg_b}、c = {cg_c}：J 是多少？"
    ),
    "computation_graph.check.warmup_value.explanation": (
        "前向传播，一次算一个节点：u = bc = {u:g}，v = a + u = {v:g}，J = 3v = {answer:g}。"
    ),
    "computation_graph.check.warmup_derivative.question": (
        "同一个计算图、同样的输入（a = {cg_a}、b = {cg_b}、c = {cg_c}）：导数 dJ/db 是多少？"
    ),
    "computation_graph.check.warmup_derivative.explanation": (
        "反向传播，用链式法则：dJ/db = dJ/dv · dv/du · du/db = 3 · 1 · c = 3 · {c:g} = {answer:g}。b 本身的值"
        "不起作用：b 只通过乘积 bc 影响 J。"
    ),
    "computation_graph.check.big_step.question": (
        "在含 m = {cg_m} 个样本的逻辑回归计算图上（使用课程给出的输入），用学习率 α = {cg_lr} 做一步梯度下降："
        "代价 J 会下降还是上升？"
    ),
    "computation_graph.check.big_step.option.down": "下降",
    "computation_graph.check.big_step.option.up": "上升",
    "computation_graph.check.big_step.explanation": (
        "{answer}：J 从 {before:.4f} 变为 {after:.4f}。导数只描述当前点附近的斜率；α = {cg_lr} 的一步沿着它走得太远，"
        "越过谷底爬上了对面的坡。同样一步若用 α = 1，J 会降到 {after_one:.4f}。"
    ),

    # ---- gradient descent ----
    "gradient_descent.check.alpha_one.question": (
        "在线性回归的碗形曲面上做普通梯度下降，学习率 α = {gd_lr}，从 ({gd_w0}, {gd_b0}) 出发，迭代 {gd_iters} 次："
        "它会停在谷底、缓慢爬行、来回振荡，还是发散？"
    ),
    "gradient_descent.check.alpha_one.option.settle": "停在最小值处",
    "gradient_descent.check.alpha_one.option.crawl": "缓慢爬行：还没走到",
    "gradient_descent.check.alpha_one.option.oscillate": "在山谷两侧来回振荡",
    "gradient_descent.check.alpha_one.option.blow_up": "发散：冲出等高线图",
    "gradient_descent.check.alpha_one.explanation": (
        "{answer}。这个碗最陡的曲率是 L = {curvature:.3f}，所以只有 α < 2/L = {limit:.3f} 时梯度下降才稳定。"
        "α = {gd_lr} 是这个上限的 {ratio:.2f} 倍：每一步都比上一步离谷底更远，路径在第 {step} 步冲出了等高线图。"
    ),
    "gradient_descent.check.saddle.question": (
        "在鞍点曲面上，梯度下降恰好从山脊上的 ({gd_w0}, {gd_b0}) 出发，α = {gd_lr}，迭代 {gd_iters} 次。"
        "它最后停在哪里？"
    ),
    "gradient_descent.check.saddle.option.valley": "某个山谷的谷底",
    "gradient_descent.check.saddle.option.saddle": "鞍点",
    "gradient_descent.check.saddle.option.blow_up": "冲出等高线图",
    "gradient_descent.check.saddle.explanation": (
        "{answer}：它停在 ({w:.4f}, {b:.4f})，那里的梯度只有 {slope:.1e}。在山脊 b = 0 上，沿 b 方向的斜率恰好为零，"
        "所以每一步都只沿 w 移动，一直走到 (0, 0)：那里梯度为零，但 J 沿 b 方向仍然向下弯。从 b₀ = 0.1 出发，"
        "同样的梯度下降就会滚进一个山谷。"
    ),
    "gradient_descent.check.which_well.question": (
        "在有多个局部最小值的曲面上，梯度下降从 ({gd_w0}, {gd_b0}) 出发，α = {gd_lr}，迭代 {gd_iters} 次。"
        "它能找到最深的那个坑吗？"
    ),
    "gradient_descent.check.which_well.option.deepest": "能，找到最深的",
    "gradient_descent.check.which_well.option.shallower": "不能，停在较浅的坑里",
    "gradient_descent.check.which_well.explanation": (
        "{answer}：它停在 ({w:.2f}, {b:.2f})，J = {cost:.3f}，是离起点最近的那个坑的底部，一个局部最小值；"
        "最深的坑 J = {best:.3f}，在 ({best_w:.2f}, {best_b:.2f})。梯度下降只会往下走：从哪里出发，决定了停在哪里。"
    ),

    # ---- vectorization ----
    "vectorization.check.same_cost.question": (
        "在猫图像上做 {vec_iters} 次迭代的梯度下降，用三种写法：对样本循环、向量化的 wᵀX + b、Gram 形式。"
        "它们最后的代价 J 相同吗？"
    ),
    "vectorization.check.same_cost.option.same": "相同，只差舍入误差",
    "vectorization.check.same_cost.option.close": "差不多：向量化会带来一些误差",
    "vectorization.check.same_cost.option.different": "不同，它们学到的东西不一样",
    "vectorization.check.same_cost.explanation": (
        "{answer}：循环得到 {loop:.10f}，向量化得到 {vectorized:.10f}，Gram 形式得到 {gram:.10f}，相差 {spread:.1e}。"
        "向量化改变的是算术运行的速度，而不是算术本身：三者是同一个算法，每一步都相同。"
    ),
    "vectorization.check.shape_of_z.question": (
        "w 的形状是 (12288, 1)，209 张训练图像组成的 X 的形状是 (12288, 209)，b 只是一个数。"
        "z = wᵀX + b 的形状是什么？"
    ),
    "vectorization.check.shape_of_z.option.row": "(1, 209)：一行",
    "vectorization.check.shape_of_z.option.matrix": "(12288, 209)：和 X 一样",
    "vectorization.check.shape_of_z.option.column": "(209, 1)：一列",
    "vectorization.check.shape_of_z.option.square": "(209, 209)：方阵",
    "vectorization.check.shape_of_z.explanation": (
        "{answer}。wᵀ 是 (1, {n}) 的行向量；乘以 ({n}, {m}) 的矩阵 X，得到 (1, {m}) 的行向量，每张图像一个 z。"
        "b 只是一个数，但 + b 会把它加到全部 {m} 个元素上：numpy 把它广播成 (1, {m})，而不复制它。在真实数据上，"
        "numpy 得到的形状是 {shape}。"
    ),
    "vectorization.check.gram_saving.question": (
        "209 张训练图像，每张 12288 个数：向量化的一步要乘以 X（12288 × 209），Gram 形式的一步则乘以 "
        "K = XᵀX（209 × 209）。Gram 形式的一步所需的乘法次数少多少倍？"
    ),
    "vectorization.check.gram_saving.explanation": (
        "大约 {answer:.1f} 倍：n·m = {nm:,} 次乘法对 m² = {m2:,} 次，比值为 n/m = {n}/{m}。样本比特征少时，"
        "w = Xβ 始终落在这些图像张成的空间里，一步只需要 m × m 的 Gram 矩阵：这是更好的算法，而不只是更快的代码。"
    ),

    # ---- the cat classifier ----
    "cat_classifier.check.best_rate.question": (
        "在猫图像上训练逻辑回归，学习率 α 分别取 {compare}，各迭代 {compare_iters} 次：哪个学习率的测试集准确率最高？"
    ),
    "cat_classifier.check.best_rate.option.0.01": "学习率 α = 0.01",
    "cat_classifier.check.best_rate.option.0.001": "学习率 α = 0.001",
    "cat_classifier.check.best_rate.option.0.0001": "学习率 α = 0.0001",
    "cat_classifier.check.best_rate.explanation": (
        "{answer}，答对了 {best_test:.1f}% 的测试图像。α = {rate_1}：最终代价 {cost_1:.3f}，训练集准确率 "
        "{train_1:.1f}%，测试集准确率 {test_1:.1f}%；α = {rate_2}：{cost_2:.3f}，{train_2:.1f}% 和 {test_2:.1f}%；"
        "α = {rate_3}：{cost_3:.3f}，{train_3:.1f}% 和 {test_3:.1f}%。最小的学习率迭代 {compare_iters} 次后才刚刚起步；"
        "较大的学习率让训练代价降得更快，而训练集准确率比测试集准确率高得多。"
    ),
    "cat_classifier.check.overfitting.question": (
        "用学习率 α = {lr} 在猫图像上训练逻辑回归，迭代 {iters} 次。它的测试集准确率和训练集准确率相比会怎样？"
    ),
    "cat_classifier.check.overfitting.option.close": "差不多",
    "cat_classifier.check.overfitting.option.well_below": "低得多",
    "cat_classifier.check.overfitting.option.above": "更高",
    "cat_classifier.check.overfitting.explanation": (
        "{answer}：训练图像答对 {train:.1f}%，测试图像只答对 {test:.1f}%，相差 {gap:.0f} 个百分点。12288 个权重只对应 "
        "209 张图像，模型把训练图像背了下来：训练集上的代价降到 {cost:.3f}，而测试集上的代价最后是 {test_cost:.3f}。"
        "这就是过拟合。"
    ),

    # ---- the shallow network ----
    "shallow_network.check.parameters.question": (
        "一个网络有 2 个输入、一个含 {sn_hidden} 个单元的隐含层和 1 个输出：它要学习多少个参数（权重和偏置）？"
    ),
    "shallow_network.check.parameters.explanation": (
        "{answer:.0f} 个。W^[1] 是 ({h}, 2)，共 {w1} 个权重；b^[1] 是 ({h}, 1)；W^[2] 是 (1, {h})；b^[2] 是 (1, 1)。"
    ),
    "shallow_network.check.logistic_flower.question": (
        "在花朵数据上用逻辑回归（一条直线）：训练集准确率能达到多少？"
    ),
    "shallow_network.check.logistic_flower.option.chance": "和随机猜测差不多（低于 60%）",
    "shallow_network.check.logistic_flower.option.good": "不错（60% 到 85%）",
    "shallow_network.check.logistic_flower.option.excellent": "很好（高于 85%）",
    "shallow_network.check.logistic_flower.explanation": (
        "{answer}：{acc:.0f}%。逻辑回归的决策边界是一条直线，而花瓣绕着中心交替排列，没有哪条直线能把它们分开："
        "无论画哪条线，都会把每种颜色切成两半。这正是隐含层的用处。"
    ),
    "shallow_network.check.four_units.question": (
        "在花朵数据上，隐含层有 {sn_hidden} 个 tanh 单元，学习率 α = {sn_lr}，迭代 {sn_iters} 次：训练集准确率是多少？"
    ),
    "shallow_network.check.four_units.option.near_50": "大约 50%",
    "shallow_network.check.four_units.option.near_70": "大约 70%",
    "shallow_network.check.four_units.option.near_90": "大约 90%",
    "shallow_network.check.four_units.explanation": (
        "{answer}：{acc:.1f}%，而逻辑回归在同样的点上只有 {logistic:.0f}%。每个 tanh 单元画出自己的一条直线，"
        "输出单元把它们组合起来，所以 {sn_hidden} 个隐含单元就能让边界绕着花瓣弯曲。"
    ),

    # ---- the deep network ----
    "deep_network.check.parameters.question": (
        "每张猫图像是 12288 个数。一个网络的隐含层大小为 {dn_layers}，再加一个输出单元：它要学习多少个参数？"
    ),
    "deep_network.check.parameters.explanation": (
        "{answer:,.0f} 个。仅第一层就占了其中的 {first:,} 个（{share:.1f}%）：W^[1] 是 ({units}, {n})，"
        "它的 {units} 个单元每个都为每个像素值配一个权重，另外还有 {units} 个偏置。"
    ),
    "deep_network.check.small_start.question": (
        "隐含层为 {dn_layers} 的网络（ReLU）从 randn × 0.01 的初始权重出发，以学习率 α = {dn_lr} 训练 "
        "{dn_iters} 次迭代。它能学到东西吗？"
    ),
    "deep_network.check.small_start.option.learns": "能，代价会下降",
    "deep_network.check.small_start.option.stuck": "不能，它卡住了",
    "deep_network.check.small_start.explanation": (
        "{answer}：{dn_iters} 次迭代中，代价只从 {start:.4f} 降到 {end:.4f}，而且它把每张训练图像都判为“非猫”："
        "它的准确率 {train:.1f}% 恰好就是非猫图像所占的比例 {noncats:.1f}%。权重乘以 0.01 时，每个小的层都把信号"
        "缩小到原来的百分之几，传回来的梯度也同样缩小：几乎没有梯度能到达前面几层。改为除以 √n，信号的大小就能在层与层之间"
        "保持不变。"
    ),
}
