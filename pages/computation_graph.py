"""Chapter: the computation graph. Forward values left to right, derivatives right to left, step by step."""

import math

import streamlit as st

from core.figures.computation_graph import plain, to_dot
from core.chapters import gradient_descent
from core.chapters.computation_graph import EXAMPLE_COUNT, GRAPH, INPUTS, LEARNING_RATE, STEPS
from core.graphs import check_gradients, derivative, gradient_step, graph_spec, number, shortcuts, steps, view_at
from core.settings import format_number, url_text
from core.chart_words import graph_words
from core.text import t
from ui.chart_words import show_numbers, words_text
from ui.code_panel import code_panel
from ui.controls import setting_widget
from ui.explain import aside, explain
from ui.router import ensure_router

ensure_router()
st.title(t("computation_graph.title"))
explain(t("computation_graph.intro"))

st.sidebar.header(t("computation_graph.settings"))
kind = setting_widget(GRAPH)
m = setting_widget(EXAMPLE_COUNT) if kind == "batch" else 1
spec = graph_spec(kind, m)
aside(t(f"computation_graph.about_{kind}"), box="info")

# ---- 1 · inputs ----
st.header(t("computation_graph.inputs_header"))
parameters = [s for s in spec.inputs if s.learnable]
data = [s for s in spec.inputs if not s.learnable]
values = {}
groups = [(t("computation_graph.parameters"), parameters), (t("computation_graph.data"), data)]
columns = st.columns(2 if data and parameters else 1, border=True)
for column, (title, specs) in zip(columns, [g for g in groups if g[1]]):
    with column:
        st.subheader(title)
        for row_start in range(0, len(specs), 3):
            row = specs[row_start:row_start + 3]
            if kind == "batch" and not row[0].learnable:
                st.caption(t("computation_graph.example", i=row_start // 3 + 1))
            for cell, s in zip(st.columns(3), row):
                with cell:
                    values[s.key] = setting_widget(INPUTS[s.key], where=st)

built = spec.build(values)
all_steps = steps(built)
forward_count = sum(step.phase == "forward" for step in all_steps)
output = built.output

# ---- 2 · the walk ----
st.header(t("computation_graph.walk_header"))
index = setting_widget(STEPS[spec.key], where=st)
view = view_at(built, all_steps, index)
step = view.step
if step is None:
    st.markdown(t("computation_graph.step_zero", total=view.total))
elif step.phase == "forward":
    st.markdown(t("computation_graph.step_forward", index=index, total=view.total, k=index, count=forward_count,
                  node=f"${step.node.name}$"))
else:
    st.markdown(t("computation_graph.step_backward", index=index, total=view.total, k=index - forward_count,
                  count=view.total - forward_count, output=f"${output.name}$", node=f"${step.node.name}$"))
if step is not None:
    st.latex(step.tex)
    if step.phase == "backward" and step.node is output:
        st.caption(t("computation_graph.step_start"))
    if step.local_tex:
        st.caption(t("computation_graph.step_local"))
        for line in step.local_tex:
            st.latex(line)

current = step.node if step is not None and index < view.total else None
parameter_nodes = {built.inputs[s.key] for s in parameters}
st.graphviz_chart(to_dot(built.order, output, view.valued, view.graded, current, parameter_nodes,
                         edge_labels=len(built.order) <= 16), width="content")
graph_in_words = graph_words(built.order, output, view.valued, view.graded, plain)
st.caption(words_text(graph_in_words.sentence))  # a graph has no alt: its words stand beside it
show_numbers(graph_in_words)
aside(t("computation_graph.legend"))
if index == view.total:
    st.success(t("computation_graph.step_done", total=view.total))
with st.expander(t("computation_graph.all_steps"), expanded=index == view.total):
    # Forward, then backward, each line the full width: the network's long sums do not fit a half.
    for phase, heading in (("forward", "computation_graph.forward_list"), ("backward", "computation_graph.backward_list")):
        st.markdown(f"**{t(heading)}**")
        for each in all_steps:
            if each.phase == phase:
                st.latex(each.tex)
code_panel(f"computation_graph.forward_{kind}")
code_panel("computation_graph.backward")

closed_forms = shortcuts(spec, built)
if closed_forms:
    st.subheader(t("computation_graph.shortcut_header"))
    explain(t(f"computation_graph.shortcut_{kind}"))
    for line in closed_forms:
        st.latex(line.tex)
        agrees = math.isclose(line.value, line.node.grad, rel_tol=1e-9, abs_tol=1e-12)
        st.caption(t("computation_graph.shortcut_matches" if agrees else "computation_graph.shortcut_differs",
                     derivative=f"${derivative(output, line.node)}$", value=number(line.node.grad)))

# ---- 3 · checks beside the graph ----
st.header(t("computation_graph.checks_header"))
fd_column, gd_column = st.columns(2, border=True)
with fd_column:
    st.subheader(t("computation_graph.fd_header"))
    explain(t("computation_graph.fd_intro"))
    checks = check_gradients(spec, values)
    st.table({
        t("computation_graph.fd_input"): [plain(c.tex) for c in checks],
        t("computation_graph.fd_backprop"): [f"{c.backprop:.8f}" for c in checks],
        t("computation_graph.fd_numeric"): [f"{c.numeric:.8f}" for c in checks],
        t("computation_graph.fd_difference"): [f"{abs(c.backprop - c.numeric):.1e}" for c in checks],
        t("computation_graph.fd_agrees"): ["✓" if c.agrees else "✗" for c in checks],
    }, hide_index=True)
    wrong = sum(not c.agrees for c in checks)
    if wrong:
        st.error(t("computation_graph.fd_some_differ", count=wrong))
    else:
        st.success(t("computation_graph.fd_all_agree", count=len(checks)))

with gd_column:
    st.subheader(t("computation_graph.gd_header"))
    st.markdown(t("computation_graph.gd_intro"))
    learning_rate = setting_widget(LEARNING_RATE, where=st)
    update = gradient_step(spec, values, learning_rate)
    st.table({
        t("computation_graph.gd_parameter"): [plain(s.tex) for s, *_ in update.rows],
        t("computation_graph.gd_before"): [f"{before:.4f}" for _, before, _, _ in update.rows],
        t("computation_graph.gd_derivative"): [f"{grad:.4f}" for _, _, grad, _ in update.rows],
        t("computation_graph.gd_after"): [f"{after:.4f}" for *_, after in update.rows],
    }, hide_index=True)
    metrics = st.columns(2)
    metrics[0].metric(t("computation_graph.cost_before"), f"{update.cost_before:.4f}")
    lr_text = format_number(learning_rate)
    if math.isinf(update.cost_after):
        metrics[1].metric(t("computation_graph.cost_after"), "∞")
        st.error(t("computation_graph.gd_infinite", lr=lr_text))
    else:
        change = update.cost_after - update.cost_before
        metrics[1].metric(t("computation_graph.cost_after"), f"{update.cost_after:.4f}", delta=f"{change:+.4f}",
                          delta_color="inverse")
        if change <= 0:
            st.success(t("computation_graph.gd_down", drop=-change))
        else:
            st.warning(t("computation_graph.gd_up", rise=change, lr=lr_text))
    if "w1" in values and "bias" in values:
        # The gradient-descent page draws a logistic cost over one weight and a bias: start it from
        # this example's w1 and b (clamped to that page's map).
        start = {setting.key: url_text(setting, setting.clamp(values[name]))
                 for setting, name in ((gradient_descent.START_W, "w1"), (gradient_descent.START_B, "bias"))}
        st.page_link("pages/gradient_descent.py", label=t("computation_graph.to_gradient_descent", **start),
                     icon=":material/downhill_skiing:", query_params=start)
