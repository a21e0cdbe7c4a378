"""Words of the shallow network chapter (one hidden layer on two-dimensional data)."""

EN = {
    "shallow_network.title": "A shallow network: one hidden layer",
    "shallow_network.intro": (
        "Logistic regression draws one straight line. Put a layer of hidden units in front of it and the "
        "network can bend its boundary around the data. Each hidden unit takes its own linear combination of "
        "the inputs and bends it with its activation, a^[1] = g(W^[1]x + b^[1]) (only the points where the "
        "linear part is zero form a line); the output unit mixes them, a^[2] = σ(W^[2]a^[1] + b^[2]). The text "
        "builds this network with TensorFlow (its chapter 3) and the deep one with Keras (chapter 4); here every "
        "step is plain numpy you can read. Pick a data set, the number of "
        "hidden units and their activation, then press **Train** and watch the boundary take shape."
    ),
    "shallow_network.settings": "Network settings",
    "shallow_network.data": "Data set",
    "shallow_network.data_flower": "flower",
    "shallow_network.data_xor": "XOR clusters",
    "shallow_network.data_circles": "circles",
    "shallow_network.data_moons": "moons",
    "shallow_network.data_blobs": "blobs",
    "shallow_network.noise": "Noise",
    "shallow_network.hidden": "Hidden units",
    "shallow_network.activation": "Hidden activation",
    "shallow_network.act_tanh": "tanh",
    "shallow_network.act_relu": "ReLU",
    "shallow_network.act_sigmoid": "sigmoid",
    "shallow_network.lr": "Learning rate α",
    "shallow_network.iters": "Iterations",
    "shallow_network.seed": "Random seed of the initial weights",
    "shallow_network.pace": "Pace of the live view",
    "shallow_network.pace_instant": "instant",
    "shallow_network.pace_watch": "watch (about 4 s)",
    "shallow_network.class_0": "class 0 (blue)",
    "shallow_network.class_1": "class 1 (orange)",
    "shallow_network.probability": "P(class 1)",
    "shallow_network.shapes": (
        "Shapes: X is (2, {m}), W^[1] is ({h}, 2), b^[1] is ({h}, 1), W^[2] is (1, {h}), b^[2] is (1, 1): "
        "{count} parameters in all."
    ),
    "shallow_network.train_header": "Training",
    "shallow_network.train": "Train",
    "shallow_network.stop": "Stop training",
    "shallow_network.not_trained": "Press **Train**: the decision boundary will form here as the network learns.",
    "shallow_network.progress": "Iteration {i} of {total}",
    "shallow_network.iteration": "Iteration",
    "shallow_network.cost": "Cost J",
    "shallow_network.accuracy": "Accuracy",
    "shallow_network.boundary_live": "Decision boundary of the network ({h} hidden units)",
    "shallow_network.cost_chart": "Learning curve",
    "shallow_network.finished": "Finished {i} iterations: accuracy {acc:.2f} % with {h} hidden {act} units.",
    "shallow_network.stopped": "Training stopped at iteration {i} of {total}; the boundary shows the network as it stood then.",
    "shallow_network.diverged": (
        "Training diverged at iteration {i}: the cost stopped being a finite number with α = {lr}. "
        "Choose a smaller learning rate."
    ),
    "shallow_network.logistic_header": "For contrast: logistic regression",
    "shallow_network.logistic_intro": (
        "The same data with no hidden layer: one sigmoid unit, trained by the same gradient descent. "
        "Its boundary is a straight line, so on data like the flower it can do little better than a coin."
    ),
    "shallow_network.logistic_chart": "Decision boundary of logistic regression",
    "shallow_network.logistic_accuracy": "Logistic regression accuracy: **{acc:.2f} %**.",
    "shallow_network.experiment_header": "How many hidden units?",
    "shallow_network.experiment_intro": (
        "The course lab's experiment: train the same network with 1, 2, 3, 4, 5, 20 and 50 hidden units and "
        "compare. Too few units cannot bend the boundary enough; many units fit the training points more "
        "closely, which is not always better on new data."
    ),
    "shallow_network.experiment_iters": "Iterations per network",
    "shallow_network.experiment_run": "Run the experiment",
    "shallow_network.experiment_progress": "Training the network with {h} hidden units…",
    "shallow_network.experiment_cell": "n_h = {h}: {acc:.2f} %",
    "shallow_network.experiment_units": "Hidden units",
    "shallow_network.experiment_table_accuracy": "Accuracy",
    "shallow_network.experiment_table_cost": "Final cost",
    # charts in words (core/chart_words.py)
    "shallow_network.chart_text": "The charts in words: the cost {moved} from {first} to {last} over {iterations:,} iterations; the decision boundary gets {accuracy} % of the {points} points right.",
    "shallow_network.boundary_text": "The chart in words: the decision boundary gets {accuracy} % of the {points} points right.",
}

ZH = {
    "shallow_network.title": "浅层神经网络：一个隐含层",
    "shallow_network.intro": (
        "逻辑回归只能画一条直线。在它前面加一层隐含单元，网络就能让决策边界绕着数据弯曲。每个隐含单元先对输入做自己的"
        "线性组合，再用激活函数把它弯折：a^[1] = g(W^[1]x + b^[1])（只有线性部分等于零的那些点构成一条直线）；"
        "输出单元再把它们组合起来，a^[2] = σ(W^[2]a^[1] + b^[2])。原文第 3 章用 TensorFlow 搭建这个网络，"
        "第 4 章用 Keras 搭建深层网络；这里每一步都是你能读懂的纯 numpy。选择数据集、"
        "隐含单元的数量及其激活函数，然后按 **训练** 按钮，看决策边界逐渐成形。"
    ),
    "shallow_network.settings": "网络设置",
    "shallow_network.data": "数据集",
    "shallow_network.data_flower": "花朵",
    "shallow_network.data_xor": "XOR 点簇",
    "shallow_network.data_circles": "同心圆",
    "shallow_network.data_moons": "双月牙",
    "shallow_network.data_blobs": "两团点",
    "shallow_network.noise": "噪声",
    "shallow_network.hidden": "隐含单元数",
    "shallow_network.activation": "隐含层激活函数",
    "shallow_network.act_tanh": "tanh",
    "shallow_network.act_relu": "ReLU",
    "shallow_network.act_sigmoid": "sigmoid",
    "shallow_network.lr": "学习率 α",
    "shallow_network.iters": "迭代次数",
    "shallow_network.seed": "初始权重的随机种子",
    "shallow_network.pace": "实时显示的速度",
    "shallow_network.pace_instant": "立即完成",
    "shallow_network.pace_watch": "观看（约 4 秒）",
    "shallow_network.class_0": "类别 0（蓝色）",
    "shallow_network.class_1": "类别 1（橙色）",
    "shallow_network.probability": "P(类别 1)",
    "shallow_network.shapes": (
        "形状：X 是 (2, {m})，W^[1] 是 ({h}, 2)，b^[1] 是 ({h}, 1)，W^[2] 是 (1, {h})，b^[2] 是 (1, 1)："
        "共 {count} 个参数。"
    ),
    "shallow_network.train_header": "训练",
    "shallow_network.train": "训练",
    "shallow_network.stop": "停止训练",
    "shallow_network.not_trained": "按 **训练** 按钮：网络学习时，决策边界会在这里逐渐形成。",
    "shallow_network.progress": "第 {i} 次迭代，共 {total} 次",
    "shallow_network.iteration": "迭代次数",
    "shallow_network.cost": "代价 J",
    "shallow_network.accuracy": "准确率",
    "shallow_network.boundary_live": "网络的决策边界（{h} 个隐含单元）",
    "shallow_network.cost_chart": "学习曲线",
    "shallow_network.finished": "完成了 {i} 次迭代：使用 {h} 个 {act} 隐含单元，准确率为 {acc:.2f}%。",
    "shallow_network.stopped": "训练在第 {i} 次迭代（共 {total} 次）时停止；边界显示的是网络当时的状态。",
    "shallow_network.diverged": (
        "训练在第 {i} 次迭代时发散：α = {lr} 时，代价不再是有限数。请选择更小的学习率。"
    ),
    "shallow_network.logistic_header": "作为对比：逻辑回归",
    "shallow_network.logistic_intro": (
        "同样的数据，不用隐含层：只有一个 sigmoid 单元，用同样的梯度下降训练。"
        "它的边界是一条直线，所以在花朵这样的数据上，它比随机猜测强不了多少。"
    ),
    "shallow_network.logistic_chart": "逻辑回归的决策边界",
    "shallow_network.logistic_accuracy": "逻辑回归的准确率为 **{acc:.2f}%**",
    "shallow_network.experiment_header": "隐含单元要多少个？",
    "shallow_network.experiment_intro": (
        "课程编程作业中的实验：用 1、2、3、4、5、20 和 50 个隐含单元分别训练同一个网络，然后比较。"
        "单元太少，边界弯得不够；单元多了，对训练点拟合得更紧，但在新数据上并不总是更好。"
    ),
    "shallow_network.experiment_iters": "每个网络的迭代次数",
    "shallow_network.experiment_run": "运行实验",
    "shallow_network.experiment_progress": "正在训练有 {h} 个隐含单元的网络……",
    "shallow_network.experiment_cell": "n_h = {h}，准确率 {acc:.2f}%",
    "shallow_network.experiment_units": "隐含单元数",
    "shallow_network.experiment_table_accuracy": "准确率",
    "shallow_network.experiment_table_cost": "最终代价",
    # charts in words (core/chart_words.py)
    "shallow_network.chart_text": "图的文字说明：在 {iterations:,} 次迭代中，代价从 {first} {moved}到 {last}；决策边界把 {points} 个点中的 {accuracy}% 分对。",
    "shallow_network.boundary_text": "图的文字说明：决策边界把 {points} 个点中的 {accuracy}% 分对。",
}
