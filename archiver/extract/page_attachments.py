"""The attached documents of an `ArticlePage`.

A part of the page object (`archiver.extract.page`, whose docstring says how the parts compose).
Documents are linked from the body and from a file box right under it; which links are documents,
and which blocks are file lists, is `archiver.extract.attachment_links`'.
"""

from __future__ import annotations

from urllib.parse import urljoin

from lxml import etree
from parsel import Selector

from archiver.extract.attachment_links import DOCUMENT_EXT, FILE_BOX_LINES, links_only_documents
from archiver.extract.boilerplate import is_related_heading
from archiver.extract.layout import element_text as _text
from archiver.extract.layout import inside_not_content, not_content, subtree_lines
from archiver.extract.text import normalize_text


class AttachmentParts:
    """`attachments`: the documents the article links, with their link texts as titles."""

    def attachments(self) -> list[dict]:
        """Documents linked from the body and from a file box right under it
        (`_file_box_links`); when a body finder rebuilt the body (and dropped file blocks), from
        the page outside sidebars, menus and comments."""
        root = self._body_root
        rebuilt = root is None or self.evidence.get("body") == "trafilatura"
        scope = self.sel if rebuilt else Selector(root=root)
        out: dict[str, dict] = {}
        for link in [*(a.root for a in scope.css("a[href]")), *self._file_box_links(),
                     *(a.root for a in self.sel.css("a[href*='/Attachments/']"))]:
            href = link.get("href", "")
            if DOCUMENT_EXT.search(href) and not (rebuilt and inside_not_content(link)):
                try:
                    url = urljoin(self.url, href.strip())
                except ValueError:
                    continue
                out.setdefault(url, {"url": url, "title": normalize_text(_text(link)) or None})
        return list(out.values())

    def _file_box_links(self) -> list[etree._Element]:
        """Document links in the blocks right after the page's own body, up to a related box or
        `FILE_BOX_LINES` lines: where templates print the article's files apart from its text
        (NukeViet's "Tải tệp tin" panel, a "Văn bản đính kèm" table). A sidebar's list of
        documents sits in a widget or further on; a block longer than a file box is not one."""
        body = self.own_body_element
        if body is None or not any(DOCUMENT_EXT.search(a.get("href", ""))
                                   for a in body.xpath("following::a[@href]")):
            return []
        links: list[etree._Element] = []
        seen, node = 0, body
        while node is not None and node.tag != "body" and not not_content(node):
            for block in node.itersiblings():
                if not isinstance(block.tag, str):
                    continue
                # a box of files alone is the article's, however its class, heading ("Văn bản
                # liên quan") or a file's long title make it look like related teasers
                files = links_only_documents(block)
                if not_content(block) and not files:
                    continue
                lines = [line for line, _ in subtree_lines(block)]
                seen += len(lines) + sum(1 for _ in block.iter("a"))  # teaser links have no lines
                if seen > FILE_BOX_LINES or any(is_related_heading(line) for line in lines) \
                        and not files:
                    return links
                links += [a for a in block.iter("a") if DOCUMENT_EXT.search(a.get("href", ""))
                          and (files or not inside_not_content(a))]
            node = node.getparent()
        return links
