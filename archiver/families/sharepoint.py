"""SharePoint portals (Quảng Ninh, Hải Dương, many provinces and ministries)."""

from archiver.families.base import Family, rx

SHAREPOINT = Family(
    name="sharepoint",
    markers=("[id^=ctl00_PlaceHolderMain]", "input#__VIEWSTATE", "[class^=ExternalClass]",
             "body.s4-body, div#s4-workspace"),
    url_marker=rx(r"/(Trang|Pages)/[^/]+\.aspx"),
    article_url=rx(r"/(Trang|Pages)/ChiTiet[^/]*\.aspx\?(.*&)?(nid|ItemID|id)=\d+"),
    listing_url=rx(r"/(Trang|Pages)/(?!ChiTiet)[^/]+\.aspx"),
    duplicate_url=rx(r"[?&](print|inbai|PrintView)=|/InBai\.aspx"),
    title=("h1.TitleNews", "h1.title-news", ".news-title h1", "[id^=ctl00_PlaceHolderMain] h1", "h1"),
    published=(".DateNews", ".news-date", ".date-news", ".ngay-dang"),
    summary=(".SummaryNews", ".news-sapo", ".sapo", ".news-summary"),
    body=("div[class^=ExternalClass]", "div[class*=' ExternalClass']", ".news-content",
          ".noi-dung"),
    category=(".breadcrumb a:last-child", ".breadcrumb li:last-child"),
)
