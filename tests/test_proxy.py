"""Two app processes (deploy/run_replicas.sh) behind nginx (deploy/nginx.conf), on loopback ports.

Every client here comes from 127.0.0.1, like a class behind one school router: the sessions must still
spread over both replicas (nginx's own cookie, not the address, picks the replica), each session must
keep to its replica (training through the websocket, a photo upload in a real browser), and when one
replica stops, new sessions go to the other.

Needs Debian's nginx: skipped without it, unless FIRST_CONTACT_REQUIRE_NGINX=1 (CI installs it).
"""

import asyncio
import io
import os
import sys

import pytest

from tests.conftest import IDLE
from harness.protocol_client import REPLICA_HEADER, Tab, cat_outcome, run_sync, served_by, shows_number
from harness.serving import NGINX, AppProcess, Nginx, ReplicaSet, expected_cat_results, nginx_available

pytestmark = pytest.mark.cat_data  # the pages and runs here read the cat images


def _require_nginx():
    if nginx_available():
        return
    if os.environ.get("FIRST_CONTACT_REQUIRE_NGINX") == "1":
        pytest.fail(f"{NGINX} is missing and FIRST_CONTACT_REQUIRE_NGINX=1 (apt-get install -y nginx)")
    pytest.skip(f"the proxy tests need Debian's nginx at {NGINX} (apt-get install -y nginx)")


@pytest.fixture(scope="module")
def replicas():
    """deploy/run_replicas.sh 2, as on a 2-core classroom server; stopping the script stops them all."""
    replica_set = ReplicaSet(2).start()
    pids = replica_set.pids()
    yield replica_set
    replica_set.stop()
    assert not [pid for pid in pids if os.path.exists(f"/proc/{pid}")], "run_replicas.sh left app processes behind"


@pytest.fixture(scope="module")
def cluster(replicas):
    _require_nginx()
    proxy = Nginx(replicas.ports).start()
    yield replicas.ports, proxy
    proxy.stop()


def replica_of(port: int) -> str:
    return f"127.0.0.1:{port}"


def test_run_replicas_starts_one_app_process_per_port_each_with_one_blas_thread(replicas):
    pids = replicas.pids()
    assert len(pids) == 2, pids
    for pid in pids:
        with open(f"/proc/{pid}/environ") as environ_file:
            environ = dict(item.split("=", 1) for item in environ_file.read().split("\0") if "=" in item)
        assert environ.get("OPENBLAS_NUM_THREADS") == "1", pid
        with open(f"/proc/{pid}/cmdline") as cmdline_file:  # the harness's own Python (PYTHON), not the PATH's
            assert cmdline_file.read().split("\0")[0] == sys.executable, pid


async def new_browser_session(url: str) -> Tab:
    """A new browser's first visit: its page (and so its sticky cookie), then its websocket."""
    tab = Tab(url, "cat_classifier", "pace=instant", fetch_media=False)
    await tab.connect()
    return tab


async def train(url: str, learning_rate: str) -> Tab:
    tab = Tab(url, "cat_classifier", f"lr={learning_rate}&iters=1000&pace=instant")
    await tab.open()
    at = await tab.click("Train")
    await tab.settle()
    tab.outcome = cat_outcome(tab, at)
    return tab


def test_a_class_from_one_address_spreads_over_both_replicas_and_each_session_trains(cluster):
    ports, proxy = cluster
    rates = ["0.001", "0.005", "0.02", "1"]

    async def scenario():
        students = await asyncio.gather(*(train(proxy.url, rate) for rate in rates))
        extra = []
        try:
            # More first visits until both replicas have a session: each lands on either with
            # probability 1/2, so 24 visits all on one would happen once in eight million runs.
            while len({t.replica for t in students + extra}) < 2 and len(extra) < 24:
                extra.append(await new_browser_session(proxy.url))
            return students, extra
        finally:
            await asyncio.gather(*(t.close() for t in students + extra))

    students, extra = run_sync(scenario())
    # What core computes with the replicas' one BLAS thread (deploy/run_replicas.sh).
    expected = expected_cat_results(rates, 1000, {"OPENBLAS_NUM_THREADS": "1"})
    for rate, tab in zip(rates, students):
        want_train, want_test = expected[rate]
        assert tab.outcome is not None, tab.texts()
        assert abs(tab.outcome.train_accuracy - want_train) < 0.006, (rate, tab.outcome.text)
        assert abs(tab.outcome.test_accuracy - want_test) < 0.006, (rate, tab.outcome.text)
        assert shows_number(tab.outcome.text, rate)
        assert not tab.exceptions, tab.exceptions
        assert "fc_replica_key" in tab.cookies, "nginx should give every browser its sticky key"
        # The session's websocket and every request after its first page (images included) kept to
        # one replica; the first page, routed before the cookie existed, may come from either.
        assert len(tab.media_fetched) > 10
        assert tab.replicas_seen - {tab.replica} <= {tab.first_page_replica}, tab.replicas_seen
    used = {t.replica for t in students + extra}
    assert used == {replica_of(port) for port in ports}, f"all sessions on {used}"


def test_streamlit_javascript_is_served_from_nginx_cache_after_the_first_fetch(cluster):
    import re

    _, proxy = cluster

    async def scenario():
        tab = Tab(proxy.url)
        page = await tab.get("/")
        script = re.search(r'src="\./(static/js/[^"]+\.js)"', page.body.decode()).group(1)
        first = await tab.get(f"/{script}")
        second = await tab.get(f"/{script}")
        return first, second

    first, second = run_sync(scenario())
    assert first.status == second.status == 200
    assert first.body == second.body
    assert second.headers.get("x-cache") == "HIT", second.headers


def test_plotly_js_is_served_from_nginx_cache_after_the_first_fetch(cluster):
    from ui.live_plot import PLOTLY_JS, serve_plotly_js

    _, proxy = cluster
    assert serve_plotly_js()  # what the first page with a chart does in each replica

    async def scenario():
        tab = Tab(proxy.url)
        return await tab.get("/app/static/plotly.min.js"), await tab.get("/app/static/plotly.min.js")

    first, second = run_sync(scenario())
    assert first.status == second.status == 200
    assert second.body == PLOTLY_JS.read_bytes()
    assert "javascript" in second.headers.get("content-type", ""), second.headers
    assert second.headers.get("x-cache") == "HIT", second.headers


@pytest.mark.browser
def test_a_photo_upload_reaches_the_replica_that_holds_the_session(cluster, browser):
    from PIL import Image
    from playwright.sync_api import expect

    _, proxy = cluster
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    replicas = []
    context.on("response", lambda response: replicas.append(
        (response.url, served_by(response.headers.get(REPLICA_HEADER)))))
    try:
        page = context.new_page()
        page.goto(f"{proxy.url}/cat_classifier")
        expect(page.locator(IDLE)).to_be_attached(timeout=60_000)
        buffer = io.BytesIO()
        Image.new("RGB", (120, 90), (200, 120, 40)).save(buffer, format="PNG")
        uploader = page.get_by_test_id("stFileUploaderDropzoneInput").last
        with page.expect_response(lambda r: "/_stcore/upload_file/" in r.url, timeout=30_000) as upload:
            uploader.set_input_files(files=[{"name": "orange.png", "mimeType": "image/png",
                                             "buffer": buffer.getvalue()}])
        assert upload.value.ok, f"upload answered HTTP {upload.value.status}"
        expect(page.get_by_text("Probability of cat")).to_be_visible(timeout=30_000)
        expect(page.get_by_text("What the model sees: 64 × 64 pixels")).to_be_visible()
        cookies = {c["name"] for c in context.cookies()}
        assert "fc_replica_key" in cookies
    finally:
        context.close()
    # Every answer after the first page came from one replica: the upload reached the session's own.
    after_first = [replica for url, replica in replicas[1:] if replica]
    assert after_first and len(set(after_first)) == 1, replicas
    upload_replica = served_by(upload.value.headers.get(REPLICA_HEADER))
    assert upload_replica == after_first[-1]


@pytest.fixture
def second_cluster(cluster):
    """One replica of the shared cluster and a fresh one (to be stopped) behind their own nginx."""
    ports, _ = cluster
    doomed = AppProcess().start().wait_ready()
    proxy = Nginx([ports[0], doomed.port]).start()
    yield ports[0], doomed, proxy
    proxy.stop()
    doomed.stop()


def test_new_sessions_go_to_the_remaining_replica_when_one_stops(second_cluster):
    survivor, doomed, proxy = second_cluster

    async def scenario():
        # A browser whose cookie sends it to the replica about to stop.
        tabs = []
        while not any(t.replica == replica_of(doomed.port) for t in tabs) and len(tabs) < 24:
            tabs.append(await new_browser_session(proxy.url))
        await asyncio.gather(*(t.close() for t in tabs))
        on_doomed = next(t for t in tabs if t.replica == replica_of(doomed.port))

        doomed.stop()
        # That browser comes back (a reload, or Streamlit's reconnect): its cookie hashes to the
        # stopped replica, so nginx passes it on to the survivor, where it trains.
        again = Tab(proxy.url, "cat_classifier", "lr=0.005&iters=500&pace=instant", cookies=dict(on_doomed.cookies))
        await again.open()
        at = await again.click("Train")
        outcome = cat_outcome(again, at)
        await again.close()
        # New browsers, all from the same address, all go to the survivor.
        fresh = [await train(proxy.url, "0.01") for _ in range(3)]
        await asyncio.gather(*(t.close() for t in fresh))
        return again, outcome, fresh

    again, outcome, fresh = run_sync(scenario())
    assert again.replica == replica_of(survivor)
    assert outcome is not None and not again.exceptions, again.texts()
    for tab in fresh:
        assert tab.replica == replica_of(survivor)
        assert tab.outcome is not None and not tab.exceptions


def test_the_join_link_names_the_address_the_teacher_came_through(cluster):
    """Behind nginx the app sees the proxy's Host (deploy/nginx.conf passes $http_host): the join link and its QR
    code name the proxy's address, not a replica's port, and a loopback address is warned about."""
    ports, proxy = cluster

    async def open_a_class() -> tuple[list[str], list[str]]:
        async with Tab(proxy.url, "class_board", fetch_media=False) as tab:
            await tab.open()
            await tab.click("Open a class")
            return [shown.proto.code_text for shown in tab.find("code")], [alert.text for alert in tab.alerts()]

    [link], alerts = run_sync(open_a_class())
    assert link.startswith(f"{proxy.url}/class_board?class="), (link, proxy.url)
    assert not any(f":{port}/" in link for port in ports)
    assert any("Students cannot open this address" in alert for alert in alerts)
