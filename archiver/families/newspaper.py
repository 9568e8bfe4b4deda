"""Provincial newspapers and central outlets: VnExpress, the shared `cms-*` CMS, JSON-LD articles."""

from archiver.families.base import Family

NEWSPAPER = Family(
    name="newspaper",
    markers=("article.fck_detail", ".article__body.cms-body", "h1.title-detail",
             "//script[@type='application/ld+json'][contains(., 'NewsArticle')]"),
    title=("h1.title-detail", "h1.article__title", ".cms-title", "h1"),
    published=("span.date", ".article__meta time", ".cms-date"),
    summary=("p.description", ".article__sapo", ".cms-desc", ".sapo"),
    body=("article.fck_detail", ".article__body.cms-body", ".cms-body"),
    category=("ul.breadcrumb li:first-child a", ".breadcrumb li:last-child a"),
    body_exclude=(".box-tinlienquanv2", ".width_common.box-tinlienquanv2", ".related",
                  "table.tplCaption + .Normal[style*=right]"),
)
