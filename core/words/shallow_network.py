"""Words of the shallow network chapter (one hidden layer on two-dimensional data)."""

EN = {
    "sn.title": "A shallow network: one hidden layer",
    "sn.intro": (
        "Logistic regression draws one straight line. Put a layer of hidden units in front of it and the "
        "network can bend its boundary around the data. Each hidden unit computes its own line, "
        "a^[1] = g(W^[1]x + b^[1]); the output unit mixes them, a^[2] = σ(W^[2]a^[1] + b^[2]). Pick a data set, "
        "the number of "
        "hidden units and their activation, then press **Train** and watch the boundary take shape."
    ),
    "sn.settings": "Network settings",
    "sn.data": "Data set",
    "sn.data_flower": "flower",
    "sn.data_xor": "XOR clusters",
    "sn.data_circles": "circles",
    "sn.data_moons": "moons",
    "sn.data_blobs": "blobs",
    "sn.noise": "Noise",
    "sn.hidden": "Hidden units",
    "sn.activation": "Hidden activation",
    "sn.act_tanh": "tanh",
    "sn.act_relu": "ReLU",
    "sn.act_sigmoid": "sigmoid",
    "sn.lr": "Learning rate α",
    "sn.iters": "Iterations",
    "sn.seed": "Random seed of the initial weights",
    "sn.pace": "Pace of the live view",
    "sn.pace_instant": "instant",
    "sn.pace_watch": "watch (about 4 s)",
    "sn.class_0": "class 0 (blue)",
    "sn.class_1": "class 1 (orange)",
    "sn.probability": "P(class 1)",
    "sn.shapes": (
        "Shapes: X is (2, {m}), W^[1] is ({h}, 2), b^[1] is ({h}, 1), W^[2] is (1, {h}), b^[2] is (1, 1): "
        "{count} parameters in all."
    ),
    "sn.train_header": "Training",
    "sn.train": "Train",
    "sn.stop": "Stop training",
    "sn.not_trained": "Press **Train**: the decision boundary will form here as the network learns.",
    "sn.progress": "Iteration {i} of {total}",
    "sn.iteration": "Iteration",
    "sn.cost": "Cost J",
    "sn.accuracy": "Accuracy",
    "sn.boundary_live": "Decision boundary of the network ({h} hidden units)",
    "sn.cost_chart": "Learning curve",
    "sn.finished": "Finished {i} iterations: accuracy {acc:.2f} % with {h} hidden {act} units.",
    "sn.stopped": "Training stopped at iteration {i} of {total}; the boundary shows the network as it stood then.",
    "sn.diverged": (
        "Training diverged at iteration {i}: the cost stopped being a finite number with α = {lr}. "
        "Choose a smaller learning rate."
    ),
    "sn.logistic_header": "For contrast: logistic regression",
    "sn.logistic_intro": (
        "The same data with no hidden layer: one sigmoid unit, trained by the same gradient descent. "
        "Its boundary is a straight line, so on data like the flower it can do little better than a coin."
    ),
    "sn.logistic_chart": "Decision boundary of logistic regression",
    "sn.logistic_accuracy": "Logistic regression accuracy: **{acc:.2f} %**.",
    "sn.experiment_header": "How many hidden units?",
    "sn.experiment_intro": (
        "The course lab's experiment: train the same network with 1, 2, 3, 4, 5, 20 and 50 hidden units and "
        "compare. Too few units cannot bend the boundary enough; many units fit the training points more "
        "closely, which is not always better on new data."
    ),
    "sn.experiment_iters": "Iterations per network",
    "sn.experiment_run": "Run the experiment",
    "sn.experiment_progress": "Training the network with {h} hidden units…",
    "sn.experiment_cell": "n_h = {h}: {acc:.2f} %",
    "sn.experiment_units": "Hidden units",
    "sn.experiment_table_accuracy": "Accuracy",
    "sn.experiment_table_cost": "Final cost",
}

ZH = {
    "sn.title": "浅层神经网络：一个隐含层",
    "sn.intro": (
        "逻辑回归只能画一条直线。在它前面加一层隐含单元，网络就能让边界绕着数据弯曲。每个隐含单元算出自己的一条直线，"
        "a^[1] = g(W^[1]x + b^[1])；输出单元再把它们混合起来，a^[2] = σ(W^[2]a^[1] + b^[2])。选择数据集、"
        "隐含单元的数量及其激活函数，然后按 **训练** 按钮，看决策边界逐渐成形。"
    ),
    "sn.settings": "网络设置",
    "sn.data": "数据集",
    "sn.data_flower": "花朵",
    "sn.data_xor": "XOR 点簇",
    "sn.data_circles": "同心圆",
    "sn.data_moons": "双月牙",
    "sn.data_blobs": "两团点",
    "sn.noise": "噪声",
    "sn.hidden": "隐含单元数",
    "sn.activation": "隐含层激活函数",
    "sn.act_tanh": "tanh",
    "sn.act_relu": "ReLU",
    "sn.act_sigmoid": "sigmoid",
    "sn.lr": "学习率 α",
    "sn.iters": "迭代次数",
    "sn.seed": "初始权重的随机种子",
    "sn.pace": "实时显示的速度",
    "sn.pace_instant": "立即完成",
    "sn.pace_watch": "观看（约 4 秒）",
    "sn.class_0": "类别 0（蓝色）",
    "sn.class_1": "类别 1（橙色）",
    "sn.probability": "P(类别 1)",
    "sn.shapes": (
        "形状：X 是 (2, {m})，W^[1] 是 ({h}, 2)，b^[1] 是 ({h}, 1)，W^[2] 是 (1, {h})，b^[2] 是 (1, 1)："
        "共 {count} 个参数。"
    ),
    "sn.train_header": "训练",
    "sn.train": "训练",
    "sn.stop": "停止训练",
    "sn.not_trained": "按 **训练** 按钮：网络学习时，决策边界会在这里逐渐形成。",
    "sn.progress": "第 {i} 次迭代，共 {total} 次",
    "sn.iteration": "迭代次数",
    "sn.cost": "代价 J",
    "sn.accuracy": "准确率",
    "sn.boundary_live": "网络的决策边界（{h} 个隐含单元）",
    "sn.cost_chart": "学习曲线",
    "sn.finished": "完成了 {i} 次迭代：使用 {h} 个 {act} 隐含单元，准确率为 {acc:.2f}%。",
    "sn.stopped": "训练在第 {i} 次迭代（共 {total} 次）时停止；边界显示的是网络当时的状态。",
    "sn.diverged": (
        "训练在第 {i} 次迭代时发散：α = {lr} 时，代价不再是有限数。请选择更小的学习率。"
    ),
    "sn.logistic_header": "作为对比：逻辑回归",
    "sn.logistic_intro": (
        "同样的数据，不用隐含层：只有一个 sigmoid 单元，用同样的梯度下降训练。"
        "它的边界是一条直线，所以在花朵这样的数据上，它比抛硬币强不了多少。"
    ),
    "sn.logistic_chart": "逻辑回归的决策边界",
    "sn.logistic_accuracy": "逻辑回归的准确率为 **{acc:.2f}%**",
    "sn.experiment_header": "隐含单元要多少个？",
    "sn.experiment_intro": (
        "课程编程作业中的实验：用 1、2、3、4、5、20 和 50 个隐含单元分别训练同一个网络，然后比较。"
        "单元太少，边界弯得不够；单元多了，对训练点拟合得更紧，但在新数据上并不总是更好。"
    ),
    "sn.experiment_iters": "每个网络的迭代次数",
    "sn.experiment_run": "运行实验",
    "sn.experiment_progress": "正在训练有 {h} 个隐含单元的网络……",
    "sn.experiment_cell": "n_h = {h}，准确率 {acc:.2f}%",
    "sn.experiment_units": "隐含单元数",
    "sn.experiment_table_accuracy": "准确率",
    "sn.experiment_table_cost": "最终代价",
}
