"""Streamlit entry point: the chat UI lives in assistant.web.ui."""

from assistant.web.ui import main

main()
