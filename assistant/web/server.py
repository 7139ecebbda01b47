"""One port for both: the Streamlit chat app (st.App, an ASGI app) and the JSON API at /api,
served by uvicorn with the limits a public server needs.

st.App.run() takes Streamlit options only, so uvicorn is started here (the documented way
to serve an st.App) with: a connection cap that sheds idle sockets and a request read
deadline (assistant.web.connections), the keep-alive timeout, h11's header size limit, a
Host allow-list, a lifted open-file limit and rate-limited logs.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import streamlit as st
import uvicorn
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Mount

from assistant.service import default_assistant
from assistant.web import connections
from assistant.web.api import MAX_BODY_BYTES, build_api

APP_SCRIPT = Path(__file__).resolve().parents[2] / "app.py"
HOSTS_ENV = "ASSISTANT_ALLOWED_HOSTS"  # comma-separated Host names; '*.example.org' allowed
KEEP_ALIVE_SECONDS = 5
MAX_HEADER_BYTES = 16 * 1024  # h11: a request whose headers exceed this gets a 400
MAX_WEBSOCKET_MESSAGE = 4 * 1024 * 1024  # the browser sends small widget updates
BACKLOG = 1024  # connections the kernel queues before the server takes them

log = logging.getLogger(__name__)


def allowed_hosts(bind_host: str) -> list[str]:
    """$ASSISTANT_ALLOWED_HOSTS plus the loopback names; any host only when bound to every
    interface with no list configured (then a warning says so)."""
    configured = [h.strip() for h in os.environ.get(HOSTS_ENV, "").split(",") if h.strip()]
    hosts = ["127.0.0.1", "localhost", *configured]
    if bind_host not in ("0.0.0.0", "::", ""):
        hosts.append(bind_host)
    elif not configured:
        log.warning("serving on all interfaces with no %s: any Host header is accepted", HOSTS_ENV)
        hosts = ["*"]
    return list(dict.fromkeys(hosts))


def create_app(bind_host: str = "127.0.0.1") -> st.App:
    return st.App(
        str(APP_SCRIPT),
        routes=[Mount("/api", app=build_api(default_assistant))],
        middleware=[
            Middleware(connections.FinishBodyBeforeReplying, limit=MAX_BODY_BYTES),
            Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(bind_host)),
        ],
    )


class RateLimitedLog(logging.Filter):
    """At most `burst` records of one message per `window` seconds; the next one that gets
    through says how many were dropped. A flood of bad requests cannot fill the disk."""

    def __init__(self, burst: int = 10, window: float = 60.0):
        super().__init__()
        self.burst, self.window = burst, window
        self._seen: dict[tuple[str, str], list] = {}  # (logger, message) -> [start, count, dropped]

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, str(record.msg))
        now = time.monotonic()
        state = self._seen.get(key)
        if state is None or now - state[0] >= self.window:
            dropped = state[2] if state else 0
            state = self._seen[key] = [now, 0, 0]
            if dropped:
                record.msg = f"{record.msg} [{dropped} more like this were not logged]"
            if len(self._seen) > 10_000:  # one entry per message template: never grows without end
                self._seen = {key: state}
        if state[1] < self.burst:
            state[1] += 1
            return True
        state[2] += 1
        return False


def rate_limit_logs() -> None:
    """Our loggers get one handler behind the limiter; uvicorn's, websockets' and Streamlit's
    get it as a logger filter, which survives Streamlit re-creating their handlers at startup.
    The per-request access log stays off, as Streamlit has it (nginx logs requests)."""
    limiter = RateLimitedLog()
    ours = logging.getLogger("assistant")
    if not ours.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(limiter)
        ours.addHandler(handler)
        ours.setLevel(logging.INFO)
        ours.propagate = False
    for name in ("uvicorn", "uvicorn.error", "uvicorn.asgi", "websockets", "streamlit"):
        logging.getLogger(name).addFilter(limiter)
    logging.getLogger("uvicorn.access").addFilter(lambda record: False)


def serve(host: str = "127.0.0.1", port: int = 8501) -> int:
    """Run the chat app and the API under uvicorn until stopped (SIGINT/SIGTERM)."""
    file_limit = connections.raise_file_limit()
    connections.GuardedH11Protocol.max_connections = connections.max_connections(file_limit, BACKLOG)
    config = uvicorn.Config(
        create_app(host),
        host=host,
        port=port,
        http=connections.GuardedH11Protocol,
        ws="websockets-sansio",
        ws_max_size=MAX_WEBSOCKET_MESSAGE,
        ws_ping_interval=30,
        ws_ping_timeout=30,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
        timeout_graceful_shutdown=10,
        backlog=BACKLOG,
        access_log=False,
        forwarded_allow_ips=os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
    )
    server = uvicorn.Server(config)  # the Config configured logging; filter what it set up
    rate_limit_logs()
    log.info(
        "serving on http://%s:%d (at most %d connections, %.0f s to send a request)",
        host, port, connections.GuardedH11Protocol.max_connections, connections.READ_SECONDS,
    )  # fmt: skip
    server.run()
    return 0
