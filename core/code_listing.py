"""The code beside the math: which of core's functions each chapter shows, declared once, and their source.

A chapter's page shows a listing in a collapsed "The code" panel right after the formula it implements
(ui/code_panel.py). What a listing shows is read from the running functions with `inspect.getsource`, never
copied into a string, so the code a learner reads is the code that computed the numbers on the page.
tests/test_code_panels.py checks every panel a page shows against this declaration and against
`inspect.getsource`, and that every function declared for a chapter is one its page really runs.

The functions carry the course's names (logistic regression's `sigmoid`, `initialize_with_zeros`,
`propagate`, `optimize`, `predict`, `model`; the deep network's `initialize_parameters_deep`,
`L_model_forward`, `compute_cost`, `L_model_backward`, `update_parameters`), so a reader of the text
recognises them.
"""

from __future__ import annotations

import functools
import inspect
from dataclasses import dataclass

from core import activations, autodiff, dual_logistic, graphs, logistic, logistic_model, loss, nn, optimizers, perceptron
from core import span
from core import vectorize


@dataclass(frozen=True)
class Listing:
    """Functions and classes shown together in one panel, in reading order (helpers before their callers,
    except where the text reads top-down). A fast-form listing also carries the words and the algebra that
    make it equal to the text's loop (`intro`, `latex`, `agreement`: catalogue keys)."""

    key: str  # "<chapter slug>.<name>": what a page passes to code_panel
    pieces: tuple
    intro: str | None = None
    latex: str | None = None
    agreement: str | None = None

    @property
    def names(self) -> str:
        """The pieces' names as inline code, for the panel's title."""
        return ", ".join(f"`{piece.__name__}`" for piece in self.pieces)


def _source(piece) -> str:
    return inspect.getsource(piece)


@functools.cache  # once per process: the files do not change under a running server
def source_of(listing: Listing) -> str:
    """The listing's pieces' own source, one after the other, as a module would hold them."""
    return "\n\n\n".join(_source(piece).rstrip() for piece in listing.pieces)


NETWORK_ENGINE = (nn.initialize_parameters_deep, nn.activate, nn.activation_slope, nn.L_model_forward,
                  nn.compute_cost, nn.L_model_backward, nn.update_parameters)
GRAPH_OPERATIONS = {  # each graph's builder and the operations it is made of (every one a node and its local slopes)
    "warmup": (graphs.warmup, autodiff.mul, autodiff.add, autodiff.scale),
    "logistic": (graphs.logistic, autodiff.linear, autodiff.sigmoid, autodiff.cross_entropy),
    "batch": (graphs.batch, autodiff.linear, autodiff.sigmoid, autodiff.cross_entropy, autodiff.mean),
    "network": (graphs.network, autodiff.linear, autodiff.tanh, autodiff.sigmoid, autodiff.cross_entropy),
}

_DECLARED = (
    Listing("perceptron.rule", (perceptron.predict, perceptron.perceptron_update, perceptron.train_perceptron)),
    Listing("logistic_model.hypothesis", (logistic.sigmoid, logistic_model.hypothesis, logistic_model.sides)),
    Listing("activations.sigmoid", (logistic.sigmoid, activations.sigmoid_derivative)),
    Listing("activations.tanh", (activations.tanh, activations.tanh_derivative)),
    Listing("activations.relu", (activations.relu, activations.relu_derivative)),
    Listing("activations.leaky_relu", (activations.leaky_relu, activations.leaky_relu_derivative)),
    Listing("loss_and_cost.loss", (loss.log_loss,)),
    Listing("loss_and_cost.cost", (loss.cost,)),
    Listing("loss_and_cost.convexity", (loss.squared_error_cost, loss.log_loss_cost, logistic.log_loss_from_logits)),
    Listing("vectorization.dot", (vectorize.dot_loop, vectorize.dot_vectorized)),
    Listing("vectorization.gradient", (vectorize.gradient_loop, logistic.propagate)),
    Listing("vectorization.race", (vectorize.optimize_loop, logistic.optimize)),
    *(Listing(f"computation_graph.forward_{kind}", (autodiff.Node, *pieces))
      for kind, pieces in GRAPH_OPERATIONS.items()),
    Listing("computation_graph.backward", (autodiff.topological_order, autodiff.backward)),
    *(Listing(f"gradient_descent.{name}", (step, optimizers.walk)) for name, step in optimizers.STEPS.items()),
    Listing("cat_classifier.logistic", (logistic.sigmoid, logistic.initialize_with_zeros, logistic.propagate,
                                        logistic.optimize, logistic.predict, logistic.model)),
    Listing("cat_classifier.span", (span.gram, dual_logistic.train_steps),
            intro="code.cat_span_intro", latex="code.latex_cat_span", agreement="code.cat_span_agreement"),
    Listing("shallow_network.engine", NETWORK_ENGINE),
    Listing("deep_network.engine", NETWORK_ENGINE),
    Listing("deep_network.span", (span.SpanLayer, nn.train_steps),
            intro="code.deep_span_intro", latex="code.latex_deep_span", agreement="code.deep_span_agreement"),
)

LISTINGS = {listing.key: listing for listing in _DECLARED}


def chapter_listings(slug: str) -> tuple[Listing, ...]:
    """Every listing a chapter may show, in declaration order."""
    return tuple(listing for listing in _DECLARED if listing.key.split(".")[0] == slug)
