"""A small hand-written archive for the index and search tests: each article exists to make one kind
of query tell right from wrong (adjacent vs scattered syllables, exact vs folded, tone placement)."""

from __future__ import annotations

from pathlib import Path

from archiver.archive.store import Archive
from archiver.config import Config, DataDir
from archiver.record import article_id, content_hash, ordered


def record(slug: str, title: str, body: str, *, source: str = "quangninh",
           province: str = "Quảng Ninh", district: str | None = None, summary: str | None = None,
           authors: tuple[str, ...] = (), published: str | None = "2023-05-10T08:00:00+07:00",
           category: str = "Tin tức - Sự kiện", status: str = "live", version: int = 1) -> dict:
    url = f"https://{source}.gov.vn/tin-tuc/{slug}.html"
    return ordered({
        "id": article_id(url), "url": url, "source": source,
        "source_name": f"Cổng thông tin {province}", "province": province, "district": district,
        "title": title, "summary": summary, "body": body, "authors": list(authors),
        "published": published, "published_raw": None, "modified": None, "category": category,
        "tags": [], "images": [], "attachments": [], "language": "vi",
        "fetched_at": "2025-01-01T00:00:00Z", "first_seen": "2025-01-01T00:00:00Z",
        "last_seen": "2025-01-01T00:00:00Z", "version": version,
        "content_hash": content_hash(title, body), "status": status,
    })


ARTICLES = {
    # The phrase, adjacent, in the body.
    "quy-che": record(
        "quy-che", "Huyện Tiên Yên sơ kết thực hiện dân vận",
        "Ban Thường vụ Huyện ủy sơ kết việc thực hiện Quy chế dân chủ ở cơ sở. Các xã đã công khai "
        "các nội dung để nhân dân biết, nhân dân bàn, nhân dân làm, nhân dân kiểm tra.",
        summary="Hội nghị đánh giá sáu tháng thực hiện.", authors=("Minh Hà",),
        district="Tiên Yên", published="2023-06-22T15:15:00+07:00"),
    # The same syllables, scattered.
    "rai-rac": record(
        "rai-rac", "Phát huy quyền làm chủ của nhân dân",
        "Theo quy định mới, chế độ báo cáo được rút gọn. Người dân tham gia giám sát và làm chủ "
        "các công trình ở thôn.",
        published="2023-07-01T09:00:00+07:00", authors=("Trần Văn Bình",)),
    # New-style tone placement (hoà) and an exact `bạn`.
    "hoa-binh": record(
        "hoa-binh", "Giữ gìn hoà bình, ổn định ở biên giới",
        "Bạn đọc gửi nhiều ý kiến về công tác giữ gìn hoà bình và trật tự an toàn xã hội.",
        source="haiduong", province="Hải Dương", published="2022-01-15T10:00:00+07:00",
        category="Quốc phòng - An ninh"),
    # Old-style tone placement (hòa) and a folded-only `bán`.
    "hoa-hop": record(
        "hoa-hop", "Bán hàng nông sản qua sàn thương mại điện tử",
        "Nông dân được hướng dẫn bán hàng trực tuyến, sống hòa bình, hòa hợp với cộng đồng.",
        source="haiduong", province="Hải Dương", published="2021-11-30T16:45:00+07:00",
        category="Kinh tế"),
    # The phrase "giải phóng mặt bằng", and chuyển đổi số for the wildcard.
    "gpmb": record(
        "gpmb", "Đẩy nhanh giải phóng mặt bằng dự án cao tốc",
        "Công tác giải phóng mặt bằng được tập trung chỉ đạo. Việc chuyển đổi số giúp theo dõi "
        "tiến độ bồi thường, hỗ trợ, tái định cư cho người dân.",
        published="2024-03-05T07:30:00+07:00", authors=("Nguyễn Thị Minh Hà", "Lê Văn An")),
    # The syllables of that phrase, apart; and short words (ở, an, 5) that stop lists drop.
    "mat-bang": record(
        "mat-bang", "Mặt bằng giá mới ở chợ",
        "Giá cả ổn định, bằng năm trước. Hộ dân được giải thích về phóng sự truyền hình. "
        "An toàn thực phẩm ở 5 chợ được kiểm tra.",
        source="bacgiang", province="Bắc Giang", published=None, category="Kinh tế"),
}


def make_archive(data_dir: Path, articles: dict[str, dict] | None = None) -> Config:
    """Write the articles into an archive under `data_dir`; the config pointing at it."""
    config = Config(DataDir(data_dir), data_dir / "sources.toml")
    Archive(config.data.archive).append((articles or ARTICLES).values())
    return config


def ids(*slugs: str) -> list[str]:
    return [ARTICLES[s]["id"] for s in slugs]
