"""Liferay portals (Hà Nội departments, older Bắc Giang): `/-/view_content/` and asset publishers."""

from archiver.families.base import Family, rx

LIFERAY = Family(
    name="liferay",
    markers=("div.asset-abstract", "div.journal-content-article", "[id^=portlet_]",
             "//script[contains(., 'Liferay.')]"),
    url_marker=rx(r"/-/(view_content|asset_publisher)/|[?&]p_p_id="),
    article_url=rx(r"/-/view_content/\d+|/-/asset_publisher/[^/]+/content/|/web/guest/-/"),
    listing_url=rx(r"[?&]_101_cur=|[?&]p_p_id="),
    duplicate_url=rx(r"[?&]p_p_state=(pop_up|exclusive)|[?&]_101_viewMode=print|/print/"),
    title=("h1.title-article", ".asset-full-content h1", "h3.header-title", "h1", ".asset-title"),
    published=(".ngay-dang", ".date-article", ".asset-metadata .metadata-entry",
               "//*[starts-with(normalize-space(text()), 'Ngày đăng')]"),
    summary=(".summary-article", ".asset-summary", ".sapo"),
    body=("div.journal-content-article", ".asset-full-content .asset-content", ".content-article"),
    category=(".breadcrumbs li:last-child a", ".breadcrumb li:last-child"),
    tags=(".asset-tags a", ".taglib-asset-tags-summary a"),
)
