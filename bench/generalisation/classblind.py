"""The class-blind experiment (issue 10): every served page with its class and id words made opaque.

A template's class words ("article-title", "post-meta", "sidebar") are what a new portal will not
share, and more and more real sites print none that mean anything: a Next.js or Nuxt build prints
CSS-module classes hashed from the author's names (`_3xK9a`), a Tailwind site only utility classes,
an old table layout none at all. `python -m bench.generalisation --class-blind` serves every site
of the run through `perturb`: in each HTML page, each class word and each id is replaced by an
opaque token, as a CSS-module build does it — the same word gives the same token on every page of
the site (the salt is the site, so what the crawl learns across a site's pages still holds), two
words never share a token, and nothing in the token says what the word said. The share of
articles, titles, dates, authors and body still found measures how much the extractor reads from
structure (tags, landmarks, headings, position, repetition, links) rather than from words.

What is kept exactly: every byte outside the value of a start tag's `class` and `id` attributes
(tag names, ARIA roles, itemprop/itemtype, rel, datetime, meta tags, JSON-LD, scripts, styles,
comments, text, link text, URLs). One exception, decided here: the references a page makes to its
own ids follow them, so a page still works as its build would print it — a same-page fragment
link (`href="#noi-dung"`, a skip link, a footnote) and the id-reference attributes `for`,
`headers`, `list`, `form`, `aria-labelledby`, `aria-describedby`, `aria-controls`, `aria-owns`,
`aria-activedescendant`, `aria-details`, `aria-errormessage`, `aria-flowto` are rewritten with the
id they name, and only when the page has that id. A fragment on a link to another page
(`/bai-viet.html#binh-luan`) is a URL and is kept: the crawler drops fragments anyway. Inline
`<style>` is kept too, so its selectors keep the words (a build would hash them as well; the
extractor reads no stylesheet). Bodies are rewritten through Latin-1, which maps every byte to one
character and back, so a page in UTF-8 or Windows-1258 keeps its bytes; a class word that is not
ASCII is tokenised from its bytes alike.

It is harsher than a CSS-module build in one way, on purpose: every class word goes, the global
vocabularies too that a real build keeps as written (microformats' `h-entry`/`hentry`,
`published`, `vcard`; an icon font's `fa-user`, `icofont-calendar`), so a loss here may be a word a
real new site would still print; read the misses before calling one a fault.

Only the sites this bench serves itself (templates, and the static generators' sites) can be made
class-blind; a real CMS that runs as a server of its own (WordPress, Plone, Ghost…) is crawled as
it prints itself.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable
from typing import TypeVar

from bench.generalisation.api import Page, Site

#: The environment variable (set by `--class-blind`) that makes the bench serve class-blind sites.
CLASS_BLIND = "GENERALISATION_CLASS_BLIND"

#: Attributes whose value is a list of ids of the same page (HTML and WAI-ARIA id references).
ID_REFS = frozenset({"for", "headers", "list", "form", "aria-labelledby", "aria-describedby",
                     "aria-controls", "aria-owns", "aria-activedescendant", "aria-details",
                     "aria-errormessage", "aria-flowto"})
#: Elements whose content is raw text: no tag in them is markup.
RAW = ("script", "style", "textarea", "title", "xmp", "plaintext")

_ATTR = r"""[^\s"'<>/=]++(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?"""
#: A comment, a doctype/CDATA/processing instruction, or a start tag (its attributes a group).
_MARKUP = re.compile(r"<!--.*?-->|<[!?][^>]*>"
                     r"|<(?P<tag>[A-Za-z][^\s/>]*)(?P<attrs>(?:\s*" + _ATTR + r")*+)\s*/?>", re.S)
_ONE_ATTR = re.compile(r"""(?P<name>[^\s"'<>/=]++)(?:(?P<eq>\s*=\s*)(?P<value>"[^"]*"|'[^']*'|[^\s>]+))?""")

S = TypeVar("S", bound=Site)


class Tokens:
    """One site's opaque tokens: word → token, the same on every page, distinct per word."""

    def __init__(self, salt: str) -> None:
        self.salt = salt
        self._of: dict[str, str] = {}
        self._taken: set[str] = set()

    def __call__(self, word: str) -> str:
        if (token := self._of.get(word)) is None:
            digest = hashlib.sha256(f"{self.salt}\0{word}".encode("latin-1", "replace")).hexdigest()
            n = 6
            token = "_" + digest[:n]  # a CSS-module build's shape: short, opaque, never a word
            while token in self._taken:
                n += 1
                token = "_" + digest[:n]
            self._of[word] = token
            self._taken.add(token)
        return token


def _value(raw: str | None) -> tuple[str, str]:
    """(quote, text) of an attribute's raw value as written."""
    if not raw:
        return "", ""
    if raw[0] in "\"'":
        return raw[0], raw[1:-1]
    return "", raw


def _rewrite_attrs(attrs: str, tokens: Tokens, ids: set[str]) -> str:
    def one(m: re.Match[str]) -> str:
        name = m["name"].lower()
        if not m["eq"] or m["value"] is None:
            return m[0]
        quote, text = _value(m["value"])
        if name in ("class", "id"):
            new = re.sub(r"\S+", lambda w: tokens(w[0]), text)
        elif name in ID_REFS:
            new = re.sub(r"\S+", lambda w: tokens(w[0]) if w[0] in ids else w[0], text)
        elif name == "href" and text.startswith("#") and text[1:] in ids:
            new = "#" + tokens(text[1:])
        else:
            return m[0]
        return f"{m['name']}{m['eq']}{quote}{new}{quote}"
    return _ONE_ATTR.sub(one, attrs)


def _start_tags(text: str) -> list[re.Match[str]]:
    """Every start tag of the page that is markup: none inside a comment or in a raw-text
    element's content (a script's string, a style sheet)."""
    tags, pos = [], 0
    while m := _MARKUP.search(text, pos):
        pos = m.end()
        if not m["tag"]:
            continue
        tags.append(m)
        if m["tag"].lower() in RAW:
            close = re.compile(rf"</{re.escape(m['tag'])}\s*>", re.I).search(text, pos)
            pos = close.start() if close else len(text)
    return tags


def _page_ids(tags: list[re.Match[str]]) -> set[str]:
    """Every id the page's start tags give."""
    found: set[str] = set()
    for m in tags:
        for a in _ONE_ATTR.finditer(m["attrs"]):
            if a["name"].lower() == "id" and a["eq"]:
                found.update(_value(a["value"])[1].split())
    return found


def blind_html(text: str, tokens: Tokens) -> str:
    """`text` (an HTML page) with each class word and id replaced by `tokens`' token, and the
    page's references to its own ids following them; every other character kept."""
    tags = _start_tags(text)
    ids = _page_ids(tags)
    out, pos = [], 0
    for m in tags:
        start, end = m.span("attrs")
        out += [text[pos:start], _rewrite_attrs(m["attrs"], tokens, ids)]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def blind_page(page: Page, tokens: Tokens) -> Page:
    """An HTML page made class-blind (bytes through Latin-1, so any ASCII-based charset is kept);
    any other page as it is."""
    if not page.content_type.lower().startswith(("text/html", "application/xhtml")):
        return page
    body = blind_html(page.body.decode("latin-1"), tokens).encode("latin-1")
    return dataclasses.replace(page, body=body)


def blind_site(site: S, salt: str | None = None) -> S:
    """Every HTML page of `site` made class-blind with one token table (salted with `salt`, by
    default the site's family): the same word is the same token on every page. A page object
    served at several paths stays one object."""
    tokens = Tokens(salt if salt is not None else site.family)
    done: dict[int, Page] = {}
    pages = {}
    for path, page in site.pages.items():
        if id(page) not in done:
            done[id(page)] = blind_page(page, tokens)
        pages[path] = done[id(page)]
    return dataclasses.replace(site, pages=pages)


def blinding(factory: Callable[[str], S], salt: str | None = None) -> Callable[[str], S]:
    """A site factory (base URL → site) whose site is served class-blind."""
    return lambda base: blind_site(factory(base), salt)
