"""A seeded generator of realistic Vietnamese portal articles, for benchmarks.

Text is stitched from short runs (2–5 syllables) of the real prose in `prose_vi.txt`, so adjacent
syllables form real words and collocations ("giải phóng mặt bằng", "Quy chế dân chủ") and syllable
frequencies follow the prose's Zipf-like curve; person and place names, numbers and dates add the long
tail of rare terms a real archive has. Articles stream out one at a time: 100,000 take seconds, not memory.

    python -m bench.corpus --n 3 --seed 1     # print three articles
    python -m bench.corpus --table            # the syllable frequency table behind the text
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path

from archiver.demo.model import SampleArticle
from archiver.record import article_id, content_hash, ordered

PROSE = Path(__file__).with_name("prose_vi.txt")
VN_TZ = timezone(timedelta(hours=7))
BODY_CHARS = 3000  # ≈ 3 KB of text per body

PROVINCES = [
    ("quangninh", "Quảng Ninh"), ("haiduong", "Hải Dương"), ("bacgiang", "Bắc Giang"),
    ("thanhhoa", "Thanh Hóa"), ("nghean", "Nghệ An"), ("hatinh", "Hà Tĩnh"),
    ("quangbinh", "Quảng Bình"), ("thuathienhue", "Thừa Thiên Huế"), ("quangnam", "Quảng Nam"),
    ("binhdinh", "Bình Định"), ("khanhhoa", "Khánh Hòa"), ("daklak", "Đắk Lắk"),
    ("lamdong", "Lâm Đồng"), ("dongnai", "Đồng Nai"), ("longan", "Long An"),
    ("tiengiang", "Tiền Giang"), ("bentre", "Bến Tre"), ("cantho", "Cần Thơ"),
    ("angiang", "An Giang"), ("camau", "Cà Mau"),
]
DISTRICTS = ["Tân Phú", "Đông Hưng", "Yên Hòa", "Phú Lộc", "Thủy Nguyên", "Hòa Vang",
             "Quỳnh Lưu", "Đức Thọ", "Krông Pắc", "Châu Thành", "Cẩm Xuyên", "Tiên Yên"]
CATEGORIES = ["Tin tức - Sự kiện", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh",
              "Nông nghiệp - Nông thôn", "Cải cách hành chính", "Thông báo", "Y tế", "Giáo dục"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Mai"]
MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Quốc", "Hữu", "Đức", "Ngọc", "Thu", "Xuân", "Công", "Kim"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hằng", "Hiếu", "Hoa", "Hùng", "Hương",
         "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngân", "Phong", "Phúc", "Quân",
         "Quyên", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang", "Trung", "Tuấn", "Vân", "Việt",
         "Yến", "Khoa", "Hòa", "Thoa", "Duyên", "Huy"]
TITLES = ["đồng chí", "ông", "bà", "Phó Chủ tịch", "Giám đốc Sở", "Bí thư Đảng ủy xã"]
PLACE_KINDS = ["xã", "phường", "thị trấn", "huyện", "thôn", "khu phố"]
BYLINES = ["Tin, ảnh: {}", "{}", "Tác giả: {}", "T/h: {}", "Nguồn: {}"]


@cache
def _prose() -> list[list[str]]:
    """Clauses of the prose (split at punctuation), each a list of syllables as written."""
    text = unicodedata.normalize("NFC", PROSE.read_text(encoding="utf-8"))
    clauses = re.split(r"[.,;:!?()\n]+| - ", text)
    return [words for c in clauses if len(words := c.split()) >= 2]


def frequency_table() -> list[tuple[str, int]]:
    """Syllable counts of the prose, most frequent first (lower-cased, digits and signs dropped)."""
    counts = Counter(w.lower() for clause in _prose() for w in clause if w.isalpha())
    return counts.most_common()


@cache
def _chunks() -> tuple[str, ...]:
    """The prose cut into runs of 2–5 syllables (cut points are fixed: the same for every seed)."""
    cut = random.Random(1234)
    runs = []
    for clause in _prose():
        i = 0
        while i < len(clause):
            size = cut.randint(2, 5)
            runs.append(" ".join(clause[i:i + size]))
            i += size
    return tuple(runs)


class _Writer:
    """Makes sentences, names and dates for one stream of articles from one random generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.chunks = _chunks()

    def person(self) -> str:
        r = self.rng
        return f"{r.choice(FAMILY)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    def extra(self) -> str:
        """A long-tail item: a named person or place, a number, a date."""
        r = self.rng
        kind = r.random()
        if kind < 0.35:
            return f"{r.choice(TITLES)} {self.person()}"
        if kind < 0.65:
            return f"{r.choice(PLACE_KINDS)} {r.choice(DISTRICTS)}"
        if kind < 0.85:
            return f"ngày {r.randint(1, 28)}/{r.randint(1, 12)}"
        return f"{r.randint(2, 950)} {r.choice(['tỷ đồng', 'hộ dân', 'héc-ta', 'người', 'dự án'])}"

    def clause(self, runs: int) -> str:
        parts = self.rng.choices(self.chunks, k=runs)
        if self.rng.random() < 0.4:
            parts.insert(self.rng.randrange(len(parts) + 1), self.extra())
        return " ".join(parts)

    def sentence(self) -> str:
        r = self.rng
        text = ", ".join(self.clause(r.randint(2, 5)) for _ in range(r.randint(1, 3)))
        return text[0].upper() + text[1:] + "."

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))

    def body(self) -> list[str]:
        paragraphs, size = [], 0
        while size < BODY_CHARS:
            p = self.paragraph()
            paragraphs.append(p)
            size += len(p) + 2
        return paragraphs

    def title(self) -> str:
        text = self.clause(self.rng.randint(3, 5))
        return text[0].upper() + text[1:]

    def published(self) -> datetime:
        start = datetime(2015, 1, 1, 6, 0, tzinfo=VN_TZ)
        days = self.rng.randrange(11 * 365)
        return start + timedelta(days=days, minutes=self.rng.randrange(14 * 60))


def generate(n: int, seed: int = 0, sources: int = 20) -> Iterator[SampleArticle]:
    """`n` articles, the same for the same `seed`; the source id of each is in its `tags[0]`."""
    rng = random.Random(seed)
    w = _Writer(rng)
    for i in range(n):
        authors = [w.person() for _ in range(rng.choice((0, 1, 1, 1, 2)))]
        byline = rng.choice(BYLINES).format(", ".join(authors)) if authors else None
        summary = w.sentence() if rng.random() < 0.8 else None
        yield SampleArticle(
            slug=f"bai-viet-{seed}-{i}",
            title=w.title(),
            summary=summary,
            paragraphs=w.body(),
            authors=authors,
            byline=byline,
            published=w.published(),
            category=rng.choice(CATEGORIES),
            tags=[source_id(rng.randrange(sources))],
        )


def source_id(k: int) -> str:
    """Source number `k` as an id: a province's portal, or a numbered district portal beyond 20."""
    return PROVINCES[k][0] if k < len(PROVINCES) else f"huyen{k:03d}"


def to_record(article: SampleArticle, source: str | None = None,
              fetched_at: str = "2025-01-01T00:00:00Z") -> dict:
    """The archive record a crawl of `article` would store (source defaults to `tags[0]`)."""
    source = source or article.tags[0]
    province = dict(PROVINCES).get(source, "Quảng Ninh")
    url = f"https://{source}.gov.vn/tin-tuc/{article.slug}.html"
    published = article.published.isoformat()
    return ordered({
        "id": article_id(url), "url": url, "source": source,
        "source_name": f"Cổng thông tin điện tử {province}", "province": province,
        "district": None, "title": article.title, "summary": article.summary,
        "body": article.body, "authors": article.authors, "published": published,
        "published_raw": article.published.strftime("%d/%m/%Y %H:%M"),
        "modified": None, "category": article.category, "tags": [], "images": [],
        "attachments": [], "language": "vi", "fetched_at": fetched_at,
        "first_seen": fetched_at, "last_seen": fetched_at, "version": 1,
        "content_hash": content_hash(article.title, article.body), "status": "live",
    })


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--table", action="store_true", help="print the frequency table")
    args = parser.parse_args()
    if args.table:
        table = frequency_table()
        total = sum(c for _, c in table)
        print(f"{len(table)} distinct syllables, {total} in all; rank, syllable, count, rank×share")
        for rank, (syl, count) in enumerate(table[:40], 1):
            print(f"{rank:4d} {syl:10s} {count:5d} {rank * count / total:.3f}")
        return
    for a in generate(args.n, args.seed):
        print(f"# {a.title}\n{a.published:%d/%m/%Y} · {a.category} · {a.byline}\n")
        print(f"{a.summary}\n\n{a.body}\n")


if __name__ == "__main__":
    main()
