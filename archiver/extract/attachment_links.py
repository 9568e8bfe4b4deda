"""Document links in an article's attachment block: the "Tài liệu đính kèm" / "Tập tin đính kèm" panel
portals put beside the body (NukeViet's `news-download-file`, Liferay's `taglib-asset-links`, the
`AttachNews` / `file_dinhkem` blocks of PHP portals). `ArticlePage.attachments` reads the body's links;
this adds the block's, so that the decree a bulletin announces is fetched with it. A document linked
from a sidebar ("Văn bản mới") is not the article's and is left alone.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from parsel import Selector

from archiver.extract.page import DOCUMENT_EXT
from archiver.extract.text import normalize_text

#: A document link anywhere in a page's HTML (the cheap test before parsing it).
DOCUMENT_EXT_ANYWHERE = re.compile(DOCUMENT_EXT.pattern.replace(r"(\?|$)", r"[\"'?]"), re.I)
#: Containers of an attachment block, by class or id (lower-cased).
BLOCK_XPATH = ("//*[contains(@class,'attach') or contains(@class,'Attach') or contains(@id,'attach')"
               " or contains(@class,'download-file') or contains(@class,'dinhkem')"
               " or contains(@class,'dinh-kem') or contains(@class,'asset-links')]")


def attachment_block_links(sel: Selector, base_url: str) -> list[dict]:
    """`{url, title}` of every document linked from the page's attachment blocks, in page order."""
    out: dict[str, dict] = {}
    for link in sel.xpath(f"{BLOCK_XPATH}//a[@href]"):
        href = link.attrib["href"].strip()
        if DOCUMENT_EXT.search(href):
            url = urljoin(base_url, href)
            title = normalize_text(" ".join(link.xpath(".//text()").getall()))
            out.setdefault(url, {"url": url, "title": title.removeprefix("Tải về:").strip() or None})
    return list(out.values())


def linked_documents(attachments: list[dict], html: str | None, base_url: str) -> list[dict]:
    """The documents an article links to: those of its body (the extracted `attachments`) and
    those of its page's attachment block, once each. The page is parsed again only when its HTML
    names a document at all (most articles link none)."""
    links = {a["url"]: a for a in attachments}
    if html and DOCUMENT_EXT_ANYWHERE.search(html):
        for link in attachment_block_links(Selector(text=html), base_url):
            links.setdefault(link["url"], link)
    return list(links.values())
