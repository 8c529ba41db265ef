"""The dashboard: one page of plain HTML, CSS and JavaScript over the REST API.

The files are package data beside this module, read with importlib.resources; Plotly.js
comes from the installed plotly wheel. Nothing is fetched from a CDN or a font service, so
the page works on a closed network.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response
from starlette.exceptions import HTTPException

__all__ = ["add_dashboard", "asset", "plotly_js"]

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}
PLOTLY = "plotly.min.js"
# Only our own files and the local Plotly: no inline scripts, nothing from elsewhere. Plotly
# sets inline styles and draws some parts from data: URLs.
_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
_HEADERS = {"Content-Security-Policy": _POLICY, "X-Content-Type-Options": "nosniff"}


@cache
def asset(name: str) -> bytes | None:
    """One of the dashboard's own files, by name (None if there is no such file)."""
    if "/" in name or "\\" in name or name.startswith(".") or not name.endswith(tuple(_TYPES)):
        return None
    path = resources.files(__name__).joinpath(name)
    return path.read_bytes() if path.is_file() else None


@cache
def plotly_js() -> bytes | None:
    """Plotly.js as the plotly wheel ships it, or None without the ``api`` extra's plotly."""
    try:
        path = resources.files("plotly").joinpath("package_data", PLOTLY)
    except ModuleNotFoundError:
        return None
    return path.read_bytes() if path.is_file() else None


def add_dashboard(app: FastAPI) -> None:
    """Serve the dashboard at ``/`` and its files under ``/assets/``."""

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        page = asset("index.html")
        if page is None:
            raise HTTPException(404, "the package was installed without its web files")
        return HTMLResponse(page, headers={**_HEADERS, "Cache-Control": "no-cache"})

    @app.get("/assets/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name == PLOTLY:
            body = plotly_js()
            if body is None:
                raise HTTPException(404, "Plotly.js is not installed; pip install 'kuroshio[api]'")
            # The wheel's file changes only with the installed plotly: let browsers keep it.
            return Response(body, media_type=_TYPES[".js"], headers={**_HEADERS, "Cache-Control": "max-age=86400"})
        body = asset(name)
        if body is None:
            raise HTTPException(404, f"no dashboard file '{name}'")
        suffix = name[name.rindex(".") :]
        return Response(body, media_type=_TYPES[suffix], headers={**_HEADERS, "Cache-Control": "no-cache"})
