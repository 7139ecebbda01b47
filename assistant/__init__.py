"""USMCA Tech Trade Assistant: answers from verified queries over Census trade data."""

from assistant.answer import Answer
from assistant.service import ask

__all__ = ["Answer", "ask"]
