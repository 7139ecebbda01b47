"""A real server (127.0.0.1, free port) under the issue's attacks: huge bodies, idle and slow
connections, hostile JSON, a forged Host. Zero 5xx, bounded memory and file descriptors,
and ordinary requests keep succeeding throughout."""

from __future__ import annotations

import resource
import select
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

from assistant.web.connections import RESERVED_FILES
from assistant.web.server import BACKLOG
from tests.server import running_server

READ_SECONDS = 2  # the server's request read deadline in this module (default 15)
MAX_CONNECTIONS = 2000  # the server's connection cap in this module (default 4096)
ASK = {"question": "imports from Mexico in 2024"}


@pytest.fixture(scope="module")
def limited():
    env = {"ASSISTANT_READ_SECONDS": str(READ_SECONDS), "ASSISTANT_MAX_CONNECTIONS": str(MAX_CONNECTIONS)}
    with running_server(env=env) as (base, proc):
        yield base, proc


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def open_fds(pid: int) -> int:
    return len(list(Path(f"/proc/{pid}/fd").iterdir()))


def address(base: str) -> tuple[str, int]:
    host, port = base.removeprefix("http://").split(":")
    return host, int(port)


def ordinary_requests_succeed(base: str, n: int = 10) -> list[int]:
    with httpx.Client(base_url=base, timeout=20) as http:
        return [http.post("/api/ask", json=ASK).status_code for _ in range(n)] + [
            http.get("/api/health").status_code
        ]


def send_huge_body(base: str, chunked: bool, size: int = 300 * 1024 * 1024) -> int:
    """Stream a 300 MB POST the way a careful client does: keep sending, watch for a reply."""
    sock = socket.create_connection(address(base), timeout=30)
    framing = b"Transfer-Encoding: chunked\r\n" if chunked else f"Content-Length: {size}\r\n".encode()
    sock.sendall(
        b"POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + framing + b"\r\n"
    )
    piece = b"x" * (1 << 20)
    if chunked:
        piece = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    sent, reply = 0, b""
    try:
        while sent < size and not reply:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                reply = sock.recv(65536)
                break
            sock.sendall(piece)
            sent += 1 << 20
    except OSError:
        pass  # the server stopped taking the body: the reply is waiting to be read
    try:
        reply = reply or sock.recv(65536)
    except OSError:
        pass
    sock.close()
    assert sent < size, "the whole 300 MB was accepted"
    return int(reply.split(b" ", 2)[1]) if reply.startswith(b"HTTP/1.1 ") else 0


def test_four_300_mb_bodies_are_refused_with_memory_flat(limited):
    base, proc = limited
    ordinary_requests_succeed(base, 2)
    before = rss_mb(proc.pid)
    statuses, peak, done = [], [before], threading.Event()

    def watch():
        while not done.is_set():
            peak.append(rss_mb(proc.pid))
            time.sleep(0.05)

    watcher = threading.Thread(target=watch)
    watcher.start()
    threads = [
        threading.Thread(target=lambda c=chunked: statuses.append(send_huge_body(base, c)))
        for chunked in (False, True, False, True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    watcher.join()
    print(f"\nRSS MB while four 300 MB bodies were refused: before {before:.0f}, peak {max(peak):.0f}")
    assert statuses == [413, 413, 413, 413]
    assert max(peak) < 400 and max(peak) - before < 100
    assert ordinary_requests_succeed(base, 3) == [200] * 4


# The connection cap, plus one backlog of sockets the event loop accepts in a single turn
# before their connection_made evicts as many idle ones, plus the process's own files.
# Measured alone: a peak of 3,009 files while the 5,000 sockets connect, 8 once the read
# deadline has passed. When the accept queue overflows, the kernel completes the waiting
# handshakes later (SYN-ACK retries), so batches of accepts can still arrive after the
# client's loop ends; that is the "lag" earlier runs saw (2,372 to 2,938). Without the cap
# the server would hold all 5,000.
FD_BOUND = MAX_CONNECTIONS + BACKLOG + RESERVED_FILES


def test_5000_idle_connections_do_not_starve_real_users(limited):
    base, proc = limited
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 12000)), hard))
    idle: list[socket.socket] = []
    try:
        for i in range(5000):
            s = socket.create_connection(address(base), timeout=10)
            if i % 5 == 0:  # a fifth send half a request and stop (slowloris)
                s.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            idle.append(s)
        # the server closes the sockets it evicted on its next loop turns; on a busy 2-core CI
        # machine (the other test worker running) those turns come slower
        deadline = time.monotonic() + 30
        while open_fds(proc.pid) >= FD_BOUND and time.monotonic() < deadline:
            time.sleep(0.1)
        fds_while_idle = open_fds(proc.pid)
        statuses = ordinary_requests_succeed(base, 10)
        print(f"\n5,000 idle connections open: server fds {fds_while_idle}, requests {statuses}")
        assert statuses == [200] * 11
        assert fds_while_idle < FD_BOUND  # the cap held: 5,000 idle sockets never became 5,000 files
        time.sleep(READ_SECONDS + 1.5)  # past the read deadline every idle socket is closed
        closed = 0
        for s in idle:
            s.setblocking(False)
            try:
                closed += s.recv(1) == b""
            except BlockingIOError:
                pass
            except OSError:
                closed += 1
        assert closed == len(idle), f"{len(idle) - closed} idle connections still open"
        assert open_fds(proc.pid) < 200
        log = Path(f"tests/artifacts/server-{address(base)[1]}.log").read_text()
        # thousands of sockets were shed or timed out; the log is rate-limited to 10 lines a kind
        assert log.count("closed an idle one") <= 10 and log.count("did not arrive within") <= 11
    finally:
        for s in idle:
            s.close()
    assert ordinary_requests_succeed(base, 3) == [200] * 4


def test_a_dripping_body_is_cut_off_while_others_are_served(limited):
    base, _ = limited
    s = socket.create_connection(address(base), timeout=10)
    s.sendall(
        b"POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 60\r\n\r\n"
    )
    started, cut = time.monotonic(), False
    while time.monotonic() - started < READ_SECONDS + 5:
        try:
            s.sendall(b" ")
        except OSError:
            cut = True
            break
        assert ordinary_requests_succeed(base, 1) == [200, 200]
        time.sleep(0.5)
    s.close()
    assert cut, "a body dripping one byte every 0.5 s was held open past the deadline"


def test_hostile_requests_on_the_wire_are_4xx_and_the_server_keeps_going(limited):
    base, proc = limited
    deep = b"[" * 1000 + b"]" * 1000
    cases = [
        ({"content": deep}, 400),
        ({"content": b'{"question": "hi", "context": {"params": {"year": Infinity}}}'}, 400),
        ({"content": b'{"question": "\\ud83d"}'}, 400),
        ({"content": b'{"question": "x", "c": ' + b'{"a": ' * 500 + b"1" + b"}" * 501}, 400),
        (
            {"content": b'{"question": "hi"}', "headers": {"content-type": "text/plain; x=application/json"}},
            415,
        ),
        ({"json": ASK, "headers": {"host": "evil.example"}}, 400),
    ]
    with httpx.Client(base_url=base, timeout=20) as http:
        for kwargs, status in cases:
            headers = {"content-type": "application/json", **kwargs.pop("headers", {})}
            r = http.post("/api/ask", headers=headers, **kwargs)
            assert r.status_code == status, (headers, r.status_code, r.text[:200])
        assert http.get("/", headers={"host": "evil.example"}).status_code == 400  # the app too
    assert ordinary_requests_succeed(base, 2) == [200] * 3
    log = Path(f"tests/artifacts/server-{address(base)[1]}.log").read_text()
    assert "Traceback" not in log and " 500" not in log


def read_reply(sock: socket.socket) -> bytes:
    """One whole HTTP/1.1 reply (headers + Content-Length body), or what came before EOF."""
    data = b""
    while b"\r\n\r\n" not in data:
        piece = sock.recv(65536)
        if not piece:
            return data
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        (int(h.split(b":")[1]) for h in head.split(b"\r\n") if h.lower().startswith(b"content-length:")), 0
    )
    while len(body) < length:
        piece = sock.recv(65536)
        if not piece:
            break
        body += piece
    return head + b"\r\n\r\n" + body


@pytest.mark.parametrize(
    "headers, status",
    [({"Content-Type": "text/plain"}, b"415"), ({"Host": "evil.example"}, b"400")],
    ids=["wrong content type", "unknown host"],
)
def test_a_refusal_sent_before_the_body_arrives_keeps_the_connection_usable(limited, headers, status):
    """The server may refuse on the headers alone; the body is then still on its way. A client
    that reuses the kept-alive connection (httpx does) must get a reply to its next request,
    not a closed socket. Here the body comes 0.3 s after the headers, as on a busy machine."""
    base, _ = limited
    body = b'{"question": "imports from Mexico in 2024"}'
    fields = {
        "Host": "127.0.0.1",
        "Content-Type": "application/json",
        "Content-Length": str(len(body)),
        **headers,
    }
    head = "POST /api/ask HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields.items()) + "\r\n"
    with socket.create_connection(address(base), timeout=10) as sock:
        sock.sendall(head.encode())
        time.sleep(0.3)
        sock.sendall(body)
        first = read_reply(sock)
        assert first.split(b" ")[1] == status, first[:200]
        sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert b"connection: close" not in first.lower()
        second = read_reply(sock)
        assert second.startswith(b"HTTP/1.1 200"), f"the kept-alive connection was dropped: {second[:200]!r}"
