"""Machine-readable times in a page's markup: `<time datetime>`, hAtom's and microformats2's.

hAtom (microformats 1) marks an entry's times with the class words `published` and `updated`
and writes the value for machines in the datetime design pattern, `<abbr class="published"
title="2019-03-14T08:30:00+07:00">08:30</abbr>` (Blogger's themes, where the visible text is the
time of day alone; WordPress, Joomla and Drupal themes of the hAtom years), or as a `<time
datetime>`. microformats2's `h-entry` marks them `dt-published` / `dt-updated` (IndieWeb themes,
WordPress's Microformats 2 plugin, Hugo and Jekyll themes) and takes the value of `<time
datetime>`, `<abbr title>`, `<data value>`, or of the value-class pattern (`<span
class="value-title" title="…">`, or `<span class="value">` parts: a date, then a time). Only values
written for machines are read here: a marked element's visible text is a date line like any other,
left to the date-line rules.

RDFa writes them too, as an element's `content` attribute (RDFa Core 1.1 §7.5: `@content` gives
the literal in place of the element's text): Drupal 7's core RDF module prints the node's
created time as `<span property="dc:date dc:created" content="2019-04-03T08:30:00+07:00"
datatype="xsd:dateTime">` around its visible "Wed, 04/03/2019 - 08:30", whose default "medium"
format is month-first; schema.org in RDFa (`property="datePublished"`) and Open Graph's
`article:published_time` on a `<span>` the same. Only properties naming a publish or update
time are read (`RDFA_PUBLISHED`, `RDFA_UPDATED`).
"""

from __future__ import annotations

from lxml import etree

#: Class words that mark an entry's publish time (hAtom, microformats2).
PUBLISHED_CLASSES = ("published", "dt-published")
#: Class words that mark an entry's last update (hAtom, microformats2).
UPDATED_CLASSES = ("updated", "dt-updated")


def class_words_test(*words: str) -> str:
    """An XPath test: the element's class attribute holds one of the words as a whole word
    (microformats are class words; `contains(@class, …)` alone would take `unpublished`)."""
    return " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {w} ')" for w in words)


#: RDFa properties of a publish time (Dublin Core's as Drupal's RDF module maps a node's
#: `created`, schema.org's, Open Graph's) ...
RDFA_PUBLISHED = ("dc:date", "dc:created", "dcterms:created", "dcterms:issued", "datePublished",
                  "schema:datePublished", "article:published_time")
#: ... and of an update.
RDFA_UPDATED = ("dc:modified", "dcterms:modified", "dateModified", "schema:dateModified",
                "article:modified_time")
_RDFA_TEST = " or ".join(f"contains(concat(' ', normalize-space(@property), ' '), ' {w} ')"
                         for w in (*RDFA_PUBLISHED, *RDFA_UPDATED))
#: `<time datetime>` elements, elements marked as an entry's time, and RDFa time properties (not
#: a `<meta>`'s: structured data reads those), in document order.
_TIMES = etree.XPath(f"//time[@datetime] | //*[{class_words_test(*PUBLISHED_CLASSES, *UPDATED_CLASSES)}]"
                     f" | //*[not(self::meta)][@content][{_RDFA_TEST}]")
#: The value-class pattern's parts.
_VALUE_TITLE = etree.XPath(f".//*[{class_words_test('value-title')}]/@title")
_VALUES = etree.XPath(f".//*[{class_words_test('value')}]")


def is_rdfa_update(el: etree._Element) -> bool:
    """Whether the element's RDFa property names an update time (`RDFA_UPDATED`) and no publish
    time."""
    words = set((el.get("property") or "").split())
    return not words.isdisjoint(RDFA_UPDATED) and words.isdisjoint(RDFA_PUBLISHED)


def has_class(el: etree._Element, words: tuple[str, ...]) -> bool:
    """Whether the element's class attribute holds one of the words."""
    return not set(words).isdisjoint((el.get("class") or "").split())


def _own_value(el: etree._Element) -> str | None:
    """The value an element writes for machines: `datetime` of `time`/`ins`/`del`, `title` of
    `abbr`, `value` of `data`/`input`; else RDFa's `content` of an element with a `property`."""
    attr = {"time": "datetime", "ins": "datetime", "del": "datetime", "abbr": "title",
            "data": "value", "input": "value"}.get(el.tag if isinstance(el.tag, str) else "")
    value = (el.get(attr) or "").strip() if attr else ""
    if not value and el.get("property"):
        value = (el.get("content") or "").strip()
    return value or None


def machine_time(el: etree._Element) -> str | None:
    """The machine-readable time an element carries (see the module docstring), or None when it
    has only visible text. The value-class pattern's parts are joined in order ("2019-03-14
    08:30"); a part without a machine value gives its text."""
    if titles := _VALUE_TITLE(el):
        return str(titles[0]).strip() or None
    if parts := _VALUES(el):
        joined = " ".join(_own_value(p) or " ".join("".join(p.itertext()).split()) for p in parts)
        return joined.strip() or None
    return _own_value(el)


def page_times(root: etree._Element, html: str = "") -> list[tuple[etree._Element, str]]:
    """(element, value) for every machine-readable time of the page, in document order. `html`,
    the page's source, lets a page with no `<time` and no hAtom/microformats2 class word skip
    the search."""
    if html and not any(word in html for word in ("<time", "<TIME", "published", "updated",
                                                  "property=")):
        return []
    return [(el, value) for el in _TIMES(root) if (value := machine_time(el))]
