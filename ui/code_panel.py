"""The code beside the math: a collapsed panel with the source of the core functions a formula is computed by
(declared in core/code_listing.py), and for the pages that train faster than the text, the fast form with
the algebra that makes it equal and the agreement measured on this server."""

from __future__ import annotations

import streamlit as st

from core.cat_task import CatTask
from core.chapters.cat_classifier import REFERENCE_LEARNING_RATE
from core.chapters.deep_network import REFERENCE_NETWORKS
from core.code_listing import LISTINGS, source_of
from core.fast_forms import FormsAgreement, logistic_agreement, network_agreement
from core.settings import format_number
from core.text import t
from ui.explain import for_the_teacher

AGREEMENT_ITERATIONS_LOGISTIC = 100  # the text's loop takes about 5 ms a step on the cats: well under a second
AGREEMENT_ITERATIONS_NETWORK = 10  # the direct first layer (20 × 12288 weights) takes about 50 ms a step


def panel_key(key: str) -> str:
    """The session key of listing `key`'s panel (open or closed)."""
    return "code_" + key.replace(".", "_")


@st.fragment
def code_panel(key: str) -> None:
    """The listing `key` in a closed expander titled with its functions' names. Its code is sent only once the
    learner opens it (a lazy expander, in a fragment: opening it reruns only the panel): highlighted code
    costs a browser more to draw than the page's charts, and most visits never open it."""
    listing = LISTINGS[key]
    panel = st.expander(t("code.title", names=listing.names), key=panel_key(key), on_change="rerun")
    if panel.open:
        panel.code(source_of(listing), language="python")


@st.fragment
def fast_form_panel(key: str, agreement: FormsAgreement) -> None:
    """The fast form `key` a page trains with: why it is the text's loop (words and two lines of algebra), its
    code, and how closely the two forms' numbers agreed when both were run here (sent once opened, as above)."""
    listing = LISTINGS[key]
    panel = for_the_teacher(t("code.fast_title", names=listing.names), key=panel_key(key))
    if not panel.open:
        return
    with panel:
        st.markdown(t(listing.intro))
        st.latex(t(listing.latex))
        st.code(source_of(listing), language="python")
        st.caption(t(listing.agreement, iters=agreement.iterations, lr=format_number(agreement.learning_rate),
                     count=agreement.costs_compared, cost=agreement.cost_difference,
                     weights=agreement.weight_difference))


# Measured once per process (both forms on the real data take about a second) and shared by every visitor.
@st.cache_resource(max_entries=2, show_spinner=False)
def logistic_forms_agreement(_task: CatTask, source: str) -> FormsAgreement:
    return logistic_agreement(_task.problem, REFERENCE_LEARNING_RATE, AGREEMENT_ITERATIONS_LOGISTIC)


@st.cache_resource(max_entries=2, show_spinner=False)
def network_forms_agreement(_task: CatTask, source: str) -> FormsAgreement:
    """On the course's L-layer network (the page's default settings)."""
    problem = _task.problem
    sizes, init, learning_rate, _ = REFERENCE_NETWORKS["deep_network.model_deep"]
    return network_agreement(problem.X_train, problem.Y_train, (problem.X_train.shape[0], *sizes, 1), init=init,
                             learning_rate=learning_rate, num_iterations=AGREEMENT_ITERATIONS_NETWORK,
                             gram=(problem.K_train, problem.K_test))
