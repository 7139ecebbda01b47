"""Understanding questions: question -> (query id, params) | clarify | unsupported."""

from assistant.understand.parse import ANSWERED, CLARIFY, UNSUPPORTED, Parse, parse

__all__ = ["ANSWERED", "CLARIFY", "UNSUPPORTED", "Parse", "parse"]
