"""Words of "predict, then run" under a chapter (ui/predict.py)."""

EN = {
    "predict.header": "Predict, then run ({count} questions)",
    "predict.intro": (
        "Commit to an answer first, then run it: **Run it** sets this page's controls to the question's "
        "settings and runs the page, and the question says whether your prediction held."),
    "predict.locked": "Locked in: {answer}. Now run it.",
    "predict.held": "Your prediction held: {answer}.",
    "predict.did_not_hold": "Your prediction did not hold: you said {mine}; the run shows {answer}.",
}

ZH = {
    "predict.header": "先预测，再运行（{count} 个问题）",
    "predict.intro": "先给出你的答案，再运行：按下 **运行** 按钮，本页的控件会设成问题给定的设置并运行本页，问题会告诉你预测是否成立。",
    "predict.locked": "已锁定：{answer}。现在运行看看。",
    "predict.held": "你的预测成立：{answer}。",
    "predict.did_not_hold": "你的预测不成立：你选的是 {mine}；运行的结果是 {answer}。",
}
