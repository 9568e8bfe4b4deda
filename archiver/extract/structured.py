"""Structured data a page declares about itself: JSON-LD, microdata and OpenGraph / article meta.

Every reader here takes whatever a page serves — a list where an object was expected, `null`, a
string, `{"@graph": 5}`, broken JSON — and returns what it can use or nothing; never an exception.
The page object (`archiver.extract.page`) prefers these machine-readable values to visible text
where they are sane; the values are returned raw (strings) and judged by the field's own parser.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain

from lxml import etree
from parsel import Selector

#: schema.org types that describe one article (their subtypes end the same way).
_ARTICLE_TYPE = re.compile(r"(Article|BlogPosting|Report|NewsArticle|Posting)$")
#: Control characters CMSs leave in JSON-LD strings (a raw newline inside a string breaks json).
_JSON_CONTROL = re.compile(r"[\x00-\x1f]")
#: `<meta>` names and properties whose content names the article's writers.
AUTHOR_METAS = ("article:author", "og:article:author", "og:author", "article:author:name",
                "author", "dc.creator", "DC.creator", "dcterms.creator", "DCTERMS.creator",
                "citation_author", "parsely-author", "sailthru.author", "byl")
#: An absolute or site-relative URL (a profile page), not a name.
_PROFILE_URL = re.compile(r"^(?:https?://|/)\S+$")
#: Nesting deeper than this is not an article description (and stops a hostile page's recursion).
_MAX_DEPTH = 6


@dataclass
class Structured:
    """What the page's structured data says about its article; None / empty where it says nothing."""

    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    #: `<meta name=author>` / `article:author` values that are not profile URLs: often the site's
    #: name, so the caller keeps only what reads as a person's name.
    meta_authors: list[str] = field(default_factory=list)
    #: `article:author` values that are profile URLs, as OpenGraph defines them: the page's own
    #: link to such a URL names the writer.
    author_urls: list[str] = field(default_factory=list)
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    #: `<meta name=keywords>` / `news_keywords`, split at commas.
    keywords: list[str] = field(default_factory=list)
    #: OpenGraph `article:tag` values: after the page's own keywords, which sites fill more fully.
    og_tags: list[str] = field(default_factory=list)
    description: str | None = None
    #: The page declares itself an article with a schema.org type (JSON-LD or microdata);
    #: og:type=article is not enough: SEO plugins put it on every page.
    is_article: bool = False
    #: Who the page says owns the site (`site_owners`) or publishes it (`publisher_names`): a
    #: name that structured data gives as the author is that owner, not the article's writer,
    #: unless the page prints it as the byline.
    owners: list[str] = field(default_factory=list)


def _types(obj: dict) -> list[str]:
    raw = obj.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    return [t.rsplit("/", 1)[-1] for t in items if isinstance(t, str)]


def _objects(data: object, depth: int = 0) -> Iterator[dict]:
    """Every dict in a JSON-LD document: top-level lists, `@graph` lists, nested values."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(data.get(key), (list, dict)):
                yield from _objects(data[key], depth + 1)


def _load(raw: str) -> object:
    try:
        return json.loads(raw)
    except ValueError:
        try:  # raw newlines and tabs inside strings are the commonest breakage
            return json.loads(_JSON_CONTROL.sub(" ", raw))
        except ValueError:
            return None


def _text(value: object) -> str | None:
    """A plain string value, or the `name` of an object; None for anything else."""
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _names(value: object) -> list[str]:
    """Author names from a string, an object with `name`, or a list of either; an organisation
    (the publisher named as author) is not a writer."""
    items = value if isinstance(value, list) else [value]
    people = [v for v in items if not (isinstance(v, dict) and "Organization" in _types(v))]
    return [n for n in (_text(v) for v in people) if n]


def _keywords(value: object) -> list[str]:
    items = value.split(",") if isinstance(value, str) else value if isinstance(value, list) else []
    return [k.strip() for k in items if isinstance(k, str) and k.strip()]


def json_ld_article(sel: Selector) -> dict:
    """The first JSON-LD object typed as an article, in any shape a page serves it; {} if none."""
    for script in sel.root.iter("script"):
        if script.get("type") != "application/ld+json" or not script.text:
            continue
        for obj in _objects(_load(script.text)):
            if any(_ARTICLE_TYPE.search(t) for t in _types(obj)):
                return obj
    return {}


def _listed_items(node: Selector) -> list[str]:
    """The texts of the items of an element printed as a list (its links, else its `<li>`s),
    when it holds several: `itemprop=keywords` on a `<ul>` of tag links has for its text the
    tags run together ("Covid-19 y tế"), with no comma to split them at."""
    for tag in ("a", "li"):
        texts = [t for t in (" ".join(x.split()) for x in node.xpath(f".//{tag}")
                             .xpath("string()").getall()) if t]
        if len(texts) >= 2:
            return texts
    return []


#: An inline style that keeps an element from being rendered.
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def _hidden(el: etree._Element, scope: etree._Element) -> bool:
    """The element, or one of its ancestors up to `scope`, is not rendered: HTML's `hidden`
    attribute or an inline `display:none`. Schema.org's microdata is meant to describe what
    the reader sees (Google's structured data guidelines: "don't mark up content that is not
    visible to readers of the page"); a hidden author item names nobody the page prints as the
    writer. Hexo's NexT theme writes one on every post (`<span hidden itemprop="author">` with
    the site's `config.author`, whatever the post's own author) and prints no byline. A
    `<meta itemprop>` inside a visible item is the microdata spec's way to give a value, not
    hiding."""
    for node in chain([el], el.iterancestors()):
        if node.get("hidden") is not None or _DISPLAY_NONE.search(node.get("style") or ""):
            return True
        if node is scope:
            return False
    return False


def site_owners(sel: Selector, metas: dict[str, list[str]], html: str = "") -> list[str]:
    """Who the page says owns the site and its content: schema.org's `copyrightHolder` (NexT
    marks its footer's "© 2026 NAME" so) and `<meta name="copyright">` (Butterfly's, and an old
    HTML convention for the rights holder). A blog generator gives its site-wide `author`
    setting as every post's structured author (Hexo's `open_graph` helper writes it as
    `article:author` unless the theme passes the post's own); that name is the site's owner, not a writer
    the post credits. `html`, the page's source, lets a page without the property skip the
    search."""
    owners = [" ".join(t.split()) for t in sel.xpath(
        "//*[@itemprop='copyrightHolder']").xpath("string()").getall()] \
        if not html or "copyrightHolder" in html else []
    owners += metas.get("copyright", [])
    return [o for o in dict.fromkeys(owners) if o]


def publisher_names(ld: dict) -> list[str]:
    """The names JSON-LD gives its article's `publisher` (an Organization or a Person): the site
    that publishes the post. When the same name is given as the `author`, it is the site
    speaking of itself, not a writer the post credits: Hexo's Stellar writes its site-wide
    `author` setting as both on every post (and prints no byline), as SEO plugins write the
    site's name as author and publisher of a post whose writer they do not know."""
    items = ld.get("publisher")
    return [n for n in (_text(v) for v in (items if isinstance(items, list) else [items])) if n]


def _microdata(sel: Selector) -> dict:
    """itemprop values of the first schema.org article item (`itemtype=…/NewsArticle`)."""
    scope = sel.xpath("//*[@itemscope][contains(@itemtype,'Article') or "
                      "contains(@itemtype,'BlogPosting')]")
    if not scope:
        return {}
    out: dict = {"is_article": True}
    for prop in ("headline", "datePublished", "dateModified", "articleSection", "keywords"):
        node = scope[0].xpath(f".//*[@itemprop='{prop}']")
        if node:
            attrs = node[0].attrib
            value = attrs.get("content") or attrs.get("datetime") or (
                prop == "keywords" and _listed_items(node[0])) or node[0].xpath(
                "normalize-space(string())").get()
            if value:
                out[prop] = value
    authors = scope[0].xpath(".//*[@itemprop='author']")
    names = []
    for a in authors:
        if _hidden(a.root, scope[0].root):
            continue
        name = a.xpath("string(.//*[@itemprop='name']/@content)").get() or a.xpath(
            "normalize-space(string(.//*[@itemprop='name']))").get() or a.attrib.get(
            "content") or a.xpath("normalize-space(string())").get()
        if name:
            names.append(name)
    if names:
        out["author"] = names
    return out


#: `<meta>` names and properties that carry the publish time, compared case-folded (OpenGraph's,
#: schema.org's as itemprop, Dublin Core's, and the names CMSs write); a bare "date" is left
#: out: some CMSs print the day the page was rendered there. The creation date stands for the
#: publish date as JSON-LD's `dateCreated` does (Dublin Core's "DC.Date.Created", schema.org's
#: `<meta itemprop="dateCreated">` that Joomla prints in its article info).
PUBLISHED_METAS = ("article:published_time", "datepublished", "pubdate", "og:published_time",
                   "dc.date.issued", "dcterms.issued", "dcterms.created", "publishdate",
                   "publish-date", "publish_date", "article:published", "dc.date.created",
                   "datecreated")


def _metas(metas: Iterable[etree._Element]) -> dict[str, list[str]]:
    """Every `<meta>` content by its property, name or itemprop."""
    out: dict[str, list[str]] = {}
    for meta in metas:
        content = (meta.get("content") or "").strip()
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        if content and key:
            out.setdefault(key, []).append(content)
    return out


def _meta_authors(metas: dict[str, list[str]]) -> list[str]:
    """Every value of the metas that name writers, OpenGraph's and Dublin Core's first."""
    return [v for key in AUTHOR_METAS for v in metas.get(key, [])]


def structured(sel: Selector, html: str = "",
               metas: Iterable[etree._Element] | None = None) -> Structured:
    """JSON-LD first, then microdata, then OpenGraph / article meta, field by field. `html`, the
    page's source, lets a page without any `itemscope` skip the microdata search; `metas`, its
    `<meta>` elements when the caller has found them already."""
    ld = json_ld_article(sel)
    md = _microdata(sel) if not html or "itemscope" in html else {}
    metas = _metas(sel.root.iter("meta") if metas is None else metas)
    first = lambda *values: next((v for v in (_text(x) for x in values) if v), None)  # noqa: E731
    folded = {k.casefold(): v for k, v in reversed(metas.items())}  # "DC.date.issued" as written
    meta_one = lambda *names: next((folded[n][0] for n in names if n in folded), None)  # noqa: E731
    return Structured(
        headline=first(ld.get("headline"), ld.get("name"), md.get("headline")),
        published=first(ld.get("datePublished"), ld.get("dateCreated"), md.get("datePublished"),
                        meta_one(*PUBLISHED_METAS)),
        modified=first(ld.get("dateModified"), md.get("dateModified"),
                       meta_one("article:modified_time", "datemodified", "og:updated_time",
                                "dcterms.modified", "last-modified")),
        authors=_names(ld.get("author")) or _names(md.get("author")),
        meta_authors=[a for a in _meta_authors(metas) if not _PROFILE_URL.match(a)
                      and "://" not in a and "@" not in a],
        author_urls=[a for a in metas.get("article:author", []) if _PROFILE_URL.match(a)],
        section=first(ld.get("articleSection"), md.get("articleSection"),
                      meta_one("article:section")),
        tags=_keywords(ld.get("keywords")) or _keywords(md.get("keywords")),
        keywords=_keywords(meta_one("keywords", "news_keywords")),
        og_tags=metas.get("article:tag", []),
        description=first(ld.get("description"),
                          meta_one("og:description", "description", "twitter:description")),
        is_article=bool(ld) or bool(md),
        owners=list(dict.fromkeys([*site_owners(sel, metas, html), *publisher_names(ld)])),
    )
