"""Words of the cat classifier chapter (and the cat data set it loads)."""

EN = {
    # ---- the data set ----
    "data.loading": "Loading the cat images…",
    "data.missing": (
        "The cat / non-cat data set is not here and could not be downloaded.\n\n"
        "To fix it, put the two files **{train}** and **{test}** in the folder `{folder}` "
        "(or point the environment variable `FIRST_CONTACT_DATA_DIR` at a folder holding them), "
        "then press **Try again**. Or upload both files below."
    ),
    "data.missing_details": "What went wrong",
    "data.retry": "Try again",
    "data.upload_intro": "Upload the two HDF5 files (they are checked before use):",
    "data.upload_invalid": "That upload cannot be used: {problem}",
    "data.upload_ok": "Both files check out: using the uploaded data set for this session.",
    # ---- cat classifier ----
    "cat_classifier.title": "Is it a cat? Logistic regression, trained live",
    "cat_classifier.intro": (
        "A single neuron looks at all 12,288 numbers of a 64 × 64 colour picture and answers one question: "
        "cat or not? It computes z = wᵀx + b and a = σ(z), the probability of *cat*, and learns w and b "
        "by gradient descent on the log-loss cost. Set the learning rate and the number of iterations "
        "in the sidebar and press **Train**."
    ),
    "cat_classifier.settings": "Training settings",
    "cat_classifier.lr": "Learning rate α",
    "cat_classifier.lr_help": "Scales each gradient-descent step (step = α × gradient), on a log scale. The course's lab uses 0.005.",
    "cat_classifier.iters": "Iterations",
    "cat_classifier.pace": "Pace of the live view",
    "cat_classifier.pace_help": "Training itself takes a few hundredths of a second; choose how fast to watch it.",
    "cat_classifier.pace_instant": "instant",
    "cat_classifier.pace_watch": "watch (1.5 s per 1000)",
    "cat_classifier.pace_slow": "slow (6 s per 1000)",
    "cat_classifier.image_index": "Image number",
    "cat_classifier.compare_rates": "Learning rates to compare",
    "cat_classifier.compare_iters": "Iterations for the comparison",
    "cat_classifier.data_header": "1 · The data",
    "cat_classifier.m_train": "Training images",
    "cat_classifier.m_test": "Test images",
    "cat_classifier.image_shape": "Image size",
    "cat_classifier.features": "Numbers per image",
    "cat_classifier.data_shapes": (
        "The training set has {cats} cats and {noncats} non-cats. Each image is reshaped into one column "
        "of {n} numbers, so the inputs form a matrix X of shape ({n}, {m}), one image per column, with labels "
        "Y of shape (1, {m}); the test set is ({n}, {m_test}). The reshaping is what lets one matrix product, "
        "wᵀX, compute z for every image at once. Every pixel is then divided by 255: standardized to [0, 1], "
        "all inputs share one small scale, and gradient descent is not thrown off by large raw values."
    ),
    "cat_classifier.image_label": "Image #{index} is labelled **{label}** (y = {y}).",
    "cat_classifier.train_header": "2 · Training",
    "cat_classifier.train_intro": (
        "Starting from w = 0 and b = 0, each iteration computes the cost and its gradient over all training "
        "images and takes one step downhill. The accuracies are measured on the images as the model stands."
    ),
    "cat_classifier.train": "Train",
    "cat_classifier.stop": "Stop training",
    "cat_classifier.progress": "Iteration {i} of {total}",
    "cat_classifier.iteration": "Iteration",
    "cat_classifier.cost": "Cost J",
    "cat_classifier.train_accuracy": "Train accuracy",
    "cat_classifier.test_accuracy": "Test accuracy",
    "cat_classifier.cost_chart": "Learning curve (α = {lr})",
    "cat_classifier.accuracy": "Accuracy (%)",
    "cat_classifier.accuracy_chart": "Accuracy while learning (α = {lr})",
    "cat_classifier.not_trained": "Press **Train** to start. The learning curve will grow here as the model learns.",
    "cat_classifier.diverged": (
        "Training diverged at iteration {i}: the cost or the parameters stopped being finite numbers "
        "with α = {lr}. Choose a smaller learning rate."
    ),
    "cat_classifier.stopped": "Training stopped at iteration {i} of {total}. The results below are for the model as it stood then.",
    "cat_classifier.finished": "Finished {i} iterations with α = {lr}: train accuracy {train:.2f} %, test accuracy {test:.2f} %.",
    "cat_classifier.mislabeled_header": "Test images the model gets wrong",
    "cat_classifier.mislabeled_intro": "{count} of the {total} test images are misclassified. Under each: its true label and the model's probability of *cat*.",
    "cat_classifier.mislabeled_caption": "#{index} {truth}: P(cat) = {p:.2f}",
    "cat_classifier.weights_header": "What the model learned",
    "cat_classifier.weights_caption": "The weights w, as a 64 × 64 × 3 image",
    "cat_classifier.weights_explain": (
        "Each of the 12,288 weights belongs to one pixel and one colour. Grey is zero; brighter means that "
        "colour at that pixel pushes the answer towards *cat*, darker pushes it away. A single neuron can "
        "only learn one such template, which is why its test accuracy stays modest: the deep network "
        "chapters do better."
    ),
    "cat_classifier.download_params": "Download the parameters (.npz)",
    "cat_classifier.download_costs": "Download the cost history (.csv)",
    "cat_classifier.compare_header": "3 · Comparing learning rates",
    "cat_classifier.compare_intro": (
        "The learning rate scales each step. Too small and the cost crawls down; too large and "
        "it jumps around. Each rate below is trained from zero on the same data."
    ),
    "cat_classifier.compare_label": "α = {lr}",
    "cat_classifier.compare_chart": "Cost for several learning rates ({iters} iterations)",
    "cat_classifier.compare_text": ("The chart in words: after {iters} iterations the cost of each learning rate is "
                                    "{each}; the lowest is {best} ({low})."),
    "cat_classifier.final_cost": "Final cost",
    "cat_classifier.show_text_image": "Image {index} ({label}), as in the text",
    "cat_classifier.notes_header": "Notes on the text, for teachers",
    "cat_classifier.notes": (
        "- The text says that 0 means *cat* and 1 *not a cat*. The data set is the other way round: in "
        "`train_catvnoncat.h5` the label 1 means *cat* (`list_classes` is `[b'non-cat', b'cat']`), and this "
        "page follows the data.\n"
        "- Where the text says the parameters are trained \"on your test set\", it means the training set: "
        "the 50 test images are never used to train, only to measure."
    ),
    "cat_classifier.confusion_header": "The test set's confusion matrix",
    "cat_classifier.confusion_intro": "Rows: the true label; columns: the model's answer. Open a cell to see its images.",
    "cat_classifier.confusion_truth": "truly {label}",
    "cat_classifier.confusion_cell": "said {label}: {count}",
    "cat_classifier.confusion_empty": "No images here.",
    "cat_classifier.compare_empty": "Choose at least one learning rate to compare.",
    "cat_classifier.photo_header": "4 · Try your own photo",
    "cat_classifier.photo_intro": (
        "Upload any picture. It is squeezed to 64 × 64 pixels, exactly like the training images, and "
        "classified by the model you trained last or, until you have trained one, by the course lab's model "
        "(α = {lr}, {iters} iterations)."
    ),
    "cat_classifier.photo_model_yours": "Classified by the model you trained: α = {lr}, {iters} iterations.",
    "cat_classifier.photo_model_reference": "Classified by the course lab's model: α = {lr}, {iters} iterations.",
    "cat_classifier.class_0": "non-cat",
    "cat_classifier.class_1": "cat",
    "cat_classifier.photo_upload": "Your image (PNG, JPEG, GIF, BMP, WebP, …)",
    "cat_classifier.photo_help": "Any size up to {mb} MB; grayscale and transparent images are fine.",
    "cat_classifier.photo_resized": "What the model sees: 64 × 64 pixels",
    # Text alternatives of the pictures (a screen reader says them; a caption is not one).
    "cat_classifier.train_image_alt": "Training image #{index}: {label}",
    "cat_classifier.test_image_alt": "Test image #{index}: {label}",
    "cat_classifier.mislabeled_alt": "Test image #{index}, truly {truth}, which the model gets wrong: P(cat) = {p:.2f}",
    "cat_classifier.weights_alt": (
        "The 12,288 weights w drawn as a 64 × 64 colour picture, mid-grey for zero: brighter pushes towards cat, "
        "darker away. They range from {low:.4f} to {high:.4f}."
    ),
    "cat_classifier.photo_alt": "Your picture squeezed to 64 × 64 pixels, as the model sees it",
    "cat_classifier.photo_probability": "Probability of cat",
    "cat_classifier.photo_verdict": "The model says: **{verdict}**.",
    "cat_classifier.photo_caveat": (
        "A model trained on 209 small pictures is easily fooled: lighting, pose and background matter "
        "as much as whiskers."
    ),
    "photo.too_large": "{name} is larger than {mb} MB. Please upload a smaller image.",
    "photo.too_many_pixels": "{name} has too many pixels to open safely. Please upload a smaller image.",
    "photo.not_an_image": "{name} is not an image this app can read. Try a PNG or JPEG file.",
    "photo.unreadable": "{name} looks like an image but is damaged or cut short, so it cannot be read.",
}

ZH = {
    # ---- the data set ----
    "data.loading": "正在加载猫图像……",
    "data.missing": (
        "猫 / 非猫数据集不在这里，也无法下载。\n\n"
        "解决办法：把 **{train}** 和 **{test}** 这两个文件放进文件夹 `{folder}`"
        "（或者让环境变量 `FIRST_CONTACT_DATA_DIR` 指向存放它们的文件夹），"
        "然后按 **重试** 按钮。也可以在下面上传这两个文件。"
    ),
    "data.missing_details": "出了什么问题",
    "data.retry": "重试",
    "data.upload_intro": "上传这两个 HDF5 文件（使用前会先检查）：",
    "data.upload_invalid": "上传的文件无法使用：{problem}",
    "data.upload_ok": "两个文件都通过了检查：本次会话将使用上传的数据集。",
    # ---- cat classifier ----
    "cat_classifier.title": "这是猫吗？实时训练逻辑回归",
    "cat_classifier.intro": (
        "一个神经元查看一张 64 × 64 彩色图片的全部 12288 个数，回答一个问题：是不是猫？"
        "它计算 z = wᵀx + b 和 a = σ(z)，即“是猫”的概率，并以对数损失的平均值为代价，用梯度下降学习 w 和 b。"
        "在侧边栏设置学习率和迭代次数，然后按 **训练** 按钮。"
    ),
    "cat_classifier.settings": "训练设置",
    "cat_classifier.lr": "学习率 α",
    "cat_classifier.lr_help": "梯度下降的每一步等于 α 乘以梯度；α 按对数刻度取值。课程的编程作业中用的是 0.005。",
    "cat_classifier.iters": "迭代次数",
    "cat_classifier.pace": "实时显示的速度",
    "cat_classifier.pace_help": "训练本身只需要零点零几秒；选择你想以多快的速度观看它。",
    "cat_classifier.pace_instant": "立即完成",
    "cat_classifier.pace_watch": "观看（每 1000 次迭代 1.5 秒）",
    "cat_classifier.pace_slow": "慢速（每 1000 次迭代 6 秒）",
    "cat_classifier.image_index": "图像编号",
    "cat_classifier.compare_rates": "要比较的学习率",
    "cat_classifier.compare_iters": "比较用的迭代次数",
    "cat_classifier.data_header": "1 · 数据",
    "cat_classifier.m_train": "训练图像",
    "cat_classifier.m_test": "测试图像",
    "cat_classifier.image_shape": "图像尺寸",
    "cat_classifier.features": "每张图像的数值个数",
    "cat_classifier.data_shapes": (
        "训练集中有 {cats} 张猫图像和 {noncats} 张非猫图像。每张图像被重塑成一列 {n} 个数，"
        "于是输入构成形状为 ({n}, {m}) 的矩阵 X（每列一张图像），标签 Y 的形状为 (1, {m})；测试集为 ({n}, {m_test})。"
        "之所以要重塑，是为了用一次矩阵乘法 wᵀX 同时算出所有图像的 z。再把每个像素值除以 255 进行标准化："
        "所有输入都落在 [0, 1] 之间，尺度一致，梯度下降就不会被过大的原始数值带偏。"
    ),
    "cat_classifier.image_label": "第 {index} 号图像的标签为 **{label}** 类（y = {y}）。",
    "cat_classifier.train_header": "2 · 训练",
    "cat_classifier.train_intro": (
        "从 w = 0、b = 0 出发，每次迭代都在全部训练图像上计算代价及其梯度，然后朝下坡走一步。"
        "准确率是用模型当时的状态在这些图像上测出来的。"
    ),
    "cat_classifier.train": "训练",
    "cat_classifier.stop": "停止训练",
    "cat_classifier.progress": "第 {i} 次迭代，共 {total} 次",
    "cat_classifier.iteration": "迭代次数",
    "cat_classifier.cost": "代价 J",
    "cat_classifier.train_accuracy": "训练集准确率",
    "cat_classifier.test_accuracy": "测试集准确率",
    "cat_classifier.cost_chart": "学习曲线（α = {lr}）",
    "cat_classifier.accuracy": "准确率（%）",
    "cat_classifier.accuracy_chart": "学习过程中的准确率（α = {lr}）",
    "cat_classifier.not_trained": "按 **训练** 按钮开始。模型学习时，学习曲线会在这里逐渐画出来。",
    "cat_classifier.diverged": (
        "训练在第 {i} 次迭代时发散：α = {lr} 时，代价或参数不再是有限数。请选择更小的学习率。"
    ),
    "cat_classifier.stopped": "训练在第 {i} 次迭代（共 {total} 次）时停止。下面的结果对应模型当时的状态。",
    "cat_classifier.finished": "以 α = {lr} 完成了 {i} 次迭代：训练集准确率 {train:.2f}%，测试集准确率 {test:.2f}%。",
    "cat_classifier.mislabeled_header": "模型分错的测试图像",
    "cat_classifier.mislabeled_intro": "{total} 张测试图像中有 {count} 张被分错。每张下方是它的真实标签，以及模型给出的“是猫”的概率。",
    "cat_classifier.mislabeled_caption": "#{index} {truth}：P(猫) = {p:.2f}",
    "cat_classifier.weights_header": "模型学到了什么",
    "cat_classifier.weights_caption": "把权重 w 显示成一张 64 × 64 × 3 的图像",
    "cat_classifier.weights_explain": (
        "12288 个权重中的每一个都对应某个像素的某种颜色。灰色表示零；越亮，表示该像素的这种颜色越支持“是猫”的判断，"
        "越暗则越支持“不是猫”。单个神经元只能学到一个这样的模板，所以它的测试准确率一直不高："
        "后面神经网络的几章会做得更好。"
    ),
    "cat_classifier.download_params": "下载参数（.npz）",
    "cat_classifier.download_costs": "下载代价的历史记录（.csv）",
    "cat_classifier.compare_header": "3 · 比较学习率",
    "cat_classifier.compare_intro": (
        "学习率决定了每一步的步长。太小，代价下降得很慢；太大，代价会上下振荡。"
        "下面每个学习率都在同样的数据上从零开始训练。"
    ),
    "cat_classifier.compare_label": "α = {lr}",
    "cat_classifier.compare_chart": "不同学习率下的代价（{iters} 次迭代）",
    "cat_classifier.compare_text": "图的文字说明：{iters} 次迭代后，各学习率的代价为 {each}；最低的是 {best}（{low}）。",
    "cat_classifier.final_cost": "最终代价",
    "cat_classifier.show_text_image": "第 {index} 号图像（{label}），与原文相同",
    "cat_classifier.notes_header": "关于原文的说明（供教师参考）",
    "cat_classifier.notes": (
        "- 原文中说 0 表示猫、1 表示非猫。数据集恰好相反：在 `train_catvnoncat.h5` 中，标签 1 表示猫"
        "（`list_classes` 为 `[b'non-cat', b'cat']`），本页以数据为准。\n"
        "- 原文中说参数是“在测试集上”训练的，实际指的是训练集：那 50 张测试图像从不用于训练，只用于衡量。"
    ),
    "cat_classifier.confusion_header": "测试集的混淆矩阵",
    "cat_classifier.confusion_intro": "行：真实标签；列：模型的回答。展开一个格子，就能看到其中的图像。",
    "cat_classifier.confusion_truth": "真实为{label}",
    "cat_classifier.confusion_cell": "判断为{label}：{count} 张",
    "cat_classifier.confusion_empty": "这里没有图像。",
    "cat_classifier.compare_empty": "请至少选择一个学习率来比较。",
    "cat_classifier.photo_header": "4 · 试试你自己的照片",
    "cat_classifier.photo_intro": (
        "上传任意一张图片。它会像训练图像一样被缩放成 64 × 64 像素，然后由你最近训练的模型来分类；"
        "在你训练出自己的模型之前，则由课程编程作业中的模型来分类（α = {lr}，{iters} 次迭代）。"
    ),
    "cat_classifier.photo_model_yours": "由你训练的模型分类：α = {lr}，{iters} 次迭代。",
    "cat_classifier.photo_model_reference": "由课程编程作业中的模型分类：α = {lr}，{iters} 次迭代。",
    "cat_classifier.class_0": "非猫",
    "cat_classifier.class_1": "猫",
    "cat_classifier.photo_upload": "你的图片（PNG、JPEG、GIF、BMP、WebP 等）",
    "cat_classifier.photo_help": "大小不超过 {mb} MB 均可；灰度图和透明背景的图片也没问题。",
    "cat_classifier.photo_resized": "模型看到的样子：64 × 64 像素",
    "cat_classifier.train_image_alt": "训练图像 #{index}：{label}",
    "cat_classifier.test_image_alt": "测试图像 #{index}：{label}",
    "cat_classifier.mislabeled_alt": "测试图像 #{index}，真实标签为{truth}，模型分错了：P(猫) = {p:.2f}",
    "cat_classifier.weights_alt": (
        "把 12,288 个权重 w 画成一张 64 × 64 的彩色图像，中灰色表示零：越亮越把答案推向猫，越暗越推离猫。"
        "权重从 {low:.4f} 到 {high:.4f}。"
    ),
    "cat_classifier.photo_alt": "你的图片被缩成 64 × 64 像素，这是模型看到的样子",
    "cat_classifier.photo_probability": "是猫的概率",
    "cat_classifier.photo_verdict": "模型判断它属于 **{verdict}** 类。",
    "cat_classifier.photo_caveat": (
        "一个只用 209 张小图片训练出来的模型很容易出错：光线、姿势和背景，与胡须同样重要。"
    ),
    "photo.too_large": "{name} 大于 {mb} MB。请上传一张更小的图片。",
    "photo.too_many_pixels": "{name} 的像素太多，无法安全地打开。请上传一张更小的图片。",
    "photo.not_an_image": "{name} 不是本应用能读取的图像。请试试 PNG 或 JPEG 文件。",
    "photo.unreadable": "{name} 看起来是一张图像，但已经损坏或不完整，无法读取。",
}
