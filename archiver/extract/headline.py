"""Which element is the headline, on templates that mark it with no heading tag at all.

Evidence that names the headline, whatever element prints it: the link text that led to the page
(a listing's teaser), JSON-LD/microdata `headline`, `og:title`, and `<title>` (whole, or one of its
parts around " - " / " | "). The headline is the element whose whole text is one of these names:
a heading before a titled class before bold text before anything else, never a link or the masthead.
A page that names nothing gets the short line printed just before its first date line.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from lxml import etree

from archiver.extract.boilerplate import is_boilerplate
from archiver.extract.dates import find_date, is_date_line
from archiver.extract.layout import box_marks, element_text, inside_not_content, is_permalink, subtree_lines
from archiver.extract.text import normalize_text

TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:»]\s+")
#: A name shorter than this is a site section ("Tin tức"), not evidence for a headline.
MIN_NAME_CHARS = 10
#: Characters of a text compared before the (slower) full comparison.
_PREFIX = 10
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TITLE_CLASS = re.compile(r"title|tieu-?de|headline|heading|tentin|ten-tin", re.IGNORECASE)
_BOLD_TAGS = ("strong", "b")
#: A headline is a line of a few words; a longer one is a paragraph.
HEADLINE_WORDS = (3, 40)
#: Lines of a page searched for its first date line when the page names no headline.
_MAX_LINES_TO_DATE = 400
#: Marks of the site's masthead: its name is often the page's only `<h1>`.
_MASTHEAD = re.compile(r"logo|brand|site-?title|site-?name|banner|masthead|footer|foot",
                       re.IGNORECASE)


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold().rstrip(" .…")


def names(*evidence: str | None) -> set[str]:
    """Comparison keys of every name the evidence gives, with `<title>`'s parts split off. A
    teaser truncated with "…" or "..." counts as a prefix (kept with a trailing marker)."""
    out: set[str] = set()
    for raw in evidence:
        if not isinstance(raw, str):
            continue
        text = normalize_text(raw)
        parts = TITLE_SEPARATORS.split(text)
        seps = TITLE_SEPARATORS.findall(text)
        # every run of consecutive parts, separators kept: "A - B | Site" gives "A - B" too
        runs = ["".join(p + (seps[k] if k < j - 1 else "") for k, p in enumerate(parts[i:j], i))
                for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)]
        for part in [text, *runs]:
            truncated = part.rstrip().endswith(("…", "..."))
            key = _key(part.rstrip(".… "))
            if len(key) >= MIN_NAME_CHARS:
                out.add(key + ("…" if truncated else ""))
    return out


def _matches(key: str, wanted: set[str]) -> str | None:
    """"exact" when `key` is a name, "prefix" when it starts like a truncated one, else None."""
    if key in wanted:
        return "exact"
    if any(w.endswith("…") and key.startswith(w[:-1]) for w in wanted):
        return "prefix"
    return None


def matches_name(text: str, wanted: set[str]) -> bool:
    """Whether a text is one of the names (or starts like a truncated one)."""
    return _matches(_key(normalize_text(text)), wanted) is not None


#: Elements a template prints a date in after the headline's words, inside the heading: asides,
#: not emphasis (a `<b>` or `<strong>` date is a word of the title).
_DATE_ASIDE_TAGS = {"span", "small", "em", "i", "time", "font", "sup", "sub", "div", "p"}


def is_trailing_date(el: etree._Element) -> bool:
    """An element that closes its heading with only a date ("<h1>Title <small>14/03/2019</small>
    </h1>", "<span class="date">(14/03/2019)</span>"): old portals print the day after the
    headline, in its own element inside the heading; the date reader reads it there, and it is
    no word of the title. Only the last thing in the heading: a date among the title's words
    ("Lịch nghỉ lễ 30/4/2019 của huyện") is the title's."""
    if el.tag not in _DATE_ASIDE_TAGS or (el.tail or "").strip() or el.getparent() is None:
        return False
    if any(normalize_text(element_text(sib)) or (sib.tail or "").strip()
           for sib in el.itersiblings()):
        return False
    text = normalize_text(element_text(el))
    return bool(text) and is_date_line(text) and find_date(text) is not None


def headline_text(el: etree._Element) -> str:
    """The heading's text without its permalink anchors: documentation and blog generators
    (Sphinx, MkDocs, Hugo themes) print an in-page link of a symbol ("¶", PyData's "#") inside
    every heading, which is no part of the title; nor a date closing it (`is_trailing_date`)."""
    return element_text(el, skip=lambda node: node is not el and (
        is_permalink(node) or is_trailing_date(node)))


def in_masthead(el: etree._Element) -> bool:
    """In the site's header (a `header` outside any article), or a logo/brand element."""
    node = el
    while node is not None and node.tag != "body":
        if node.tag == "a":
            return True
        if _MASTHEAD.search(box_marks(node)):
            return True
        if node.tag == "header" and not any(a.tag in ("article", "main")
                                            for a in node.iterancestors()):
            return True
        node = node.getparent()
    return False


def blogger_post_names(root: etree._Element) -> list[str]:
    """The post's title in a Blogger post page's `<title>`. Blogger writes `data:blog.pageTitle`
    there, "Blog title: Post title" (the blog's name, a colon with no space before it, the post's
    title), a separator `TITLE_SEPARATORS` does not split, as many other titles hold a colon;
    Blogger marks every page it serves with `<meta name="generator" content="blogger">`."""
    generator = " ".join(root.xpath("//meta[@name='generator']/@content")).casefold()
    return title_after_colons(root) if "blogger" in generator else []


def title_after_colons(root: etree._Element) -> list[str]:
    """What follows each ": " in `<title>`: the post's title where the page's title is "Blog:
    Post title" (Blogger's, Blosxom's and Chronicle's themes name the blog, or the theme, before
    the colon). Either name may hold a colon too, so each remainder is a candidate (`find_named`
    takes the longest that the page prints)."""
    title = root.find(".//title")
    if title is None:
        return []
    parts = normalize_text(element_text(title)).split(": ")
    return [": ".join(parts[i:]) for i in range(1, len(parts))]


def _links_home(el: etree._Element) -> bool:
    """A box whose text is all links to the site's home page: the site's name in a top bar, which
    `<title>` also holds (and may be longer than the headline). The brand box of many themes
    holds two such links, the logo's picture and the name (Hexo Keep's `a.logo-image` and
    `a.site-name`, Bootstrap's `navbar-brand` beside a logo link), in a header that may sit
    inside `<main>`; a headline never links home."""
    links = list(el.iter("a"))
    if not links or not all(is_home_link(a) for a in links):
        return False
    return _key("".join(element_text(a) for a in links)) == _key(element_text(el))


def is_home_link(link: etree._Element) -> bool:
    """The link leads to the site's front page (its root or the root's index file)."""
    if link.get("href") is None:
        return False  # an anchor (`<a name>`), which leads nowhere
    href = urlsplit(link.get("href").strip())
    return href.path in ("", "/", "./", "/index.php", "/index.html") and not href.query \
        and not href.fragment


#: The page's own content: the site's masthead is never inside these.
_PAGE_OWN = ("main", "article")
#: The site's menu: a navigation landmark outside the page's content and its footer and asides.
_SITE_MENU = ("(//*[self::nav or @role='navigation']"
              "[not(ancestor::footer or ancestor::aside or ancestor::main or ancestor::article)])[1]")


def above_navigation(el: etree._Element) -> bool:
    """A line that is no heading, outside `<main>` and `<article>`, printed before the site's
    menu (the first `<nav>` or `role=navigation` outside a footer, an aside, `<main>` and an
    article): the site's name or owner in a top bar ("Ủy ban nhân dân huyện …" over "Cổng thông
    tin điện tử xã …"), which `<title>` also holds, never the headline: a headline comes after
    the menu, and a breadcrumb's `<nav>` comes before it."""
    if el.tag in _HEADING_TAGS or any(a.tag in _PAGE_OWN for a in el.iterancestors()):
        return False
    nav = next(iter(el.getroottree().xpath(_SITE_MENU)), None)
    if nav is None or any(a is nav for a in el.iterancestors()):
        return False
    for node in el.getroottree().iter():
        if node is el:
            return True
        if node is nav:
            return False
    return False


def _rank(el: etree._Element) -> int:
    links = list(el.iter("a"))
    if len(links) == 1 and _key(element_text(links[0])) == _key(element_text(el)):
        return 4  # a box around one link: a teaser in a list (a headline link ranks by its box)
    if el.tag in _HEADING_TAGS:
        return 0
    if _TITLE_CLASS.search(box_marks(el)):
        return 1
    if el.tag in _BOLD_TAGS or any(c.tag in _BOLD_TAGS for c in el):
        return 2
    return 3


#: Characters a heading's permalink anchors may add to its text ("¶", " #", "🔗").
_PERMALINK_CHARS = 8


def _name_key(node: etree._Element, longest: int) -> str:
    """The comparison key of an element's text as a name (`headline_text`); the text is read
    without permalink anchors only when it is short enough to be a name with them (an element
    holding a whole article is never one, and is read at C speed)."""
    key = _key("".join(node.itertext()))
    if len(key) <= longest + _PERMALINK_CHARS and node.find(".//a") is not None:
        return _key(headline_text(node))
    return key


def find_named(root: etree._Element, wanted: set[str]) -> etree._Element | None:
    """The element whose whole text is one of the `wanted` names (see the module docstring),
    read without permalink anchors (`headline_text`): a Sphinx heading's "#" must not hide it
    behind a breadcrumb's last step that prints the same name."""
    if not wanted:
        return None
    prefixes = {w[:_PREFIX] for w in wanted}
    longest = max(len(w) for w in wanted)
    found: list[etree._Element] = []
    for el in root.iter():
        text = el.text
        if not text or not text.strip() or not isinstance(el.tag, str) \
                or el.tag in ("title", "script", "style"):
            continue
        if _key(text)[:_PREFIX] not in prefixes and not (
                len(_key(text)) < _PREFIX and any(p.startswith(_key(text)) for p in prefixes)):
            continue
        # the element holding the whole headline: climb while the text still fits a name
        best, best_len, node = None, 0, el
        while node is not None and node.tag not in ("body", "html"):
            key = _name_key(node, longest)
            match = _matches(key, wanted)
            if match == "exact" or (match == "prefix" and (best is None or len(key) == best_len)):
                best, best_len = node, len(key)
                if node.tag in _HEADING_TAGS:
                    break  # the heading is the headline's element: a box around it ranks lower
            elif len(key) > longest + 3 or best is not None:
                break
            node = node.getparent()
        if best is not None and best not in found and not in_masthead(best) \
                and not inside_not_content(best) and not _links_home(best) \
                and not above_navigation(best):
            found.append(best)
    if not found:
        return None
    # the longest name wins (the headline, not the site's name that `<title>` also holds), then
    # the likeliest element; among equals the last: a breadcrumb's leaf comes before the headline
    def named_length(el: etree._Element) -> int:  # a truncated name counts as its prefix
        key = _key(headline_text(el))
        return len(key) if key in wanted else min(len(key), longest)
    most = max(named_length(el) for el in found)
    found = [el for el in found if named_length(el) == most]
    top = min(_rank(el) for el in found)
    return [el for el in found if _rank(el) == top][-1]


def line_before_date(root: etree._Element) -> etree._Element | None:
    """A page that names nothing: the headline-like line (a few words, not a link, not boilerplate)
    right before the first date line of the main content."""
    body = root.find(".//body")
    previous: etree._Element | None = None
    for i, (line, el) in enumerate(subtree_lines(body if body is not None else root)):
        if i > _MAX_LINES_TO_DATE:
            return None
        if find_date(line):
            if previous is not None:
                return previous
            continue
        words = len(line.split())
        headline_like = HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1] and not is_boilerplate(line)
        previous = el if headline_like and not in_masthead(el) else None
    return None
