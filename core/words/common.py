"""Words shared by the whole app: navigation, home page, notices about settings from the URL."""

EN = {
    # ---- app and navigation ----
    "app.title": "First Contact",
    "nav.section_start": "Start",
    "nav.section_logistic": "Logistic regression",
    "nav.home": "Home",
    "nav.section_foundations": "Foundations",
    "nav.perceptron": "Perceptron and XOR",
    "nav.activations": "Activation functions",
    "nav.loss_and_cost": "Loss and cost",
    "nav.vectorization": "Vectorization",
    "nav.computation_graph": "Computation graph",
    "nav.gradient_descent": "Gradient descent",
    "nav.cat_classifier": "Cat classifier",
    "nav.section_networks": "Neural networks",
    "nav.shallow_network": "Shallow network",
    "nav.deep_network": "Deep network",
    # ---- language ----
    "lang.label": "Language",
    "lang.en": "English",
    "lang.zh": "简体中文",
    # ---- home ----
    "home.title": "First Contact: deep learning from first principles",
    "home.intro": (
        "A hands-on lab that walks through a beginner's text on neural networks, chapter by chapter: "
        "*the text*, as these pages call it. Every formula runs in plain numpy in front of you: slide a "
        "learning rate and watch the cost fall, press **Train** and watch a classifier learn to tell whether "
        "a picture shows a cat.\n\n"
        "The lab values and the names of the numpy functions (`propagate`, `optimize`, `L_model_forward`, …), "
        "the learning rate 0.005 with 2000 iterations, the three cat models and their test accuracies "
        "(70 % for logistic regression, 80 % for the L-layer network) come from Andrew Ng's deep-learning "
        "course (deeplearning.ai), *the course* on these pages. The text credits it too.\n\n"
        "Use the menu at the top to open a chapter. Settings live in the address bar, so a copied link "
        "opens the same view for your class."
    ),
    "home.steps_header": "The eight steps of building a network",
    "home.steps_intro": "Every model in this lab, from one neuron to a deep network, is built the same way:",
    "home.step_import": "Import the packages",
    "home.step_import_detail": "numpy for the arrays and the math, h5py to read the HDF5 data files, matplotlib (here: plotly) to draw.",
    "home.step_load": "Load the data set",
    "home.step_load_detail": "Read the images and labels, look at a few, reshape each image into a column and standardize it (divide by 255).",
    "home.step_graph": "Define the computation graph",
    "home.step_graph_detail": "Write the model as a chain of simple operations: z = wᵀx + b, a = σ(z), then the loss.",
    "home.step_init": "Initialize the parameters",
    "home.step_init_detail": "w = 0 and b = 0 for logistic regression; small random weights for a network.",
    "home.step_forward": "One iteration's forward propagation",
    "home.step_forward_detail": "Left to right through the graph: the predictions, the accuracy and the loss.",
    "home.step_backward": "One iteration's backward propagation",
    "home.step_backward_detail": "Right to left: the derivatives, then the gradient-descent update of every layer, from the last to the first.",
    "home.step_repeat": "Repeat steps 5 and 6",
    "home.step_repeat_detail": "Iterate, recording the loss and the accuracy of each iteration, until the final loss and accuracy.",
    "home.step_curves": "Plot the record, tune the hyper-parameters",
    "home.step_curves_detail": "From the record of step 7, plot the training-set and test-set loss against the iterations, and the accuracy against the iterations, to tune the hyper-parameters.",
    "home.open_chapter": "Open the chapter: {chapter}",
    "home.coming_later": "A chapter showing this step in detail is on its way.",
    # ---- settings from the URL ----
    "url_notice.malformed": "⚠ The link asked for {name} = “{value}”, which is not a value; using {default}.",
    "url_notice.out_of_range": "⚠ The link asked for {name} = {value}, outside the slider's range; using {default}.",
    "url_notice.not_an_option": "⚠ The link asked for {name} = {value}, which is not one of the choices; using {default}.",
    "url_notice.unknown_kind": "⚠ The link's value for {name} could not be used; using {default}.",
    # ---- joining two sentences into one paragraph (a space in English, nothing in Chinese) ----
    "text.between_sentences": " ",
    "text.between_items": "; ",  # a list of settings inside one sentence
    # ---- live training ----
    "live.stale": "The run shown was made with other settings ({changes}). Press Train to train with the current ones.",
    "live.stale_change": "{name}: {then}, now {now}",
    "live.stop_toast": "Stopped at iteration {i}.",
    "a11y.skip_to": "Skip to {control}",
    "live.show_numbers": "Show the numbers",
    "live.chart_failed": "This chart could not be drawn: the browser did not get plotly.js from the server. Reload the page; if it stays empty, the chart's words beside it say what it shows.",
    "live.train_set": "Training set",
    "live.test_set": "Test set",
}

ZH = {
    # ---- app and navigation ----
    "app.title": "First Contact",
    "nav.section_start": "开始",
    "nav.section_logistic": "逻辑回归",
    "nav.home": "首页",
    "nav.section_foundations": "基础",
    "nav.perceptron": "感知机与 XOR",
    "nav.activations": "激活函数",
    "nav.loss_and_cost": "损失与代价",
    "nav.vectorization": "向量化",
    "nav.computation_graph": "计算图",
    "nav.gradient_descent": "梯度下降",
    "nav.cat_classifier": "猫分类器",
    "nav.section_networks": "神经网络",
    "nav.shallow_network": "浅层神经网络",
    "nav.deep_network": "深层神经网络",
    # ---- language ----
    "lang.label": "语言",
    "lang.en": "English",
    "lang.zh": "简体中文",
    # ---- home ----
    "home.title": "初识深度学习：从基本原理动手学起（First Contact）",
    "home.intro": (
        "这是一个动手实验室，逐章跟随一篇神经网络入门文章（下文称“原文”）。每个公式都用纯 numpy 在你眼前运行："
        "拖动学习率滑块，看代价一路下降；按下 **训练** 按钮，看一个分类器学会判断图片中是否有猫。\n\n"
        "实验中的数值和 numpy 函数名（`propagate`、`optimize`、`L_model_forward` 等）、学习率 0.005 和 2000 次迭代、"
        "三个猫分类模型及其测试准确率（逻辑回归 70%，L 层网络 80%），都来自吴恩达的深度学习课程（下文称“课程”）。"
        "原文也注明了这一出处。\n\n"
        "用页面顶部的菜单打开一章。所有设置都保存在地址栏里，所以复制的链接在全班同学那里打开的都是同一个视图。"
    ),
    "home.steps_header": "搭建神经网络的八个步骤",
    "home.steps_intro": "本实验室中的每个模型，从单个神经元到深层网络，都按同样的步骤搭建：",
    "home.step_import": "导入所需的包",
    "home.step_import_detail": "numpy 负责数组和数学运算，h5py 负责读取 HDF5 数据文件，matplotlib（本实验室用 plotly）负责绘图。",
    "home.step_load": "加载数据集",
    "home.step_load_detail": "读取图像和标签，看看其中几张，把每张图像重塑成一列，并标准化（除以 255）。",
    "home.step_graph": "定义计算图",
    "home.step_graph_detail": "把模型写成一串简单的运算：z = wᵀx + b，a = σ(z)，然后是损失。",
    "home.step_init": "初始化参数",
    "home.step_init_detail": "逻辑回归从 w = 0、b = 0 开始；神经网络从较小的随机权重开始。",
    "home.step_forward": "一次迭代的前向传播",
    "home.step_forward_detail": "沿着计算图从左到右：算出预测值、准确率和损失。",
    "home.step_backward": "一次迭代的反向传播",
    "home.step_backward_detail": "从右到左：先算出导数，再用梯度下降从最后一层到第一层更新每一层的参数。",
    "home.step_repeat": "重复第 5 步和第 6 步",
    "home.step_repeat_detail": "不断迭代，记录每次迭代的损失和准确率，直到得到最终的损失和准确率。",
    "home.step_curves": "绘制学习曲线，调整超参数",
    "home.step_curves_detail": "根据第 7 步的记录，绘制训练集和测试集的损失随迭代次数变化的曲线，以及准确率随迭代次数变化的曲线，据此调整超参数。",
    "home.open_chapter": "打开这一章：{chapter}",
    "home.coming_later": "详细展示这一步的章节即将推出。",
    # ---- settings from the URL ----
    "url_notice.malformed": "⚠ 链接中的{name}为“{value}”，这不是一个有效的值；改用默认值：{default}。",
    "url_notice.out_of_range": "⚠ 链接中的{name}为 {value}，超出了滑块的范围；改用默认值：{default}。",
    "url_notice.not_an_option": "⚠ 链接中的{name}为 {value}，不在可选项之中；改用默认值：{default}。",
    "url_notice.unknown_kind": "⚠ 链接中{name}的值无法使用；改用默认值：{default}。",
    # ---- joining two sentences into one paragraph (a space in English, nothing in Chinese) ----
    "text.between_sentences": "",
    "text.between_items": "；",  # a list of settings inside one sentence
    # ---- live training ----
    "live.stale": "显示的这次训练用的是另一组设置（{changes}）。按“训练”按钮，用当前的设置重新训练。",
    "live.stale_change": "{name}：当时为 {then}，现在为 {now}",
    "live.stop_toast": "已在第 {i} 次迭代时停止。",
    "a11y.skip_to": "跳到“{control}”",
    "live.show_numbers": "显示数值",
    "live.chart_failed": "这张图无法绘制：浏览器没有从服务器取得 plotly.js。请重新加载页面；如果仍然是空的，图旁的文字说明了图的内容。",
    "live.train_set": "训练集",
    "live.test_set": "测试集",
}
