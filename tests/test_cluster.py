"""Two app processes behind Debian's nginx (python -m assistant serve-cluster): /api/* is
round-robin, chat sessions are sticky and work over the proxied websocket, a refresh moves
every process to the new snapshot without a failed request, and a process that dies is
routed around and restarted.

In CI (REQUIRE_NGINX=1, set by .ci/run) a missing nginx fails the run instead of skipping.
Load figures are measured by bench/cluster.py, not here.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import threading
import time

import httpx
import pytest

from assistant import snapshot
from assistant.store import DEFAULT_DATA_DIR
from assistant.web.cluster import Cluster, find_nginx
from tests.chat_session import ChatSession

if not find_nginx():
    if os.environ.get("REQUIRE_NGINX"):
        raise RuntimeError("REQUIRE_NGINX is set but nginx is not installed")
    pytest.skip("nginx is not installed (apt-get install nginx)", allow_module_level=True)

QUESTIONS = ["imports from Mexico in 2024", "exports to Canada in 2023", "deficit with China in 2024",
             "top 5 export markets in 2023", "¿Cuánto importa EE.UU. de Canadá?"]  # fmt: skip


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    target = tmp_path_factory.mktemp("cluster") / "data"
    shutil.copytree(DEFAULT_DATA_DIR, target)
    return target


@pytest.fixture(scope="module")
def cluster(data):
    env = {
        "ASSISTANT_DATA_DIR": str(data),
        "ASSISTANT_SNAPSHOT_CHECK_SECONDS": "0.5",
        "ASSISTANT_SNAPSHOT_RETIRE_SECONDS": "2",
    }
    with Cluster(workers=2, env=env) as c:
        yield c


class Stream:
    """Clients asking through nginx until stopped; every response is recorded."""

    def __init__(self, base: str, clients: int = 2):
        self.base, self.results, self._stop = base, [], threading.Event()
        self._threads = [threading.Thread(target=self._run, args=(i,)) for i in range(clients)]

    def __enter__(self):
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for t in self._threads:
            t.join()

    def _run(self, offset: int):
        with httpx.Client(base_url=self.base, timeout=30) as http:
            i = offset
            while not self._stop.is_set():
                try:
                    r = http.post("/api/ask", json={"question": QUESTIONS[i % len(QUESTIONS)]})
                    self.results.append((r.status_code, r.headers.get("x-upstream")))
                except httpx.HTTPError as e:
                    self.results.append((0, repr(e)))
                i += 1
                time.sleep(0.02)  # a steady stream, not a saturating one: the test is about failures

    @property
    def failures(self):
        return [r for r in self.results if r[0] != 200]


def test_api_is_round_robin_and_chat_pages_are_sticky(cluster):
    with httpx.Client(base_url=cluster.url, timeout=30) as http:
        api = {http.get("/api/health").headers["x-upstream"] for _ in range(8)}
        first = http.get("/")
        cookie = first.cookies["assistant_backend"]
        pinned = {http.get("/").headers["x-upstream"] for _ in range(6)}
    assert len(api) == 2
    assert pinned == {first.headers["x-upstream"]} and cookie
    fresh = {
        httpx.get(
            cluster.url + "/", cookies={"assistant_backend": f"{random.getrandbits(128):032x}"}
        ).headers["x-upstream"]
        for _ in range(16)
    }
    assert len(fresh) == 2  # new visitors are spread over both processes


def test_a_chat_session_works_over_the_proxied_websocket(cluster):
    session = ChatSession(cluster.url)
    try:
        _, texts = session.ask("imports from Mexico in 2024")
        assert any("U.S. imports from Mexico were $505.5 billion in 2024" in t for t in texts)
        _, texts = session.ask("what about Canada?")  # the follow-up needs the same process's session
        assert any("U.S. imports from Canada were $411.9 billion in 2024" in t for t in texts)
    finally:
        session.close()


def test_a_refresh_moves_every_process_without_a_failed_request(cluster, data):
    """A rolling refresh: publish a snapshot (here a copy under a newer version, as a build
    would publish; tests/test_refresh_live.py fetches real new data) while clients ask."""
    folder, old = snapshot.current(data)
    new = old[:-8] + "ffffffff"
    shutil.copytree(folder, data / "snapshots" / new)
    with Stream(cluster.url) as stream:
        time.sleep(1)
        snapshot.switch(data, new)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            served = {
                httpx.get(f"http://127.0.0.1:{b.port}/api/meta").json()["snapshot"] for b in cluster.backends
            }
            if served == {new}:
                break
            time.sleep(0.2)
        time.sleep(0.5)
    assert served == {new}
    assert stream.failures == [] and len(stream.results) > 20
    assert httpx.get(cluster.url + "/api/health").json()["snapshot"] == new


def test_a_process_that_dies_is_routed_around_and_restarted(cluster):
    victim = cluster.backends[0]
    with Stream(cluster.url) as stream:
        time.sleep(0.5)
        victim.proc.send_signal(signal.SIGKILL)
        victim.proc.wait()
        time.sleep(0.5)
        cluster.supervise()  # what serve-cluster does every second
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{victim.port}/api/health").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        time.sleep(1)
    assert victim.restarts == 1 and victim.proc.poll() is None
    assert stream.failures == [], stream.failures[:3]
    assert {r[1] for r in stream.results[-10:]} and len(stream.results) > 20
