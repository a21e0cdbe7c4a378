"""Words of the class board: the page, the link from the training chapters, and the board's refusals."""

EN = {
    # ---- navigation ----
    "nav.section_classroom": "Classroom",
    "nav.class_board": "Class board",
    # ---- the page ----
    "class_board.title": "Class board",
    "class_board.intro": (
        "The learning rate is best learned together: everyone picks one, presses **Train**, and the whole "
        "class sees every cost curve on one chart. A teacher opens a class; students join with its code and a "
        "nickname; their runs on the cat classifier, shallow network and deep network chapters are sent to the "
        "board as they end."
    ),
    "class_board.open_header": "Teach: open a class",
    "class_board.open_intro": (
        "Makes a class code and a QR code for the projector. The class and its runs are deleted after "
        "{hours} hours."
    ),
    "class_board.open_button": "Open a class",
    "class_board.join_header": "Learn: join a class",
    "class_board.code_label": "Class code",
    "class_board.code_help": "Eight letters and digits, such as ABCD-2345, from your teacher's screen.",
    "class_board.nickname_label": "Your nickname",
    "class_board.nickname_help": (
        "1 to 24 characters, any script. The whole class sees it: a nickname, not your full name."
    ),
    "class_board.join_button": "Join",
    "class_board.teacher_header": "Your class",
    "class_board.code_caption": "Class code",
    "class_board.qr_caption": "Scan to join",
    "class_board.qr_alt": "QR code of the join link for class {code}: {link}",
    "class_board.join_link_label": "Students join at this address, or by scanning the QR code:",
    "class_board.teacher_link_label": "Teacher link",
    "class_board.teacher_link_help": (
        "Bookmark this link to teach this class from another device or browser. Keep it to yourself: whoever "
        "has it can close and clear the class."
    ),
    "class_board.teacher_link_used": "Teacher link recognised: you can close and clear this class.",
    "class_board.teacher_link_wrong": "This teacher link does not fit the class: showing the board only.",
    "class_board.close_button": "Close the class",
    "class_board.close_help": "No new students or runs; the board stays visible until the class expires.",
    "class_board.closed_done": "The class is closed.",
    "class_board.clear_confirm": "Yes, delete every run of this class",
    "class_board.clear_button": "Clear all runs",
    "class_board.cleared": "Deleted {count} runs.",
    "class_board.expires_in": "The class and all its runs are deleted in {hours} h {minutes} min.",
    "class_board.joined": (
        "You are in class {code}. Your runs on the cat classifier, shallow network and deep network chapters "
        "are sent to this board when they end."
    ),
    "class_board.your_nickname": "Your nickname: {nickname}",
    "class_board.train_on": "Train on a chapter:",
    "class_board.withdraw_button": "Withdraw my runs",
    "class_board.withdrawn": "Withdrew {count} of your runs.",
    "class_board.leave_button": "Leave the class",
    "class_board.watching": "You are watching class {code}. Join with a nickname to send your own runs.",
    # ---- the seat, above every page (ui/class_link.seat_line) ----
    "seat.line": "In class {code} as {nickname}",
    "seat.leave": "Leave",
    "seat.lost": (
        "This tab is not in class {code}, but this browser remembers your seat there as {nickname}. Take it back "
        "to keep sending your runs and answers: they are all kept."
    ),
    "seat.left": "You left class {code}. Your runs and answers stay on its board.",
    "seat.rejoin": "Rejoin as {nickname}",
    "seat.not_me": "Not me: forget this seat",
    "seat.lost_link": "This tab's seat in class {code} no longer works.",
    "seat.join_again": "Join the class again",
    "seat.teaching": "Teaching class {code}",
    "seat.back_to_board": "The class board",
    # ---- the teacher's controls and links ----
    "class_board.teacher_controls": "Teacher controls",
    "class_board.show_teacher_link": "Show the teacher link",
    "class_board.hide_teacher_link": "Hide the teacher link",
    "class_board.teacher_link_warning": (
        "Not for the projector: whoever sees this link can close and clear the class. Bookmark it to teach "
        "this class from another device or browser."
    ),
    "class_board.teacher_link_presenter": "The teacher link is never shown in presenter mode.",
    "class_board.teacher_remembered": "This browser remembers that you teach this class: a reload keeps these controls.",
    "class_board.forget_teacher": "Stop teaching on this browser",
    "class_board.forgot_teacher": "This browser no longer holds the teacher key of class {code}.",
    "class_board.local_address": (
        "Students cannot open this address: `{host}` is this computer's own name, so on a student's phone it "
        "means the phone. Open the app at this computer's address on the network, or set "
        "`FIRST_CONTACT_PUBLIC_URL` to the address students reach."
    ),
    "class_board.local_address_suggestion": "This computer's address on the network is probably {url}",
    # ---- the board ----
    "class_board.board_header": "The board of class {code}",
    "class_board.students_metric": "Students",
    "class_board.runs_metric": "Runs",
    "class_board.status_metric": "Class",
    "class_board.status_open": "open",
    "class_board.status_closed": "closed",
    "class_board.refresh_note": "The board refreshes itself every {seconds} seconds.",
    "class_board.chapter_filter": "Chapter",
    "class_board.no_runs": (
        "No runs yet. Pick a learning rate on a training chapter and press **Train**: each run appears here "
        "when it ends."
    ),
    "class_board.curves_title": "Every cost curve, coloured by learning rate",
    "class_board.scatter_title": "Final accuracy against the learning rate",
    "class_board.iteration": "Iteration",
    "class_board.cost": "Cost J",
    "class_board.learning_rate": "Learning rate α",
    "class_board.accuracy": "Accuracy (%)",
    "class_board.test_accuracy": "Test accuracy",
    "class_board.train_accuracy": "Train accuracy",
    "class_board.diverged": "Diverged",
    "class_board.runs_count": "{count} runs",
    "class_board.col_nickname": "Nickname",
    "class_board.col_chapter": "Chapter",
    "class_board.col_lr": "α",
    "class_board.col_iterations": "Iterations",
    "class_board.col_final_cost": "Final cost",
    "class_board.col_train": "Train accuracy (%)",
    "class_board.col_test": "Test accuracy (%)",
    "class_board.col_outcome": "Outcome",
    "class_board.col_time": "Sent at",
    "class_board.outcome_finished": "finished",
    "class_board.choose_run": "Choose a row to look at one student's run with the class.",
    "class_board.one_run_header": "{nickname}'s run on {chapter}",
    "class_board.run_again": "Run it again on {chapter}",
    "class_board.one_run_curve": "This run's cost curve",
    "class_board.outcome_stopped": "stopped",
    "class_board.outcome_diverged": "diverged",
    "class_board.unavailable": "The class board cannot be reached right now: training works as usual, runs are not sent.",
    # ---- the link from a training chapter ----
    "link.sent": "Sent to class {code}.",
    "link.too_soon": "Not sent yet: runs go to the class at most once a second. It is sent with your next click.",
    "link.not_sent": "Not sent to class {code}.",
    "link.withdraw": "Withdraw my runs from class {code}",
    "link.withdrawn": "Withdrew {count} runs from class {code}.",
    # ---- the board's refusals (core/board.py ERROR_CODES) ----
    "class_board.error.class_not_found": "There is no class with that code. Check it on your teacher's screen.",
    "class_board.error.class_expired": "This class has expired and its runs were deleted. Ask your teacher for a new code.",
    "class_board.error.class_closed": "This class is closed: it takes no new students or runs.",
    "class_board.error.class_full": "This class is full: it already has the most students a class can have.",
    "class_board.error.too_many_runs": (
        "This class has reached its limit of runs: nothing was lost, but no more runs are accepted until the "
        "teacher clears the board."
    ),
    "class_board.error.curve_too_long": "This run's cost curve has too many points to send.",
    "class_board.error.bad_code": "That is not a class code: it has eight letters and digits, such as ABCD-2345.",
    "class_board.error.nickname_empty": "Choose a nickname with at least one visible character.",
    "class_board.error.nickname_too_long": "That nickname is too long: at most 24 characters.",
    "class_board.error.nickname_bad_characters": (
        "That nickname contains control or direction-changing characters: please type it plainly."
    ),
    "class_board.error.nickname_taken": "Someone in this class already has that nickname: choose another.",
    "class_board.error.bad_run": "This run could not be sent: some of its figures are not numbers the board can store.",
    "class_board.error.wrong_teacher_key": "Only the teacher who opened this class can do that.",
    "class_board.error.student_not_found": "This tab is no longer joined to the class: join again with a nickname.",
    "class_board.error.chapter_not_found": "There is no chapter by that name.",
    "class_board.error.check_not_found": "There is no such question in the course.",
    "class_board.error.check_not_in_chapter": "This question belongs to another chapter.",
    "class_board.error.check_not_asked": (
        "Your teacher has not asked this question yet: your answer stays on this page and is not sent."
    ),
    "class_board.error.check_revealed": (
        "Your teacher has already revealed the answer: this question takes no more answers."
    ),
    "class_board.error.answer_not_an_option": "Choose one of the answers offered.",
    "class_board.error.answer_not_a_number": "Type a number, such as 0.5 or 12.",
    "class_board.error.answer_out_of_range": "That number is outside the range this question allows.",
    "class_board.error.bad_answer": "The board cannot take this answer.",
    "class_board.error.run_not_found": "This run is not on the class board: it may have been withdrawn or cleared.",
    "class_board.error.bad_photo": "This photo could not be stored: the board keeps only 64 × 64 colour pictures.",
    "class_board.error.bad_label": "Label the photo: cat or not a cat.",
    "class_board.error.too_many_own_photos": (
        "You have added 20 photos, the most one student may add: delete one of yours to add another."
    ),
    "class_board.error.too_many_photos": (
        "This class has 1,000 photos, the most a class may keep: nothing was lost, but no more photos are "
        "accepted until some are deleted."
    ),
    "class_board.error.photo_not_found": "This photo is no longer on the class board.",
    "class_board.error.not_your_photo": "You can delete only your own photos.",
    # charts in words (core/chart_words.py)
    "class_board.curves_text": "The chart in words: {runs} runs at {rates} learning rates; the lowest final cost is {cost} (α = {lr}); {diverged} diverged.",
    "class_board.curves_text_none": "The chart in words: {runs} runs at {rates} learning rates, none with a final cost; {diverged} diverged.",
    "class_board.accuracy_text": "The chart in words: the best test accuracy of {runs} runs is {accuracy} % (α = {lr}); {diverged} diverged (crosses at 0).",
    "class_board.accuracy_text_train": "The chart in words: the best train accuracy of {runs} runs is {accuracy} % (α = {lr}), no test set; {diverged} diverged (crosses at 0).",
}

ZH = {
    # ---- navigation ----
    "nav.section_classroom": "课堂",
    "nav.class_board": "班级看板",
    # ---- the page ----
    "class_board.title": "班级看板",
    "class_board.intro": (
        "学习率最好一起学：每人选一个学习率，按下 **训练** 按钮，全班在同一张图上看到所有的代价曲线。"
        "老师开设一个班级；学生用班级代码和昵称加入；他们在猫分类器、浅层神经网络和深层神经网络章节中的"
        "每次训练结束后都会自动发送到看板。"
    ),
    "class_board.open_header": "教师：开设班级",
    "class_board.open_intro": "生成班级代码和二维码，用于投影。班级及其训练记录在 {hours} 小时后删除。",
    "class_board.open_button": "开设班级",
    "class_board.join_header": "学生：加入班级",
    "class_board.code_label": "班级代码",
    "class_board.code_help": "八个字母和数字，例如 ABCD-2345，见老师的屏幕。",
    "class_board.nickname_label": "你的昵称",
    "class_board.nickname_help": "1 到 24 个字符，任何文字均可。全班都能看到：请用昵称，不要用全名。",
    "class_board.join_button": "加入",
    "class_board.teacher_header": "你的班级",
    "class_board.code_caption": "班级代码",
    "class_board.qr_caption": "扫码加入",
    "class_board.qr_alt": "加入班级 {code} 的链接的二维码：{link}",
    "class_board.join_link_label": "学生通过此地址加入，或扫描二维码：",
    "class_board.teacher_link_label": "教师链接",
    "class_board.teacher_link_help": (
        "收藏此链接，以便在另一台设备或另一个浏览器上管理这个班级。请勿外传：持有它的人都能关闭和清空班级。"
    ),
    "class_board.teacher_link_used": "已识别教师链接：你可以关闭和清空这个班级。",
    "class_board.teacher_link_wrong": "此教师链接与班级不符：只显示看板。",
    "class_board.close_button": "关闭班级",
    "class_board.close_help": "不再接受新学生和新的训练记录；看板在班级过期前仍可查看。",
    "class_board.closed_done": "班级已关闭。",
    "class_board.clear_confirm": "是的，删除这个班级的所有训练记录",
    "class_board.clear_button": "清空所有训练记录",
    "class_board.cleared": "已删除 {count} 条训练记录。",
    "class_board.expires_in": "班级及其所有训练记录将在 {hours} 小时 {minutes} 分钟后删除。",
    "class_board.joined": "你在班级 {code} 中。你在猫分类器、浅层神经网络和深层神经网络章节中的训练结束后会发送到这个看板。",
    "class_board.your_nickname": "你的昵称：{nickname}",
    "class_board.train_on": "去一个章节训练：",
    "class_board.withdraw_button": "撤回我的训练记录",
    "class_board.withdrawn": "已撤回你的 {count} 条训练记录。",
    "class_board.leave_button": "退出班级",
    "class_board.watching": "你正在查看班级 {code}。用昵称加入，才能发送你自己的训练记录。",
    # ---- the seat, above every page (ui/class_link.seat_line) ----
    "seat.line": "你在班级 {code} 中，昵称 {nickname}",
    "seat.leave": "退出",
    "seat.lost": (
        "这个标签页不在班级 {code} 中，但这个浏览器记得你在那里的座位（昵称 {nickname}）。取回座位，"
        "继续发送你的训练记录和答案：它们都还在。"
    ),
    "seat.left": "你已退出班级 {code}。你的训练记录和答案仍留在看板上。",
    "seat.rejoin": "以 {nickname} 的身份重新加入",
    "seat.not_me": "不是我：忘记这个座位",
    "seat.lost_link": "这个标签页在班级 {code} 中的座位已失效。",
    "seat.join_again": "重新加入班级",
    "seat.teaching": "你在教班级 {code}",
    "seat.back_to_board": "班级看板",
    # ---- the teacher's controls and links ----
    "class_board.teacher_controls": "教师操作",
    "class_board.show_teacher_link": "显示教师链接",
    "class_board.hide_teacher_link": "隐藏教师链接",
    "class_board.teacher_link_warning": (
        "不要投影：看到此链接的人都能关闭和清空班级。收藏它，以便在另一台设备或另一个浏览器上管理这个班级。"
    ),
    "class_board.teacher_link_presenter": "演示模式下从不显示教师链接。",
    "class_board.teacher_remembered": "这个浏览器记得你是这个班级的老师：刷新页面后这些操作仍在。",
    "class_board.forget_teacher": "在这个浏览器上停止管理班级",
    "class_board.forgot_teacher": "这个浏览器不再保存班级 {code} 的教师密钥。",
    "class_board.local_address": (
        "学生无法打开这个地址：`{host}` 是这台电脑对自己的称呼，在学生的手机上它指的是手机自己。"
        "请用这台电脑在网络上的地址打开应用，或把 `FIRST_CONTACT_PUBLIC_URL` 设为学生能访问的地址。"
    ),
    "class_board.local_address_suggestion": "这台电脑在网络上的地址可能是 {url}",
    # ---- the board ----
    "class_board.board_header": "班级 {code} 的看板",
    "class_board.students_metric": "学生",
    "class_board.runs_metric": "训练记录",
    "class_board.status_metric": "班级",
    "class_board.status_open": "开放",
    "class_board.status_closed": "已关闭",
    "class_board.refresh_note": "看板每 {seconds} 秒自动刷新。",
    "class_board.chapter_filter": "章节",
    "class_board.no_runs": "还没有训练记录。在训练章节中选一个学习率并按下 **训练** 按钮：每次训练结束后会出现在这里。",
    "class_board.curves_title": "所有代价曲线，按学习率着色",
    "class_board.scatter_title": "最终准确率与学习率",
    "class_board.iteration": "迭代次数",
    "class_board.cost": "代价 J",
    "class_board.learning_rate": "学习率 α",
    "class_board.accuracy": "准确率（%）",
    "class_board.test_accuracy": "测试集准确率",
    "class_board.train_accuracy": "训练集准确率",
    "class_board.diverged": "发散",
    "class_board.runs_count": "{count} 条训练记录",
    "class_board.col_nickname": "昵称",
    "class_board.col_chapter": "章节",
    "class_board.col_lr": "学习率 α",
    "class_board.col_iterations": "迭代次数",
    "class_board.col_final_cost": "最终代价",
    "class_board.col_train": "训练集准确率（%）",
    "class_board.col_test": "测试集准确率（%）",
    "class_board.col_outcome": "结果",
    "class_board.col_time": "发送时间",
    "class_board.choose_run": "选中一行，和全班一起看一位学生的训练。",
    "class_board.one_run_header": "{nickname} 在 {chapter} 章节的训练",
    "class_board.run_again": "在 {chapter} 章节重新运行",
    "class_board.one_run_curve": "这次训练的代价曲线",
    "class_board.outcome_finished": "完成",
    "class_board.outcome_stopped": "已停止",
    "class_board.outcome_diverged": "发散",
    "class_board.unavailable": "暂时无法连接班级看板：训练照常进行，但训练记录不会发送。",
    # ---- the link from a training chapter ----
    "link.sent": "已发送到班级 {code}。",
    "link.too_soon": "尚未发送：每秒最多向班级发送一次训练记录。它会在你下一次点击时发送。",
    "link.not_sent": "未发送到班级 {code}。",
    "link.withdraw": "从班级 {code} 撤回我的训练记录",
    "link.withdrawn": "已从班级 {code} 撤回 {count} 条训练记录。",
    # ---- the board's refusals ----
    "class_board.error.class_not_found": "没有这个代码的班级。请核对老师屏幕上的代码。",
    "class_board.error.class_expired": "这个班级已过期，其训练记录已删除。请向老师索取新的代码。",
    "class_board.error.class_closed": "这个班级已关闭：不再接受新学生和新的训练记录。",
    "class_board.error.class_full": "这个班级已满：学生人数已达上限。",
    "class_board.error.too_many_runs": "这个班级的训练记录已达上限：已有记录都不会丢失，但在老师清空看板之前不再接受新的记录。",
    "class_board.error.curve_too_long": "这次训练的代价曲线点数太多，无法发送。",
    "class_board.error.bad_code": "这不是班级代码：班级代码由八个字母和数字组成，例如 ABCD-2345。",
    "class_board.error.nickname_empty": "请选择一个至少包含一个可见字符的昵称。",
    "class_board.error.nickname_too_long": "昵称太长：最多 24 个字符。",
    "class_board.error.nickname_bad_characters": "昵称包含控制字符或改变文字方向的字符：请直接输入。",
    "class_board.error.nickname_taken": "班里已经有人用了这个昵称：请换一个。",
    "class_board.error.bad_run": "这次训练无法发送：其中有些数值看板无法保存。",
    "class_board.error.wrong_teacher_key": "只有开设这个班级的老师才能这样做。",
    "class_board.error.student_not_found": "这个标签页已不在班级中：请用昵称重新加入。",
    "class_board.error.chapter_not_found": "没有这个名称的章节。",
    "class_board.error.check_not_found": "课程中没有这个问题。",
    "class_board.error.check_not_in_chapter": "这个问题属于另一个章节。",
    "class_board.error.check_not_asked": "老师还没有提出这个问题：你的答案只留在本页面，不会发送。",
    "class_board.error.check_revealed": "老师已经公布了答案：这个问题不再接受作答。",
    "class_board.error.answer_not_an_option": "请从给出的答案中选择一个。",
    "class_board.error.answer_not_a_number": "请输入一个数，例如 0.5 或 12。",
    "class_board.error.answer_out_of_range": "这个数超出了本题允许的范围。",
    "class_board.error.bad_answer": "看板无法接受这个答案。",
    "class_board.error.run_not_found": "班级看板上没有这条训练记录：它可能已被撤回或清空。",
    "class_board.error.bad_photo": "这张照片无法保存：看板只保存 64 × 64 的彩色图片。",
    "class_board.error.bad_label": "请为照片加上标签：猫或非猫。",
    "class_board.error.too_many_own_photos": "你已添加 20 张照片，这是每位学生的上限：删除一张自己的照片后才能再添加。",
    "class_board.error.too_many_photos": "这个班级已有 1000 张照片，这是一个班级的上限：已有照片都不会丢失，但在删除一些之前不再接受新的照片。",
    "class_board.error.photo_not_found": "这张照片已不在班级看板上。",
    "class_board.error.not_your_photo": "你只能删除自己的照片。",
    # charts in words (core/chart_words.py)
    "class_board.curves_text": "图的文字说明：{rates} 个学习率下共 {runs} 次训练；最低的最终代价为 {cost}（α = {lr}）；{diverged} 次发散。",
    "class_board.curves_text_none": "图的文字说明：{rates} 个学习率下共 {runs} 次训练，都没有最终代价；{diverged} 次发散。",
    "class_board.accuracy_text": "图的文字说明：{runs} 次训练中最高的测试集准确率为 {accuracy}%（α = {lr}）；{diverged} 次发散（画在 0 处的叉）。",
    "class_board.accuracy_text_train": "图的文字说明：{runs} 次训练中最高的训练集准确率为 {accuracy}%（α = {lr}），没有测试集；{diverged} 次发散（画在 0 处的叉）。",
}
