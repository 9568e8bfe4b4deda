"""Document links in an article's attachment block: the "Tài liệu đính kèm" / "Tập tin đính kèm" panel
portals put beside the body (NukeViet's `news-download-file`, Liferay's `taglib-asset-links`, the
`AttachNews` / `file_dinhkem` blocks of PHP portals). `ArticlePage.attachments` reads the body's links;
this adds the block's, so that the decree a bulletin announces is fetched with it. A document linked
from a sidebar ("Văn bản mới") is not the article's and is left alone.
"""

from __future__ import annotations

import re
from itertools import chain
from urllib.parse import urljoin

from lxml import etree
from parsel import Selector

from archiver.extract.layout import box_marks, subtree_lines
from archiver.extract.text import normalize_text

#: A document's file name at the end of a link, or before the UUID a document library serves it
#: under (Liferay's Documents and Media: `/documents/20182/40740/ke-hoach.pdf/610f6c64-…`).
DOCUMENT_EXT = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|rar|zip|7z)"
                          r"(?:/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})?(\?|$)", re.I)
#: Lines and links after the body where a file box of the article's documents is looked for.
FILE_BOX_LINES = 25
#: A document link anywhere in a page's HTML (the cheap test before parsing it).
DOCUMENT_EXT_ANYWHERE = re.compile(DOCUMENT_EXT.pattern.replace(r"(\?|$)", r"[\"'?]"), re.I)
#: A CMS's download handler, which serves a document at an address with no file name in it: K2's
#: attachment link (`task=download`, SEF `/item/download/<id>_<hash>`: its item.php template
#: prints `itemAttachments`), DotNetNuke's `LinkClick.aspx?fileticket=`, Phoca Download's
#: `?download=<id>`, WordPress Download Monitor's `/download/<id>/`. Read only inside an
#: attachment block, where a link is a file whatever its address says.
DOWNLOAD_ENDPOINT = re.compile(r"(?:[/?&]download[/=]|task=download|linkclick\.aspx\?fileticket=)",
                               re.I)
#: Containers of an attachment block, by class or id (lower-cased).
BLOCK_XPATH = ("//*[contains(@class,'attach') or contains(@class,'Attach') or contains(@id,'attach')"
               " or contains(@class,'download-file') or contains(@class,'dinhkem')"
               " or contains(@class,'dinh-kem') or contains(@class,'asset-links')]")


def attachment_block_links(sel: Selector, base_url: str) -> list[dict]:
    """`{url, title}` of every document linked from the page's attachment blocks, in page order."""
    out: dict[str, dict] = {}
    for link in sel.xpath(f"{BLOCK_XPATH}//a[@href]"):
        href = link.attrib["href"].strip()
        if DOCUMENT_EXT.search(href) or DOWNLOAD_ENDPOINT.search(href):
            url = urljoin(base_url, href)
            title = normalize_text(" ".join(link.xpath(".//text()").getall()))
            out.setdefault(url, {"url": url, "title": title.removeprefix("Tải về:").strip() or None})
    return list(out.values())


def linked_documents(attachments: list[dict], html: str | None, base_url: str) -> list[dict]:
    """The documents an article links to: those of its body (the extracted `attachments`) and
    those of its page's attachment block, once each. The page is parsed again only when its HTML
    names a document or a download handler at all (most articles link none)."""
    links = {a["url"]: a for a in attachments}
    if html and (DOCUMENT_EXT_ANYWHERE.search(html) or DOWNLOAD_ENDPOINT.search(html)):
        for link in attachment_block_links(Selector(text=html, type="html"), base_url):
            links.setdefault(link["url"], link)
    return list(links.values())


def links_a_document(el: etree._Element) -> bool:
    """The element is (or holds) a link to a document file: an attachment line."""
    return any(DOCUMENT_EXT.search(a.get("href") or "")
               for a in ([el] if el.tag == "a" else el.iter("a")))


#: A column beside the text, by its tag or class: its documents are the site's ("Văn bản mới").
_SIDE_COLUMN = re.compile(r"sidebar|widget|(?<![\w])side(?![\w])|col-side|side-box", re.I)


def links_only_documents(el: etree._Element) -> bool:
    """Every link in the element leads to a document file, and it is no column beside the text: a
    box of the article's files after its text, whatever its heading says. "Văn bản liên quan" /
    "Tài liệu liên quan" (related documents) heads the decrees a bulletin cites, printed under it
    as the Party and government portals' file lists do; "Tin liên quan" heads other articles,
    whose links are pages; a sidebar's "Văn bản mới" lists the site's newest documents."""
    if el.tag == "aside" or _SIDE_COLUMN.search(box_marks(el)):
        return False
    links = [a.get("href") or "" for a in el.iter("a")]
    return bool(links) and all(DOCUMENT_EXT.search(href) for href in links)


def in_file_list(el: etree._Element) -> bool:
    """The element is a row, cell or item of a table or list that links documents: a file box
    printed between an article's text and its byline ("Tài liệu đính kèm" heading a table of
    icons, file names and sizes: DotNetNuke's, SharePoint's and NukeViet's file lists), whose
    every line is passed over on the way to the byline. A layout table (one that holds tables)
    or a long one (a sidebar's documents) is no file box."""
    box = next((a for a in chain([el], el.iterancestors()) if a.tag in ("table", "ul", "ol")), None)
    return box is not None and links_a_document(box) \
        and next(box.iterdescendants("table"), None) is None \
        and sum(1 for _ in subtree_lines(box)) <= FILE_BOX_LINES
