"""Small PHP department sites: query routing `index.php?com=…`, main column `div.Content_Left`."""

from archiver.families.base import Family, rx

PHPSITE = Family(
    name="phpsite",
    markers=("div.Content_Left",),
    url_marker=rx(r"index\.php\?(.*&)?com="),
    article_url=rx(r"[?&]com=[a-z_]*_ct\b|[?&]com=[a-z_]*chitiet"),
    listing_url=rx(r"[?&]com=(danhmuc|danhsach|tin|thongbao)[a-z_]*(&|$)(?!.*_ct)"),
    duplicate_url=rx(r"[?&](print|inbai)=|com=in_"),
    title=("div.Content_Left h1", "div.Content_Left .title", "div.Content_Left h2"),
    summary=("div.Content_Left .sapo", "div.Content_Left .tomtat", "div.Content_Left .mota"),
    body=("div.Content_Left .noidung", "div.Content_Left .content", "div.Content_Left .chitiet"),
)
