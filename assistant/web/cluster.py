"""`python -m assistant serve-cluster`: N app processes behind nginx, on one port.

nginx (Debian's package; deploy/nginx.conf) keeps each chat session on one process with a
cookie and spreads /api/* round-robin. Every process reads the same data folder and
follows data/CURRENT on its own, so a refresh (`data fetch` / `data build`) moves them all
to the new snapshot between requests: a rolling refresh with no restart. A process that
dies is started again; meanwhile nginx sends /api/* requests to the others.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = REPO / "deploy" / "nginx.conf"


class ClusterError(Exception):
    """The cluster could not start; one line says why."""


def find_nginx() -> str | None:
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


@dataclass
class Backend:
    port: int
    proc: subprocess.Popen | None = None
    restarts: int = 0


@dataclass
class Cluster:
    """Start with `with Cluster(...) as c:`; c.url is nginx's address."""

    workers: int = 2
    host: str = "127.0.0.1"
    port: int = 0
    env: dict[str, str] = field(default_factory=dict)
    log_dir: Path | None = None
    keep_logs: bool = False  # serve-cluster keeps them; tests and benches leave nothing behind
    backends: list[Backend] = field(default_factory=list)

    def __post_init__(self):
        self.port = self.port or free_port(self.host)
        self.prefix = Path(tempfile.mkdtemp(prefix="assistant-nginx-"))
        self.log_dir = Path(self.log_dir or self.prefix)
        self.nginx: subprocess.Popen | None = None
        # One cookie secret for all, so any process accepts the session cookies of the others.
        hosts = ",".join(filter(None, [os.environ.get("ASSISTANT_ALLOWED_HOSTS"), self.host, "localhost"]))
        self._env = {
            **os.environ,
            "STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_hex(32),
            "ASSISTANT_ALLOWED_HOSTS": hosts,
            **self.env,
        }

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> Cluster:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self, timeout: float = 90.0) -> None:
        nginx = find_nginx()
        if not nginx:
            raise ClusterError("nginx is not installed (apt-get install nginx, or make nginx)")
        self.backends = [Backend(free_port()) for _ in range(self.workers)]
        for b in self.backends:
            self._spawn(b)
        deadline = time.monotonic() + timeout
        for b in self.backends:
            while not _healthy(b.port):
                if b.proc.poll() is not None:
                    raise ClusterError(f"app process on port {b.port} exited; see {self._log(b)}")
                if time.monotonic() > deadline:
                    raise ClusterError(f"app process on port {b.port} did not start; see {self._log(b)}")
                time.sleep(0.2)
        conf = self._render()
        test = subprocess.run([nginx, "-t", "-q", "-p", str(self.prefix), "-c", str(conf), "-e", "stderr"],
                              capture_output=True, text=True)  # fmt: skip
        if test.returncode != 0:
            raise ClusterError("nginx rejected its configuration: " + test.stderr.strip().splitlines()[-1])
        self.nginx = subprocess.Popen(
            [nginx, "-p", str(self.prefix), "-c", str(conf), "-e", str(self.log_dir / "nginx-error.log"),
             "-g", "daemon off;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        while True:
            with contextlib.suppress(OSError), socket.create_connection((self.host, self.port), timeout=1):
                return
            if self.nginx.poll() is not None:
                raise ClusterError(f"nginx exited; see {self.log_dir / 'nginx-error.log'}")
            if time.monotonic() > deadline:
                raise ClusterError("nginx did not start listening")
            time.sleep(0.1)

    def supervise(self) -> None:
        """Start again any app process that has exited (nginx routes around it meanwhile)."""
        for b in self.backends:
            if b.proc is not None and b.proc.poll() is not None:
                b.restarts += 1
                self._spawn(b)

    def stop(self) -> None:
        if self.nginx and self.nginx.poll() is None:
            self.nginx.send_signal(signal.SIGQUIT)  # graceful: finish what is in flight
        for b in self.backends:
            if b.proc and b.proc.poll() is None:
                b.proc.terminate()
        for proc in [self.nginx, *(b.proc for b in self.backends)]:
            if proc is None:
                continue
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(self.prefix / "tmp" if self.keep_logs else self.prefix, ignore_errors=True)

    def _log(self, b: Backend) -> Path:
        return self.log_dir / f"app-{b.port}.log"

    def _spawn(self, b: Backend) -> None:
        with open(self._log(b), "a") as log:
            b.proc = subprocess.Popen(
                [sys.executable, "-m", "assistant", "serve", "--host", "127.0.0.1", "--port", str(b.port)],
                cwd=REPO, env=self._env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip

    def _render(self) -> Path:
        self.prefix.chmod(0o755)
        for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            path = self.prefix / "tmp" / sub
            path.mkdir(parents=True, exist_ok=True)
            path.chmod(0o777)  # nginx workers run as an unprivileged user when started as root
        servers = "\n".join(
            f"        server 127.0.0.1:{b.port} max_fails=1 fail_timeout=2s;" for b in self.backends
        )
        text = TEMPLATE.read_text(encoding="utf-8")
        for name, value in {"@PREFIX@": str(self.prefix), "@HOST@": self.host, "@PORT@": str(self.port),
                            "@SERVERS@": servers}.items():  # fmt: skip
            text = text.replace(name, value)
        conf = self.prefix / "nginx.conf"
        conf.write_text(text, encoding="utf-8")
        return conf


def serve_cluster(host: str = "127.0.0.1", port: int = 8501, workers: int = 2) -> int:
    """Run the cluster until SIGINT/SIGTERM, restarting any app process that exits."""
    stopping = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stopping.append(True))
    try:
        with Cluster(workers=workers, host=host, port=port, keep_logs=True) as cluster:
            ports = ", ".join(str(b.port) for b in cluster.backends)
            print(f"serving on {cluster.url} (nginx) with {workers} app processes on ports {ports}; "
                  f"logs in {cluster.log_dir}", flush=True)  # fmt: skip
            while not stopping:
                cluster.supervise()
                time.sleep(1)
    except ClusterError as e:
        print(f"cluster failed to start: {e}", file=sys.stderr)
        return 1
    return 0
