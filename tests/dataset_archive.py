"""A small archive as crawls leave it, for the export, stats and timeline tests: three portals, an
edited article (two versions), a removed one, an undated one, extra fields, and Vietnamese text in
NFC with đ and tone marks."""

from __future__ import annotations

import json
from pathlib import Path

from archiver.archive.store import Archive
from archiver.config import Config, DataDir
from archiver.record import article_id, content_hash, ordered

PROVINCES = {"quangninh": ("Quảng Ninh", None), "haiduong": ("Hải Dương", "Cẩm Giàng"),
             "thanhhoa": ("Thanh Hóa", "Thọ Xuân")}
FETCHED = "2025-03-01T02:00:00Z"


def article(source: str, slug: str, title: str, paragraphs: list[str], *,
            published: str | None, category: str, authors: tuple[str, ...] = (),
            summary: str | None = None, version: int = 1, **extra: object) -> dict:
    url = f"https://{source}.gov.vn/tin-tuc/{slug}.html"
    province, district = PROVINCES[source]
    body = "\n\n".join(paragraphs)
    raw = None
    if published:
        day, clock = published[:10].split("-"), published[11:16]
        raw = f"{clock} {day[2]}/{day[1]}/{day[0]}"
    return ordered({
        "id": article_id(url), "url": url, "source": source,
        "source_name": f"Cổng thông tin điện tử {province}", "province": province,
        "district": district, "title": title, "summary": summary, "body": body,
        "authors": list(authors), "published": published, "published_raw": raw, "modified": None,
        "category": category, "tags": [], "images": [], "attachments": [], "language": "vi",
        "fetched_at": FETCHED, "first_seen": FETCHED, "last_seen": FETCHED, "version": version,
        "content_hash": content_hash(title, body), "status": "live", **extra,
    })


GPMB = article(
    "quangninh", "gpmb-duong-bao-bien", "Quảng Ninh: đẩy nhanh giải phóng mặt bằng đường bao biển",
    ["Sáng 22/6, UBND tỉnh họp về tiến độ giải phóng mặt bằng dự án đường bao biển Hạ Long – "
     "Cẩm Phả; đồng chí Chủ tịch yêu cầu \"xong trước ngày 30/9\".",
     "Đến nay đã bàn giao 85% mặt bằng, còn 12 hộ dân chưa nhận tiền bồi thường, hỗ trợ."],
    published="2023-06-22T15:15:00+07:00", category="Tin tức - Sự kiện",
    authors=("Minh Hà",), summary="Tỉnh yêu cầu hoàn thành bàn giao mặt bằng trong quý III.",
    tags=["giải phóng mặt bằng", "đường bao biển"],
    images=[{"url": "https://quangninh.gov.vn/media/2023/hop-gpmb.jpg",
             "caption": "Quang cảnh cuộc họp."}],
    attachments=[{"url": "https://quangninh.gov.vn/files/kh-gpmb.pdf",
                  "title": "Kế hoạch số 125/KH-UBND", "sha256": "ab" * 32}])
GPMB_V2 = {**GPMB, "body": GPMB["body"] + "\n\nCập nhật: đã chi trả cho 4 hộ.",
           "modified": "2023-06-23T08:00:00+07:00", "version": 2,
           "fetched_at": "2025-03-02T02:00:00Z", "last_seen": "2025-03-02T02:00:00Z"}
GPMB_V2["content_hash"] = content_hash(GPMB_V2["title"], GPMB_V2["body"])

QUY_CHE = article(
    "quangninh", "quy-che-dan-chu", "Hội nghị triển khai Quy chế dân chủ ở cơ sở",
    ["Thực hiện tốt phương châm \"dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, "
     "dân thụ hưởng\"; Đảng ủy xã chỉ đạo công khai các khoản đóng góp."],
    published="2023-07-01T09:00:00+07:00", category="Chính trị",
    authors=("Nguyễn Thị Minh Hà", "Lê Văn Đức"))

REMOVED = article(
    "quangninh", "thong-bao-tuyen-dung", "Thông báo tuyển dụng viên chức năm 2022",
    ["Sở Nội vụ thông báo tuyển dụng 15 chỉ tiêu viên chức."],
    published="2022-12-05T10:00:00+07:00", category="Thông báo")
#: As the archive pipeline records a removal: the newest version, marked, with the HTTP status.
REMOVED_RECORD = {**REMOVED, "status": "removed", "fetched_at": "2025-03-02T02:00:00Z",
                  "last_seen": "2025-03-02T02:00:00Z", "http_status": 404}

DANG_BO = article(
    "haiduong", "dang-bo-xa", "Đảng bộ xã Cẩm Điền đón nhận Huân chương Lao động",
    ["Xã Cẩm Điền kỷ niệm 75 năm ngày thành lập Đảng bộ.", "Đồng chí Bí thư trao Huân chương."],
    published="2024-01-15T08:30:00+07:00", category="Chính trị", authors=("Trần Văn Đức",))

UNDATED = article(
    "haiduong", "gioi-thieu", "Giới thiệu chung về huyện Cẩm Giàng",
    ["Huyện Cẩm Giàng nằm ở phía tây tỉnh Hải Dương."], published=None, category="Giới thiệu")

HOA_BINH = article(
    "thanhhoa", "hoa-binh", "Thọ Xuân giữ gìn hòa bình, ổn định ở cơ sở",
    ["Công an huyện phối hợp với các xã bảo đảm an ninh, trật tự; nhân dân đồng thuận cao."],
    published="2021-03-08T16:45:00+07:00", category="Quốc phòng - An ninh",
    authors=("Lê Thị Thủy",))

MUA_LUA = article(
    "thanhhoa", "mua-lua", "Nông dân Thọ Xuân thu hoạch lúa vụ chiêm xuân",
    ["Năng suất lúa ước đạt 65 tạ/ha, cao hơn năm trước 2 tạ.",
     "Giá lúa tươi từ 7.000 đến 7.500 đồng/kg."],
    published="2023-06-30T23:30:00+07:00", category="Kinh tế",
    warc="warc/thanhhoa-20250301.warc.gz#1234")  # an extra field: kept in JSONL

#: Every line of the archive, in the order the crawls wrote them.
LINES = [GPMB, QUY_CHE, REMOVED, DANG_BO, UNDATED, HOA_BINH, MUA_LUA, GPMB_V2, REMOVED_RECORD]
#: What the default export holds: latest versions of live articles, by publish time then id.
LIVE = [HOA_BINH, GPMB_V2, MUA_LUA, QUY_CHE, DANG_BO, UNDATED]

#: Run records as `archiver crawl` appends them (archiver.archive.runs).
RUNS = [
    {"source": "quangninh", "started": "2025-03-01T02:00:00Z", "finished": "2025-03-01T02:05:00Z",
     "pages": 40, "new": 3, "updated": 0, "unchanged": 0, "removed": 0, "failures": {},
     "article_links_found": 3, "stopped_because": "finished", "full": True,
     "why_full": "first crawl", "resumed": False},
    {"source": "quangninh", "started": "2025-03-02T02:00:00Z", "finished": "2025-03-02T02:04:00Z",
     "pages": 12, "new": 0, "updated": 1, "unchanged": 1, "removed": 1,
     "failures": {"timeout": 2}, "article_links_found": 3, "stopped_because": "shutdown",
     "full": False, "why_full": None, "resumed": False},
    {"source": "haiduong", "started": "2025-03-02T02:00:00Z", "finished": "2025-03-02T02:01:00Z",
     "pages": 5, "new": 0, "updated": 0, "unchanged": 2, "removed": 0, "failures": {},
     "article_links_found": 2, "stopped_because": "finished", "full": False, "why_full": None,
     "resumed": False},
]


def make_dataset(data_dir: Path, runs: bool = True) -> Config:
    """Write the archive (and the run records) under `data_dir`; the config pointing at it."""
    config = Config(DataDir(data_dir), data_dir / "sources.toml")
    Archive(config.data.archive).append(LINES)
    if runs:
        with open(data_dir / "runs.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in RUNS)
    return config
