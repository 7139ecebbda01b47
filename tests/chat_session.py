"""A chat session driven over Streamlit's websocket the way the browser drives it: protobuf
BackMsg out (a rerun carrying the chat input's value), ForwardMsg in until the script
finishes. Light enough to run 20 sessions at once on two cores (a browser tab is not);
used by tests/test_cluster.py and bench/cluster.py. The reply time is from sending the
question to the app finishing its rerun (the answer, chart and history all drawn)."""

from __future__ import annotations

import time

import httpx
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import connect


class ChatSession:
    def __init__(self, base: str, timeout: float = 60.0):
        self.base, self.timeout = base, timeout
        page = httpx.get(base + "/", timeout=timeout)  # the page load: nginx sets the sticky cookie
        page.raise_for_status()
        self.upstream = page.headers.get("x-upstream")
        cookie = "; ".join(f"{k}={v}" for k, v in page.cookies.items())
        self._connection = connect(
            base.replace("http://", "ws://") + "/_stcore/stream",
            subprotocols=["streamlit"],
            origin=base,
            additional_headers={"Cookie": cookie} if cookie else None,
            max_size=None,
            open_timeout=timeout,
        )
        self.ws = self._connection.__enter__()
        self.chat_input_id: str | None = None
        self._rerun(None)  # the first run draws the page and tells us the chat input's id

    def ask(self, question: str) -> tuple[float, list[str]]:
        """Type a question and press Enter; (seconds until the app finished, markdown drawn)."""
        started = time.perf_counter()
        texts = self._rerun(question)
        return time.perf_counter() - started, texts

    def close(self) -> None:
        self._connection.__exit__(None, None, None)

    def _rerun(self, question: str | None) -> list[str]:
        msg = BackMsg()
        msg.rerun_script.query_string = ""
        if question is not None:
            widget = msg.rerun_script.widget_states.widgets.add()
            widget.id = self.chat_input_id
            widget.chat_input_value.data = question
        self.ws.send(msg.SerializeToString())
        texts = []
        while True:
            fwd = ForwardMsg()
            fwd.ParseFromString(self.ws.recv(timeout=self.timeout))
            kind = fwd.WhichOneof("type")
            if kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                element = fwd.delta.new_element
                if element.WhichOneof("type") == "chat_input":
                    self.chat_input_id = element.chat_input.id
                elif element.WhichOneof("type") == "markdown":
                    texts.append(element.markdown.body)
                elif element.WhichOneof("type") == "text":  # the answer sentence is plain text
                    texts.append(element.text.body)

                elif element.WhichOneof("type") == "alert":
                    texts.append(element.alert.body)
            elif kind == "script_finished":
                return texts
