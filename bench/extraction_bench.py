"""Extraction: `archiver.extract.page.extract_article` against `trafilatura.extract` on the same saved pages.

2,000 generated articles (`bench.corpus`) are rendered by `build_site` across the five sample families
(400 each) and saved as HTML. Each extractor then runs in a fresh process over every page, decoded in
memory before the clock starts: articles/s over the extraction loop, CPU seconds and peak RSS of the
whole process. Quality is scored against the text the pages were rendered from, as in
`bench.extraction_quality`. trafilatura runs with metadata on (its title and date) in its default
mode, and in its `fast` mode as a second baseline. It reports dates to the day, so dates are compared
to the day for every extractor; the archiver's date to the minute with its offset is shown beside.
Target: the archiver at least as fast as trafilatura's default, and more accurate.

    python -m bench.extraction_bench [--quick] [--n 2000]
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
import time
from pathlib import Path

from archiver.demo.families import FAMILIES
from archiver.demo.model import SampleArticle
from archiver.demo.site import build_site
from bench.common import (
    arguments,
    emit,
    note,
    num,
    pct,
    print_result,
    ratio,
    run_worker,
    section,
    table,
)
from bench.corpus import generate
from bench.extraction_quality import score, with_day

#: Extractor name → what the report calls it. The first is ours, the second the target's baseline.
EXTRACTORS = {"archiver": "archiver extract_article",
              "trafilatura": "trafilatura.extract (baseline)",
              "trafilatura-fast": "trafilatura.extract, fast=True"}


def save_pages(n: int, seed: int, folder: Path) -> dict[str, SampleArticle]:
    """Render `n` generated articles across the families into `folder` (one HTML file each and a
    manifest); returns the truth by URL."""
    articles = list(generate(n, seed=seed))
    truth: dict[str, SampleArticle] = {}
    with open(folder / "pages.jsonl", "w", encoding="utf-8") as manifest:
        for k, family in enumerate(FAMILIES):
            site = build_site(family, articles[k::len(FAMILIES)], f"https://{family}.bench.gov.vn")
            for url, article in site.articles.items():
                name = f"{len(truth):05d}.html"
                (folder / name).write_bytes(site.pages[site.path(url)].body)
                manifest.write(json.dumps({"url": url, "file": name, "family": family}) + "\n")
                truth[url] = article
    return truth


def extractor(name: str):  # noqa: ANN201 - a function (url, html) -> scored fields
    """The extraction function of one side, returning fields named as `extract_article`'s."""
    if name == "archiver":
        from archiver.extract.page import extract_article
        return lambda url, html: with_day(extract_article(url, html))
    import trafilatura

    fast = name == "trafilatura-fast"

    def run(url: str, html: str) -> dict:
        out = trafilatura.extract(html, url=url, with_metadata=True, output_format="json",
                                  fast=fast)
        doc = json.loads(out) if out else {}
        return {"title": doc.get("title"), "day": doc.get("date"), "body": doc.get("text"),
                "authors": [a.strip() for a in (doc.get("author") or "").split(";") if a.strip()]}
    return run


def work(name: str, folder: Path, out: Path) -> dict:
    """(worker) Extract every saved page with one extractor; the clock runs over extraction only."""
    extract = extractor(name)
    pages = [json.loads(line) for line in (folder / "pages.jsonl").read_text("utf-8").splitlines()]
    htmls = [(p["url"], (folder / p["file"]).read_bytes().decode("utf-8")) for p in pages]
    start, cpu = time.perf_counter(), time.process_time()
    results = [extract(url, html) for url, html in htmls]
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    with open(out, "w", encoding="utf-8") as f:
        for (url, _), fields in zip(htmls, results, strict=True):
            f.write(json.dumps({"url": url, **fields}, ensure_ascii=False) + "\n")
    return {"pages": len(htmls), "seconds": seconds, "cpu": cpu}


def with_lead(article: SampleArticle) -> SampleArticle:
    """The article with its lead as the first body paragraph: a reading of "body" that does not
    penalise an extractor for keeping the lead."""
    lead = [article.summary] if article.summary else []
    return dataclasses.replace(article, paragraphs=lead + article.paragraphs)


def report(n: int) -> str:
    rows, by_family, lead_f1, speed, per_cpu = [], {}, {}, {}, {}
    with tempfile.TemporaryDirectory(prefix="extraction-bench-") as tmp:
        folder = Path(tmp)
        note(f"extraction: rendering {n:,} articles across {len(FAMILIES)} families")
        truth = save_pages(n, seed=11, folder=folder)
        families = {json.loads(line)["url"]: json.loads(line)["family"]
                    for line in (folder / "pages.jsonl").read_text("utf-8").splitlines()}
        for name, label in EXTRACTORS.items():
            note(f"extraction: {label} …")
            out = folder / f"{name}.jsonl"
            result, measured = run_worker("bench.extraction_bench", "--worker", name,
                                          "--pages", str(folder), "--out", str(out))
            got = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
            overall = score((truth[f["url"]], f) for f in got)
            lead = score((with_lead(truth[f["url"]]), _lead_in_body(name, f)) for f in got)
            speed[name] = result["pages"] / result["seconds"]
            per_cpu[name] = result["pages"] / result["cpu"]
            lead_f1[name] = lead.f1
            for family in FAMILIES:
                by_family[family, name] = score((truth[f["url"]], f) for f in got
                                                if families[f["url"]] == family)
            rows.append((name, label, overall, result, measured))

    base = speed["trafilatura"]
    speed_rows = [[label, num(r["pages"]), num(r["seconds"]), num(speed[name]),
                   num(per_cpu[name]), num(m.peak_rss_mb), ratio(speed[name], base),
                   ratio(per_cpu[name], per_cpu["trafilatura"])]
                  for name, label, _, r, m in rows]
    quality_rows = [[label, pct(s.title), pct(s.day), pct(s.date), pct(s.authors),
                     f"{s.f1:.3f}", f"{s.f1_mean:.3f}", f"{s.f1_min:.3f}",
                     f"{lead_f1[name]:.3f}"]
                    for name, label, s, _, _ in rows]
    family_rows = [[f"{family} · {name}", num(s.pages), pct(s.title), pct(s.day), pct(s.authors),
                    f"{s.f1:.3f}", f"{s.f1_min:.3f}"]
                   for family in FAMILIES for name in ("archiver", "trafilatura")
                   for s in [by_family[family, name]]]
    ours, theirs = rows[0][2], rows[1][2]
    faster = speed["archiver"] >= base
    better = (ours.f1 > theirs.f1 and ours.title >= theirs.title and ours.day >= theirs.day)
    verdict = ("**Target met**" if faster and better else "**Target missed**") + (
        f": the archiver extracts {speed['archiver'] / base:.2f}× as many articles/s as "
        f"trafilatura ({per_cpu['archiver'] / per_cpu['trafilatura']:.2f}× per CPU second, "
        f"which other load on the machine disturbs less), with body F1 {ours.f1:.3f} against "
        f"{theirs.f1:.3f}, titles "
        f"{pct(ours.title)} against {pct(theirs.title)} and dates (day) {pct(ours.day)} against "
        f"{pct(theirs.day)} exact.")
    return section(
        "Extraction",
        f"{n:,} generated articles rendered across the five sample families ({n // len(FAMILIES):,} "
        "each) and saved; each extractor in a fresh process over all of them. The clocks (wall and "
        "the process's CPU time) cover the extraction loop only, the pages already decoded in "
        "memory; peak RSS is the whole process's, imports included.",
        table(["extractor", "pages", "s", "articles/s", "articles per CPU s", "peak RSS MiB",
               "articles/s vs trafilatura", "per CPU s vs trafilatura"], speed_rows),
        table(["extractor", "title exact", "date exact (day)", "date exact (minute, +07:00)",
               "authors exact", "body F1", "body F1 mean", "body F1 min", "F1, lead as body"],
              quality_rows),
        "Body F1 as in `bench.extraction_quality`. \"F1, lead as body\" scores against the lead "
        "and the body together (the archiver's summary prepended to its body), so an extractor "
        "that keeps the lead in its text is not counted wrong for it. Per family:",
        table(["family · extractor", "pages", "title exact", "date exact (day)", "authors exact",
               "body F1", "body F1 min"], family_rows),
        verdict)


def _lead_in_body(name: str, fields: dict) -> dict:
    if name != "archiver":
        return fields
    parts = [p for p in (fields.get("summary"), fields.get("body")) if p]
    return {**fields, "body": "\n\n".join(parts)}


def main() -> None:
    parser = arguments(__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, help="pages (default 2000; quick: 100)")
    parser.add_argument("--worker", choices=list(EXTRACTORS),
                        help="(worker) run one extractor over --pages")
    parser.add_argument("--pages", type=Path, help="(worker) folder of saved pages")
    parser.add_argument("--out", type=Path, help="(worker) where to write the extracted fields")
    args = parser.parse_args()
    if args.worker:
        print_result(work(args.worker, args.pages, args.out))
        return
    n = args.n or (100 if args.quick else 2000)
    emit(lambda: report(n))


if __name__ == "__main__":
    main()
