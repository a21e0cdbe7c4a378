"""Computation graph: which graph, its inputs (one slider per input key), the step of the walk; the checks."""

from core import checks
from core.graphs import GRAPH_KEYS, MAX_EXAMPLES, gradient_step, graph_spec, steps
from core.settings import CHOICE, SLIDER, Setting, log_grid

GRAPH = Setting("cg_graph", "computation_graph.graph", CHOICE, "warmup", options=GRAPH_KEYS, help="computation_graph.graph_help",
                option_labels=("computation_graph.graph_warmup", "computation_graph.graph_logistic", "computation_graph.graph_batch", "computation_graph.graph_network"))
EXAMPLE_COUNT = Setting("cg_m", "computation_graph.m", SLIDER, 2, min_value=1, max_value=MAX_EXAMPLES, step=1)
LEARNING_RATE = Setting("cg_lr", "computation_graph.lr", CHOICE, 0.1, options=log_grid(1e-3, 10.0), help="computation_graph.lr_help")
# Every graph's variants: the warm-up, one example, m = 1..4 examples, the network.
VARIANTS = {spec.key: spec for spec in (graph_spec("warmup"), graph_spec("logistic"), graph_spec("network"),
                                        *(graph_spec("batch", m) for m in range(1, MAX_EXAMPLES + 1)))}
# One slider per input key (shared where graphs share an input: x1, x2, y, w1, w2, b).
INPUTS = {s.key: Setting(f"cg_{s.key}", f"computation_graph.in.{s.key}", SLIDER, s.default, min_value=s.low,
                         max_value=s.high, step=s.step)
          for spec in VARIANTS.values() for s in spec.inputs}
# The step slider runs over 0..(forward + backward steps), so each graph variant has its own.
STEPS = {key: Setting(f"cg_step_{key}", "computation_graph.step", SLIDER, len(steps(spec.build())), min_value=0,
                      max_value=len(steps(spec.build())), step=1, help="computation_graph.step_help")
         for key, spec in VARIANTS.items()}

SETTINGS = (GRAPH, EXAMPLE_COUNT, LEARNING_RATE, *INPUTS.values(), *STEPS.values())


# ---- checks: each answer read off what the page shows with the check's settings ----

def _spec(values):
    """The graph the page draws for these settings (the batch graph with its m examples)."""
    kind = values[GRAPH.key]
    return graph_spec(kind, values[EXAMPLE_COUNT.key] if kind == "batch" else 1)


def _inputs(spec, values) -> dict:
    """The graph's inputs, each from its own slider."""
    return {s.key: values[INPUTS[s.key].key] for s in spec.inputs}


def _built(values):
    spec = _spec(values)
    return spec.build(_inputs(spec, values))


def _warmup_forward(values) -> dict:
    built = _built(values)
    nodes = {node.name: node.value for node in built.order}
    return {"answer": built.output.value, "u": nodes["u"], "v": nodes["v"]}


def _warmup_backward(values) -> dict:
    built = _built(values)
    return {"answer": built.inputs["b"].grad, "c": built.inputs["c"].value}


def _one_step(values) -> dict:
    spec = _spec(values)
    inputs = _inputs(spec, values)
    update = gradient_step(spec, inputs, values[LEARNING_RATE.key])
    smaller = gradient_step(spec, inputs, 1.0)
    return {"answer": "up" if update.cost_after > update.cost_before else "down", "before": update.cost_before,
            "after": update.cost_after, "after_one": smaller.cost_after}


def _walk(spec) -> dict:
    """The text's own inputs of a graph and its walk shown to the end (what "Run it" shows)."""
    return {INPUTS[s.key].key: s.default for s in spec.inputs} | {STEPS[spec.key].key: STEPS[spec.key].max_value}


def _check(name, kind, observe, settings, **fields):
    return checks.run_check(f"computation_graph.{name}", kind, observe, chapter_settings=SETTINGS, settings=settings,
                            **fields)


WARMUP_CHECK_SETTINGS = _walk(VARIANTS["warmup"]) | {GRAPH.key: "warmup", "cg_a": 2.0, "cg_b": -1.0, "cg_c": 4.0}
CHECKS = (
    _check("warmup_value", checks.NUMBER, _warmup_forward, WARMUP_CHECK_SETTINGS, tolerance=0.01,
           min_value=-10_000, max_value=10_000),
    _check("warmup_derivative", checks.NUMBER, _warmup_backward, WARMUP_CHECK_SETTINGS, tolerance=0.01,
           min_value=-10_000, max_value=10_000),
    _check("big_step", checks.CHOICE, _one_step,
           _walk(VARIANTS["batch4"]) | {GRAPH.key: "batch", EXAMPLE_COUNT.key: 4, LEARNING_RATE.key: 10.0},
           options=("down", "up")),
)
