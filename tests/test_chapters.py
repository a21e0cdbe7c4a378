"""Every chapter's settings, declared once in core/chapters: unique URL keys, words in the catalogue, and
every setting carried by a link into its widget."""

import pytest

from core.chapters import CHAPTERS, all_settings
from core.settings import CHOICE, MULTI, SLIDER, TEXT, TOGGLE, url_text
from core.text import CATALOGUES
from tests.apptest import ROOT, open_page

pytestmark = pytest.mark.cat_data  # the pages and runs here read the cat images

WIDGET_TYPES = ("slider", "select_slider", "multiselect", "text_input", "toggle")


def test_every_chapter_has_a_page_and_every_chapter_but_home_and_the_board_settings():
    for chapter in CHAPTERS:
        assert (ROOT / chapter.path).is_file(), chapter.path
        # Home has none; the class board's large layout follows the app-wide presenter mode.
        assert bool(chapter.settings) == (chapter.slug not in ("home", "class_board")), chapter.slug


def test_no_two_settings_in_the_app_share_a_url_key():
    seen = {}
    for slug, settings in all_settings().items():
        for setting in settings:
            assert setting.key not in seen, f"{setting.key} is used by {seen[setting.key]} and {slug}"
            seen[setting.key] = slug
    assert "lang" not in seen and "present" not in seen  # the language and presenter mode travel in the URL too


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_every_setting_has_its_words(language):
    catalogue = CATALOGUES[language]
    for settings in all_settings().values():
        for setting in settings:
            for key in (setting.label, setting.help, *setting.option_labels):
                assert key is None or key in catalogue, f"{setting.key}: {key} missing in {language}"


def other_value(setting):
    """A value of `setting` other than its default (the smallest such, so pages stay quick)."""
    if setting.kind == SLIDER:
        step = setting.step
        value = setting.default + step if setting.default + step <= setting.max_value else setting.default - step
        return round(value, 10) if isinstance(step, float) else value
    if setting.kind == CHOICE:
        return next(option for option in setting.options if option != setting.default)
    if setting.kind == MULTI:
        return [option for option in setting.options[:2]]
    if setting.kind == TOGGLE:
        return not setting.default
    if setting.kind == TEXT:
        return {"dn_layers": "7"}.get(setting.key, setting.default + " ")
    raise ValueError(setting.kind)


# Which values make a page show its conditional settings (the clouds' spread, a data surface's noise...).
SHOWING = {
    "perceptron": [{"pc_data": "cloud"}],
    "logistic_model": [{"lm_data": "two"}],
    "gradient_descent": [{"gd_surface": "bowl"}],
    "computation_graph": [{"cg_graph": graph, **({"cg_m": str(m)} if m else {})}
                          for graph, m in (("warmup", 0), ("logistic", 0), ("network", 0), ("batch", 1),
                                           ("batch", 2), ("batch", 3), ("batch", 4))],
}


def widget_values(at) -> dict:
    values = {}
    for kind in WIDGET_TYPES:
        for widget in at.get(kind):
            values[widget.key] = widget.value
    return values


@pytest.mark.parametrize("slug", sorted(all_settings()))
def test_a_link_with_every_setting_changed_opens_with_those_values(slug):
    settings = all_settings()[slug]
    changed = {s.key: other_value(s) for s in settings}
    shown = set()
    for overrides in SHOWING.get(slug, [{}]):
        query = {key: url_text(s, changed[key]) for s in settings if (key := s.key) not in overrides} | overrides
        at = open_page(f"pages/{slug}.py", **query)
        values = widget_values(at)
        for setting in settings:
            if setting.key in values and setting.key not in overrides:
                got = values[setting.key]
                want = changed[setting.key]
                assert (list(got) if setting.kind == MULTI else got) == want, setting.key
                shown.add(setting.key)
        assert not [c.value for c in at.caption if "⚠" in str(c.value)], "a good link was refused"
    unshown = {s.key for s in settings} - shown - {key for o in SHOWING.get(slug, []) for key in o}
    assert not unshown, f"never shown with a link: {sorted(unshown)}"
