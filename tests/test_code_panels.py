"""The code beside the math: every panel a chapter shows is the source of core functions its page really runs.

Three checks, each able to fail on its own:
- the declaration (core/code_listing.py): every chapter that computes has listings, their source is
  `inspect.getsource` of the functions, and every function declared for a chapter is reached from what its
  page calls (followed through the names each function uses, across core/ and ui/);
- the pages: each panel shown (AppTest) has the declared title and shows the declared listing, read at run
  time: the source reader is replaced by one that marks what it reads, so a panel fed a copied string fails;
- the fast forms: the measured agreement between the text's loops and the span forms is the real one.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import re
import types
from pathlib import Path

import numpy as np
import pytest

from core import code_listing
from core.chapters import CHAPTERS, all_checks
from core.chapters.activations import FUNCTION
from core.chapters.computation_graph import GRAPH
from core.chapters.gradient_descent import OPTIMIZER
from core.code_listing import LISTINGS, chapter_listings, source_of
from core.text import EN, ZH, t
from tests.apptest import open_page
from ui.code_panel import panel_key
from tests.conftest import page_param

ROOT = Path(__file__).resolve().parent.parent
COMPUTING = ("perceptron", "logistic_model", "activations", "loss_and_cost", "vectorization", "computation_graph", "gradient_descent",
             "cat_classifier", "shallow_network", "deep_network")
OWN_PACKAGES = ("core", "ui")

# The panels each page shows, in order, for some settings (URL query): together they cover every listing.
PAGE_STATES = [
    ("perceptron", {}, ["perceptron.rule"]),
    ("logistic_model", {}, ["logistic_model.hypothesis"]),
    ("logistic_model", {"lm_data": "two"}, ["logistic_model.hypothesis"]),
    ("activations", {}, ["activations.sigmoid"]),
    ("activations", {"act_fn": "leaky_relu"}, ["activations.leaky_relu"]),
    ("loss_and_cost", {}, ["loss_and_cost.loss", "loss_and_cost.cost", "loss_and_cost.convexity"]),
    ("vectorization", {"vec_n": "1000", "vec_m": "500", "vec_iters": "5"},
     ["vectorization.dot", "vectorization.gradient", "vectorization.race"]),
    ("computation_graph", {}, ["computation_graph.forward_warmup", "computation_graph.backward"]),
    ("computation_graph", {"cg_graph": "network"}, ["computation_graph.forward_network", "computation_graph.backward"]),
    ("gradient_descent", {}, ["gradient_descent.gd"]),
    ("gradient_descent", {"gd_opt": "adam"}, ["gradient_descent.adam"]),
    ("cat_classifier", {}, ["cat_classifier.logistic", "cat_classifier.span"]),
    ("shallow_network", {}, ["shallow_network.engine"]),
    ("deep_network", {}, ["deep_network.engine", "deep_network.span"]),
]


# ---- the declaration ----

def expected_source(listing, read=inspect.getsource) -> str:
    return "\n\n\n".join(read(piece).rstrip() for piece in listing.pieces)


def test_every_computing_chapter_shows_code_and_the_others_none():
    assert set(COMPUTING) <= {chapter.slug for chapter in CHAPTERS}
    for chapter in CHAPTERS:
        assert bool(chapter.listings) == (chapter.slug in COMPUTING), chapter.slug
        assert chapter.listings == chapter_listings(chapter.slug)
    assert {key.split(".")[0] for key in LISTINGS} == set(COMPUTING)


def test_the_course_names_are_shown():
    shown = {piece.__name__ for listing in LISTINGS.values() for piece in listing.pieces}
    assert {"sigmoid", "initialize_with_zeros", "propagate", "optimize", "predict", "model",
            "initialize_parameters_deep", "L_model_forward", "compute_cost", "L_model_backward",
            "update_parameters", "backward", "perceptron_update", "dot_loop", "dot_vectorized", "gradient_loop",
            "optimize_loop", "SpanLayer"} <= shown


def test_a_listing_is_the_functions_own_source():
    for listing in LISTINGS.values():
        for piece in listing.pieces:
            assert isinstance(piece, (types.FunctionType, type)), (listing.key, piece)
            assert piece.__module__.startswith("core."), (listing.key, piece)
        assert source_of(listing) == expected_source(listing), listing.key
        assert source_of(listing).startswith(("def ", "class ", "@")), listing.key


def test_every_option_of_a_chosen_panel_has_its_listing():
    for prefix, setting in (("activations.", FUNCTION), ("gradient_descent.", OPTIMIZER),
                            ("computation_graph.forward_", GRAPH)):
        assert {prefix + option for option in setting.options} <= LISTINGS.keys(), prefix


def test_the_words_of_every_panel_exist_in_both_languages():
    keys = {"code.title", "code.fast_title", "present.for_the_teacher"}
    for listing in LISTINGS.values():
        keys |= {key for key in (listing.intro, listing.latex, listing.agreement) if key}
    for catalogue in (EN, ZH):
        assert keys <= catalogue.keys()
    fast = [listing for listing in LISTINGS.values() if listing.intro]
    assert {listing.key for listing in fast} == {"cat_classifier.span", "deep_network.span"}
    assert all(listing.latex and listing.agreement for listing in fast)


def test_every_declared_listing_is_shown_on_some_page():
    shown = {key for _, _, keys in PAGE_STATES for key in keys}
    dynamic = {key for key in LISTINGS if key.startswith(("activations.", "gradient_descent.",
                                                           "computation_graph.forward_"))}
    assert LISTINGS.keys() - dynamic <= shown  # the other options: test_every_option_of_a_chosen_panel_has_its_listing


# ---- what a page really runs: names followed from the page's source through core/ and ui/ ----

def _own(value) -> bool:
    return (getattr(value, "__module__", None) or "").split(".")[0] in OWN_PACKAGES


def _code_names(code):
    yield from code.co_names
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):  # comprehensions, lambdas, nested functions
            yield from _code_names(constant)


def _imported(tree) -> dict:
    """{local name: object} for the page's imports."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = importlib.import_module(node.module)
            for alias in node.names:
                value = getattr(module, alias.name, None)
                if value is None:
                    value = importlib.import_module(f"{node.module}.{alias.name}")
                names[alias.asname or alias.name] = value
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name.split(".")[0]] = importlib.import_module(
                    alias.name if alias.asname else alias.name.split(".")[0])
    return names


def page_roots(path: Path) -> list:
    """What a page's source names from its imports: `train_perceptron`, or `pc.train_perceptron` of a module."""
    tree = ast.parse(path.read_text())
    imported = _imported(tree)
    roots = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in imported:
            roots.append(imported[node.id])
        elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
              and isinstance(imported.get(node.value.id), types.ModuleType)):
            roots.append(getattr(imported[node.value.id], node.attr, None))
    return roots


def _followed(value) -> list:
    """What `value` (a function, class or constant of the app's own) names in turn."""
    if isinstance(value, types.FunctionType):
        names = list(_code_names(value.__code__))
        scope = value.__globals__
        found = []
        for name in names:
            target = scope.get(name)
            if isinstance(target, types.ModuleType):  # `ad.mul`: the attribute's name sits beside the module's
                if target.__name__.split(".")[0] in OWN_PACKAGES:
                    found += [getattr(target, other) for other in names if hasattr(target, other)]
            elif target is not None:
                found.append(target)
        return found + [cell.cell_contents for cell in value.__closure__ or ()]
    if isinstance(value, type):
        members = [getattr(member, "__func__", member) for member in vars(value).values()]
        return [getattr(member, "fget", member) for member in members]
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    if dataclasses.is_dataclass(value) and _own(type(value)):
        return list(vars(value).values())
    return []


def reached_from(path: Path) -> list:
    """Every function and class of the app's own that the page at `path` calls, directly or through others.

    The declaration of what the panels show is not followed: showing a function is not running it."""
    declaration = {id(value) for value in vars(code_listing).values() if isinstance(value, (dict, tuple))}
    declaration |= {id(listing) for listing in code_listing.LISTINGS.values()}  # the registry holds them too
    declaration |= {id(check) for check in all_checks()}  # a check's answer is computed by core, not by the page
    reached, seen, stack = [], declaration, page_roots(path)
    while stack:
        value = stack.pop()
        while hasattr(value, "__wrapped__"):  # st.cache_* and functools wrappers
            value = value.__wrapped__
        if id(value) in seen or isinstance(value, (str, bytes, int, float, np.ndarray, types.ModuleType)):
            continue
        seen.add(id(value))
        if isinstance(value, (types.FunctionType, type)):
            if not _own(value):
                continue
            reached.append(value)
        stack += _followed(value)
    return reached


@pytest.mark.parametrize("slug", COMPUTING)
def test_every_declared_function_runs_on_its_page(slug):
    reached = reached_from(ROOT / "pages" / f"{slug}.py")
    for listing in chapter_listings(slug):
        missing = [piece.__name__ for piece in listing.pieces if not any(piece is r for r in reached)]
        assert not missing, f"{listing.key} shows functions pages/{slug}.py never runs: {missing}"


def test_the_reach_check_can_fail():
    from core.logistic import model, propagate
    from core.perceptron import mistake_bound, perceptron_update

    perceptron_page = reached_from(ROOT / "pages" / "perceptron.py")
    assert any(f is perceptron_update for f in perceptron_page)
    assert not any(f is mistake_bound for f in perceptron_page)  # in core/perceptron.py, never called by the page
    shallow_page = reached_from(ROOT / "pages" / "shallow_network.py")
    assert not any(f is model or f is propagate for f in shallow_page)
    cat_page = reached_from(ROOT / "pages" / "cat_classifier.py")
    assert any(f is model for f in cat_page)  # through the measured agreement of the fast form


# ---- the pages ----

def marked(piece) -> str:
    """What the patched source reader returns: the real source under a line a copied string cannot have."""
    return f"# read at run time: {piece.__qualname__}\n" + inspect.getsource(piece)


@pytest.fixture
def marked_sources(monkeypatch):
    source_of.cache_clear()
    monkeypatch.setattr(code_listing, "_source", marked)
    yield
    source_of.cache_clear()  # the next reader gets the plain source again


def fast_title(listing) -> str:
    """A fast form's panel: in the box for the teacher (a first-year class can skip it)."""
    return t("present.for_the_teacher", topic=t("code.fast_title", names=listing.names))


def code_panels(at) -> list[tuple[str, list[str]]]:
    """(title, [code shown]) for every expander of the page that shows code, in order."""
    return [(expander.label, [code.value for code in expander.code]) for expander in at.expander if expander.code]


def panel_problems(at, keys: list[str]) -> list[str]:
    """How the page's code panels differ from the listings `keys`, read through the marking reader."""
    problems = []
    expected = []
    for key in keys:
        listing = LISTINGS[key]
        title = fast_title(listing) if listing.intro else t("code.title", names=listing.names)
        expected.append((title, [expected_source(listing, read=marked)]))
    shown = code_panels(at)
    if shown != expected:
        problems.append(f"panels {[(title, [c[:60] for c in codes]) for title, codes in shown]} "
                        f"!= {[(title, [c[:60] for c in codes]) for title, codes in expected]}")
    stray = [code.value[:60] for code in at.code if not any(code.value in codes for _, codes in expected)]
    if stray:
        problems.append(f"code outside the declared panels: {stray}")
    problems += [f"not python: {code.value[:40]}" for code in at.code if code.language != "python"]
    return problems


@pytest.mark.parametrize("slug, query, keys", [
    page_param(f"pages/{slug}.py", slug, query, keys, id=f"{slug}-{'-'.join(query.values()) or 'default'}")
    for slug, query, keys in PAGE_STATES])
def test_panels_show_the_running_source(marked_sources, slug, query, keys):
    at = open_page(f"pages/{slug}.py", **query)
    assert not at.code, "a closed panel sends no code (and none is open by default)"
    assert panel_problems(opened(at, keys), keys) == []


def opened(at, keys):
    """The page again with the panels of listings `keys` opened (their code is drawn only then)."""
    for key in keys:
        at.session_state[panel_key(key)] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _copied_panel_script():
    """A page that shows the right source, but copied rather than read through core/code_listing.py."""
    import inspect

    import streamlit as st

    from core.code_listing import LISTINGS
    from core.loss import log_loss
    from core.text import t

    with st.expander(t("code.title", names=LISTINGS["loss_and_cost.loss"].names)):
        st.code(inspect.getsource(log_loss).rstrip(), language="python")


def test_the_page_check_finds_a_copied_panel(marked_sources):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_copied_panel_script).run()
    assert not at.exception
    assert panel_problems(at, ["loss_and_cost.loss"])
    assert panel_problems(at, []), "code outside any declared panel must be reported"


MEASURED = re.compile(r"(\d\.\de[-+]\d\d)")


@pytest.mark.parametrize("slug, key", [page_param(f"pages/{slug}.py", slug, key) for slug, key in (
    ("cat_classifier", "cat_classifier.span"), ("deep_network", "deep_network.span"))])
def test_the_fast_form_panel_shows_algebra_and_the_measured_agreement(slug, key):
    at = opened(open_page(f"pages/{slug}.py"), [key])
    listing = LISTINGS[key]
    (panel,) = [e for e in at.expander if e.label == fast_title(listing)]
    assert [latex.value.strip("$\n") for latex in panel.latex] == [t(listing.latex)]
    (caption,) = panel.caption
    cost, weights = (float(x) for x in MEASURED.findall(caption.value))
    assert 0 <= cost < 1e-9 and 0 <= weights < 1e-9, caption.value


# ---- the fast forms measured ----

def test_the_logistic_fast_form_agrees_with_the_texts_loop(cat_task):
    from core.fast_forms import logistic_agreement

    agreement = logistic_agreement(cat_task.problem, 0.005, 200)
    assert agreement.costs_compared == 3  # iterations 0 and 100 as the text records them, and after step 200
    assert agreement.cost_difference < 1e-12 and agreement.weight_difference < 1e-12
    # A fast form that computed something else is caught: the same run on a wrong Gram matrix.
    wrong = dataclasses.replace(cat_task.problem, K_train=cat_task.problem.K_train * 1.01)
    assert logistic_agreement(wrong, 0.005, 200).cost_difference > 1e-6


def test_the_network_fast_form_agrees_with_the_texts_loop():
    from core.fast_forms import network_agreement

    rng = np.random.default_rng(3)
    X = rng.normal(size=(40, 9))  # more features than examples, as the cats
    Y = (rng.random((1, 9)) > 0.5).astype(float)
    agreement = network_agreement(X, Y, (40, 5, 3, 1), learning_rate=0.1, num_iterations=30)
    assert agreement.costs_compared == 31
    assert agreement.cost_difference < 1e-12 and agreement.weight_difference < 1e-12
    wrong = network_agreement(X, Y, (40, 5, 3, 1), learning_rate=0.1, num_iterations=30, gram=(X.T @ X * 1.01, None))
    assert wrong.cost_difference > 1e-6
