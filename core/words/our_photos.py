"""Words of "Our photos": the class's own photos on the cat classifier page and on the class board."""

EN = {
    # ---- the cat classifier page: adding photos ----
    "our_photos.header": "Our photos",
    "our_photos.intro": (
        "Does the classifier know *our* cats? Photograph cats and things that are not cats, label each one, "
        "and see how the course's model does on them, and what training with them changes."
    ),
    "our_photos.notice": (
        "**Before you take a photo:** photograph cats and things, **not people**. Only the 64 × 64 picture the "
        "model sees is kept, with its label, who added it and when: never your original photo. {where}"
    ),
    "our_photos.notice_class": (
        "In class {code}, everyone with the class code can see it. It is deleted with the class, {hours} hours "
        "after the class opened, or sooner by you or your teacher."
    ),
    "our_photos.notice_alone": (
        "You are not in a class: your photos stay in this browser tab only and are gone when you close it."
    ),
    "our_photos.camera_toggle": "Use the camera",
    "our_photos.camera_help": "Your browser asks for the camera only when you turn this on.",
    "our_photos.camera_label": "Take a photo",
    "our_photos.upload_label": "Or upload a photo (JPEG, PNG or WebP)",
    "our_photos.upload_help": "Up to {mb} MB. Only its 64 × 64 version is kept.",
    "our_photos.label_label": "What is in the photo?",
    "our_photos.label_needed": "Choose cat or non-cat, then add the photo.",
    "our_photos.preview_caption": "What the model sees: 64 × 64 pixels",
    "our_photos.preview_alt": "Your photo shrunk to 64 × 64 pixels, the model's input",
    "our_photos.add": "Add",
    "our_photos.added_class": "Added to class {code}'s photos.",
    "our_photos.added_alone": "Added to your photos (this tab only).",
    "our_photos.too_many_alone": "You have {count} photos here, the most this tab keeps: delete one to add another.",
    "our_photos.mine_header": "Your photos ({count})",
    "our_photos.mine_none": "You have not added a photo yet.",
    "our_photos.thumb_alt": "Your photo {number}, labelled {label}",
    "our_photos.delete": "Delete",
    "our_photos.deleted": "Photo deleted.",
    "our_photos.class_count": "Photos in class {code}: {count}, from students: {students}.",
    # ---- lesson 1 ----
    "our_photos.lesson1_header": "1 · The course's model on our photos",
    "our_photos.lesson1_none": "Add a photo: the three lessons use the photos added here.",
    "our_photos.model_caption": (
        "The course's model: logistic regression trained on the course's {m} pictures (learning rate {lr}, "
        "{iters} iterations)."
    ),
    "our_photos.accuracy_ours": "Accuracy on our photos ({count})",
    "our_photos.accuracy_course": "Accuracy on the course's {count} test pictures",
    "our_photos.lesson1_explain": (
        "The course's model gets {right} of our photos right, out of {count} ({ours} %), against {course} % on the "
        "course's own test pictures."
    ),
    "our_photos.confusion_intro": (
        "The confusion matrix: each row is what a photo really shows, each column what the model answered; "
        "show a cell's photos with its switch."
    ),
    "our_photos.confusion_truth": "Really {label}",
    "our_photos.confusion_cell": "Answered {label}: {count}",
    "our_photos.confusion_empty": "No photo here.",
    "our_photos.confusion_show": "Show the photos",
    "our_photos.cell_alt": "A photo labelled {label}; the model said {answer}",
    # ---- lesson 2 ----
    "our_photos.lesson2_header": "2 · Train with our photos",
    "our_photos.train_toggle": "Train with our photos",
    "our_photos.train_help": (
        "Logistic regression on the course's {m} pictures plus some of our photos, with the learning rate "
        "and iterations set in the sidebar; the rest of our photos test it."
    ),
    "our_photos.missing_no_photos": "Add photos first.",
    "our_photos.missing_one_side_class": (
        "Training needs photos from at least two students: one student's photos are all kept for testing, so "
        "that no one's own cat is on both sides. Ask a classmate to add some."
    ),
    "our_photos.missing_one_side_alone": "Training needs at least two photos: one to learn from, one to test on.",
    "our_photos.split_class": (
        "Our photos are split by student. Training: {train} photos, from students: {train_students}. Testing: "
        "{test} photos, from other students: {test_students}. No student's photos are on both sides."
    ),
    "our_photos.split_alone": (
        "Your photos are split one by one: {train} train, {test} test. Two photos of the same cat may sit on "
        "both sides, which flatters the model; in a class, photos are split by student."
    ),
    "our_photos.col_model": "Model",
    "our_photos.col_ours": "Our held-out photos ({count}), %",
    "our_photos.col_course": "The course's {count} test pictures, %",
    "our_photos.row_course": "Trained on the course's {m} pictures",
    "our_photos.row_with": "Trained on the course's {m} pictures + our photos ({added})",
    "our_photos.table_caption": "Both models trained with learning rate {lr} for {iters} iterations; accuracy in %.",
    # ---- lesson 3 ----
    "our_photos.lesson3_header": "3 · What changed",
    "our_photos.lesson3_off": "Turn on **Train with our photos** above to see what changes.",
    "our_photos.changed_ours_up": (
        "On our held-out photos ({count}), accuracy rose from {before} % to {after} % ({points} points) with "
        "our photos in training ({added}): more data of the kind we test on helps."
    ),
    "our_photos.changed_ours_down": (
        "On our held-out photos ({count}), accuracy fell from {before} % to {after} % ({points} points) with "
        "our photos in training ({added}): so few photos can also mislead the model."
    ),
    "our_photos.changed_ours_same": (
        "On our held-out photos ({count}), accuracy stayed near {before} % ({after} %) with our "
        "photos in training ({added}): a few photos among hundreds change little."
    ),
    "our_photos.changed_ours_equal": (
        "On our held-out photos ({count}), accuracy stayed at {before} % with our photos in training ({added}): "
        "a few photos among hundreds change little."
    ),
    "our_photos.changed_course_equal": "On the course's test pictures it stayed at {before} %.",
    "our_photos.changed_course_up": "On the course's test pictures it rose from {before} % to {after} %.",
    "our_photos.changed_course_down": "On the course's test pictures it fell from {before} % to {after} %.",
    "our_photos.changed_course_same": "On the course's test pictures it stayed near {before} % ({after} %).",
    "our_photos.changed_diverged": (
        "The learning rate is too large: training diverged, so there is nothing to compare. Lower it in the "
        "sidebar."
    ),
    # ---- the class board ----
    "our_photos.board_header": "The class's photos",
    "our_photos.board_none": "No photo yet: students add them on the cat classifier page.",
    "our_photos.board_cats": "Cats",
    "our_photos.board_not_cats": "Non-cats",
    "our_photos.board_accuracy": "The course's model on them",
    "our_photos.board_per_student": "Photos per student",
    "our_photos.board_show": "Show the photos",
    "our_photos.col_student": "Student",
    "our_photos.col_photos": "Photos",
    "our_photos.board_explain": (
        "Photos: {count} (cats: {cats}, non-cats: {not_cats}), from students: {students}. The course's model "
        "gets {accuracy} % of them right."
    ),
    "our_photos.live_chart": "Training with our photos: the cost on the course's pictures and our training photos",
    "our_photos.live_progress": "Training with our photos: iteration {i} of {total}",
    "our_photos.board_best": (
        "**The class's best run, trained with our photos.** {nickname}'s run (α = {lr}, {iters} iterations), trained "
        "again on the course's pictures and {train} of our photos (split by student): on our other {test} photos "
        "{before} % → {after} %; on the course's test set {course_before} % → {course_after} %."
    ),
    "our_photos.board_best_none": (
        "When a student's cat run is on the board, the best one is trained again here with our photos."
    ),
    "our_photos.board_best_missing": (
        "{nickname}'s run is the class's best: to train it with our photos, the photos of at least two students "
        "are needed (one to learn from, one to test on)."
    ),
    "our_photos.board_thumb": "#{number} · {nickname}",
    "our_photos.board_thumb_alt": "Photo {number} by {nickname}, labelled {label}",
    "our_photos.board_delete_some": "Photos to delete",
    "our_photos.board_delete_button": "Delete the chosen photos",
    "our_photos.board_delete_all": "Delete all the class's photos",
    "our_photos.board_delete_confirm": "Yes, delete every photo of this class ({count})",
    "our_photos.board_deleted": "Photos deleted: {count}.",
}

ZH = {
    # ---- the cat classifier page: adding photos ----
    "our_photos.header": "我们的照片",
    "our_photos.intro": (
        "分类器认识*我们的*猫吗？拍下猫和不是猫的东西，为每张照片加上标签，看看课程的模型在这些照片上表现如何，"
        "以及用它们训练会带来什么变化。"
    ),
    "our_photos.notice": (
        "拍照之前请注意：只拍猫和物品，请 **不要拍摄人物** 照片。只保存模型看到的 64 × 64 图片，以及它的标签、"
        "添加者和添加时间；你的原始照片从不保存。{where}"
    ),
    "our_photos.notice_class": (
        "在班级 {code} 中，凡是知道班级代码的人都能看到它。它会随班级一起删除（班级开设 {hours} 小时后），"
        "你或老师也可以更早删除它。"
    ),
    "our_photos.notice_alone": "你没有加入班级：你的照片只保留在这个浏览器标签页中，关闭后即消失。",
    "our_photos.camera_toggle": "使用摄像头",
    "our_photos.camera_help": "只有打开这个开关时，浏览器才会请求使用摄像头。",
    "our_photos.camera_label": "拍一张照片",
    "our_photos.upload_label": "或上传一张照片（JPEG、PNG 或 WebP）",
    "our_photos.upload_help": "最大 {mb} MB。只保存它的 64 × 64 版本。",
    "our_photos.label_label": "照片里是什么？",
    "our_photos.label_needed": "请选择“猫”或“非猫”，然后添加照片。",
    "our_photos.preview_caption": "模型看到的样子：64 × 64 像素",
    "our_photos.preview_alt": "你的照片缩小到 64 × 64 像素，即模型的输入",
    "our_photos.add": "添加",
    "our_photos.added_class": "已添加到班级 {code} 的照片中。",
    "our_photos.added_alone": "已添加到你的照片中（仅限这个标签页）。",
    "our_photos.too_many_alone": "你已有 {count} 张照片，这是这个标签页保存的上限：删除一张后才能再添加。",
    "our_photos.mine_header": "你的照片（{count}）",
    "our_photos.mine_none": "你还没有添加照片。",
    "our_photos.thumb_alt": "你的第 {number} 张照片，标签为{label}",
    "our_photos.delete": "删除",
    "our_photos.deleted": "照片已删除。",
    "our_photos.class_count": "班级 {code} 共有 {count} 张照片，来自 {students} 位学生。",
    # ---- lesson 1 ----
    "our_photos.lesson1_header": "1 · 课程的模型在我们的照片上",
    "our_photos.lesson1_none": "请添加照片：下面三课都使用在这里添加的照片。",
    "our_photos.model_caption": "课程的模型：在课程的 {m} 张图片上训练的逻辑回归（学习率 {lr}，{iters} 次迭代）。",
    "our_photos.accuracy_ours": "在我们的 {count} 张照片上的准确率",
    "our_photos.accuracy_course": "在课程的 {count} 张测试图片上的准确率",
    "our_photos.lesson1_explain": (
        "课程的模型在我们的 {count} 张照片中答对了 {right} 张（{ours} %），而在课程自己的测试图片上为 {course} %。"
    ),
    "our_photos.confusion_intro": "混淆矩阵：每一行是照片真正的内容，每一列是模型的回答；用格子里的开关可以显示其中的照片。",
    "our_photos.confusion_truth": "实际是{label}",
    "our_photos.confusion_cell": "回答为{label}：{count}",
    "our_photos.confusion_empty": "这里没有照片。",
    "our_photos.confusion_show": "显示照片",
    "our_photos.cell_alt": "一张标签为{label}的照片；模型回答为{answer}",
    # ---- lesson 2 ----
    "our_photos.lesson2_header": "2 · 用我们的照片训练",
    "our_photos.train_toggle": "用我们的照片训练",
    "our_photos.train_help": (
        "在课程的 {m} 张图片加上我们的一部分照片上训练逻辑回归，学习率和迭代次数使用侧边栏的设置；"
        "我们其余的照片用来测试它。"
    ),
    "our_photos.missing_no_photos": "请先添加照片。",
    "our_photos.missing_one_side_class": (
        "训练需要至少两位学生的照片：一位学生的照片全部留作测试，这样没有人自己的猫会同时出现在训练和测试两边。"
        "请一位同学也添加一些照片。"
    ),
    "our_photos.missing_one_side_alone": "训练至少需要两张照片：一张用来学习，一张用来测试。",
    "our_photos.split_class": (
        "我们的照片按学生划分：{train_students} 位学生的 {train} 张照片用于训练，另外 {test_students} 位学生的 "
        "{test} 张照片用于测试。没有哪位学生的照片同时出现在两边。"
    ),
    "our_photos.split_alone": (
        "你的照片逐张划分：{train} 张用于训练，{test} 张用于测试。同一只猫的两张照片可能分在两边，"
        "这会让模型显得更好；在班级中，照片按学生划分。"
    ),
    "our_photos.col_model": "模型",
    "our_photos.col_ours": "我们留出的 {count} 张照片（%）",
    "our_photos.col_course": "课程的 {count} 张测试图片（%）",
    "our_photos.row_course": "在课程的 {m} 张图片上训练",
    "our_photos.row_with": "在课程的 {m} 张图片 + 我们的 {added} 张照片上训练",
    "our_photos.table_caption": "两个模型都以学习率 {lr} 训练 {iters} 次迭代；准确率以 % 表示。",
    # ---- lesson 3 ----
    "our_photos.lesson3_header": "3 · 发生了什么变化",
    "our_photos.lesson3_off": "打开上面的“用我们的照片训练”，看看会有什么变化。",
    "our_photos.changed_ours_up": (
        "训练中加入我们的 {added} 张照片后，在我们留出的 {count} 张照片上，准确率从 {before} % 升到 {after} %"
        "（{points} 个百分点）：更多与测试数据同类的数据会有帮助。"
    ),
    "our_photos.changed_ours_down": (
        "训练中加入我们的 {added} 张照片后，在我们留出的 {count} 张照片上，准确率从 {before} % 降到 {after} %"
        "（{points} 个百分点）：这么少的照片也可能误导模型。"
    ),
    "our_photos.changed_ours_same": (
        "训练中加入我们的 {added} 张照片后，在我们留出的 {count} 张照片上，准确率保持在 {before} % 左右"
        "（{after} %）：几百张图片中加入几张，变化不大。"
    ),
    "our_photos.changed_ours_equal": (
        "训练中加入我们的照片（{added} 张）后，在我们留出的照片（{count} 张）上，准确率保持在 {before} %："
        "几百张图片中加入几张，变化不大。"
    ),
    "our_photos.changed_course_equal": "在课程的测试图片上，准确率保持在 {before} %。",
    "our_photos.changed_course_up": "在课程的测试图片上，准确率从 {before} % 升到 {after} %。",
    "our_photos.changed_course_down": "在课程的测试图片上，准确率从 {before} % 降到 {after} %。",
    "our_photos.changed_course_same": "在课程的测试图片上，准确率保持在 {before} % 左右（{after} %）。",
    "our_photos.changed_diverged": "学习率太大：训练发散了，所以无从比较。请在侧边栏调低学习率。",
    # ---- the class board ----
    "our_photos.board_header": "班级的照片",
    "our_photos.board_none": "还没有照片：学生在猫分类器页面添加照片。",
    "our_photos.board_cats": "猫",
    "our_photos.board_not_cats": "非猫",
    "our_photos.board_accuracy": "课程的模型在这些照片上",
    "our_photos.board_per_student": "每位学生的照片数",
    "our_photos.board_show": "显示照片",
    "our_photos.col_student": "学生",
    "our_photos.col_photos": "照片",
    "our_photos.board_explain": (
        "共 {count} 张照片：{cats} 张猫，{not_cats} 张非猫，来自 {students} 位学生。课程的模型答对了其中的 {accuracy} %。"
    ),
    "our_photos.live_chart": "加上我们的照片训练：在课程图片和我们的训练照片上的代价",
    "our_photos.live_progress": "加上我们的照片训练：第 {i} 次迭代，共 {total} 次",
    "our_photos.board_best": (
        "**全班最好的一次训练，加上我们的照片再训练** —— {nickname} 的训练（α = {lr}，{iters} 次迭代）用课程的图片和我们的 "
        "{train} 张照片（按学生划分）重新训练：在我们另外 {test} 张照片上 {before}% → {after}%；"
        "在课程的测试集上 {course_before}% → {course_after}%。"
    ),
    "our_photos.board_best_none": "看板上有学生的猫分类训练后，最好的那一次会在这里加上我们的照片重新训练。",
    "our_photos.board_best_missing": (
        "{nickname} 的训练是全班最好的：要加上我们的照片训练它，至少需要两位学生的照片（一位的用来学习，一位的用来测试）。"
    ),
    "our_photos.board_thumb": "第 {number} 号 · {nickname}",
    "our_photos.board_thumb_alt": "{nickname} 的第 {number} 号照片，标签为{label}",
    "our_photos.board_delete_some": "要删除的照片",
    "our_photos.board_delete_button": "删除选中的照片",
    "our_photos.board_delete_all": "删除班级的全部照片",
    "our_photos.board_delete_confirm": "是的，删除全部 {count} 张照片",
    "our_photos.board_deleted": "已删除 {count} 张照片。",
}
