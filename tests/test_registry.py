"""The registry (core/chapters/__init__.py) is the one list of chapters: every entry is complete and consistent,
and no other module of the app keeps a list of its own."""

import ast

import pytest

from core.chapters import CHAPTERS, LESSONS, STEPS, TRAINING, chapter, find_check, learning_rate_of, steps
from core.text import CATALOGUES
from tests.apptest import ROOT

SLUGS = {entry.slug for entry in CHAPTERS}
REGISTRY = ROOT / "core" / "chapters" / "__init__.py"
APP_CODE = [ROOT / "app.py", *sorted((ROOT / "core").rglob("*.py")), *sorted((ROOT / "ui").rglob("*.py")),
            *sorted((ROOT / "pages").rglob("*.py")), *sorted((ROOT / "bench").rglob("*.py")),
            *sorted((ROOT / "harness").rglob("*.py"))]


def names_a_chapter(node: ast.AST) -> str | None:
    """The slug a string constant names, as a slug or as its page's path."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.removeprefix("pages/").removesuffix(".py")
        return text if text in SLUGS else None
    return None


def chapter_lists(path) -> list[str]:
    """Each list, tuple, set or dict (by its keys) in the file that names two chapters or more (line: slugs)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [key for key in node.keys if key is not None]
        else:
            continue
        named = [slug for slug in map(names_a_chapter, items) if slug]
        if len(named) >= 2:
            found.append(f"{node.lineno}: {named}")
    return found


def test_no_module_but_the_registry_lists_chapters():
    lists = [f"{path.relative_to(ROOT)}:{found}" for path in APP_CODE if path != REGISTRY
             for found in chapter_lists(path)]
    assert not lists, "chapters listed outside core/chapters/__init__.py:\n" + "\n".join(lists)


def test_the_check_finds_a_list_of_chapters(tmp_path):
    module = tmp_path / "x.py"
    module.write_text('PAGES = ("pages/cat_classifier.py", "pages/deep_network.py")\nONE = chapter("cat_classifier")\n'
                      'RATES = {"shallow_network": 1, "deep_network": 2}\n')
    assert chapter_lists(module) == ["1: ['cat_classifier', 'deep_network']", "3: ['shallow_network', 'deep_network']"]


def test_every_chapter_has_a_page_a_title_and_a_section_in_every_language():
    for entry in CHAPTERS:
        assert (ROOT / entry.path).is_file(), entry.path
        for language, catalogue in CATALOGUES.items():
            assert entry.title in catalogue and entry.section in catalogue, (entry.slug, language)
            missing = [key for key in entry.words if key not in catalogue]
            assert not missing, f"{entry.slug} ({language}) lacks the words of what it does: {missing}"


def test_slugs_are_unique_and_the_first_chapter_is_the_root():
    assert len(SLUGS) == len(CHAPTERS)
    assert CHAPTERS[0].url_path == "" and all(entry.url_path == entry.slug for entry in CHAPTERS[1:])
    assert chapter("cat_classifier") is next(entry for entry in CHAPTERS if entry.slug == "cat_classifier")
    with pytest.raises(KeyError):
        chapter("no_such_chapter")


def test_a_training_chapter_names_its_learning_rate_and_its_iterations():
    assert [entry.slug for entry in TRAINING] == ["cat_classifier", "shallow_network", "deep_network"]
    for entry in TRAINING:
        assert entry.learning_rate in entry.settings and entry.iterations in entry.settings
        assert learning_rate_of(entry.slug, {entry.learning_rate.key: 0.5}) == 0.5


def test_the_steps_each_link_a_chapter_in_the_texts_order():
    assert len(STEPS) == 8
    for step, chapters in steps():
        assert chapters, f"step {step} links no chapter"
        assert list(chapters) == sorted(chapters, key=CHAPTERS.index)
    assert chapter("class_board") not in LESSONS and LESSONS[0] is CHAPTERS[0]


def test_an_unknown_check_is_a_key_error():
    with pytest.raises(KeyError):
        find_check("perceptron.no_such_check")


def test_the_training_words_are_a_fixed_set():
    entry = chapter("cat_classifier")
    assert entry.word("train") == "cat_classifier.train"
    with pytest.raises(KeyError):
        entry.word("anything")
