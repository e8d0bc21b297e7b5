"""The review page over HTTP, on 127.0.0.1 only.

What keeps another page or another machine from writing decisions: the server listens on the
loopback address alone; it answers only requests whose Host is 127.0.0.1 or localhost at its
port (a site that rebinds its DNS name to 127.0.0.1 still sends its own name); the page itself
needs the session's random token in its address, which only the person who started the
server was shown; every read of the decisions and every write must carry that token in the
X-Review-Token header, which a page of another origin cannot set, and a write from another
Origin is refused outright. The page runs no script but the review script, and that one
writes what it shows as text, never as markup (the Content-Security-Policy holds it to that).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from functools import cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tvpa_scorer.corpus.store import StoreError
from tvpa_scorer.kit.problems import InputError
from tvpa_scorer.kit.resources import bundled_templates
from tvpa_scorer.reports.render import TemplateError
from tvpa_scorer.review.session import ReviewError, ReviewSession

LOOPBACK = "127.0.0.1"
TOKEN_HEADER = "X-Review-Token"
MAX_BODY = 64 * 1024  # bytes: a decision is a few hundred
_ASSETS = {"/review.js": ("review.js", "text/javascript; charset=utf-8"),
           "/review.css": ("review.css", "text/css; charset=utf-8")}
_POLICY = ("default-src 'none'; script-src 'self'{scripts}; style-src 'self' 'unsafe-inline'; "
           "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
           "frame-ancestors 'none'")
# A script written into a template (and so into every report), with no Jinja in it
_TEMPLATE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


class ReviewServer(ThreadingHTTPServer):
    """The session's page and decisions at http://127.0.0.1:PORT/?token=..."""

    daemon_threads = True  # Ctrl-C stops the server without waiting for open connections

    def __init__(self, session: ReviewSession, port: int = 0) -> None:
        super().__init__((LOOPBACK, port), _ReviewHandler)
        self.session = session

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/?token={self.session.token}"

    def hosts(self) -> set[str]:
        return {f"{LOOPBACK}:{self.port}", f"localhost:{self.port}"}


class _ReviewHandler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "tvpa-scorer-review"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the terminal shows the address and what went wrong, not every request."""

    def do_GET(self) -> None:
        if not self._from_this_host():
            return
        address = urlsplit(self.path)
        if address.path in _ASSETS:
            name, kind = _ASSETS[address.path]
            self._send(HTTPStatus.OK, (bundled_templates() / name).read_bytes(), kind)
        elif address.path == "/":
            given = parse_qs(address.query).get("token", [""])[0]
            if not self._token_matches(given):
                self._refuse(HTTPStatus.FORBIDDEN, "open the address tvpa-scorer review "
                                                   "printed: it carries the session's token")
                return
            self._answer(lambda: (self.server.session.page(), "text/html; charset=utf-8"))
        elif address.path == "/decisions":
            if self._token_matches(self.headers.get(TOKEN_HEADER, "")):
                self._answer(lambda: (json.dumps(self.server.session.decisions()),
                                      "application/json"))
            else:
                self._refuse(HTTPStatus.FORBIDDEN, f"no {TOKEN_HEADER} of this session")
        elif address.path == "/favicon.ico":
            self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")  # the report has none
        else:
            self._refuse(HTTPStatus.NOT_FOUND, "no such page")

    def do_POST(self) -> None:
        if not self._from_this_host():
            return
        origin = self.headers.get("Origin")
        if origin is not None and origin not in {f"http://{host}" for host in self.server.hosts()}:
            self._refuse(HTTPStatus.FORBIDDEN, "writes come only from the review page")
            return
        if not self._token_matches(self.headers.get(TOKEN_HEADER, "")):
            self._refuse(HTTPStatus.FORBIDDEN, f"no {TOKEN_HEADER} of this session")
            return
        if urlsplit(self.path).path != "/decisions":
            self._refuse(HTTPStatus.NOT_FOUND, "no such page")
            return
        body = self._body()
        if body is not None:
            self._answer(lambda: (json.dumps(self.server.session.post(body)),
                                  "application/json"))

    def _from_this_host(self) -> bool:
        if self.headers.get("Host") in self.server.hosts():
            return True
        self._refuse(HTTPStatus.MISDIRECTED_REQUEST, "this server answers only "
                     f"{LOOPBACK}:{self.server.port}")
        return False

    def _token_matches(self, given: str) -> bool:
        return hmac.compare_digest(given.encode(), self.server.session.token.encode())

    def _body(self) -> Any:
        kind = self.headers.get("Content-Type", "").split(";")[0].strip()
        length = self.headers.get("Content-Length", "")
        if kind != "application/json" or not length.isdigit() or int(length) > MAX_BODY:
            self._refuse(HTTPStatus.BAD_REQUEST, "send one decision as JSON")
            return None
        try:
            return json.loads(self.rfile.read(int(length)))
        except (UnicodeDecodeError, json.JSONDecodeError):
            self._refuse(HTTPStatus.BAD_REQUEST, "the request is not JSON")
            return None

    def _answer(self, make) -> None:
        """Send what `make` gives, or the one-line reason it could not be made."""
        try:
            text, kind = make()
        except ReviewError as exc:
            self._refuse(HTTPStatus.BAD_REQUEST, str(exc))
            return
        except (InputError, StoreError, TemplateError, OSError) as exc:
            self._refuse(HTTPStatus.INTERNAL_SERVER_ERROR, str(getattr(exc, "problem", exc)))
            return
        self._send(HTTPStatus.OK, text.encode("utf-8"), kind)

    def _refuse(self, status: HTTPStatus, message: str) -> None:
        self._send(status, json.dumps({"error": message}).encode("utf-8"), "application/json")

    def _send(self, status: HTTPStatus, data: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Content-Security-Policy", _policy())
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)


@cache
def _policy() -> str:
    """The Content-Security-Policy: the review script, and the inline scripts the report's
    own templates hold, by their SHA-256, so that text from a cable could never run even
    if it reached the page as markup."""
    hashes = sorted({
        base64.b64encode(hashlib.sha256(found.group(1).encode("utf-8")).digest()).decode()
        for path in bundled_templates().rglob("*.j2")
        for found in _TEMPLATE_SCRIPT.finditer(path.read_text(encoding="utf-8"))
        if "{{" not in found.group(1) and "{%" not in found.group(1)})
    return _POLICY.format(scripts="".join(f" 'sha256-{digest}'" for digest in hashes))
