"""Words of what a run says (core/run_story.py): the cost's path, the two-iteration swing, the train-test gap,
the learning-rate comparison; and the names of the even and odd iterations' lines."""

EN = {
    "story.even": "{set}, even iterations",
    "story.odd": "{set}, odd iterations",
    "story.training_cost": "training cost",
    "story.test_cost": "test cost",
    "story.rose_then_fell": (
        "The training cost rose above its start at first (from {start:.4f} to {peak:.4f} at iteration {at}) "
        "before it fell to {end:.4f}: the first steps overshoot the bottom of the valley and land on its far "
        "side, then the descent settles."
    ),
    "story.rose_then_fell_test": (
        "The training cost rose above its start at first (from {start:.4f} to {peak:.4f} at iteration {at}; "
        "the test cost, the chart's highest point, to {test_peak:.4f} at iteration {test_at}) before it fell "
        "to {end:.4f}: the first steps overshoot the bottom of the valley and land on its far side, then the "
        "descent settles."
    ),
    "story.ended_above_start": (
        "After {i} iterations the training cost is {end:.4f}, above its start ({start:.4f}; highest {peak:.4f} "
        "at iteration {at}): with steps this long the descent has not settled yet. Whatever the accuracy is "
        "now, it is where the jumping weights happened to stop: a few more iterations change it."
    ),
    "story.ended_above_start_test": (
        "After {i} iterations the training cost is {end:.4f}, above its start ({start:.4f}; highest {peak:.4f} "
        "at iteration {at}, the test cost up to {test_peak:.4f} at iteration {test_at}): with steps this long "
        "the descent has not settled yet. Whatever the accuracies are now, they are where the jumping weights "
        "happened to stop: a few more iterations change them."
    ),
    "story.swing": (
        "From iteration {start} the {curve} jumps between two values every other iteration (by up to "
        "{jump:.3g}); the charts draw the even and the odd iterations as two lines so both can be followed. "
        "Each step of α = {lr} is too long for the cost's steepest direction: it overshoots the bottom of the "
        "valley and lands on the far side, and the next step comes back. The jumps shrink as the weights move "
        "on: after iteration {end} they are too small to see."
    ),
    "story.swing_ongoing": (
        "From iteration {start} the {curve} jumps between two values every other iteration (by up to "
        "{jump:.3g}); the charts draw the even and the odd iterations as two lines so both can be followed. "
        "Each step of α = {lr} is too long for the cost's steepest direction: it overshoots the bottom of the "
        "valley and lands on the far side, and the next step comes back. At iteration {i} the jumps are still "
        "there: they shrink slowly with more iterations, and a smaller α avoids them (but falls more slowly)."
    ),
    "story.overfit": (
        "The test cost was lowest at iteration {best} ({low:.4f}) and is {end:.4f} now, while the training "
        "cost kept falling (from {train_then:.4f} then to {train:.4f}): past that point the model learns these "
        "training images rather than what makes a cat. That widening gap between the two curves is "
        "overfitting; the text's step 8 reads these curves to choose the hyper-parameters, such as the "
        "number of iterations."
    ),
    "story.test_rose": (
        "The test cost was lowest at iteration {best} ({low:.4f}) and is {end:.4f} now; the training cost did "
        "not fall meanwhile either ({train_then:.4f} then, {train:.4f} now), so this is not overfitting yet."
    ),
    "story.still_falling": (
        "Both costs are still falling at the last iteration ({train:.4f} on the training set, {end:.4f} on the "
        "test set): more iterations may still help on images the model has never seen."
    ),
    "story.compare_best": "Here α = {lr} reaches the best test accuracy, {test} %.",
    "story.compare_best_tied": "Here α = {rates} reach the same best test accuracy, {test} %.",
    "story.compare_gap": (
        "α = {lr} gets {train} % of the training images right but only {test} % of the test images: a gap of "
        "{gap} points between the two, which is overfitting."
    ),
    "story.compare_slow": (
        "The smallest rate, α = {lr}, moves slowest: after {iters} iterations its cost is still {cost:.3f}, the "
        "highest of these runs."
    ),
    "story.compare_goal": (
        "The goal is not the lowest training cost but the best accuracy on pictures the model has never seen."
    ),
    "story.photo_stopped": (
        "Your last run (α = {own_lr}) was stopped at iteration {i} of {total}: a model cut short is not the one "
        "you chose to train, so the photo is classified by the course lab's model (α = {lr}, {iters} iterations). "
        "Train to the end to use your own."
    ),
    "story.photo_diverged": (
        "Your last run (α = {own_lr}) diverged at iteration {i}: its weights are not numbers any more, so the "
        "photo is classified by the course lab's model (α = {lr}, {iters} iterations)."
    ),
    # The cost chart in words, beside it (a learner who cannot see the chart reads it; tests check it against the run).
    "story.cost_chart_text": (
        "The cost chart in words: the training cost {moved} from {first:.3f} to {last:.3f} over {iterations:,} "
        "iterations; train accuracy {train} %, test {test} %; the test cost was lowest at iteration {best:,} ({low:.3f})."
    ),
    "story.cost_chart_text_train": (
        "The cost chart in words: the training cost {moved} from {first:.3f} to {last:.3f} over {iterations:,} "
        "iterations; train accuracy {train} %."
    ),
    "story.accuracy_chart_text": (
        "The accuracy chart in words: over {iterations:,} iterations the train accuracy went from {train_first} % "
        "to {train} %, the test accuracy from {test_first} % to {test} %; the test accuracy was highest at "
        "iteration {best:,} ({high} %)."
    ),
    "story.accuracy_chart_text_train": (
        "The accuracy chart in words: over {iterations:,} iterations the train accuracy went from {train_first} % "
        "to {train} %."
    ),
    "story.fell": "fell",
    "story.rose": "rose",
}

ZH = {
    "story.even": "{set}，偶数次迭代",
    "story.odd": "{set}，奇数次迭代",
    "story.training_cost": "训练集代价",
    "story.test_cost": "测试集代价",
    "story.rose_then_fell": (
        "训练集代价一开始先升到初始值之上（从 {start:.4f} 升到第 {at} 次迭代时的 {peak:.4f}），然后才降到 "
        "{end:.4f}：最初几步越过了谷底，落在山谷的另一侧，之后下降才稳定下来。"
    ),
    "story.rose_then_fell_test": (
        "训练集代价一开始先升到初始值之上（从 {start:.4f} 升到第 {at} 次迭代时的 {peak:.4f}；测试集代价，"
        "也就是图中的最高点，在第 {test_at} 次迭代时升到 {test_peak:.4f}），然后才降到 {end:.4f}："
        "最初几步越过了谷底，落在山谷的另一侧，之后下降才稳定下来。"
    ),
    "story.ended_above_start": (
        "{i} 次迭代之后，训练集代价为 {end:.4f}，高于初始值（{start:.4f}；第 {at} 次迭代时最高，为 {peak:.4f}）："
        "步长这么大，下降还没有稳定下来。现在的准确率只是来回跳动的权重恰好停下的位置：再多迭代几次，它就会改变。"
    ),
    "story.ended_above_start_test": (
        "{i} 次迭代之后，训练集代价为 {end:.4f}，高于初始值（{start:.4f}；第 {at} 次迭代时最高，为 {peak:.4f}；"
        "测试集代价在第 {test_at} 次迭代时升到 {test_peak:.4f}）：步长这么大，下降还没有稳定下来。"
        "现在的准确率只是来回跳动的权重恰好停下的位置：再多迭代几次，它们就会改变。"
    ),
    "story.swing": (
        "从第 {start} 次迭代起，{curve}每隔一次迭代就在两个值之间来回振荡（幅度最大为 {jump:.3g}）；"
        "图中把偶数次和奇数次迭代画成两条线，两条都能看清。α = {lr} 的每一步对代价最陡的方向来说都太长："
        "它越过谷底，落在山谷的另一侧，下一步又跳回来。随着权重的变化，振荡逐渐减弱：第 {end} 次迭代之后就小得看不见了。"
    ),
    "story.swing_ongoing": (
        "从第 {start} 次迭代起，{curve}每隔一次迭代就在两个值之间来回振荡（幅度最大为 {jump:.3g}）；"
        "图中把偶数次和奇数次迭代画成两条线，两条都能看清。α = {lr} 的每一步对代价最陡的方向来说都太长："
        "它越过谷底，落在山谷的另一侧，下一步又跳回来。到第 {i} 次迭代时振荡仍在：迭代次数更多时它会慢慢减弱，"
        "更小的 α 可以避免它（但下降得更慢）。"
    ),
    "story.overfit": (
        "测试集代价在第 {best} 次迭代时最低（{low:.4f}），现在是 {end:.4f}；而训练集代价一直在下降"
        "（从当时的 {train_then:.4f} 降到 {train:.4f}）。过了那一点，模型学到的是这些训练图像本身，而不是猫的特征。"
        "两条曲线之间越拉越大的差距就是过拟合；原文的第 8 步正是根据这些曲线来选择超参数，比如迭代次数。"
    ),
    "story.test_rose": (
        "测试集代价在第 {best} 次迭代时最低（{low:.4f}），现在是 {end:.4f}；这期间训练集代价也没有下降"
        "（当时 {train_then:.4f}，现在 {train:.4f}），所以这还不是过拟合。"
    ),
    "story.still_falling": (
        "到最后一次迭代，两个代价都还在下降（训练集 {train:.4f}，测试集 {end:.4f}）："
        "再多迭代几次，可能还会让模型在没见过的图像上表现更好。"
    ),
    "story.compare_best": "在这里，α = {lr} 在测试集上的准确率最高，为 {test}%。",
    "story.compare_best_tied": "在这里，α = {rates} 在测试集上达到同样最高的准确率，为 {test}%。",
    "story.compare_gap": (
        "α = {lr} 答对了 {train}% 的训练图像，却只答对了 {test}% 的测试图像：两者相差 {gap} 个百分点，这就是过拟合。"
    ),
    "story.compare_slow": (
        "最小的学习率 α = {lr} 走得最慢：{iters} 次迭代之后，它的代价仍有 {cost:.3f}，是这几次训练中最高的。"
    ),
    "story.compare_goal": "目标不是最低的训练代价，而是在模型从未见过的图片上获得最好的准确率。",
    "story.photo_stopped": (
        "你最近一次训练（α = {own_lr}）在第 {i} 次迭代（共 {total} 次）时被停止：半途停下的模型不是你选择训练的那个，"
        "所以这张图片由课程编程作业中的模型来分类（α = {lr}，{iters} 次迭代）。把训练进行到底，就会用你自己的模型。"
    ),
    "story.photo_diverged": (
        "你最近一次训练（α = {own_lr}）在第 {i} 次迭代时发散：它的权重已不再是有限数，"
        "所以这张图片由课程编程作业中的模型来分类（α = {lr}，{iters} 次迭代）。"
    ),
    "story.cost_chart_text": (
        "代价曲线图的文字说明：在 {iterations:,} 次迭代中，训练集代价从 {first:.3f} {moved}到 {last:.3f}；"
        "训练集准确率 {train}%，测试集准确率 {test}%；测试集代价在第 {best:,} 次迭代时最低（{low:.3f}）。"
    ),
    "story.cost_chart_text_train": (
        "代价曲线图的文字说明：在 {iterations:,} 次迭代中，训练集代价从 {first:.3f} {moved}到 {last:.3f}；"
        "训练集准确率 {train}%。"
    ),
    "story.accuracy_chart_text": (
        "准确率曲线图的文字说明：在 {iterations:,} 次迭代中，训练集准确率从 {train_first}% 变为 {train}%，"
        "测试集准确率从 {test_first}% 变为 {test}%；测试集准确率在第 {best:,} 次迭代时最高（{high}%）。"
    ),
    "story.accuracy_chart_text_train": (
        "准确率曲线图的文字说明：在 {iterations:,} 次迭代中，训练集准确率从 {train_first}% 变为 {train}%。"
    ),
    "story.fell": "下降",
    "story.rose": "上升",
}
