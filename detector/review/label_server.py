"""The labelling page's local web server: the page, its blocks, and a save endpoint.

Standard library only (``ThreadingHTTPServer``). The server listens on the
loopback address unless told otherwise, and two checks keep other web pages
in the same browser from touching the labels: a request must name a
loopback host when the server listens on one (a page that rebinds its own
domain to 127.0.0.1 is refused), and a save must carry the token that only
this server's own page holds (a cross-site request cannot set that header
without a preflight this server never grants).
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import secrets
import socket
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from detector.errors import DataError, UsageError
from detector.review.label_blocks import LabelBlocks
from detector.review.label_store import LabelStore
from detector.review.static import asset, fill, script_json

TOKEN_HEADER = "X-Detector-Token"
MAX_BODY = 1 << 20
"""Largest save request read (a change is a few dozen bytes)."""
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


class LabelServer(ThreadingHTTPServer):
    """Serves one labelling page for one store until it is shut down."""

    daemon_threads = True

    def __init__(
        self, store: LabelStore, blocks: LabelBlocks, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.store = store
        self.blocks = blocks
        self.token = secrets.token_urlsafe(24)
        self.address_family = _family(host)
        try:
            super().__init__((host, port), LabelHandler)
        except OSError as error:
            raise UsageError(
                f"{host}:{port}: cannot listen ({error.strerror or error}); --port 0 picks a free port"
            ) from error
        self.loopback_only = _is_loopback(host)

    @property
    def url(self) -> str:
        host, port = str(self.server_address[0]), self.server_address[1]
        shown = f"[{host}]" if ":" in host else host
        if shown in ("0.0.0.0", "[::]"):
            shown = "127.0.0.1"
        return f"http://{shown}:{port}/"

    def state(self) -> dict[str, Any]:
        """Everything the page shows: rows, documents, thresholds, and the file they are saved to."""
        return {
            "out": str(self.store.out),
            "total_documents": self.blocks.total,
            "rows": self.store.rows,
            "documents": [
                {
                    "document": d.document,
                    "source": d.source,
                    "format": d.format,
                    "threshold": d.threshold,
                    "first": d.first,
                    "count": d.count,
                }
                for d in self.blocks.documents
            ],
        }

    def page(self) -> str:
        script = asset("label.js")
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
        with self.store.lock:
            data = script_json({**self.state(), "token": self.token, "token_header": TOKEN_HEADER})
        return fill(
            asset("label.html"),
            {"script_hash": f"sha256-{digest}", "css": asset("label.css"), "js": script, "data": data},
        )


class LabelHandler(BaseHTTPRequestHandler):
    """GET / (the page), GET /api/state (its data), POST /api/labels (save changes)."""

    server: LabelServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if not self._host_allowed():
            return
        path = urlsplit(self.path).path
        if path == "/":
            self._send(HTTPStatus.OK, self.server.page().encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/api/state":
            with self.server.store.lock:
                body = json.dumps(self.server.state(), ensure_ascii=False)
            self._send(HTTPStatus.OK, body.encode("utf-8"), "application/json")
        else:
            self._error(HTTPStatus.NOT_FOUND, "no such page")

    def do_POST(self) -> None:
        if not self._host_allowed():
            return
        if urlsplit(self.path).path != "/api/labels":
            self._error(HTTPStatus.NOT_FOUND, "no such endpoint")
            return
        if not secrets.compare_digest(self.headers.get(TOKEN_HEADER, ""), self.server.token):
            self._error(HTTPStatus.FORBIDDEN, "missing or wrong token: reload the page")
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 < length <= MAX_BODY:
            self._error(HTTPStatus.BAD_REQUEST, "a save request is a JSON body of at most 1 MB")
            return
        try:
            changes = _changes(json.loads(self.rfile.read(length)))
            self.server.store.set_gold(changes)
        except (ValueError, DataError) as error:
            self._error(HTTPStatus.BAD_REQUEST, str(error))
            return
        except OSError as error:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"cannot write {self.server.store.out}: {error}")
            return
        store = self.server.store
        body = json.dumps({"labelled": store.labelled, "total": store.total})
        self._send(HTTPStatus.OK, body.encode("utf-8"), "application/json")

    def _host_allowed(self) -> bool:
        """Whether the request names this machine (only checked when listening on loopback)."""
        if not self.server.loopback_only:
            return True
        host = urlsplit(f"//{self.headers.get('Host', '')}").hostname or ""
        if host in LOOPBACK_NAMES:
            return True
        self._error(HTTPStatus.FORBIDDEN, "the labelling page answers requests for localhost only")
        return False

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, json.dumps({"error": message}).encode("utf-8"), "application/json")

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the terminal shows the URL and the final count, not every keystroke's request."""


def _changes(payload: object) -> list[tuple[int, str]]:
    """``{"changes": [{"row": 3, "gold": "promo/ad"}, ...]}`` as (row, gold) pairs."""
    if not isinstance(payload, dict) or not isinstance(payload.get("changes"), list):
        raise ValueError('expected {"changes": [{"row": N, "gold": LABEL}, ...]}')
    out = []
    for change in payload["changes"]:
        if not isinstance(change, dict) or not isinstance(change.get("row"), int):
            raise ValueError('each change is {"row": N, "gold": LABEL}')
        gold = change.get("gold") or ""
        if not isinstance(gold, str):
            raise ValueError("a gold label is a string")
        out.append((change["row"], gold))
    return out


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET
