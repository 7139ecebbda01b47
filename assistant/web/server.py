"""One port for both: the Streamlit chat app (st.App, an ASGI app) and the JSON API at /api."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from starlette.routing import Mount

from assistant.service import default_assistant
from assistant.web.api import build_api

APP_SCRIPT = Path(__file__).resolve().parents[2] / "app.py"


def create_app() -> st.App:
    return st.App(str(APP_SCRIPT), routes=[Mount("/api", app=build_api(default_assistant))])


def serve(host: str = "127.0.0.1", port: int = 8501) -> int:
    """Run the chat app and the API under uvicorn until stopped."""
    app = create_app()
    app.run(config={"server.port": port, "server.address": host, "server.headless": True})
    return 0
