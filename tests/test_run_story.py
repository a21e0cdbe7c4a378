"""Every sentence a run says agrees with the run's own numbers, over many runs of the cat classifier: random
learning rates (diverging ones included) and iteration counts (core/run_story.py, core/curves.py)."""

import re

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.chapters.cat_classifier import LEARNING_RATES
from core.curves import find_swing, split_swing, zigzag_height
from core.dual_logistic import train
from core.run_story import RateResult, Sentence, chart_numbers, comparison_lesson, cost_chart_text, percent, run_story
from core.settings import format_number
from core.snapshot import TrainingSnapshot
from core.text import t

pytestmark = pytest.mark.cat_data

RUNS = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
RATES = st.sampled_from(LEARNING_RATES + (2.0, 5.0, 20.0))  # beyond the slider too: runs that diverge
ITERATIONS = st.integers(min_value=3, max_value=1200)


def text_of(sentence: Sentence, language: str = "en") -> str:
    return t(sentence.key, language, **sentence.values, **{name: t(key, language) for name, key in sentence.words.items()})


@RUNS
@given(RATES, ITERATIONS)
def test_every_sentence_agrees_with_the_run(cat_task, rate, iterations):
    run = train(cat_task.problem, rate, iterations)
    story = run_story(run, rate)
    keys = [sentence.key for sentence in story]
    costs, test = np.asarray(run.costs), np.asarray(run.test_costs)
    if run.diverged:
        assert story == []  # the chapter's own sentence says where it diverged
        return
    for sentence in story:
        words = text_of(sentence)
        assert "Choose a smaller" not in words  # no advice beside a run that did not diverge
        if sentence.key.startswith("story.rose_then_fell"):
            assert costs[-1] < costs[0] < max(costs) and f"to {run.cost:.4f}" in words
        if sentence.key.startswith("story.ended_above_start"):
            assert costs[-1] >= costs[0] and f"is {run.cost:.4f}, above its start" in words
        if sentence.key.startswith(("story.rose", "story.ended")) and "test_peak" in sentence.values:
            assert sentence.values["test_peak"] == max(test)  # "the chart's highest point" is the test cost's
        if sentence.key == "story.overfit":  # "kept falling" only when the training cost fell
            best = sentence.values["best"]
            assert costs[-1] < costs[best] and test[-1] > test[best] == min(test)
        if sentence.key == "story.still_falling":
            earlier = max(0, run.iteration - 10)
            assert test[-1] <= test[earlier] and costs[-1] <= costs[earlier]
        if sentence.key.startswith("story.swing"):
            assert f"α = {format_number(rate)}" in words
    assert not ({"story.overfit", "story.still_falling", "story.test_rose"} & set(keys) and costs[-1] >= costs[0])
    assert len([k for k in keys if k.startswith("story.swing")]) <= 1


@RUNS
@given(st.lists(st.sampled_from(LEARNING_RATES[4:] + (5.0,)), min_size=1, max_size=5, unique=True),
       st.integers(min_value=50, max_value=600))
def test_the_comparison_lesson_quotes_the_table(cat_task, rates, iterations):
    runs = {rate: train(cat_task.problem, rate, iterations) for rate in rates}
    results = [RateResult(rate, float(r.costs[-2]), r.train_accuracy, r.test_accuracy, r.diverged)
               for rate, r in runs.items()]
    table = {f"{percent(r.train_accuracy)} %" for r in results} | {f"{percent(r.test_accuracy)} %" for r in results}
    lesson = [text_of(s) for s in comparison_lesson(results, iterations)]
    for words in lesson:
        for number in re.findall(r"(\d+(?:\.\d+)?) %", words):
            if "points" not in words.split(number + " %")[0][-12:]:
                assert f"{number} %" in table, f"{number} % is not in the table: {words}"
    finite = [r for r in results if not r.diverged]
    if finite:
        best = max(r.test_accuracy for r in finite)
        assert f"{percent(best)} %" in lesson[0]  # the best is the table's best, as written there
        slow = [words for words in lesson if "moves slowest" in words]
        if slow:  # "still" the highest cost of these runs
            lowest_rate = min(finite, key=lambda r: r.learning_rate)
            assert lowest_rate.final_cost == max(r.final_cost for r in finite)


def test_the_course_run_says_what_the_chart_shows(cat_task):
    run = train(cat_task.problem, 0.005, 300)
    story = {sentence.key: sentence for sentence in run_story(run, 0.005)}
    # The training cost rose to 0.897 but the chart's highest point is the test cost's 1.7: both named.
    rose = story["story.rose_then_fell_test"]
    assert rose.values["peak"] == pytest.approx(max(run.costs)) and rose.values["test_peak"] > 1.7
    assert "test cost, the chart's highest point" in text_of(rose)
    assert story["story.swing_ongoing"].values["start"] == 1  # the test cost swings from the first step
    assert "偶数次和奇数次迭代画成两条线" in text_of(story["story.swing_ongoing"], "zh")


def test_a_rate_that_ends_above_its_start_is_not_called_overfitting(cat_task):
    run = train(cat_task.problem, 0.1, 300)  # the case: 80 % on the test set, training cost 1.07 > 0.693
    keys = [sentence.key for sentence in run_story(run, 0.1)]
    assert "story.ended_above_start_test" in keys and "story.overfit" not in keys
    assert run.cost > run.costs[0]


def test_a_smooth_run_has_no_swing_and_still_falls(cat_task):
    run = train(cat_task.problem, 0.001, 300)
    keys = [sentence.key for sentence in run_story(run, 0.001)]
    assert not any(key.startswith("story.swing") for key in keys)
    assert find_swing(run.costs) is None


# ---- the curves' reading, by hand ----

def test_a_zigzag_is_measured_from_the_midpoint_of_its_neighbours():
    assert list(zigzag_height([0, 2, 0, 2])) == [2.0, 2.0]
    assert list(zigzag_height([0, 1, 2, 3])) == [0.0, 0.0]  # a straight fall is no zigzag


def test_a_swing_is_found_where_it_is_and_not_in_noise():
    values = np.concatenate([1 + 0.5 * (-1.0) ** np.arange(40) * np.exp(-np.arange(40) / 8), np.linspace(1, 0.5, 60)])
    swing = find_swing(values)
    assert swing is not None and swing.start == 1 and 15 < swing.end < 40 and not swing.ongoing
    assert find_swing(np.linspace(1, 0, 100)) is None
    assert find_swing([1, 2, 1, 1, 1, 1, 1, 1]) is None  # one wiggle is not a swing
    assert find_swing([1.0, np.inf, 1.0, 2.0, 1.0, 2.0, 1.0]) is None


def test_even_and_odd_iterations_are_each_smooth():
    values = 1 + 0.5 * (-1.0) ** np.arange(20) * np.exp(-np.arange(20) / 8)
    (even_at, even), (odd_at, odd) = split_swing(values)
    assert list(even_at) == list(range(0, 20, 2)) and list(odd_at) == list(range(1, 20, 2))
    assert np.all(np.diff(even) < 0) and np.all(np.diff(odd) > 0)


def test_a_snapshot_without_a_test_set_speaks_of_the_training_cost():
    costs = 1 + 0.5 * (-1.0) ** np.arange(60) * np.exp(-np.arange(60) / 30) - np.arange(60) / 200
    run = TrainingSnapshot(iteration=59, num_iterations=59, costs=costs, train_accuracy=80.0, test_accuracy=None)
    (swing,) = [s for s in run_story(run, 1.2) if s.key.startswith("story.swing")]
    assert swing.words == {"curve": "story.training_cost"} and "training cost jumps" in text_of(swing)


@RUNS
@given(RATES, ITERATIONS)
def test_the_cost_chart_in_words_is_read_off_the_run(cat_task, rate, iterations):
    """The cost chart's text alternative quotes the chart's first and last cost, its iterations, the
    accuracies as the metrics write them and the test cost's lowest point, in both languages."""
    run = train(cat_task.problem, rate, iterations)
    sentence = cost_chart_text(run)
    if run.diverged:
        assert sentence is None
        return
    costs, test = np.asarray(run.costs), np.asarray(run.test_costs)
    best = int(np.argmin(test))
    for language in ("en", "zh"):
        text = text_of(sentence, language)
        for number in (f"{costs[0]:.3f}", f"{costs[-1]:.3f}", f"{run.iteration:,}", f"{run.train_accuracy:.2f}",
                       f"{run.test_accuracy:.2f}", f"{best:,}", f"{test[best]:.3f}"):
            assert number in text, (number, text)
    assert ("fell" in text_of(sentence)) == (costs[-1] <= costs[0]) != ("rose" in text_of(sentence))


def test_the_cost_chart_in_words_of_the_course_run(cat_task):
    sentence = cost_chart_text(train(cat_task.problem, 0.005, 2000))
    assert text_of(sentence) == (
        "The cost chart in words: the training cost fell from 0.693 to 0.136 over 2,000 iterations; train accuracy "
        "99.04 %, test 70.00 %; the test cost was lowest at iteration 150 (0.501).")
    assert text_of(sentence, "zh") == (
        "代价曲线图的文字说明：在 2,000 次迭代中，训练集代价从 0.693 下降到 0.136；训练集准确率 99.04%，"
        "测试集准确率 70.00%；测试集代价在第 150 次迭代时最低（0.501）。")


def test_the_charts_numbers_as_a_table(cat_task):
    """Eleven evenly spaced iterations and the test cost's lowest, each with the run's own numbers."""
    run = train(cat_task.problem, 0.005, 2000)
    rows = chart_numbers(run)
    assert [row[0] for row in rows] == [0, 150, 200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800, 2000]
    for i, train_cost, test_cost, train_accuracy, test_accuracy in rows:
        assert (train_cost, test_cost) == (run.costs[i], run.test_costs[i])
        assert (train_accuracy, test_accuracy) == tuple(run.accuracies[i])
    assert rows[-1][3:] == (run.train_accuracy, run.test_accuracy)
    short = TrainingSnapshot(iteration=3, num_iterations=3, costs=np.array([1.0, 0.9, 0.8, 0.7]),
                             train_accuracy=60.0, test_accuracy=None)
    assert [row[:3] for row in chart_numbers(short)] == [(0, 1.0, None), (1, 0.9, None), (2, 0.8, None), (3, 0.7, None)]


def test_reproduction_agrees_to_a_billionth_and_treats_diverged_runs_alike():
    from core.run_story import reproduction

    assert reproduction(0.5, 0.5 + 4e-10) == (True, pytest.approx(4e-10))
    same, difference = reproduction(0.5, 0.5 + 2e-9)
    assert not same and difference == pytest.approx(2e-9)
    assert reproduction(None, float("nan")) == (True, 0.0)  # both diverged
    assert reproduction(0.3, None) == (False, float("inf"))


def test_the_accuracy_chart_in_words_of_the_course_run(cat_task):
    """The accuracy chart's sentence quotes its first and last points and the test accuracy's highest."""
    from core.run_story import accuracy_chart_text

    run = train(cat_task.problem, 0.005, 2000)
    accuracies = np.asarray(run.accuracies)
    best = int(np.argmax(accuracies[:, 1]))
    text = text_of(accuracy_chart_text(run))
    for number in (f"{accuracies[0, 0]:.2f}", f"{run.train_accuracy:.2f}", f"{accuracies[0, 1]:.2f}",
                   f"{run.test_accuracy:.2f}", f"{best:,}", f"{accuracies[best, 1]:.2f}"):
        assert number in text, (number, text)
    assert text.startswith("The accuracy chart in words: over 2,000 iterations the train accuracy went from")
    assert "准确率曲线图" in text_of(accuracy_chart_text(run), "zh")
