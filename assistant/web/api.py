"""The JSON API, mounted at /api beside the chat app: the same ask() and catalog.

The server keeps no per-client state: the conversation context goes out in each answer
and comes back in the next request. Every bad request gets a 4xx with a one-line reason.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from collections.abc import Callable

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from assistant.service import MAX_QUESTION_CHARS, Assistant
from assistant.store import DataMissing

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
MAX_JSON_DEPTH = 32  # an answer's context nests 4 deep; anything far deeper is not ours
CORS_ENV = "ASSISTANT_CORS_ORIGINS"  # comma-separated origins; empty means no cross-origin use
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _error(status: int, reason: str, request: Request | None = None) -> JSONResponse:
    if request is not None and 400 <= status < 500:  # one line, no traceback (the log filter rate-limits)
        client = request.client.host if request.client else "-"
        log.warning("client error %d on %s from %s: %s", status, request.url.path, client, reason)
    return JSONResponse({"error": reason}, status_code=status)


class RequestError(Exception):
    """The request is refused; args are (status, one-line reason)."""


def _is_json(content_type: str) -> bool:
    """application/json (any case), optionally with charset=utf-8; parsed, not substring-matched."""
    media_type, *params = (part.strip().lower() for part in content_type.split(";"))
    if media_type != "application/json":
        return False
    for param in params:
        name, _, value = param.partition("=")
        if name.strip() == "charset" and value.strip().strip('"') not in ("utf-8", "utf8"):
            return False
    return True


async def read_body(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The body, refused as soon as it is known to be too large: Content-Length is checked
    before reading, and a chunked body is counted while it streams in."""
    too_large = RequestError(413, f"the body must be at most {limit // 1024} KB")
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise RequestError(400, "the Content-Length header is not a number")
        if int(declared) > limit:
            raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("non-finite number")
    return value


def _reject_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def _depth_and_strings_ok(value) -> str | None:
    """Why a parsed body is refused (too deep, a lone surrogate), or None; no recursion."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return f"the JSON nests more than {MAX_JSON_DEPTH} levels deep"
        if isinstance(item, str):
            if _LONE_SURROGATE.search(item):
                return "the body contains an invalid Unicode character (a lone surrogate)"
        elif isinstance(item, dict):
            stack.extend((k, depth) for k in item)
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return None


def parse_json_body(raw: bytes):
    """Strict JSON: UTF-8, finite numbers only, bounded depth, no lone surrogates."""
    try:
        body = json.loads(raw.decode("utf-8"), parse_float=_finite_float, parse_constant=_reject_constant)
    except RecursionError:
        raise RequestError(400, f"the JSON nests more than {MAX_JSON_DEPTH} levels deep") from None
    except (ValueError, UnicodeDecodeError):
        raise RequestError(400, "the body is not valid JSON (UTF-8, finite numbers only)") from None
    problem = _depth_and_strings_ok(body)
    if problem:
        raise RequestError(400, problem)
    return body


def _ask_request(body) -> tuple[str, str | None, dict | None]:
    """Validate the POST /api/ask body; unknown fields are ignored."""
    if not isinstance(body, dict):
        raise RequestError(400, "the body must be a JSON object")
    question = body.get("question")
    if not isinstance(question, str) or not question.strip():
        raise RequestError(400, "'question' is required and must be a non-empty string")
    if len(question) > MAX_QUESTION_CHARS:
        raise RequestError(400, f"'question' must be at most {MAX_QUESTION_CHARS:,} characters")
    lang = body.get("lang")
    if lang is not None and lang not in ("en", "es"):
        raise RequestError(400, "'lang' must be 'en' or 'es'")
    context = body.get("context")
    if context is not None and not isinstance(context, dict):
        raise RequestError(400, "'context' must be an object (the context of a previous answer)")
    return question, lang, context


def build_api(get_assistant: Callable[[], Assistant]) -> Starlette:
    """The /api sub-application; get_assistant is called lazily (the data may be missing)."""

    def assistant_or_error(lang: str | None = None):
        try:
            return get_assistant()
        except DataMissing as e:
            log.error("no data to answer from: %s", e)
            return _error(503, e.user_message(lang))

    async def ask(request: Request) -> JSONResponse:
        if not _is_json(request.headers.get("content-type", "")):
            return _error(415, "send the question as JSON (Content-Type: application/json)", request)
        try:
            question, lang, context = _ask_request(parse_json_body(await read_body(request)))
        except RequestError as e:
            return _error(*e.args, request)
        except ClientDisconnect:  # the client left (or was cut off for being too slow)
            return _error(400, "the request body did not arrive in time", request)
        assistant = assistant_or_error(lang)
        if isinstance(assistant, JSONResponse):
            return assistant
        # ask() is CPU work of milliseconds; a worker thread keeps the event loop free
        answer = await run_in_threadpool(assistant.ask, question, lang, context)
        return JSONResponse(answer.to_dict())

    async def queries(request: Request) -> JSONResponse:
        assistant = assistant_or_error()
        if isinstance(assistant, JSONResponse):
            return assistant
        return JSONResponse(
            [
                {
                    "id": q.id,
                    "title": q.title,
                    "description": q.description.strip(),
                    "params": {
                        name: {"type": p.type, "default": p.default, "choices": p.choices}
                        for name, p in q.params.items()
                    },
                    "chart": q.chart["kind"],
                    "examples": q.examples,
                }
                for q in assistant.catalog
            ]
        )

    async def health(request: Request) -> JSONResponse:
        try:
            assistant = get_assistant()
            assistant.store.check()  # real queries, so a corrupt snapshot is not reported healthy
        except DataMissing as e:
            log.warning("health check failed: %s", e)
            return JSONResponse({"status": "unavailable", "reason": e.reason}, status_code=503)
        except Exception:  # monitoring wants a status, not a stack
            log.exception("health check failed")
            return JSONResponse({"status": "unavailable", "reason": "internal error"}, status_code=503)
        return JSONResponse(
            {"status": "ok", "queries": len(assistant.catalog), "snapshot": assistant.store.version}
        )

    async def meta(request: Request) -> JSONResponse:
        assistant = assistant_or_error()
        if isinstance(assistant, JSONResponse):
            return assistant
        store = assistant.store
        return JSONResponse(
            {
                "snapshot": store.version,  # the folder name data/CURRENT pointed to when opened
                "source": store.manifest.get("source"),
                "vintage": store.vintage(),
                "latest_complete_year": store.latest_complete_year(),
                "coverage": [
                    {
                        "dataset": e.dataset,
                        "flow": e.flow,
                        "first_period": e.first,
                        "last_period": e.last,
                        "months": e.months,
                        "latest_complete_year": e.latest_complete_year,
                        "rows": e.rows,
                    }
                    for e in store.coverage.values()
                ],
            }
        )

    async def openapi(request: Request) -> JSONResponse:
        return JSONResponse(OPENAPI)

    async def not_found(request: Request, exc) -> JSONResponse:
        return _error(404, f"no API route {request.url.path}")

    async def method_not_allowed(request: Request, exc) -> JSONResponse:
        return _error(405, f"{request.method} is not allowed on {request.url.path}")

    async def internal(request: Request, exc) -> JSONResponse:
        log.exception("API error on %s", request.url.path)
        return _error(500, "internal error")

    origins = [o.strip() for o in os.environ.get(CORS_ENV, "").split(",") if o.strip()]
    middleware = (
        [
            Middleware(
                CORSMiddleware,
                allow_origins=origins,
                allow_methods=["GET", "POST"],
                allow_headers=["content-type"],
            )
        ]  # fmt: skip
        if origins
        else []
    )
    return Starlette(
        routes=[
            Route("/ask", ask, methods=["POST"]),
            Route("/queries", queries, methods=["GET"]),
            Route("/health", health, methods=["GET"]),
            Route("/meta", meta, methods=["GET"]),
            Route("/openapi.json", openapi, methods=["GET"]),
        ],
        middleware=middleware,
        exception_handlers={404: not_found, 405: method_not_allowed, Exception: internal},
    )


_ANSWER_SCHEMA = {
    "type": "object",
    "required": [
        "question",
        "status",
        "lang",
        "text",
        "query",
        "value",
        "unit",
        "rows",
        "chart",
        "sql",
        "sources",
        "suggestions",
        "context",
    ],  # fmt: skip
    "properties": {
        "question": {"type": "string"},
        "status": {"type": "string", "enum": ["answered", "clarify", "unsupported"]},
        "lang": {"type": "string", "enum": ["en", "es"]},
        "text": {"type": "string", "description": "the sentence, clarifying question or reason"},
        "query": {
            "type": ["object", "null"],
            "properties": {"id": {"type": "string"}, "params": {"type": "object"}},
        },
        "value": {"type": ["number", "null"], "description": "the headline figure"},
        "unit": {"type": ["string", "null"], "enum": ["USD", "percent", "rank", None]},
        "rows": {"type": "array", "items": {"type": "object"}},
        "chart": {"type": ["object", "null"], "description": "Vega-Lite spec (render with vega-embed)"},
        "sql": {"type": ["string", "null"]},
        "sources": {"type": "array", "items": {"type": "string"}},
        "suggestions": {"type": "array", "items": {"type": "string"}},
        "context": {
            "type": "object",
            "description": "send back as 'context' to follow up; asked_as is the question written out in full, for a link",
        },
        "reading": {"type": "string", "description": "how the question was read"},
    },
}
_ERROR = {
    "description": "a bad request, or the data unavailable (503), with a one-line reason",
    "content": {
        "application/json": {"schema": {"type": "object", "properties": {"error": {"type": "string"}}}}
    },
}
OPENAPI = {
    "openapi": "3.1.0",
    "info": {
        "title": "USMCA Tech Trade Assistant API",
        "version": "1.0.0",
        "description": "Answers from verified DuckDB queries over U.S. Census trade data.",
    },
    "paths": {
        "/api/ask": {
            "post": {
                "summary": "Answer a question (English or Spanish)",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["question"],
                                "properties": {
                                    "question": {
                                        "type": "string",
                                        "minLength": 1,
                                        "maxLength": MAX_QUESTION_CHARS,
                                    },
                                    "lang": {"type": "string", "enum": ["en", "es"]},
                                    "context": {
                                        "type": "object",
                                        "description": "the context of the previous answer",
                                    },
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "the answer object",
                        "content": {"application/json": {"schema": _ANSWER_SCHEMA}},
                    },
                    "400": _ERROR,
                    "413": _ERROR,
                    "415": _ERROR,
                    "503": _ERROR,
                },
            }
        },
        "/api/queries": {
            "get": {
                "summary": "The verified queries with their parameters and example questions",
                "responses": {
                    "200": {
                        "description": "list of queries",
                        "content": {
                            "application/json": {"schema": {"type": "array", "items": {"type": "object"}}}
                        },
                    },
                    "503": _ERROR,
                },
            }
        },
        "/api/health": {
            "get": {
                "summary": "Liveness and data readiness",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    },
                    "503": _ERROR,
                },
            }
        },
        "/api/meta": {
            "get": {
                "summary": "Data coverage and vintage",
                "responses": {
                    "200": {
                        "description": "coverage and the snapshot version served",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    },
                    "503": _ERROR,
                },
            }
        },
        "/api/openapi.json": {
            "get": {
                "summary": "This description",
                "responses": {
                    "200": {
                        "description": "OpenAPI 3.1",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    }
                },
            }
        },
    },
}
