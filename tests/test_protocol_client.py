"""The browserless client (harness/protocol_client.py) against a tiny app with an st.fragment: a click on a
button inside a fragment reruns only the fragment, the client keeps what the fragment did not redraw,
and a full rerun drops what it no longer draws. The cat page is getting fragments around its training;
the bench and the proxy tests rely on this."""

import textwrap

import pytest

from harness.protocol_client import Tab, cat_outcome, run_sync
from harness.serving import AppProcess

APP = '''
import streamlit as st

st.session_state.full_runs = st.session_state.get("full_runs", 0) + 1
st.markdown(f"Full runs: {st.session_state.full_runs}")
lr = float(st.query_params.get("lr", "0.5"))
st.slider("Learning rate", 0.0, 1.0, lr, key="lr_slider")
st.button("Start over")


@st.fragment
def training():
    if st.button("Train"):
        st.success(f"Finished with α = {lr}: train accuracy {lr * 100:.2f} %, test accuracy {lr * 50:.2f} %.")
    else:
        st.info("Press Train")


training()
'''


@pytest.fixture(scope="module")
def tiny_app(tmp_path_factory):
    script = tmp_path_factory.mktemp("tiny") / "tiny_app.py"
    script.write_text(textwrap.dedent(APP))
    app = AppProcess(script=script).start().wait_ready()
    yield app
    app.stop()


def test_fragment_click_full_rerun_and_reading_the_page(tiny_app):
    async def scenario():
        async with Tab(tiny_app.url, "", "lr=0.2", fetch_media=False) as tab:
            await tab.open()
            seen = {"start": (tab.texts(), tab.widget_value("Learning rate"), cat_outcome(tab))}
            train = tab.button("Train")
            at = await tab.click("Train")
            seen["after_train"] = (tab.texts(), cat_outcome(tab, at), tab.finished[-1][1], train.fragment_id)
            await tab.click("Start over")
            seen["after_full_rerun"] = (tab.texts(), cat_outcome(tab))
            return seen

    seen = run_sync(scenario())
    texts, slider, outcome = seen["start"]
    assert "Full runs: 1" in texts and "Press Train" in texts
    assert slider == pytest.approx(0.2)
    assert outcome is None

    texts, outcome, status, fragment_id = seen["after_train"]
    assert fragment_id, "the Train button should be known to live in a fragment"
    assert status == 3, "a click inside a fragment reruns only the fragment (FINISHED_FRAGMENT_RUN_SUCCESSFULLY)"
    assert "Full runs: 1" in texts, "what the fragment run did not redraw stays on the page"
    assert "Press Train" not in texts
    assert (outcome.train_accuracy, outcome.test_accuracy) == (20.0, 10.0)

    texts, outcome = seen["after_full_rerun"]
    assert "Full runs: 2" in texts and "Full runs: 1" not in texts
    assert outcome is None and "Press Train" in texts, "a full run drops the success it no longer draws"
