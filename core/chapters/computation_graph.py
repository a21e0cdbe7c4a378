"""Computation graph: which graph, its inputs (one slider per input key), the step of the walk."""

from core.graphs import GRAPH_KEYS, MAX_EXAMPLES, graph_spec, steps
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
