"""A folder of IIIF manifests (`archive export --format iiif`) served on this machine, with the
header that lets a viewer on another origin (Mirador, the Universal Viewer, Tropy) load them:
Python's own static server sends no `Access-Control-Allow-Origin`, and a IIIF viewer's browser
then refuses every manifest. Only loopback is listened on: nothing leaves the machine."""

from __future__ import annotations

from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

#: Where it listens: loopback only.
HOST = "127.0.0.1"


class _CorsHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".json": "application/ld+json"}

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


def iiif_server(folder: Path, port: int) -> ThreadingHTTPServer:
    """A server of ``folder`` on loopback at ``port`` (0: any free one), not yet serving."""
    return ThreadingHTTPServer((HOST, port), partial(_CorsHandler, directory=str(folder)))
