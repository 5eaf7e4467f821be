"""`archive serve-iiif FOLDER`: serve a IIIF export on this machine, with the header a IIIF viewer
on another origin needs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import Interrupted, UsageError
from .shared import Parents


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    serve = commands.add_parser(
        "serve-iiif",
        parents=[shared.common],
        help="serve a folder of IIIF manifests on this machine for Mirador or the Universal Viewer (CORS allowed)",
    )
    serve.add_argument("folder", metavar="FOLDER", help="what `archive export --format iiif -o FOLDER` wrote")
    serve.add_argument("--port", type=int, default=8000, help="the port (default 8000, as the export's base URL)")
    serve.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..iiif_server import HOST, iiif_server

    folder = Path(args.folder)
    if not (folder / "collection.json").is_file():
        raise UsageError(f"{folder} holds no collection.json: give the folder `archive export --format iiif` wrote")
    try:
        server = iiif_server(folder, args.port)
    except OSError as error:
        raise UsageError(f"cannot listen on {HOST}:{args.port}: {error.strerror or error}") from None
    print(
        f"archive: serving {folder} at http://{HOST}:{server.server_port}/collection.json (Ctrl+C stops)",
        file=sys.stderr,
    )
    try:
        server.serve_forever()
    except (KeyboardInterrupt, Interrupted):  # how a person stops it: no failure
        print("archive: stopped serving", file=sys.stderr)
    finally:
        server.server_close()
    return 0
