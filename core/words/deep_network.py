"""Words of the deep network chapter (an L-layer network on the cat images)."""

EN = {
    "deep_network.title": "A deep network for the cats",
    "deep_network.intro": (
        "In the course's lab, logistic regression reaches 70 % on the test cats. Stack layers of hidden units "
        "in front of the output and the network can learn features of its own: edges, patches, shapes. The text builds "
        "this in Keras (its chapter 4); here every step is plain numpy you can read: initialise, forward through every "
        "layer, backward through every layer, update, repeat. Set the hidden layer sizes in the sidebar "
        "(for example **20, 7, 5**) and press **Train**."
    ),
    "deep_network.settings": "Network settings",
    "deep_network.layers": "Hidden layer sizes",
    "deep_network.layers_help": "Comma-separated unit counts, one per hidden layer: 7 is the course lab's two-layer network, 20, 7, 5 its L-layer one.",
    "deep_network.layers_invalid": "“{text}” is not a list of layer sizes (1 to 200 units, at most 6 layers); using {default}.",
    "deep_network.activation": "Hidden activation",
    "deep_network.act_relu": "ReLU",
    "deep_network.act_tanh": "tanh",
    "deep_network.act_sigmoid": "sigmoid",
    "deep_network.init": "Initialisation",
    "deep_network.init_scaled": "randn / √n (the course lab's L-layer)",
    "deep_network.init_small": "randn × 0.01 (the course lab's two-layer)",
    "deep_network.init_he": "He: randn × √(2/n)",
    "deep_network.lr": "Learning rate α",
    "deep_network.iters": "Iterations",
    "deep_network.pace": "Pace of the live view",
    "deep_network.pace_instant": "instant",
    "deep_network.pace_watch": "watch (about 4 s)",
    "deep_network.shapes_header": "The layers",
    "deep_network.shapes_intro": "Layer sizes {dims}: {count} parameters to learn, almost all of them in W^[1], which looks at every pixel.",
    "deep_network.layer": "Layer",
    "deep_network.w_shape": "W shape",
    "deep_network.b_shape": "b shape",
    "deep_network.parameters": "Parameters",
    "deep_network.train_header": "Training",
    "deep_network.train": "Train",
    "deep_network.stop": "Stop training",
    "deep_network.not_trained": "Press **Train**: the cost and accuracy curves will grow here as the network learns.",
    "deep_network.progress": "Iteration {i} of {total}",
    "deep_network.iteration": "Iteration",
    "deep_network.cost": "Cost J",
    "deep_network.train_accuracy": "Train accuracy",
    "deep_network.test_accuracy": "Test accuracy",
    "deep_network.accuracy": "Accuracy (%)",
    "deep_network.cost_chart": "Learning curve",
    "deep_network.accuracy_chart": "Accuracy while learning",
    "deep_network.finished": "Finished {i} iterations: train accuracy {train:.2f} %, test accuracy {test:.2f} %.",
    "deep_network.stopped": "Training stopped at iteration {i} of {total}. The results below are for the network as it stood then.",
    "deep_network.diverged": "Training diverged at iteration {i}: the cost stopped being a finite number with α = {lr}. Choose a smaller learning rate.",
    "deep_network.compare_header": "Logistic regression, two layers, L layers",
    "deep_network.compare_intro": (
        "The course lab's three cat models side by side, each with its own settings: logistic regression "
        "(α = 0.005, 2000 iterations), the two-layer network 12288-7-1 and the L-layer network "
        "12288-20-7-5-1 (α = 0.0075, 2500 iterations)."
    ),
    "deep_network.compare_run": "Train the three models",
    "deep_network.compare_progress": "Training the course lab's three models (once for the whole class)…",
    "deep_network.model": "Model",
    "deep_network.seconds": "Time (s)",
    "deep_network.model_logistic": "Logistic regression",
    "deep_network.model_two_layer": "Two-layer network (7)",
    "deep_network.model_deep": "L-layer network (20, 7, 5)",
    "deep_network.compare_chart": "Cost of the three models",
    "deep_network.compare_lesson": (
        "Depth pays here: with the course lab's settings, measured just now, the L-layer network classifies "
        "{deep:.0f} % of the test images right against {logistic:.0f} % for logistic regression, with the same "
        "data and the same gradient descent."
    ),
    "deep_network.photo_header": "Try your own photo",
    "deep_network.photo_intro": "Classified by the network you trained last or, until you have trained one, by the course lab's L-layer network.",
    "deep_network.photo_model_yours": "Classified by the network you trained.",
    "deep_network.photo_model_reference": "Classified by the course lab's L-layer network (20, 7, 5).",
    # charts in words (core/chart_words.py)
    "deep_network.compare_text": "The chart in words: the final cost of each model is {each}; the lowest is {best} ({low}).",
    "deep_network.first_cost": "First cost",
    "deep_network.final_cost": "Final cost",
}

ZH = {
    "deep_network.title": "识别猫的深层神经网络",
    "deep_network.intro": (
        "在课程的编程作业中，逻辑回归在测试集的猫图像上达到 70% 的准确率。在输出前面堆叠几层隐含单元，"
        "网络就能学到自己的特征：边缘、小块图案、形状。原文第 4 章用 Keras 来搭建它；这里每一步都是你能读懂的纯 numpy："
        "初始化，逐层前向传播，逐层反向传播，更新，重复。在侧边栏把隐含层的大小设为 **20, 7, 5** 之类的值，"
        "然后按 **训练** 按钮。"
    ),
    "deep_network.settings": "网络设置",
    "deep_network.layers": "隐含层大小",
    "deep_network.layers_help": "用逗号分隔的单元数，每个隐含层一个：7 是课程编程作业中的两层网络，20, 7, 5 是其中的 L 层网络。",
    "deep_network.layers_invalid": "“{text}” 不是一个有效的层大小列表（每层 1 到 200 个单元，最多 6 层）；改用 {default}。",
    "deep_network.activation": "隐含层激活函数",
    "deep_network.act_relu": "ReLU",
    "deep_network.act_tanh": "tanh",
    "deep_network.act_sigmoid": "sigmoid",
    "deep_network.init": "初始化",
    "deep_network.init_scaled": "randn / √n（课程编程作业中的 L 层网络）",
    "deep_network.init_small": "randn × 0.01（课程编程作业中的两层网络）",
    "deep_network.init_he": "He 初始化：randn × √(2/n)",
    "deep_network.lr": "学习率 α",
    "deep_network.iters": "迭代次数",
    "deep_network.pace": "实时显示的速度",
    "deep_network.pace_instant": "立即完成",
    "deep_network.pace_watch": "观看（约 4 秒）",
    "deep_network.shapes_header": "各层",
    "deep_network.shapes_intro": "各层大小 {dims}：共有 {count} 个参数要学习，几乎全部在 W^[1] 中，因为它要看每一个像素。",
    "deep_network.layer": "层",
    "deep_network.w_shape": "W 的形状",
    "deep_network.b_shape": "b 的形状",
    "deep_network.parameters": "参数个数",
    "deep_network.train_header": "训练",
    "deep_network.train": "训练",
    "deep_network.stop": "停止训练",
    "deep_network.not_trained": "按 **训练** 按钮：网络学习时，代价曲线和准确率曲线会在这里逐渐画出来。",
    "deep_network.progress": "第 {i} 次迭代，共 {total} 次",
    "deep_network.iteration": "迭代次数",
    "deep_network.cost": "代价 J",
    "deep_network.train_accuracy": "训练集准确率",
    "deep_network.test_accuracy": "测试集准确率",
    "deep_network.accuracy": "准确率（%）",
    "deep_network.cost_chart": "学习曲线",
    "deep_network.accuracy_chart": "学习过程中的准确率",
    "deep_network.finished": "完成了 {i} 次迭代：训练集准确率 {train:.2f}%，测试集准确率 {test:.2f}%。",
    "deep_network.stopped": "训练在第 {i} 次迭代（共 {total} 次）时停止。下面的结果对应网络当时的状态。",
    "deep_network.diverged": "训练在第 {i} 次迭代时发散：α = {lr} 时，代价不再是有限数。请选择更小的学习率。",
    "deep_network.compare_header": "逻辑回归、两层网络、L 层网络",
    "deep_network.compare_intro": (
        "课程编程作业中的三个猫分类模型并排比较，各用各的设置：逻辑回归（α = 0.005，2000 次迭代），"
        "两层网络 12288-7-1，以及 L 层网络 12288-20-7-5-1（α = 0.0075，2500 次迭代）。"
    ),
    "deep_network.compare_run": "训练这三个模型",
    "deep_network.compare_progress": "正在训练课程编程作业中的三个模型（全班只训练一次）……",
    "deep_network.model": "模型",
    "deep_network.seconds": "时间（秒）",
    "deep_network.model_logistic": "逻辑回归",
    "deep_network.model_two_layer": "两层网络（7）",
    "deep_network.model_deep": "L 层网络（20, 7, 5）",
    "deep_network.compare_chart": "三个模型的代价",
    "deep_network.compare_lesson": (
        "在这里，加深网络确实有回报：按课程编程作业的设置，刚刚测得 L 层网络能正确分类 {deep:.0f}% 的测试图像，"
        "而逻辑回归只有 {logistic:.0f}%，用的是同样的数据和同样的梯度下降。"
    ),
    "deep_network.photo_header": "试试你自己的照片",
    "deep_network.photo_intro": "由你最近训练的网络来分类；在你训练出自己的网络之前，则由课程编程作业中的 L 层网络来分类。",
    "deep_network.photo_model_yours": "由你训练的网络分类。",
    "deep_network.photo_model_reference": "由课程编程作业中的 L 层网络（20, 7, 5）分类。",
    # charts in words (core/chart_words.py)
    "deep_network.compare_text": "图的文字说明：各模型的最终代价为 {each}；最低的是 {best}（{low}）。",
    "deep_network.first_cost": "初始代价",
    "deep_network.final_cost": "最终代价",
}
