"""The read-only web site over a data directory: Starlette routes, one JSON API route beside each page.

    app = create_app(DataDir(Path("data")))      # any ASGI server; `archiver serve` runs uvicorn

Pages are rendered on the server from Jinja2 templates with autoescaping on (titles and bodies come
from the web) and work without JavaScript. A bad parameter answers 400 with one line saying which and
why; an unknown article or source 404; a missing index 503. Every response forbids scripts, framing
and sending the reader's address on to the portals (Content-Security-Policy, Referrer-Policy).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from archiver.archive.history import short_id
from archiver.config import DataDir
from archiver.datasets.export import ExportError
from archiver.web import chart
from archiver.web.labels import translate
from archiver.web.params import LANGS, MAX_QUERY, BadRequest, Params, read
from archiver.web.service import MEDIA_TYPES, NotFound, Site
from index.analysis import fold
from index.query import IndexMissing, QueryError, warm

HERE = Path(__file__).parent
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
#: Record fields the article page shows in their own sections, not in the table of all fields.
SHOWN_APART = ("title", "summary", "body", "images", "attachments")


def create_app(data: DataDir, allowed_hosts: list[str] | None = None) -> Starlette:
    """The site over one data directory; `allowed_hosts` guards a loopback server against DNS
    rebinding (None: any Host header)."""
    site = Site(data)
    env = _environment()

    def page(name: str, p: Params, **context: object) -> HTMLResponse:
        def t(key: str) -> str:
            return translate(key, p.lang)
        html = env.get_template(name).render(p=p, t=t, active=name.split(".")[0], **context)
        return HTMLResponse(html, headers=SECURITY_HEADERS)

    def handler(render: Callable, api: bool) -> Callable:
        """An endpoint: parse the parameters, run `render` in a thread, turn errors into status
        codes with one line each (HTML, or {"error": …} for the API)."""
        async def endpoint(request: Request) -> Response:
            try:
                p = read(request.query_params)
                return await run_in_threadpool(render, request, p)
            except (BadRequest, QueryError, ExportError) as exc:
                status, message = 400, str(exc)
            except NotFound as exc:
                status, message = 404, str(exc)
            except IndexMissing as exc:
                status, message = 503, f"{exc}: run `archiver index`"
            message = message.splitlines()[0] if message else "error"
            if api:
                return JSONResponse({"error": message}, status, headers=SECURITY_HEADERS)
            lang = request.query_params.get("lang", "vi")  # the query box keeps what was typed
            p = Params(q=request.query_params.get("q", "")[:MAX_QUERY],
                       lang=lang if lang in LANGS else "vi")
            response = page("error.html", p, status=status, message=message)
            response.status_code = status
            return response
        return endpoint

    # Pages

    def search_page(request: Request, p: Params) -> Response:
        results = site.search(p) if p.q else None
        return page("search.html", p, results=results, short_id=short_id,
                    pages=_pages(p, results.total) if results else [])

    def timeline_page(request: Request, p: Params) -> Response:
        view = site.timeline(p)
        what = f'"{p.q}"' if p.q else translate("articles", p.lang)
        return page("timeline.html", p, view=view,
                    count_chart=chart.svg(view, "count", f"{translate('count', p.lang)}: {what}"),
                    share_chart=chart.svg(view, "share", f"{translate('share', p.lang)}: {what}"))

    def article_page(request: Request, p: Params) -> Response:
        versions = site.article(request.path_params["aid"])
        latest = versions[-1].record
        fields = {k: v for k, v in latest.items() if k not in SHOWN_APART}
        return page("article.html", p, versions=versions, a=latest, fields=fields,
                    paragraphs=[x for x in (latest.get("body") or "").split("\n") if x.strip()])

    def sources_page(request: Request, p: Params) -> Response:
        return page("sources.html", p, sources=site.sources())

    def source_page(request: Request, p: Params) -> Response:
        return page("source.html", p, s=site.source(request.path_params["sid"]))

    # Downloads

    def download(request: Request, p: Params) -> Response:
        name = _filename(p)
        return StreamingResponse(site.download(p), media_type=MEDIA_TYPES[p.format],
                                 headers={**SECURITY_HEADERS,
                                          "Content-Disposition": f'attachment; filename="{name}"'})

    def download_manifest(request: Request, p: Params) -> Response:
        name = _filename(p)
        body = json.dumps(site.manifest(p, name), ensure_ascii=False, indent=2) + "\n"
        return Response(body, media_type="application/json", headers={
            **SECURITY_HEADERS,
            "Content-Disposition": f'attachment; filename="{name}.manifest.json"'})

    # The JSON API

    def api_search(request: Request, p: Params) -> Response:
        if not p.q:
            raise BadRequest("q: give a query")
        results = site.search(p)
        return _json({"query": results.query, "match": p.match, "total": results.total,
                      "offset": results.offset, "limit": results.limit,
                      "hits": [h.to_json() for h in results.hits], "facets": results.facets})

    def api_article(request: Request, p: Params) -> Response:
        versions = site.article(request.path_params["aid"])
        return _json({"id": versions[-1].record["id"], "latest": versions[-1].record,
                      "versions": [{"record": v.record,
                                    "changes": {name: runs for name, runs in v.texts},
                                    "also_changed": v.others} for v in versions]})

    def api_timeline(request: Request, p: Params) -> Response:
        return _json({"query": p.q or None, "match": p.match, **site.timeline(p).to_json()})

    def api_sources(request: Request, p: Params) -> Response:
        return _json({"sources": [s.to_json() for s in site.sources()]})

    def api_source(request: Request, p: Params) -> Response:
        return _json(site.source(request.path_params["sid"]).to_json(with_runs=True))

    pages = {"/": search_page, "/timeline": timeline_page, "/article/{aid}": article_page,
             "/sources": sources_page, "/sources/{sid}": source_page}
    data = {"/download": download, "/download/manifest": download_manifest,
            "/api/search": api_search, "/api/article/{aid}": api_article,
            "/api/timeline": api_timeline, "/api/sources": api_sources,
            "/api/sources/{sid}": api_source}
    routes = [*(Route(path, handler(render, api=False)) for path, render in pages.items()),
              *(Route(path, handler(render, api=True)) for path, render in data.items()),
              Mount("/static", StaticFiles(directory=HERE / "static"), name="static")]

    async def not_found(request: Request, exc: HTTPException) -> Response:
        return PlainTextResponse(f"{exc.status_code}: {exc.detail}", exc.status_code,
                                 headers=SECURITY_HEADERS)

    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)] \
        if allowed_hosts else []
    return Starlette(routes=routes, middleware=middleware,
                     exception_handlers={HTTPException: not_found})


#: How `archiver serve` tells its server processes what to serve (uvicorn starts each one afresh).
DATA_ENV, HOSTS_ENV = "ARCHIVER_WEB_DATA_DIR", "ARCHIVER_WEB_ALLOWED_HOSTS"


def from_environment() -> Starlette:
    """The site over the data directory named in the environment (uvicorn's app factory). Each
    server process opens and warms the index here, before it accepts a request (see
    `index.query.warm`)."""
    hosts = [h for h in os.environ.get(HOSTS_ENV, "").split(",") if h]
    data = DataDir(Path(os.environ[DATA_ENV]))
    with contextlib.suppress(IndexMissing):  # without one, the site answers 503 until it exists
        warm(data.index)
    return create_app(data, allowed_hosts=hosts or None)


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["highlight"] = highlight
    env.filters["day"] = lambda v: (v or "—")[:10]
    env.filters["moment"] = lambda v: (v or "—")[:16].replace("T", " ")
    env.filters["number"] = number
    env.filters["percent"] = lambda v: "—" if v is None else f"{v:.1%}"
    return env


@pass_context
def number(context: Context, n: int) -> str:
    """A count as the page's language writes it: 1.389 in Vietnamese, 1,389 in English."""
    text = f"{n:,}"
    return text if context["p"].lang == "en" else text.replace(",", ".")


def highlight(text: str, spans: list[tuple[int, int]]) -> Markup:
    """Text with the matched syllables in <mark>, everything escaped."""
    out, pos = [], 0
    for start, end in spans:
        out.append(escape(text[pos:start]))
        out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _pages(p: Params, total: int) -> list[int | None]:
    """Page numbers to link: the first, the last and a few around the current one (None: a gap)."""
    last = max(1, min(-(-total // p.per), 10_000 // p.per))
    wanted = sorted({1, last, *range(max(1, p.page - 2), min(last, p.page + 2) + 1)})
    out: list[int | None] = []
    for n in wanted:
        if out and n - out[-1] > 1:
            out.append(None)
        out.append(n)
    return out


def _filename(p: Params) -> str:
    """A file name for a download: `archiver-<query words>.<format>`."""
    words = re.sub(r"[^a-z0-9]+", "-", fold(p.q.lower())).strip("-")[:60] or "all"  # ASCII header
    return f"archiver-{words}.{p.format}"


def _json(data: dict) -> JSONResponse:
    return JSONResponse(data, headers=SECURITY_HEADERS)
