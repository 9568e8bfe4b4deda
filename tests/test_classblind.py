"""The class-blind perturbation of the generalisation bench (`--class-blind`): class words and ids
become opaque tokens, stable per word within a site, and nothing else of a page changes."""

from __future__ import annotations

import re

from bench.generalisation.api import Page, load_articles
from bench.generalisation.classblind import Tokens, blind_html, blind_page, blind_site
from bench.generalisation.portal import build, to_cp1258
from bench.generalisation.templates import DEV, templates

PAGE = """<!DOCTYPE html>
<html lang="vi" class="no-js"><head><meta charset="utf-8">
<title>Tin <b class="x"> tức</title>
<meta property="og:title" content="Tin tức">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tin tức"}</script>
<script>var html = '<div class="article-body" id="main">';</script>
<style>.article-title{font-weight:bold}</style>
<!-- <div class="old-layout"> -->
</head><body class="single post-type-news">
<a class="skip-link" href="#noi-dung">Bỏ qua</a> <a href="#khong-co">đi đâu</a>
<header role="banner" class='site-header  top'><nav aria-labelledby="menu-title missing">
<h2 id="menu-title" class=hidden>Menu</h2></nav></header>
<main id="noi-dung" class="article-body"><article itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="article-title" itemprop="headline">Tin tức</h1>
<time class="date" datetime="2025-03-14T08:30:00+07:00">14/03/2025</time>
<a rel="author" class="author" href="/tac-gia/an.html#binh-luan">Nguyễn An</a>
<label for="q" class="label">Tìm</label><input id="q" class="input" disabled title='a > "b"'>
</article></main></body></html>"""


def strip(text: str) -> str:
    """A page with its class and id attributes and its references to its own ids taken out."""
    return re.sub(r"""\s(?:class|id|for|aria-labelledby)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)"""
                  r"|\shref=\"#[^\"]*\"", "", text)


def class_words(text: str) -> list[str]:
    """Every class word of the page's body markup (after its head's raw text)."""
    body = text.split("</head>")[1]
    return [w for v in re.findall(r"""\sclass=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", body)
            for w in "".join(v).split()]


def test_every_class_word_and_id_becomes_a_token_the_same_on_every_page() -> None:
    tokens = Tokens("site")
    out = blind_html(PAGE, tokens)
    again = blind_html(PAGE.replace("Tin tức", "Tin khác"), tokens)
    words = class_words(PAGE)
    assert len(words) == 12 and class_words(out) == [tokens(w) for w in words]
    assert class_words(again) == class_words(out)
    assert f'<html lang="vi" class="{tokens("no-js")}">' in out
    assert re.search(r"""class='_[0-9a-f]{6} +_[0-9a-f]{6}'""", out)  # spacing and quotes kept
    assert f"class={tokens('hidden')}>" in out  # an unquoted value stays unquoted
    assert tokens("article-title") != tokens("article-body")
    assert tokens("article-title") == Tokens("site")("article-title")  # stable: a function of
    assert tokens("article-title") != Tokens("other")("article-title")  # the word and the site


def test_ids_follow_only_the_references_a_page_makes_to_its_own_ids() -> None:
    tokens = Tokens("site")
    out = blind_html(PAGE, tokens)
    assert f'id="{tokens("noi-dung")}"' in out and f'href="#{tokens("noi-dung")}"' in out
    assert f'for="{tokens("q")}"' in out and f'id="{tokens("q")}"' in out
    assert f'aria-labelledby="{tokens("menu-title")} missing"' in out  # no such id: kept
    assert 'href="#khong-co"' in out  # the page has no such id
    assert 'href="/tac-gia/an.html#binh-luan"' in out  # another page's fragment is a URL: kept


def test_nothing_but_class_words_and_ids_changes() -> None:
    out = blind_html(PAGE, Tokens("site"))
    assert strip(out) == strip(PAGE)
    for kept in ('<script>var html = \'<div class="article-body" id="main">\';</script>',
                 "<style>.article-title{font-weight:bold}</style>",
                 '<!-- <div class="old-layout"> -->', '<title>Tin <b class="x"> tức</title>',
                 'itemprop="headline"', 'role="banner"', 'rel="author"',
                 'datetime="2025-03-14T08:30:00+07:00"', '"headline": "Tin tức"',
                 "title='a > \"b\"'", "disabled"):
        assert kept in out, kept


def test_a_page_keeps_its_bytes_in_any_ascii_based_charset() -> None:
    text = '<p class="tin">Xã Phú Lâm</p>'
    for charset, encode in (("utf-8", str.encode), ("windows-1258", to_cp1258)):
        page = Page(200, f"text/html; charset={charset}", encode(text))
        out = blind_page(page, Tokens("s")).body
        assert out == encode(text.replace("tin", Tokens("s")("tin")))
    image = Page(200, "image/jpeg", b'class="x"')
    assert blind_page(image, Tokens("s")) is image


def test_a_template_site_is_blinded_whole_and_keeps_its_truth() -> None:
    name, (_, template) = next((n, v) for n, v in templates().items() if v[0] == DEV)
    site = build(template, load_articles()[-3:], "http://127.0.0.1:1")
    blind = blind_site(site, name)
    assert blind.articles == site.articles and blind.pages.keys() == site.pages.keys()
    changed = 0
    for path, page in site.pages.items():
        new = blind.pages[path].body.decode("latin-1")
        assert strip(new) == strip(page.body.decode("latin-1")), path
        changed += new != page.body.decode("latin-1")
        words = [w for v in re.findall(r'\sclass="([^"]*)"', new) for w in v.split()]
        assert all(re.fullmatch(r"_[0-9a-f]{6,}", w) for w in words), path
    assert changed
