"""An article body's text blocks, its images, and which text is an image's caption.

A caption is never body text and never lost: it goes to `images[].caption` (article-record.md).
Editors and CMSes put images and captions on a page in a handful of documented ways; each is one
small named function below, so a wrong call is easy to trace:

- how an image is on the page (`image_source`, `picture_source`, `background_source`): `<img>`
  with a lazy-loading attribute or a `srcset`, `<picture>`, AMP's `<amp-img>`, a `<figure>` whose
  image is a CSS background;
- boxes that hold an image and its caption (`image_box`): `<figure>`, WordPress's classic
  `[caption]` box, CKEditor's image table;
- markup that names a caption (`caption_markup`): `figcaption`, `.wp-caption-text`,
  `.wp-element-caption`, `.figure-caption`, `.image-caption`, Drupal's
  `field--name-field-caption`, Word's `MsoCaption`, "chú thích";
- how a caption is set under an image (`block_marks`, `inline_marks`): centred, italic, small
  type, when the body's own paragraphs are not.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from urllib.parse import urljoin

from lxml import etree

from archiver.extract.boilerplate import is_boilerplate, is_caption
from archiver.extract.bylines import parse_byline
from archiver.extract.layout import element_text, shown_as_one_line
from archiver.extract.text import normalize_text

# Elements that never hold article text.
SKIP_TAGS = {"script", "style", "noscript", "template", "form", "select", "option", "button",
             "nav", "aside", "iframe", "svg", "input", "textarea", "header", "footer"}
BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
              "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table",
              "tbody", "thead", "tr", "td", "th", "pre", "center", "head", "list", "item"}
#: Elements that are an image: HTML's `img`, AMP's `amp-img`/`amp-anim` (the AMP HTML standard
#: forbids `img`), trafilatura's `graphic` in a body it rebuilt.
IMAGE_TAGS = {"img", "amp-img", "amp-anim", "graphic"}
#: Where an image's URL is, in the order it is read: lazy-loading scripts keep the real URL in a
#: data attribute and a placeholder in `src` (lazysizes `data-src`, jQuery Lazy Load
#: `data-original`, WP Rocket `data-lazy-src`, `data-lazyload`, Slick `data-lazy`, echo.js
#: `data-echo`), then `src` itself.
SRC_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-lazyload", "data-lazy", "data-echo",
             "src")
#: Responsive images: a `srcset` (or its lazy copy) lists the image at several widths.
SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset", "srcset")
#: Any class a caption could carry, looser than `CAPTION_MARKUP`: counted only right under an
#: image ("Image", "image_desc", "img-desc", "desc").
CAPTION_CLASS = re.compile(r"caption|chuthich|chu-thich|image|img-desc|photo-desc|\bdesc\b", re.I)
#: A class token that names a caption wherever it is: every token holding "caption" (HTML's
#: figcaption, WordPress `wp-caption-text`/`wp-element-caption`, Bootstrap `figure-caption`,
#: Drupal `field--name-field-caption`, Word `MsoCaption`, `image-caption`), Vietnamese "chú
#: thích" (`chuthich`, `chu-thich`, `chu_thich`), and an image's/photo's description
#: (`image-desc`, `img_desc`, `photo-description`).
CAPTION_MARKUP = re.compile(r"(?<![^\s])(?:[\w-]*caption[\w-]*|[\w-]*chu[-_]?thich[\w-]*"
                            r"|[\w-]*(?:img|image|photo|pic|hinh|anh)[-_]?desc(?:ription)?[\w-]*)"
                            r"(?![^\s])", re.I)
#: WordPress's classic `[caption]` shortcode box (`div.wp-caption`, themes without HTML5
#: caption support) and a box that says it holds an image with its caption.
CAPTION_BOX_CLASS = re.compile(r"(?<![^\s])(?:wp-caption|wp-block-image|image-box|img-box|"
                               r"photo-box|figure)(?![^\s])", re.I)
#: A class that names its box a photo: `photo`, `image`, `img`, `picture`, `pic`, Vietnamese
#: `anh`/`hinh-anh`/`khung-anh`, alone or with a prefix (`news-photo`) or a box word
#: (`photo-wrap`, `img-frame`): how hand-made templates and editors' style sets wrap an image
#: and the line under it (`photo_box`).
PHOTO_BOX_CLASS = re.compile(r"(?<![^\s])(?:[a-z]+[-_])?(?:photo|image|img|picture|pic|anh|"
                             r"hinh-?anh)(?:[-_](?:box|wrap|wrapper|frame|container|holder|"
                             r"block|item|inner))?(?![^\s])", re.I)
#: Untyped text under an image longer than this is body text, not a caption.
CAPTION_MAX_WORDS = 20
#: Text longer than this is no caption whatever its markup (`is_caption`'s bound).
CAPTION_MAX_MARKED_WORDS = 80
#: An image table has this many rows at most (image row and caption row, or two of each).
IMAGE_TABLE_ROWS = 4
#: An image box wraps its image closely (`table > tbody > tr > td > a > img`): no further
#: ancestor of an image is looked at as its box.
BOX_DEPTH = 5
#: Paragraphs this long show how the body's own text is set (its marks).
BODY_PARAGRAPH_WORDS = 25
#: A caption is a short line: longer, the text under an image on the page is body.
CAPTION_LINE_WORDS = 40
_CENTRED_STYLE = re.compile(r"text-align\s*:\s*center", re.I)
_RIGHT_STYLE = re.compile(r"text-align\s*:\s*right", re.I)
_CENTRED_CLASS = re.compile(r"(?<![^\s])(?:text-center|aligncenter|has-text-align-center|center|"
                            r"centered|text-centered|align-center|tc)(?![^\s])", re.I)
_SMALL_CLASS = re.compile(r"(?<![^\s])(?:small|text-small|is-size-7|text-sm|text-xs)(?![^\s])",
                          re.I)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.I)
_SMALL_STYLE = re.compile(r"font-size\s*:\s*(?:x?-?small|smaller|(?:[0-9]|1[0-3])(?:\.\d+)?px"
                          r"|(?:[0-9]|10)(?:\.\d+)?pt|0?\.[0-9]+(?:em|rem)|(?:[1-8][0-9]|9[0-5])%)", re.I)
_BACKGROUND_URL = re.compile(r"background(?:-image)?\s*:[^;]*url\(\s*['\"]?([^'\")]+)", re.I)


@dataclass
class Block:
    """A run of text in reading order, or an image; the unit captions and bylines are judged on.

    `css_class` holds the classes (and `figcaption` tags) of the elements the block sits in below
    the body's root; `box` the image box around it (`image_box`); `marks` how its text is set
    ("centred", "right", "italic", "small", "caption"); `element` the block element it was read
    from."""

    text: str = ""
    image: str | None = None
    css_class: str = ""
    box: etree._Element | None = None
    marks: frozenset[str] = frozenset()
    element: etree._Element | None = field(default=None, repr=False)


# -- images -------------------------------------------------------------------------------------

def image_source(el: etree._Element) -> str:
    """The URL an image element shows: a lazy-loading attribute, `src`, then the widest
    candidate of a `srcset` (responsive images). A `data:` URI is a placeholder, never the
    image."""
    for attr in SRC_ATTRS:
        value = (el.get(attr) or "").strip()
        if value and not value.startswith("data:") and ("/" in value or "." in value):
            return value  # a flag ("data-lazy=true") is no URL
    for attr in SRCSET_ATTRS:
        if value := widest_candidate(el.get(attr) or ""):
            return value
    return ""


def widest_candidate(srcset: str) -> str:
    """The widest image a `srcset` lists ("a-300.jpg 300w, a-1024.jpg 1024w"): the original
    the editor inserted, of which the others are resized copies."""
    best, best_width = "", -1.0
    for candidate in srcset.split(","):
        parts = candidate.split()
        if not parts or parts[0].startswith("data:"):
            continue
        size = parts[1] if len(parts) > 1 else "1x"
        try:
            width = float(size[:-1]) if size[-1:] in ("w", "x") else 0.0
        except ValueError:
            width = 0.0
        if width > best_width:
            best, best_width = parts[0], width
    return best


def picture_source(picture: etree._Element) -> str:
    """A `<picture>`'s image: its `<img>` fallback, else the first `<source>`'s `srcset` (HTML's
    art-direction markup; some themes print only sources and fill the `img` by script)."""
    for el in picture.iter("img"):
        if src := image_source(el):
            return src
    return next((src for el in picture.iter("source") if (src := image_source(el))), "")


def noscript_image(noscript: etree._Element) -> str:
    """The image a lazy-loading script shows, as the page prints it for browsers without scripts
    (`<noscript><img src=…></noscript>` after a placeholder: lazysizes' and WordPress lazy-load
    plugins' fallback). Read only where the placeholder itself gave no image; a 1×1 tracking
    pixel (an analytics `<noscript>`) is no image."""
    return next((src for img in noscript.iter("img") if "1" not in (img.get("width"), img.get(
        "height")) and (src := image_source(img))), "")


def background_source(el: etree._Element) -> str:
    """An image set as the element's CSS background (`style="background-image:url(…)"`, or
    lazysizes' `data-bg`): how some themes print a `<figure>`'s photo."""
    if src := (el.get("data-bg") or "").strip():
        return src
    found = _BACKGROUND_URL.search(el.get("style") or "")
    return found[1].strip() if found else ""


def has_image(el: etree._Element) -> bool:
    """Whether an image (of any markup `image_source` reads) is inside `el`."""
    return any(
        (node.tag in IMAGE_TAGS and image_source(node)) or (node.tag == "picture" and picture_source(
            node)) or background_source(node)
        for node in el.iter() if isinstance(node.tag, str))


# -- boxes and marks ------------------------------------------------------------------------------

def image_box(el: etree._Element) -> bool:
    """An element that holds an image with its caption and nothing else: HTML's `<figure>`,
    WordPress's classic caption box (`div.wp-caption`), or an editor's image table
    (`is_image_table`). Text in it, above or below the image, is the image's caption. A figure
    holding a table, a quotation or code is that, not a photo."""
    if el.tag == "figure" or (el.tag == "div" and CAPTION_BOX_CLASS.search(el.get("class") or "")) \
            or photo_box(el):
        return not any(True for _ in el.iter("table", "blockquote", "pre")) and holds_a_caption(el)
    return is_image_table(el)


def photo_box(el: etree._Element) -> bool:
    """A `div` whose class names it a photo (`PHOTO_BOX_CLASS`: `div.photo`, `div.khung-anh`)
    holding the image first and then text: the photo and the line the template or the editor
    prints under it, as a `<figure>` holds an image and its `<figcaption>`. Its text is bounded
    by `holds_a_caption`, so a wrapper of body text named so is no photo box."""
    if el.tag != "div" or not PHOTO_BOX_CLASS.search(el.get("class") or ""):
        return False
    first = next((c for c in el.iter() if c is not el and isinstance(c.tag, str)
                  and (c.tag in IMAGE_TAGS or c.tag == "picture" or normalize_text(c.text or ""))),
                 None)
    return first is not None and (first.tag in IMAGE_TAGS or first.tag == "picture") \
        and not normalize_text(el.text or "")


#: The elements that play a video or a sound, or embed a player (YouTube's `iframe`).
PLAYER_TAGS = ("iframe", "video", "audio", "embed", "object")


def captions_a_player(el: etree._Element) -> bool:
    """The element's `figure` holds a video or sound player and no image: a `figcaption`
    captions its own figure (HTML), and WordPress's embed block prints a YouTube video so
    (`figure.wp-block-embed` around the `iframe`, then its `figcaption`: "Video: Bản tin …"), as
    `<figure><video>` does. That caption names the video, never the next image."""
    figure = el if el.tag == "figure" else next(el.iterancestors("figure"), None)
    return figure is not None and not has_image(figure) \
        and any(True for _ in figure.iter(*PLAYER_TAGS))


def holds_a_caption(el: etree._Element) -> bool:
    """An image and no more text than one caption: a box around body text is no image's box."""
    return len(element_text(el).split()) <= CAPTION_MAX_MARKED_WORDS and has_image(el)


def is_image_table(table: etree._Element) -> bool:
    """CKEditor's and FCKeditor's image table, how many Vietnamese portals' editors put a
    captioned photo in a body: a small table, one cell with the image and its caption, or an
    image row and a caption row (VnExpress's `table.tplCaption` too). A layout or data table has
    more rows, more text, or tables inside."""
    if table.tag != "table":
        return False
    rows = table.xpath("./tr | ./tbody/tr | ./thead/tr")
    if not 1 <= len(rows) <= IMAGE_TABLE_ROWS or len(table.xpath(".//table")) > 0:
        return False
    return holds_a_caption(table)


def caption_markup(classes: str) -> bool:
    """Whether the classes around a text name it a caption (`CAPTION_MARKUP`)."""
    return bool(CAPTION_MARKUP.search(classes))


def block_marks(el: etree._Element) -> set[str]:
    """How a block element sets its text: "centred" (HTML's `align=center`/`middle`,
    `text-align:center`, Bootstrap's `text-center`, WordPress's `aligncenter` and
    `has-text-align-center`), "right" (`align=right`, `text-align:right`), and the inline marks
    its own style gives."""
    marks = inline_marks(el)
    style, classes = el.get("style") or "", el.get("class") or ""
    align = (el.get("align") or "").lower()
    if el.tag == "center" or align in ("center", "middle") or _CENTRED_STYLE.search(style) or \
            _CENTRED_CLASS.search(classes):
        marks.add("centred")
    if align == "right" or _RIGHT_STYLE.search(style):
        marks.add("right")
    return marks


def inline_marks(el: etree._Element) -> set[str]:
    """How an element sets the text inside it: "italic" (`em`, `i`, `cite`,
    `font-style:italic`) or "small" (`small`, `<font size=1|2>`, a font size under the body's
    usual 14px/11pt): the type editors set captions in; "caption" where its class names one
    (`<span class="image-caption">` inside the image's paragraph) or its id does (ASP.NET
    WebForms renders a label's server id: `<span id="ctl00_…_lblChuThich">`)."""
    named = caption_markup(el.get("class") or "") or caption_markup(el.get("id") or "")
    marks: set[str] = {"caption"} if named else set()
    style = el.get("style") or ""
    if el.tag in ("em", "i", "cite") or _ITALIC_STYLE.search(style):
        marks.add("italic")
    if el.tag == "small" or (el.tag == "font" and (el.get("size") or "").strip() in ("1", "2", "-1",
                                                                                     "-2")) \
            or _SMALL_STYLE.search(style) or small_type_class(el.get("class") or ""):
        marks.add("small")
    return marks


def small_type_class(classes: str) -> bool:
    """A class that sets text in small type: Bootstrap's and Foundation's `.small` utility
    (Bootstrap's Typography docs: "`.small` … to make text smaller"), Bulma's `is-size-7` and
    Tailwind's `text-sm`/`text-xs`."""
    return bool(_SMALL_CLASS.search(classes))


# -- blocks -------------------------------------------------------------------------------------

def body_blocks(root: etree._Element, excluded: set[etree._Element]) -> list[Block]:
    """The element's content as blocks in reading order (inline runs split at block edges and
    `<br>`s), each image its own block."""
    out: list[Block] = []
    run: list[tuple[str, frozenset[str]]] = []
    counts = {"br": 0, "a": 0}  # of the run: a short run without <br> is one line (a meta line)

    def flush(css: str, box: etree._Element | None, block: etree._Element) -> None:
        pieces = list(run)
        run.clear()
        one_line = not counts["br"] and shown_as_one_line("".join(t for t, _ in pieces), counts["a"])
        counts.update(br=0, a=0)
        for text, marks in _lines(pieces, one_line):
            if line := normalize_text(text):
                out.append(Block(text=line, css_class=css, box=box, marks=marks,
                                 element=block))

    def walk(node: etree._Element, css: str, box: etree._Element | None, marks: frozenset[str],
             block: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "noscript" and (src := noscript_image(node)) and not (
                out and out[-1].image and not "".join(t for t, _ in run).strip()):
            flush(css, box, block)
            out.append(Block(image=src, css_class=css, box=box, element=node))
        if node in excluded or tag in SKIP_TAGS or (not tag and node.tag is not etree.Comment):
            return
        if tag == "br":
            run.append(("\n", marks))
            counts["br"] += 1
            return
        counts["a"] += tag == "a"
        if tag:
            marks = marks | (block_marks(node) if tag in BLOCK_TAGS else inline_marks(node))
        if tag in BLOCK_TAGS:
            flush(css, box, block)
            own = f"{node.get('class', '')} figcaption" if tag == "figcaption" else node.get(
                "class", "")
            css = f"{css} {own}".strip() if node is not root and (tag != "div" or own) else css
            box = node if image_box(node) else box  # the innermost: a gallery holds figures
            block = node
        src = (image_source(node) if tag in IMAGE_TAGS else picture_source(node) if tag == "picture"
               else background_source(node) if box is not None and tag else "")
        if src or tag in IMAGE_TAGS or tag == "picture":
            flush(css, box, block)
            if src:
                out.append(Block(image=src, css_class=css, box=box, element=node))
            if tag in IMAGE_TAGS or tag == "picture":
                return
        if node.text and tag:
            run.append((node.text, marks))
        for child in node:
            walk(child, css, box, marks, block)
            if child.tail:
                run.append((child.tail, marks))
        if tag in BLOCK_TAGS:
            flush(css, box, block)

    walk(root, "", None, frozenset(), root)
    flush("", None, root)
    return out


def _lines(pieces: list[tuple[str, frozenset[str]]],
           one_line: bool) -> list[tuple[str, frozenset[str]]]:
    """A run's text pieces as lines, each with the marks all its text shares (a line with one
    italic word is not italic)."""
    lines: list[tuple[str, frozenset[str]]] = []
    text: list[str] = []
    shared: frozenset[str] | None = None
    for piece, marks in pieces:
        for k, part in enumerate([piece.replace("\n", " ")] if one_line else piece.split("\n")):
            if k:
                lines.append(("".join(text), shared or frozenset()))
                text, shared = [], None
            text.append(part)
            if part.strip():
                shared = marks if shared is None else shared & marks
    lines.append(("".join(text), shared or frozenset()))
    return lines


# -- captions -----------------------------------------------------------------------------------

@dataclass
class _BodyStyle:
    """How the body's own paragraphs are set: the marks most of its long paragraphs share. A
    text under an image set otherwise is set apart as a caption."""

    marks: frozenset[str]

    @classmethod
    def of(cls, blocks: list[Block]) -> _BodyStyle:
        long = [b for b in blocks if not b.image and len(b.text.split()) >= BODY_PARAGRAPH_WORDS]
        marks = Counter(b.marks for b in long).most_common(1)
        return cls(marks[0][0] if marks else frozenset())

    def sets_apart(self, block: Block) -> bool:
        """Whether the block is set in a caption's type the body's text is not in (centred,
        italic, small)."""
        return bool((block.marks - self.marks) & {"centred", "italic", "small"})


def split_captions(blocks: list[Block], base_url: str,
                   lead: str | None = None) -> tuple[list[str], list[dict]]:
    """Separate image captions from body text (see the module's docstring for the rules).

    A caption is text in the image's box; text whose markup names a caption, or that is worded
    as one ("Ảnh: …"), next to an image; and right under an image, a text set apart in a
    caption's type, or a short line when no caption on the page is set apart. The lead, a
    byline and long text are never captions."""
    paragraphs: list[str] = []
    images: list[dict] = []
    body = _BodyStyle.of(blocks)
    row: list[dict] = []       # the images right above the text being read
    under_image = False        # the text being read follows an image
    caption_element = None     # the element of the caption line just read (it may run on)
    above: list[str] = []      # captions printed before their image
    boxed: dict[etree._Element, list[dict]] = {}
    plain: list[tuple[int, list[dict], str]] = []  # short plain lines under images
    set_apart = False          # some caption on the page is set apart from the body
    last_text = max((i for i, b in enumerate(blocks) if not b.image), default=-1)
    for i, block in enumerate(blocks):
        if block.image:
            image = {"url": clean_image_url(urljoin(base_url, block.image)),
                     "caption": attribute_caption(block.element)}
            row = row if under_image and not any(x["caption"] for x in row) else []
            row.append(image)
            images.append(image)
            if block.box is not None:
                boxed.setdefault(block.box, []).append(image)
            if above:
                _caption(row, " ".join(above))
                above.clear()
            under_image, caption_element = True, None
            continue
        text, words = block.text, len(block.text.split())
        if block.box is not None and words <= CAPTION_MAX_MARKED_WORDS:
            if inside := _images_in(block.box, boxed):
                _caption(inside, text)
            else:
                above.append(text)
            set_apart = True
            continue
        named = (caption_markup(block.css_class) or "caption" in block.marks) and \
            words <= CAPTION_MAX_MARKED_WORDS
        if named and captions_a_player(block.element):
            under_image, caption_element = False, None
            continue  # a video's caption: neither body nor an image's
        if named or is_caption(text):
            set_apart = set_apart or named
            if under_image or (not _next_is_image(blocks, i) and images):
                _caption(row if under_image else images[-1:], text)
            else:
                above.append(text)
            under_image, caption_element = False, None
            continue
        under = under_image or (caption_element is not None and block.element is caption_element)
        under_image, caption_element = False, None
        if under and not is_boilerplate(text) and text != lead and not _is_byline(
                block, i == last_text):
            if words <= CAPTION_MAX_MARKED_WORDS and (body.sets_apart(block) or _own_class_says(block)):
                _caption(row, text)
                set_apart, caption_element = True, block.element
                continue
            if words <= CAPTION_MAX_WORDS and _may_be_plain_caption(block):
                plain.append((len(paragraphs), row, text))
        paragraphs.append(text)
    if above and images:
        _caption(images[-1:], " ".join(above))
    if plain and not set_apart:
        return _plain_captions(paragraphs, plain), images
    return paragraphs, images


def attribute_caption(img: etree._Element | None) -> str | None:
    """A caption an editor stored on the image itself, for a script or a filter to print: Drupal
    8+'s `data-caption` (core's `filter_caption` turns it into a `<figcaption>`; a page served
    without the filter, or caption.js, keeps the attribute), and the `title` of an image whose
    class is `caption` (Joomla's `JCaption('img.caption')` in media/system/js/caption.js, and
    Drupal's image_caption module, print the title under the image in the browser)."""
    if img is None or img.tag not in IMAGE_TAGS:
        return None
    text = img.get("data-caption") or (
        img.get("title") if "caption" in (img.get("class") or "").lower().split() else None)
    return normalize_text(text) or None if text else None


def _caption(images: list[dict], text: str) -> None:
    """Add a caption line to images: one caption line under a row of images is theirs all."""
    for image in images:
        image["caption"] = f"{image['caption']} {text}" if image["caption"] else text


def _images_in(box: etree._Element, boxed: dict[etree._Element, list[dict]]) -> list[dict]:
    """The images read so far in a box, or in the boxes inside it: a gallery's own caption
    (WordPress's `blocks-gallery-caption`) is its images' caption."""
    if box in boxed:
        return boxed[box]
    return [image for inner, images in boxed.items()
            if any(a is box for a in inner.iterancestors()) for image in images]


def _next_is_image(blocks: list[Block], i: int) -> bool:
    """The block after the `i`-th is an image: a caption printed above its image."""
    return i + 1 < len(blocks) and blocks[i + 1].image is not None


def _is_byline(block: Block, last: bool) -> bool:
    """A byline under the last image is no caption: a labelled one ("Tác giả: Minh Hà",
    "Tin, ảnh: …"), or a bare name that ends the text or is set right as closing bylines
    are."""
    return bool(parse_byline(block.text) or (last or "right" in block.marks) and parse_byline(
        block.text, closing=True))


def _own_class_says(block: Block) -> bool:
    """The block's own element has a class a caption may have (`CAPTION_CLASS`: VnExpress's
    `p.Image`, `td.image_desc`): loose, so counted only right under an image, and never from
    a wrapper around the text (`div.news-image-content`)."""
    return block.element is not None and bool(CAPTION_CLASS.search(block.element.get("class") or ""))


def _may_be_plain_caption(block: Block) -> bool:
    """A plain line may be a caption unless it is a heading, a list item or a label (":" at its
    end): a subheading or a list after a photo is the body's."""
    return not block.text.endswith(":") and block.element is not None and block.element.tag not in (
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "th")


def _plain_captions(paragraphs: list[str], plain: list[tuple[int, list[dict], str]]) -> list[str]:
    """Short plain lines right under images are their captions on a page that sets no caption
    apart: its editor types captions as plain paragraphs (portals.md: "Quang cảnh hội nghị.").
    Where another caption on the page is set apart, a plain line is body text."""
    for _, row, text in plain:
        _caption(row, text)
    taken = {at for at, _, _ in plain}
    return [p for at, p in enumerate(paragraphs) if at not in taken]


def caption_near(img: etree._Element) -> str | None:
    """The caption the page prints for an image, for a body a body finder rebuilt without it:
    the text of its box (`image_box`: figcaption, the caption row of an image table), else the
    line right after it when markup names it a caption, it is set as one or worded as one."""
    box = next((a for a in islice(img.iterancestors(), BOX_DEPTH) if image_box(a)), None)
    if box is not None:
        caption = next(box.iter("figcaption"), None)
        text = normalize_text(element_text(caption if caption is not None else box))
        if text:
            return text
    node = img
    while node.getparent() is not None and not (node.tail or "").strip() \
            and node.getnext() is None and node.getparent().tag not in ("body", "article"):
        node = node.getparent()
    following = node.getnext()
    if following is None or not isinstance(following.tag, str):
        return None
    text = normalize_text(element_text(following))
    if not text or len(text.split()) > CAPTION_LINE_WORDS:
        return None
    marks = block_marks(following)
    inner = [child for child in following if isinstance(child.tag, str)]
    if inner and not (following.text or "").strip() and all(
            inline_marks(child) & {"italic", "small", "caption"} for child in inner):
        marks.add("italic")
    if CAPTION_CLASS.search(following.get("class", "")) or marks & {"centred", "italic", "small",
                                                                     "caption"} \
            or is_caption(text):
        return text
    return None


def clean_image_url(url: str) -> str:
    """The original image: SharePoint's `renditionID` only selects a resized copy."""
    return re.sub(r"([?&])renditionID=\d+&?", r"\1", url).rstrip("?&")
