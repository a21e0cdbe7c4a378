"""The computation-graph page through AppTest: inputs, the step walk and the checks follow the widgets."""

from core.graphs import GRAPH_KEYS, MAX_EXAMPLES, graph_spec
from core.text import EN
from tests.apptest import open_page

PAGE = "pages/computation_graph.py"


def open_graph(graph=None, **query):
    at = open_page(PAGE, **query)
    if graph:  # chosen on the widget: a select_slider with labels keeps the label, not the key, in the URL
        at = run(at.select_slider(key="cg_graph").set_value(graph))
    return at


def run(widget):
    at = widget.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def dot(at) -> str:
    charts = at.get("graphviz_chart")
    assert len(charts) == 1
    return charts[0].proto.spec


def latex(at) -> list[str]:
    return [e.value.strip("$\n") for e in at.get("latex")]


def test_every_input_has_a_label():
    keys = {s.key for kind in GRAPH_KEYS for m in range(1, MAX_EXAMPLES + 1) for s in graph_spec(kind, m).inputs}
    assert {f"computation_graph.in.{key}" for key in keys} <= EN.keys()
    assert {f"computation_graph.about_{kind}" for kind in GRAPH_KEYS} <= EN.keys()


def test_warm_up_shows_everything_then_steps_back_and_forth():
    at = open_graph()
    graph = dot(at)
    assert "J = 33" in graph and "dJ/da = 3" in graph and "dJ/db = 6" in graph and "dJ/dc = 9" in graph
    assert at.slider(key="cg_step_warmup").value == 9
    assert "All 9 steps done" in " ".join(s.value for s in at.success)
    # step back to the backward step for a: the chain-rule product with numbers
    at = run(at.slider(key="cg_step_warmup").set_value(6))
    assert r"\frac{dJ}{da} = \frac{dJ}{dv} \cdot \frac{dv}{da} = 3 \cdot 1 = 3" in latex(at)
    graph = dot(at)
    assert "dJ/da = 3" in graph and "dJ/db = ?" in graph
    # back to the start: nothing computed, no derivative known
    at = run(at.slider(key="cg_step_warmup").set_value(0))
    graph = dot(at)
    assert "J = ?" in graph and "dJ/da = ?" in graph and "a = 5" in graph
    assert "Step 0 of 9" in " ".join(m.value for m in at.markdown)
    # forward one step
    at = run(at.slider(key="cg_step_warmup").set_value(1))
    assert r"u = b \cdot c = 3 \cdot 2 = 6" in latex(at)
    assert "u = 6" in dot(at) and "v = ?" in dot(at)


def test_editing_an_input_changes_values_and_derivatives():
    at = open_graph()
    at = run(at.slider(key="cg_a").set_value(1.0))
    graph = dot(at)
    assert "J = 21" in graph and "a = 1" in graph  # 3 (1 + 3·2)
    at = run(at.slider(key="cg_c").set_value(-2.0))
    graph = dot(at)
    assert "J = −15" in graph and "dJ/db = −6" in graph
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Output before"] == "-15.0000"


def test_logistic_graph_shows_the_shortcut_and_checks():
    at = open_graph("logistic")
    assert "dz = a - y = 0.2689 - 1 = -0.7311" in latex(at)
    assert "✓ equals backprop" in " ".join(c.value for c in at.caption)
    assert "All 6 derivatives agree" in " ".join(s.value for s in at.success)
    before = {m.label: m.value for m in at.metric}
    assert before["Output before"] == "1.3133" and before["Output after one step"] == "1.0127"
    at = run(at.select_slider(key="cg_lr").set_value(1.0))
    after = {m.label: m.value for m in at.metric}
    assert after["Output after one step"] != before["Output after one step"]
    at = run(at.slider(key="cg_y").set_value(0))
    assert "dz = a - y = 0.2689 - 0 = 0.2689" in latex(at)


def test_batch_graph_follows_m():
    at = open_graph("batch")
    assert "J = (1/2)(L⁽¹⁾ + L⁽²⁾)" in dot(at)
    at = run(at.slider(key="cg_m").set_value(4))
    graph = dot(at)
    assert "L⁽⁴⁾" in graph and "dJ/dL⁽⁴⁾ = 0.25" in graph
    assert at.slider(key="cg_step_batch4").value == at.slider(key="cg_step_batch4").max
    assert "All 15 derivatives agree" in " ".join(s.value for s in at.success)


def test_network_graph_and_a_diverging_step():
    at = open_graph("network")
    assert "a[2] = σ(z[2])" in dot(at) and "tanh" in dot(at)
    # J = 3(a + b·c) is not convex: a big step overshoots, and the page says so in words
    at = open_graph(cg_lr="10")
    assert "α = 10 overshoots" in " ".join(w.value for w in at.warning)


def test_logistic_example_links_into_gradient_descent():
    from core.chapters.gradient_descent import START_B, START_W

    at = open_graph("logistic", cg_w1="1.5", cg_bias="-2")
    link = next(link for link in at.main.get("page_link") if link.proto.page == "gradient_descent")
    assert link.proto.query_string == f"{START_W.key}=1.5&{START_B.key}=-2"
    target = open_page("pages/gradient_descent.py", **dict(q.split("=") for q in link.proto.query_string.split("&")))
    assert (target.slider(key=START_W.key).value, target.slider(key=START_B.key).value) == (1.5, -2.0)
    # a start outside the gradient-descent map is carried clamped to its edge
    at = open_graph("logistic", cg_w1="-3", cg_bias="3")
    assert START_W.min_value == -4.0  # (w1's slider reaches only 3: nothing to clamp on this graph today)
    lesson_path = EN["path.next"].format(chapter=EN["nav.gradient_descent"])  # the next chapter, on every graph
    assert not [link for link in open_graph("warmup").main.get("page_link")
                if link.proto.page == "gradient_descent" and link.proto.label != lesson_path]
