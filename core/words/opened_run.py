"""Words of a student's run opened by a link (/<chapter>?run=<id>&class=<code>, ui/opened_run.py)."""

EN = {
    "opened_run.header": "{nickname}'s run, class {code}",
    "opened_run.read_only": (
        "As the class board keeps it, read-only: the settings it was made with (now on this page's controls), "
        "its numbers and its cost curve. Run it again to train exactly these settings here."
    ),
    "opened_run.again": "Run it again",
    "opened_run.final_cost": "Final cost",
    "opened_run.train_accuracy": "Train accuracy",
    "opened_run.test_accuracy": "Test accuracy",
    "opened_run.no_class": "This link names a run but not its class: open it from the class board.",
    "opened_run.not_here": "This run was made on another chapter: {chapter}.",
    "opened_run.reproduced": (
        "Run again: final cost {mine}. {nickname}'s run ended at {theirs}: the same run (they differ by "
        "{difference}). The same seed and settings give the same numbers."
    ),
    "opened_run.not_reproduced": (
        "Run again: final cost {mine}, while {nickname}'s run ended at {theirs} (a difference of {difference}). "
        "Check that the settings on the controls are still those of the run."
    ),
}

ZH = {
    "opened_run.header": "{nickname} 的训练，班级 {code}",
    "opened_run.read_only": (
        "这是班级看板保存的原样，只读：训练时的设置（已放到本页的控件上）、它的数值和代价曲线。"
        "点“再运行一次”，就在这里用完全相同的设置再训练一次。"
    ),
    "opened_run.again": "再运行一次",
    "opened_run.final_cost": "最终代价",
    "opened_run.train_accuracy": "训练集准确率",
    "opened_run.test_accuracy": "测试集准确率",
    "opened_run.no_class": "这个链接指明了一次训练，却没有指明它的班级：请从班级看板打开。",
    "opened_run.not_here": "这次训练是在另一个章节做的：{chapter}。",
    "opened_run.reproduced": (
        "再运行一次：最终代价 {mine}。{nickname} 的训练结束于 {theirs}：是同一次训练（相差 {difference}）。"
        "相同的随机种子和设置，得到相同的数值。"
    ),
    "opened_run.not_reproduced": (
        "再运行一次：最终代价 {mine}，而 {nickname} 的训练结束于 {theirs}（相差 {difference}）。"
        "请检查控件上的设置是否仍是那次训练的设置。"
    ),
}
