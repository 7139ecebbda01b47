"""A fake Census International Trade API on 127.0.0.1, in the real response format.

Responses are a JSON array whose first row is the header; CTY_CODE "-" is the world;
HITECH_DESC reads like "INFORMATION & COMMUNICATIONS [04]"; a month not yet released
answers HTTP 204. `behaviour` maps a period ("2024-03") or "*" to a failure mode:
204, 400/404/500, malformed, timeout (2 s of silence), reset (connection reset before any
response), short (the body stops before its Content-Length), drip (one byte every
`drip_seconds`).
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PARTNERS = [
    ("-", "TOTAL FOR ALL COUNTRIES"),
    ("0020", "USMCA (NAFTA)"),
    ("1220", "CANADA"),
    ("2010", "MEXICO"),
    ("5700", "CHINA"),
    ("5830", "TAIWAN"),
    ("5520", "VIETNAM"),
]
HITECH = [
    ("01", "BIOTECHNOLOGY"),
    ("02", "LIFE SCIENCE"),
    ("03", "OPTO-ELECTRONICS"),
    ("04", "INFORMATION & COMMUNICATIONS"),
    ("05", "ELECTRONICS"),
    ("06", "FLEXIBLE MANUFACTURING"),
    ("07", "ADVANCED MATERIALS"),
    ("08", "AEROSPACE"),
    ("09", "WEAPONS"),
    ("10", "NUCLEAR TECHNOLOGY"),
]
NAICS = ["334", "3341", "3342", "3344", "335", "3353", "3364", "111"]
COUNTRY_BASE = {"1220": 3_000, "2010": 4_000, "5700": 5_000, "5830": 2_000, "5520": 1_000}


def country_value(partner: str, item: int, month: int, flow: str) -> int:
    """Deterministic value in USD; exports smaller than imports except aerospace."""
    base = COUNTRY_BASE[partner] * 1_000_000 + item * 7_000_000 + month * 100_000
    if flow == "exports":
        return base // 2 if item != 8 else base * 3
    return base


def rows_for(kind: str, flow: str, period: str) -> list[list[str]]:
    month = int(period[5:7])
    value_col = "GEN_VAL_MO" if flow == "imports" else "ALL_VAL_MO"
    countries = [p for p in PARTNERS if p[0] in COUNTRY_BASE]
    if kind == "hitech":
        header = ["CTY_CODE", "CTY_NAME", "HITECH", "HITECH_DESC", value_col, "time"]
        items = [(i + 1, code, f"{name} [{code}]") for i, (code, name) in enumerate(HITECH)]
    elif kind == "naics":
        header = ["CTY_CODE", "CTY_NAME", "NAICS", value_col, "time"]
        items = [(i + 1, code, None) for i, code in enumerate(NAICS)]
    else:  # hs endpoint without commodity: totals
        header = ["CTY_CODE", "CTY_NAME", value_col, "time"]
        items = [(1, None, None)]
    out = [header]
    for n, code, desc in items:
        vals = {c: country_value(c, n, month, flow) for c, _ in countries}
        vals["0020"] = vals["1220"] + vals["2010"]
        vals["-"] = sum(v for c, v in vals.items() if c in COUNTRY_BASE) + 10_000_000
        for cty, name in PARTNERS:
            row = [cty, name]
            if kind == "hitech":
                row += [code, desc]
            elif kind == "naics":
                row += [code]
            out.append(row + [str(vals[cty]), period])
    return out


class FakeCensus:
    def __init__(self):
        self.behaviour: dict[str, str] = {}
        self.requests: list[str] = []
        self.drip_seconds = 0.5
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_GET(self):
                fake.requests.append(self.path)
                url = urllib.parse.urlparse(self.path)
                q = urllib.parse.parse_qs(url.query)
                period = q.get("time", [""])[0]
                mode = fake.behaviour.get(period) or fake.behaviour.get("*", "ok")
                parts = url.path.strip("/").split("/")
                flow, kind = parts[-2], parts[-1]
                if mode == "204":
                    self.send_response(204)
                    self.end_headers()
                    return
                if mode in ("500", "404", "400"):
                    body = b"error: unknown variable" if mode == "400" else b"Server Error"
                    self.send_response(int(mode))
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                if mode == "reset":  # SO_LINGER 0: close with a TCP RST
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                    return
                if mode in ("short", "drip"):
                    body = json.dumps(rows_for(kind, flow, period)).encode()
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(body) + (1000 if mode == "short" else 0)))
                    self.end_headers()
                    if mode == "short":
                        self.wfile.write(body)
                        self.close_connection = True
                        return
                    try:
                        for i in range(len(body)):
                            self.wfile.write(body[i : i + 1])
                            self.wfile.flush()
                            time.sleep(fake.drip_seconds)
                    except OSError:  # the client gave up, as it should
                        pass
                    return
                if mode == "timeout":
                    time.sleep(2)
                if mode == "malformed":
                    body = b'[["CTY_CODE","CTY_NAME"],["1220",'
                else:
                    body = json.dumps(rows_for(kind, flow, period)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/data/timeseries/intltrade"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
