"""NukeViet (many district, commune and department sites)."""

from archiver.families.base import Family, rx

NUKEVIET = Family(
    name="nukeviet",
    markers=("meta[name=generator][content*=NukeViet]", "div#news-bodyhtml"),
    url_marker=rx(r"/(vi|en)/news/|index\.php\?(.*&)?nv=news"),
    article_url=rx(r"/news/(?!print/)[^/]+/[^/]+-\d+\.html$|/news/[^/]+-\d+/[^/]+-\d+/?$"),
    listing_url=rx(r"/news/[^/]+/(page-\d+/?)?$|/news/?$|/news/page-\d+"),
    duplicate_url=rx(r"/news/print/|/news/sendmail/|/news/savefile/|/news/rss"),
    title=("h1.title[itemprop=headline]", "h1.title", "h1[itemprop=headline]", "h1"),
    published=("[itemprop=datePublished]", "span.h-date", ".news-view .time", ".time"),
    summary=("div.hometext[itemprop=description]", "div.hometext", ".hometext"),
    body=("div#news-bodyhtml", "div.bodytext"),
    authors=("//*[contains(@class,'author') or normalize-space(.)='Tác giả:']"
             "/following-sibling::*[1]", ".author", "[itemprop=author]"),
    category=("ul.breadcrumbs li:last-child", ".breadcrumbs li:last-child a",
              ".breadcrumb li:last-child"),
    tags=(".keywords a", "[itemprop=keywords] a"),
)
