"""Bounded connections for uvicorn's h11 protocol: what its settings alone do not cover.

uvicorn closes a kept-alive connection after `timeout_keep_alive`, but a socket that never
sends a complete request is held forever, and so is a body that drips in. Its
`limit_concurrency` counts idle sockets too and answers 503 once they fill the table, so
20,000 idle sockets would turn every real request into a 5xx. This protocol adds:

- a read deadline: the headers and the body of each request must arrive within
  READ_SECONDS of its first byte (or of the connection opening); otherwise the socket is
  closed. Time the app spends answering is not counted.
- no reading of a body already refused: once the reply (say a 413) is sent, the socket is
  half-closed and then closed, instead of uvicorn reading and discarding the rest.
- a connection cap that sheds idle sockets, not users: past MAX_CONNECTIONS, a new
  connection evicts the oldest one that has no request in flight (one that never sent a
  complete request first); only if every connection is busy is the newcomer closed.
"""

from __future__ import annotations

import asyncio
import logging
import os
import resource

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger(__name__)

READ_SECONDS = float(os.environ.get("ASSISTANT_READ_SECONDS", "15"))
LINGER_SECONDS = 1.0  # after refusing a body: time for the reply to be read before closing
RESERVED_FILES = 256  # DuckDB, logs, Streamlit's own files and sockets to other services


def raise_file_limit() -> int:
    """Lift this process's open-file limit to the hard limit; returns the soft limit now in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else 65536
    if soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
        except (ValueError, OSError):
            pass
    return soft


def max_connections(file_limit: int, backlog: int) -> int:
    """ASSISTANT_MAX_CONNECTIONS, else 4,096, and always well inside the open-file limit:
    the event loop may accept a whole backlog of sockets before any is turned away."""
    wanted = int(os.environ.get("ASSISTANT_MAX_CONNECTIONS", "4096"))
    return max(16, min(wanted, file_limit - backlog - RESERVED_FILES))


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a request read deadline and an idle-shedding connection cap."""

    max_connections = 4096  # set by the server from the file limit before it starts
    # Connections with no request in flight, oldest first (dicts keep insertion order):
    # those that never sent a complete request, and those kept alive after a response.
    _waiting: dict[GuardedH11Protocol, None] = {}
    _kept_alive: dict[GuardedH11Protocol, None] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._read_timer: asyncio.TimerHandle | None = None

    # -- the read deadline ----------------------------------------------------------
    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()
        self._admit()
        self._waiting[self] = None

    def data_received(self, data: bytes) -> None:
        if self._read_timer is None and self._between_requests():
            self._arm()  # the first byte of the next request starts its clock
        super().data_received(data)
        if self.conn.their_state in (h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR, h11.SWITCHED_PROTOCOL):
            self._disarm()
        if not self._between_requests():  # a request is in flight: not a candidate for eviction
            self._forget()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.transport.is_closing():
            return
        self._kept_alive[self] = None
        if self.conn.their_state is h11.SEND_BODY:
            # Answered before the body ended (a 413): stop taking it. Half-close so the
            # reply reaches the client, then close; uvicorn would read and discard the rest.
            self._disarm()
            try:
                self.transport.write_eof()
            except (OSError, NotImplementedError, RuntimeError):  # the client is already gone
                self.transport.close()
                return
            self.loop.call_later(LINGER_SECONDS, self.transport.close)
            return
        self._disarm()  # idle again: uvicorn's keep-alive timeout takes over

    def handle_websocket_upgrade(self, event) -> None:
        self._disarm()  # a websocket lives as long as its session; Streamlit pings it
        self._forget()
        super().handle_websocket_upgrade(event)

    def connection_lost(self, exc) -> None:
        self._disarm()
        self._forget()
        super().connection_lost(exc)

    def _forget(self) -> None:
        self._waiting.pop(self, None)
        self._kept_alive.pop(self, None)

    def _arm(self) -> None:
        self._disarm()
        self._read_timer = self.loop.call_later(READ_SECONDS, self._read_too_slow)

    def _disarm(self) -> None:
        if self._read_timer is not None:
            self._read_timer.cancel()
            self._read_timer = None

    def _read_too_slow(self) -> None:
        self._read_timer = None
        what = "body" if self.conn.their_state is h11.SEND_BODY else "request"
        log.warning("closed a connection from %s: the %s did not arrive within %.0f s",
                    (self.client or ("-",))[0], what, READ_SECONDS)  # fmt: skip
        self.transport.close()

    def _between_requests(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    # -- the connection cap -----------------------------------------------------------
    def _admit(self) -> None:
        if len(self.server_state.connections) <= self.max_connections:
            return
        for pool in (self._waiting, self._kept_alive):  # never-served idle sockets go first
            while pool:
                victim = next(iter(pool))
                victim._forget()
                if not victim.transport.is_closing():
                    victim.transport.close()
                    log.warning("over %d connections: closed an idle one from %s", self.max_connections,
                                (victim.client or ("-",))[0])  # fmt: skip
                    return
        log.warning("over %d connections, all busy: refused one from %s", self.max_connections,
                    (self.client or ("-",))[0])  # fmt: skip
        self.transport.close()


class FinishBodyBeforeReplying:
    """ASGI middleware: a reply sent on the headers alone (a 415, an unknown Host) waits until
    the rest of a small request body has been read.

    Otherwise the body is still arriving when the reply goes out, the protocol above stops
    reading and closes the connection, and a client that reuses the kept-alive connection
    for its next request (httpx does, within microseconds) gets no reply at all. A body
    declared or streamed past `limit` is not read: that connection is closed after its 413.
    A body that stops arriving is cut off by the read deadline, which ends the wait."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        state = {"done": False, "read": 0, "small": not declared.isdigit() or int(declared) <= self.limit}

        async def counted_receive():
            message = await receive()
            if message["type"] != "http.request" or not message.get("more_body", False):
                state["done"] = True
            state["read"] += len(message.get("body", b""))
            return message

        async def send_after_body(message) -> None:
            if message["type"] == "http.response.start":
                while not state["done"] and state["small"] and state["read"] <= self.limit:
                    await counted_receive()
            await send(message)

        await self.app(scope, counted_receive, send_after_body)
