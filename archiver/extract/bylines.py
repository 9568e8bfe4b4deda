"""Author bylines and source lines at the end of a Vietnamese article.

A byline names who wrote the article: "Tin, ảnh: Minh Hà", "T/h: Thùy Dương" (tổng hợp, compiled
by), "Tác giả: …", "PV", or a bare name as the last line. A source line names where the text came
from: "Nguồn: …", "Nguồn tin: …", "Theo TTXVN". A photo credit ("Ảnh: …") is neither.

An agency after a name ("Lê Phương (TTXVN)", "Minh Hà/TTXVN") is dropped: it says who the writer
works for, not who the writer is, and the record's `authors` holds names (VnExpress's own expected
output for its byline "Lê Phương" is exactly that).
"""

from __future__ import annotations

import re
from itertools import chain

from lxml import etree
from parsel import Selector

from archiver.extract.boilerplate import is_boilerplate
from archiver.extract.dates import only_date_words, states_a_date, without_date_words
from archiver.extract.layout import element_text, subtree_lines
from archiver.extract.text import fold_diacritics, normalize_text

#: Labels that introduce the writer; "Ảnh:" alone credits a photo and is not among them. "Gửi
#: bởi:" is Mezzanine's and Drupal's Vietnamese for "Posted by:" / "Submitted by:". The text and
#: the photos credited together are written in either order and with any joiner ("Tin, ảnh",
#: "Tin/ảnh", "Bài và ảnh", "Ảnh và bài"); "Sưu tầm" (collected by) and "Biên soạn" (compiled by)
#: credit whoever put the text together, as "T/h" (tổng hợp) does; "CTV", "Cộng tác viên" and
#: "Thông tin viên" label a contributor or a commune's correspondent as "PV" labels a reporter;
#: "Người giới thiệu" (the presenter) signs a library's "Giới thiệu sách" column, the review of a
#: new book, whose writer introduces the book to readers. "Bút danh" (pen name) is the writer's
#: field of Vietnamese portal CMSes, beside or instead of "Tác giả": a writer signs with the name
#: they publish under, printed after that label like any other writer's name. "Tin bài" (news
#: text: the news item and its write-up, with or without a comma) labels its writer too, as
#: provincial agencies' CMSes print it under a story ("Tin bài: Minh Hà"). "Nội dung" (content)
#: credits the text in the credit block of long-form stories ("Nội dung: Minh Hà; Ảnh: Thu
#: Trang; Trình bày: Hoàng Anh"), beside the roles that did not write it (`_NON_WRITER_ROLES`).
#: "Người đưa tin" (who brings the news), "Người soạn" (who drafted it), "Người tạo" (who
#: created the post) and "Cán bộ đăng tin" (the officer posting it) are portal CMSes' names for
#: the writer's field, as "Người đăng" is.
_AUTHOR_LABELS = (
    r"t/h|tổng hợp|sưu tầm|biên soạn|tin|bài|bài viết|tin,?\s*bài|nội dung"
    r"|(?:tin|bài|bài viết|tin,?\s*bài)\s*(?:,|và|-|&|\+|/)\s*ảnh"
    r"|ảnh\s*(?:,|và|-|&|\+|/)\s*(?:tin|bài)"
    r"|tác giả(?: bài viết)?|bút danh|gửi bởi|người gửi|(?:posted|written) by"
    r"|nhóm tác giả|người viết(?: bài| tin)?|người đăng(?: tin| bài)?|người thực hiện|người giới thiệu"
    r"|người đưa tin|người soạn(?: tin| bài)?|người tạo|cán bộ đăng tin"
    r"|đăng bởi|viết bởi|thực hiện"
    r"|nhóm thực hiện|phóng viên|nhóm phóng viên|ctv|cộng tác viên|thông tin viên"
    r"|pv|nhóm pv|(?:post )?author|by")
_AUTHOR_LABEL_RE = re.compile(rf"^(?:{_AUTHOR_LABELS})\s*:\s*", re.IGNORECASE)
#: A writer's label after another fact of a meta or credit line, past a separator: "Cập nhật
#: 08:30 14/03/2019 - Tác giả: Minh Hà", "Lượt xem: 120 | Người viết: …", "Ảnh: Thu Trang; Bài:
#: Minh Hà" (the photos credited first): the line's writer is the one that label names.
_LABEL_INSIDE_RE = re.compile(rf"(?:\s[-–|•·]|[;,.])\s*(?=(?:{_AUTHOR_LABELS})\s*:)", re.IGNORECASE)
#: The most words of a meta line whose writer's label comes after other facts.
_MAX_META_LINE_WORDS = 20
#: "Phóng viên Minh Hà", "PV Minh Hà", "CTV Thu Trang": what the writer is, printed before the
#: name without a colon (a reporter, a contributor, a commune's correspondent).
_REPORTER_RE = re.compile(r"^(?:phóng viên|pv|ctv|ttv|cộng tác viên|thông tin viên)\s+(?=[^\W\d_])",
                          re.IGNORECASE)
#: A title printed before a writer's name: an armed force's or police rank ("Đại úy Lê Văn Bình",
#: "Thiếu tá …": the border guard's and the military command's portals sign so), an academic or
#: professional degree ("ThS.", "TS.", "PGS.TS", "BSCKII.", "Bác sĩ", "Luật sư", "Nhà báo") or
#: the party's "Đồng chí" ("Đ/c"). It says what the writer is, not who: the record's `authors`
#: holds names, as a role before the name ("PV Thu Hà") is dropped.
_TITLE_RE = re.compile(
    r"^(?:(?:(?:thiếu|trung|thượng|đại)\s+(?:úy|uý|tá|tướng)|chuẩn\s+(?:úy|uý)"
    r"|(?:hạ|trung|thượng)\s+sĩ|binh\s+(?:nhất|nhì)|(?:phó\s+)?đô\s+đốc"
    r"|thạc\s+s[ĩỹ]|tiến\s+s[ĩỹ]|(?:phó\s+)?giáo\s+sư|bác\s+s[ĩỹ]|dược\s+s[ĩỹ]|k[ỹĩ]\s+sư"
    r"|luật\s+sư|nhà\s+báo|nhà\s+giáo|nhà\s+văn|nhà\s+thơ|nghệ\s+nhân|đồng\s+chí|đ/c)\s+"
    r"|(?:(?:pgs|gs|tskh|ts|ths|bs|ck(?:ii|i|\s?[12])|ks|cn|ls|ds|nsnd|nsưt|ngưt)"
    r"(?:\.\s*|\s+|(?=\.?(?:pgs|gs|ts|ths|bs|ck))))+)(?=[^\W\d_])",
    re.IGNORECASE)
#: Stand-ins for a name that pages print as the whole byline.
_STAFF_BYLINES = {"pv": "PV", "nhóm pv": "Nhóm PV", "nhóm phóng viên": "Nhóm phóng viên"}
#: Roles a credit names besides the writer: the editor who checked the text (biên tập, BTV,
#: người duyệt, kiểm duyệt), whoever laid it out or drew its graphics (trình bày, đồ họa, thiết
#: kế, kỹ thuật) or filmed it, and whoever last updated the page: the credit block of Vietnamese
#: papers' long-form stories ("Nội dung: …; Ảnh: …; Trình bày: …") and the "Người viết: … -
#: Người duyệt: …" of portals whose CMS records who approved a post. None of them wrote it.
_NON_WRITER_ROLES = (r"biên tập(?:\s+viên)?|btv|người biên tập|(?:người\s+)?(?:kiểm\s+)?duyệt"
                     r"(?:\s+bài|\s+tin)?|trình bày|đồ họa|đồ hoạ|thiết kế|kỹ thuật|kĩ thuật"
                     r"|quay phim|dựng phim|(?:người\s+)?cập nhật")
#: A credit line of such a role alone: "Biên tập: Thu Trang", "Người duyệt: Hoàng Anh".
_NON_WRITER_CREDIT_RE = re.compile(rf"^(?:{_NON_WRITER_ROLES})\s*:", re.IGNORECASE)
#: A theme's "by …" meta line under a headline: "Đăng bởi Minh Hà", "bởi Minh Hà", "By Minh Hà";
#: Drupal's "Submitted by Minh Hà on …" (its node template's `submitted` line).
_BY_RE = re.compile(r"^(?:(?:được\s+)?(?:đăng|viết|gửi)\s+bởi|bởi|(?:posted|written|submitted)\s+by"
                    r"|by)\s+", re.IGNORECASE)
#: Where a meta line goes on after the name: "Đăng bởi Minh Hà | 22/09/2022", "… lúc 08:30",
#: "by Minh Hà — published 14/03/2019" (an em dash, which never joins two names).
#: phpBB's post line runs on after a "»" ("bởi Minh Hà » T.Hai 14/03/2019 8:30": its prosilver
#: template prints `{L_POST_BY_AUTHOR} <strong>{POST_AUTHOR_FULL}</strong> &raquo; {POST_DATE}`).
_META_TAIL_RE = re.compile(r"\s*[|•·—»]\s*|\s+(?:lúc|ngày|vào|on|at|in|trong)\s+|,?\s+\d",
                           re.IGNORECASE)
#: A byline's or source's label printed alone, its name in the next cell: "Tác giả:", "Nguồn tin:".
_LABEL_ONLY_RE = re.compile(_AUTHOR_LABEL_RE.pattern + r"$|^nguồn(?:\s+tin)?\s*:\s*$", re.IGNORECASE)
#: A writer's label printed alone, with or without its colon ("Tác giả", "Tác giả:") ...
_AUTHOR_LABEL_ONLY_RE = re.compile(_AUTHOR_LABEL_RE.pattern.replace(r"\s*:\s*", r"\s*:?\s*$"),
                                   re.IGNORECASE)
#: ... and the most name lines read after it (one writer per line).
_MAX_LABELLED_NAME_LINES = 4
#: Between the facts of a header meta line: "Tác giả: Minh Hà | Lượt xem: 120 • 14/03/2019".
_FACT_SEPARATOR_RE = re.compile(r"\s*[|•·]\s*")
#: Where a labelled byline goes on to credit the photos, name its source or credit another role
#: (`_NON_WRITER_ROLES`): "Tin: Minh Hà, ảnh: Thu Trang", "Tác giả: Minh Hà - Nguồn: Báo Hà Lâm"
#: (NukeViet's two fields typed on one line), "Người viết: Minh Hà; Người duyệt: Thu Trang".
#: The labels of the other facts a CMS prints on the byline's line: views, the date, the
#: section, the keywords.
_OTHER_FACT_LABELS = (r"(?:số\s+)?lượt\s+(?:xem|đọc|truy\s+cập)"
                      r"|ngày(?:\s+(?:đăng|cập\s+nhật|đăng\s+tải|xuất\s+bản|ban\s+hành))?"
                      r"|đăng\s+ngày|thời\s+gian(?:\s+đăng)?|xuất\s+bản|chuyên\s+mục|danh\s+mục"
                      r"|từ\s+khóa|từ\s+khoá")
#: ... and such a fact after the name, with or without a separator ("Tác giả: Minh Hà - Ngày
#: đăng: 14/03/2019", "Người viết: Minh Hà Lượt xem: 120"): a name never holds a colon, so the
#: writer's name ends there.
_PHOTO_PART_RE = re.compile(r"\s*[,;.\-–|]\s*(?:ảnh|video|clip|nguồn(?:\s+tin|\s+ảnh)?"
                            rf"|{_NON_WRITER_ROLES})\s*:"
                            rf"|(?:\s*[,;.\-–|•·]\s*|\s+)(?:{_OTHER_FACT_LABELS})\s*:", re.IGNORECASE)
#: "by" inside a meta line, after other words ("Published … By NAME", "Đăng … bởi NAME").
_BY_INSIDE_RE = re.compile(r"(?<![^\W\d_])(?:(?:đăng|viết|gửi)\s+bởi|bởi|(?:posted|written)\s+by|by)\s",
                           re.IGNORECASE)
#: "Hà Nội, 14/03/2019": words, a comma, then the date.
_DATELINE_RE = re.compile(r"^\s*([^\d,|]+?)\s*,\s*\d")
_SOURCE_LABEL_RE = re.compile(r"^nguồn(?:\s+tin)?\s*:\s*(?P<source>.+)$", re.IGNORECASE)
_THEO_RE = re.compile(r"^theo\s*(?::\s*|\s)(?P<source>.+)$", re.IGNORECASE)
_PHOTO_CREDIT_RE = re.compile(r"^(?:ảnh|nguồn ảnh|video|clip)\s*:", re.IGNORECASE)
_WRAPPED_RE = re.compile(r"^[(\[](?P<inner>[^()\[\]]*)[)\]]$")
_TRAILING_PARENS_RE = re.compile(r"\s*\([^()]*\)$")
_NAME_SEPARATOR_RE = re.compile(r"\s*(?:,|;|/|&|\s-\s|\s–\s|\svà\s)\s*")
#: One syllable of a name, or initials with dots: "Hà", "Ng.Hà", "N.T.H", "H.".
_NAME_TOKEN_RE = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")
#: An agency acronym after a name and a slash or dash: "Minh Hà/TTXVN".
_AGENCY_RE = re.compile(r"[A-ZĐ]{2,}")

#: A source that starts so is an organisation or an outlet, whatever its capitals ("Theo Báo Hà
#: Lâm", "Nguồn: Sở Y Tế", "Theo Tuổi Trẻ"): it names no writer.
_ORGANISATION_RE = re.compile(
    r"^(?:báo|tạp chí|đài|cổng|trang|website|kênh|sở|ban|phòng|văn phòng|trung tâm|bộ|cục"
    r"|tổng cục|chi cục|ubnd|hđnd|ủy ban|uỷ ban|hội|viện|công an|bộ chỉ huy|thông tấn|huyện|tỉnh"
    r"|xã|phường|thị trấn|thành phố|tp\.?|đảng|huyện ủy|tỉnh ủy|mặt trận|đoàn|liên đoàn|công ty"
    r"|bệnh viện|khoa|trường|cổng ttđt|ttxvn|vtv|vov|nhân dân|quân đội nhân dân|tuổi trẻ|thanh niên"
    r"|dân trí|lao động|tiền phong|pháp luật|người lao động|vietnamplus|vnexpress|chính phủ"
    # the armed forces' units: a border post, a station, a team, a battalion
    r"|đồn|trạm|đội|đơn vị|bộ đội|tiểu đoàn|trung đoàn|lữ đoàn|sư đoàn|bộ tư lệnh|bđbp)"
    r"(?![^\W_])", re.IGNORECASE)
#: The most words of the line naming the writers' unit under a byline ("Đồn Biên phòng Cửa khẩu
#: Tân Lập", "Phòng Văn hóa và Thông tin huyện Phú Lâm").
_MAX_UNIT_WORDS = 10
#: A byline or source is a short line; a longer paragraph is body, whatever it starts with.
_MAX_BYLINE_WORDS = 12
#: "Theo TTXVN" is a source, "Theo kế hoạch, tỉnh sẽ …" is a sentence.
_MAX_THEO_SOURCE_WORDS = 8


def _unwrap(line: str) -> str:
    """The line without surrounding brackets or a final period: "(Theo TTXVN)." → "Theo TTXVN".
    A dash at either end joins nothing: "— Minh Hà" is a dash-led signature, and "Bởi Minh Hà -"
    a meta line whose date the theme prints in the next box (WordPress's tagDiv Newspaper:
    `<div class="td-post-author-name">Bởi <a>Minh Hà</a><div class="td-author-line"> - </div>`)."""
    line = line.strip().rstrip(".").strip("—–- ").strip()
    while m := _WRAPPED_RE.match(line):
        line = m["inner"].strip()
    return line


def _is_name(text: str, bare: bool) -> bool:
    """1–5 capitalised syllables. Without a label (`bare`) a single word must be dotted initials
    ("N.T.H") and a longer one must not be all capitals ("UBND TỈNH" is an organisation)."""
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    if not all(_NAME_TOKEN_RE.fullmatch(w) and w[0].isupper() for w in words):
        return False
    if not bare:
        return True
    if len(words) == 1:
        return "." in words[0].rstrip(".")
    return not text.isupper()


def _is_abbreviated_unit(part: str) -> bool:
    """A part of a byline after the first that opens with an office's abbreviation in capitals
    ("TTYT huyện" for Trung tâm Y tế, "MTTQ xã", "TTVHTT huyện Phú Lâm", "BQL dự án"): the
    writers' unit, as portals print it after the names ("Trần Thị Hoa - TTYT huyện"). A name
    never opens with a word of capitals only (initials carry dots: "N.T.H")."""
    first = part.split()[0] if part.split() else ""
    return len(part.split()) > 1 and len(first) >= 2 and first.isalpha() and first.isupper()


#: "Minh Hà - T/h", "Minh Hà tổng hợp", "Thu Trang - sưu tầm": the writer says the text was
#: compiled (tổng hợp) or collected (sưu tầm) after the name, as "(T/h)" in brackets does
#: (shared/docs/portals.md: "T/h: Thùy Dương"); the mark names nobody.
_COMPILED_MARK_RE = re.compile(r"(?:\s*[-–,]\s*|\s+)(?:t/h|tổng hợp|sưu tầm)$|\s*[-–,]\s*(?:st|th)$",
                               re.IGNORECASE)


def _office_goes_on(part: str, bare: bool) -> bool:
    """After the writer's office or unit, a part that is no name goes on naming it: "Trưởng
    phòng Văn hóa - Thông tin" is split at its dash like two writers are."""
    return not _is_name(part, bare) and part.casefold() not in _STAFF_BYLINES


def _without_role(part: str) -> str:
    """A part of a byline without the role printed before the name ("PV Minh Hà", "CTV Thu
    Trang": `_REPORTER_RE`) or the title (`_TITLE_RE`: "Đại úy Lê Văn Bình", "ThS. Nguyễn Văn
    An"), where a name follows it."""
    part = part[m.end():] if (m := _REPORTER_RE.match(part)) else part
    return part[m.end():] if (m := _TITLE_RE.match(part)) else part


def _names(text: str, bare: bool) -> list[str] | None:
    """Split "Minh Hà - Thu Trang" into names; None unless every part is name-like."""
    text = _COMPILED_MARK_RE.sub("", text)
    if title := _TITLE_RE.match(text):  # "Đ/c Nguyễn Văn An": the title's slash joins no names
        text = text[title.end():]
    parts = [_without_role(p) for p in _NAME_SEPARATOR_RE.split(text) if p]
    # "Minh Hà/TTXVN", "Minh Hà - Trung tâm VH-TT huyện": the employer after the name is dropped
    kept, employer = parts[:1], False
    for p in parts[1:]:
        if _AGENCY_RE.fullmatch(p) or _ORGANISATION_RE.match(p) or _is_role(p) \
                or _is_abbreviated_unit(p):
            employer = True
        elif not (employer and _office_goes_on(p, bare)):
            kept.append(p)
    parts = kept
    if parts and all(_is_name(p, bare) or p.casefold() in _STAFF_BYLINES for p in parts):
        return [_STAFF_BYLINES.get(p.casefold(), _in_name_case(p)) for p in parts]
    return None


def _in_name_case(name: str) -> str:
    """A name typed in capitals as its syllables are written: "MINH HÀ" → "Minh Hà". Papers
    and portals set a byline in capitals as typography ("TIN, ẢNH: MINH HÀ", the way a printed
    page sets it), but the writer's name is the same one they sign in running text, each
    syllable capitalised. Initials ("N.T.H") and a single word ("TTXVN") are left as printed."""
    if not name.isupper() or " " not in name or "." in name:
        return name
    return " ".join(w[:1] + w[1:].lower() for w in name.split())


#: The roles a portal prints after its writers' names: cộng tác viên (contributor), phóng viên
#: (reporter), biên tập viên (editor), thông tin viên (a commune's correspondent), spelled out
#: or abbreviated, alone or with the unit they write for ("CTV huyện Phú Lâm"); and the office
#: a writer holds, where an official signs an article ("Nguyễn Văn An - Phó Chủ tịch UBND xã",
#: "Trần Thị Hoa, Trưởng phòng Văn hóa - Thông tin").
_ROLE_RE = re.compile(r"^(?:ctv|pv|btv|ttv|cộng tác viên|phóng viên|biên tập viên|thông tin viên"
                      r"|(?:phó\s+)?(?:chủ tịch|bí thư|giám đốc|tổng giám đốc|trưởng|chánh"
                      r"|hiệu trưởng|chỉ huy trưởng|chính trị viên|đồn trưởng|tổng biên tập)"
                      r"|chuyên viên|cán bộ|công chức|viên chức|giáo viên|bác sĩ|bác sỹ"
                      r"|thẩm phán|kiểm sát viên|thư ký|tư vấn viên)"
                      r"(?![^\W_])", re.IGNORECASE)


def _is_role(part: str) -> bool:
    """A part of a byline after the first that says what the writers are, not who: "Minh Hà -
    CTV", "PV - CTV" (the staff and contributors), "Thu Trang, cộng tác viên" — how portals
    credit contributors (cộng tác viên) beside their own reporters (shared/docs/portals.md:
    "PV", "Nhóm PV") —, or the office the writer holds ("Nguyễn Văn An - Phó Chủ tịch UBND
    xã"). The names before it are the writers; a role names nobody."""
    return bool(_ROLE_RE.match(part))


#: The one-word writer's label that names nothing else when printed alone without its colon
#: (a licence box's "Author" cell, its name in the next); "Tin", "Bài", "PV", "By" alone do.
_SELF_EVIDENT_LABELS = {"author"}


def _is_label_alone(label: str) -> bool:
    """`label` is a writer's label printed alone (`names_after_label`). The staff's bylines
    ("PV", "Nhóm PV", "Nhóm phóng viên") without a colon are no label: printed alone they sign
    the article themselves, as the value of a writer's field ("Bút danh" over "PV") does."""
    label = label.strip()
    return bool(_AUTHOR_LABEL_ONLY_RE.match(label)) and label.casefold() not in _STAFF_BYLINES \
        and (label.endswith(":") or " " in label or label.casefold() in _SELF_EVIDENT_LABELS)


def label_and_value(label: str, value: str) -> list[str] | None:
    """The writers a label cell and the value cell after it name, read as one labelled byline
    ("Author" | "Ban Biên tập" as "Author: Ban Biên tập"): a box of facts printed as label and
    value cells (a licence box) keeps a desk's name whole, as a labelled line does. None when
    `label` is no writer's label printed alone."""
    return parse_byline(f"{label.strip().rstrip(':').strip()}: {value}") \
        if _is_label_alone(label) else None


def names_after_label(label: str, lines: list[str]) -> list[str] | None:
    """The names a writer's label printed alone announces, one per following line: a CMS field
    of several values ("Tác giả" — its colon added by CSS —, then "Minh Hà", "Thu Trang").
    None when `label` is not a writer's label or no name follows it. Without its colon a label
    must have two words, or be `_SELF_EVIDENT_LABELS`: "Tin", "Bài", "PV" alone are a
    section's name or a byline."""
    if not _is_label_alone(label):
        return None
    names: list[str] = []
    for line in lines[:_MAX_LABELLED_NAME_LINES]:
        found = None if _is_label_alone(line) else _names(_unwrap(line), True)
        if not found:
            break
        names += found
    return names or None


#: The accounts a CMS makes for whoever runs the site, as a "posted by" line prints them:
#: Blogger's and WordPress's default "admin", "Administrator", Joomla's "Super User", Moodle's
#: "Admin User" (the first and last name its installer gives the admin account), "webmaster",
#: and their Vietnamese translations ("Quản trị", "Quản trị viên").
_ACCOUNT_NAMES = {"admin", "administrator", "super user", "admin user", "webmaster", "quản trị",
                  "quản trị viên", "quản trị hệ thống"}


def as_login(name: str) -> str:
    """`name` spelt as a user name: without marks or spaces, in lower case ("Quản trị" →
    "quantri"). A login holds no accents: WordPress's `sanitize_user` strips them
    (`remove_accents`) and its strict mode keeps only ASCII letters, digits and `_.-@`; Django's
    and Joomla's user names are typed so too."""
    return "".join(fold_diacritics(name).split()).casefold()


#: The administrator accounts as their user names are spelt (`as_login`): "quantri", "superuser".
_ACCOUNT_LOGINS = frozenset(as_login(n) for n in _ACCOUNT_NAMES)


def names_the_site(name: str, site_names: list[str]) -> bool:
    """Whether `name` is a user name spelling the site's own name, or its first words
    (`as_login`: "thuvien" on "Thư viện tỉnh Hà Lâm"): an institution posting under an account
    named for itself, as WordPress prints a login as the display name until one is set. The
    site speaks of itself, as the publisher written as the author does
    (`structured.publisher_names`): it names no writer."""
    if " " in name.strip() or not name.strip():
        return False
    login = name.strip().casefold()
    for site in site_names:
        words = [as_login(w) for w in site.split()]
        if any(login == "".join(words[:k]) for k in range(2, len(words) + 1)):
            return True
    return False


def is_account_name(name: str) -> bool:
    """Whether `name` is a site's administrator account, not a person: "Đăng bởi Admin" says
    which account pressed "publish" (Blogger's post footer prints it on every post, the writers
    signing the text themselves; Mezzanine's "Gửi bởi: admin" names the superuser a post was
    saved under), never who wrote the article. The record's `authors` leaves such an account
    out (docs/record.md): it names a role in the software, the same on every site that kept the
    default, and a researcher counting writers would count it as one. The account may be
    printed by its user name, which spells the role without accents or spaces (`as_login`):
    WordPress prints a user's login as the display name until one is set, so a Vietnamese
    site's "Quản trị" account posts as "quantri"."""
    return " ".join(name.split()).casefold() in _ACCOUNT_NAMES \
        or " " not in name.strip() and name.strip().casefold() in _ACCOUNT_LOGINS


def parse_byline(line: str, closing: bool = False) -> list[str] | None:
    """The author names if `line` is a byline, else None; [] for a byline naming only an
    administrator account (`is_account_name`: "Đăng bởi Admin"), a credit naming no writer.

    `closing=True` says the line is the last of the article: only then can a bare name
    ("Hoàng Anh": 2–5 capitalised syllables) be a byline. After a label, a text that is not a
    list of names ("Tác giả: Phòng Văn hóa - Thông tin") is kept whole as one author.
    """
    names = _byline_names(line, closing)
    return names if names is None else [n for n in names if not is_account_name(n)]


def _byline_names(line: str, closing: bool) -> list[str] | None:
    """`parse_byline` before administrator accounts are dropped."""
    text = _unwrap(line)
    if not _AUTHOR_LABEL_RE.match(text) and len(text.split()) <= _MAX_META_LINE_WORDS \
            and (inside := _LABEL_INSIDE_RE.search(text)) \
            and (names := _byline_names(text[inside.end():], closing)) is not None:
        return names  # "Lượt xem: 120 - Tác giả: Minh Hà", "Ảnh: Thu Trang; Bài: Minh Hà"
    if by := _BY_RE.match(text):  # "by Minh Hà, Thu Trang | 25/01/2022 | Kinh tế": the names
        rest = _META_TAIL_RE.split(_before_dated_tail(text[by.end():]), maxsplit=1)[0].strip()
        if names := _names(rest, bare=False):
            return names
        # "Bởi Ban Biên tập": a desk, kept whole like a labelled one; "bởi admin", the account
        return [rest] if rest[:1].isupper() and len(rest.split()) <= 6 \
            or is_account_name(rest) else None
    if len(facts := _FACT_SEPARATOR_RE.split(text)) > 1 or (
            closing and states_a_date(text) and not _AUTHOR_LABEL_RE.match(text)):
        # "Tác giả: Minh Hà | Lượt xem: 1.805": a meta line of facts, the labelled one read alone;
        # where a bare name may be a byline, "14/03/2019 08:30 | Minh Hà" names one beside a date
        labelled = next((names for fact in facts if (_AUTHOR_LABEL_RE.match(fact)
                         or fact.casefold() in _STAFF_BYLINES) and (names := parse_byline(fact))),
                        None)
        if not labelled and closing and all(_names(f, bare=True) for f in facts):
            # "Minh Hà | Thu Trang": a closing line of names, the bar between them
            return [n for f in facts for n in _names(f, bare=True) or []]
        if labelled or not closing or not any(states_a_date(f) for f in facts):
            return labelled
        return next((names for fact in facts if (names := _names_beside_date(fact))), None)
    if not text or len(text.split()) > _MAX_BYLINE_WORDS or _PHOTO_CREDIT_RE.match(text):
        return None
    text = _TRAILING_PARENS_RE.sub("", text)
    if staff := _STAFF_BYLINES.get(text.casefold()):
        return [staff]
    if label := _AUTHOR_LABEL_RE.match(text):
        rest = _PHOTO_PART_RE.split(text[label.end():], maxsplit=1)[0].strip()
        if states_a_date(rest):  # "Tác giả: Minh Hà - 14/03/2019"
            rest = " ".join(without_date_words(rest).split()).strip(" -–—,()")
        if staff := _STAFF_BYLINES.get(rest.casefold()):
            return [staff]
        if names := _names(rest, bare=False):
            return names
        # "Tác giả: Ban Biên tập": a desk, kept whole; "Gửi bởi: admin", the account
        return [rest] if rest[:1].isupper() and not rest.endswith(("!", "?", ":")) \
            or is_account_name(rest) else None
    if _REPORTER_RE.match(text):
        return _names(text, bare=False)
    if closing and parse_source_line(text) is None:
        return _names(text, bare=True)
    return None


#: A dash between a "by" line's name and what follows it.
_DASH_RE = re.compile(r"\s[-–]\s")


def _before_dated_tail(text: str) -> str:
    """A "by" line's text before a dash that leads to its date: Moodle's forum and site news
    print "bởi Minh Hà - Thứ Hai, 14 tháng 3 2019, 8:30 AM" (its language string `bynameondate`,
    "by {$a->name} - {$a->date}"), the weekday capitalised like a name. The dash leads to the
    date when what follows it states one and opens with it: a digit, a weekday ("Thứ Hai",
    "Monday", "T2": one word before the comma). A dash between two names is kept."""
    for dash in _DASH_RE.finditer(text):
        after = text[dash.end():]
        opening = after.split(",", 1)[0].strip()
        if states_a_date(after) and (opening[:1].isdigit() or only_date_words(opening)
                                     or len(opening.split()) == 1):
            return text[:dash.start()]
    return text


def _names_beside_date(fact: str) -> list[str] | None:
    """The bare names of a meta line's fact once its date, time and weekday are taken out:
    "14/03/2019 08:30 - Minh Hà - Thu Trang" names two writers; "Lượt xem: 842" none."""
    if (dateline := _DATELINE_RE.match(fact)) and not only_date_words(dateline[1]):
        return None  # "Hà Nội, 14/03/2019": a place the news is from
    rest = without_date_words(fact).strip(" -–—,()")
    if not rest or _PHOTO_CREDIT_RE.match(rest) or parse_source_line(rest) is not None:
        return None
    if by := _BY_INSIDE_RE.search(rest):  # "Published 10/12/2025 08:30 By Mai Hữu Thảo"
        return parse_byline(rest[by.start():])
    if staff := _STAFF_BYLINES.get(rest.casefold()):
        return [staff]
    return _names(" ".join(rest.split()), bare=True)


def parse_source_line(line: str) -> str | None:
    """The source named by "Nguồn: …", "Nguồn tin: …" or "Theo …", else None.

    "Theo" also starts ordinary sentences ("Theo kế hoạch, …"), so after "Theo" the source must be
    short, capitalised and free of commas, unless the commas join names ("Theo Minh Hà, Thu
    Trang": a source of two writers; "Theo kế hoạch, …" names nobody).
    """
    text = _unwrap(line)
    if m := _SOURCE_LABEL_RE.match(text):
        return m["source"].strip()
    if m := _THEO_RE.match(text):
        source = m["source"].strip()
        if source[0].isupper() and len(source.split()) <= _MAX_THEO_SOURCE_WORDS and (
                "," not in source or all(_is_name(p.strip(), True) for p in source.split(","))):
            return source
    return None


def source_writer(line: str) -> list[str] | None:
    """The writers a source line names when its source is people, not an outlet: "Theo Minh
    Hà", "Nguồn: Thu Trang - Hoàng Anh" (a commune portal credits its own writer so); "Theo
    TTXVN", "Nguồn: Sở Y tế", "Theo Dân Trí" name no writer. For a page with no other byline."""
    source = parse_source_line(line)
    if source is None or _ORGANISATION_RE.match(source):
        return None
    if staff := _STAFF_BYLINES.get(source.casefold()):
        return [staff]
    return _names(_TRAILING_PARENS_RE.sub("", source), bare=True)


def _closing_credit(paragraph: str) -> list[str] | None:
    """The authors a short closing line names (none for a source or photo credit); None for body."""
    if len(paragraph.split()) > _MAX_BYLINE_WORDS:
        return None
    names = parse_byline(paragraph, closing=True)
    if names is not None:
        return names
    if parse_source_line(paragraph) is not None or credits_no_writer(paragraph) \
            or _LABEL_ONLY_RE.match(paragraph.strip()):
        return []
    return None


def credits_no_writer(line: str) -> bool:
    """A credit line naming nobody who wrote the text: the photos' ("Ảnh: Thu Trang") or another
    role's (`_NON_WRITER_ROLES`: "Biên tập: Hoàng Anh", "Người duyệt: …"). Printed among the
    closing credits, it is neither body nor byline, and a writer's line may come after it."""
    text = _unwrap(line)
    return bool(_PHOTO_CREDIT_RE.match(text) or _NON_WRITER_CREDIT_RE.match(text))


def _is_writers_unit(line: str) -> bool:
    """A short line naming an office, agency or unit ("Đồn Biên phòng Yên Sơn", "(Ban Tuyên
    giáo Huyện ủy)", "Phòng Chính trị BĐBP tỉnh"): printed on the line under a byline ("Bài và
    ảnh: Minh Hà, Thu Trang"), it says whom the writers work for, as an agency after a name does
    ("Lê Phương (TTXVN)"); it names nobody."""
    text = _unwrap(line)
    return len(text.split()) <= _MAX_UNIT_WORDS and text[:1].isupper() \
        and not text.endswith(("!", "?", ":")) and bool(_ORGANISATION_RE.match(text))


def _unit_under_byline(body: list[str]) -> bool:
    """The last paragraph names the writers' unit (`_is_writers_unit`) and the one above it is a
    byline with names: Vietnamese portals sign an article so, the names on one line and the
    unit, post or agency they write for on the next."""
    return len(body) > 1 and _is_writers_unit(body[-1]) and bool(_closing_credit(body[-2]))


#: A line of an official document's signature block: "KT. CHỦ TỊCH" (ký thay, signed for),
#: "TM. ỦY BAN NHÂN DÂN" (thay mặt, on behalf of), "TL.", "TUQ.", "Q." (the acting holder), and
#: "(Đã ký)" (signed), as Decree 30/2020/NĐ-CP sets the block out (Appendix I, "Thể thức").
_SIGNING_RE = re.compile(r"^(?:(?:kt|tm|tl|tuq|q)\.\s*[^\W\d_]|[(\[]?\s*đã\s+ký"
                         r"|[(\[]?\s*ký(?:\s*,)?\s+(?:tên|đóng\s+dấu|ghi\s+rõ))", re.IGNORECASE)
#: The most words of a signatory's office in capitals ("PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN").
_MAX_OFFICE_WORDS = 10


def signs_a_document(paragraph: str) -> bool:
    """Whether a line of `paragraph` belongs to an official document's signature block: the
    authority line ("KT. CHỦ TỊCH", "TM. UBND XÃ"), "(Đã ký)", or the signatory's office in
    capitals ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC"). The name under that block is the official who signed
    the document a portal publishes (a decision, a notice, a plan), not a writer: the record's
    `authors` names who wrote an article, and a document has none."""
    for line in paragraph.splitlines() or [paragraph]:
        text = line.strip()
        if _SIGNING_RE.match(text) or text.isupper() and bool(_ROLE_RE.match(text)) \
                and len(text.split()) <= _MAX_OFFICE_WORDS:
            return True
    return False


def split_trailing_byline(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Remove closing byline, source and photo-credit lines; return (body paragraphs, authors).

    Looks at no more than the last three paragraphs and stops at the first that is none of these,
    so a real paragraph (a sentence of more than a dozen words) is never removed. The writers'
    unit on the line under their names goes with the byline.
    """
    body = list(paragraphs)
    authors: list[str] = []
    writers: list[str] = []  # named by a source line: the authors only when no byline names any
    while body and len(paragraphs) - len(body) < 3:
        names = _closing_credit(body[-1])
        if names is None and not authors and _unit_under_byline(body):
            body.pop()
            continue
        if names is None or names and len(body) > 1 and signs_a_document(body[-2]) \
                and not _AUTHOR_LABEL_RE.match(_unwrap(body[-1])):
            break  # the official signing a document is no writer (`signs_a_document`)
        writers = source_writer(body.pop()) or writers
        authors = [n for n in names if n not in authors] + authors
    return body, authors or writers


#: An author archive's address: `/author/<slug>/` (WordPress's pretty permalinks, Ghost, Puput and
#: other Django blogs), `/authors/<slug>`, Vietnamese themes' `/tac-gia/<slug>`, and WordPress's
#: plain `?author=<id>`; and the writer's profile a CMS links its author field to: Drupal's
#: `/user/<uid>` (the node's "Submitted by" links the account's page) and Moodle's
#: `/user/view.php?id=<id>` (a forum or site-news post's "by" line links the poster's profile).
_AUTHOR_ARCHIVE_RE = re.compile(r"/(?:author|authors|tac-gia)/[^/?#]+|[?&]author=\d+"
                                r"|/user/(?:\d+|view\.php\?(?:[^#]*&)?id=\d+)(?![\w/])",
                                re.IGNORECASE)
#: The most words a link to an author archive holds when its text is the author's name.
_MAX_ARCHIVE_NAME_WORDS = 5


def links_an_author_archive(href: str) -> bool:
    """Whether `href` leads to a writer's archive, the list of everything they posted: the
    address WordPress, Ghost and Django blogs (Puput) give every author's page."""
    return bool(_AUTHOR_ARCHIVE_RE.search(href))


def archive_link_author(text: str) -> str | None:
    """The writer a link to their author archive names, as printed: a blog's byline shows the
    account's display name, which may be a user name ("nguyenducphong", "pv": Puput and
    Mezzanine print the user name of a user with no full name, WordPress the display name its
    user chose). What the site publishes is the name, so it is kept verbatim (no capitals
    required, no "pv" → "PV"); only a "by" before it is dropped. None for a text that names
    nobody (empty, a number, a sentence) and for an administrator account (`is_account_name`:
    Mezzanine's superuser `admin`, whose archive holds what the site's editor posted)."""
    text = _unwrap(text)
    if by := _BY_RE.match(text):
        text = text[by.end():].strip()
    if not any(c.isalpha() for c in text) or len(text.split()) > _MAX_ARCHIVE_NAME_WORDS \
            or is_account_name(text):
        return None
    return text


#: Icon-font glyph names that picture a person: Font Awesome's `fa-user` (`fa-user-pen`,
#: `fa-circle-user`), Bootstrap Icons' `bi-person-fill`, IcoFont's `icofont-user-alt-3`, Joomla's
#: `icon-user`, Glyphicons' `glyphicon-user`, and themes' own `icon-author`.
_PERSON_GLYPH_WORDS = frozenset({"user", "person", "author"})


def _is_person_glyph(el: etree._Element) -> bool:
    """An empty inline element whose class names a person icon (`_PERSON_GLYPH_WORDS` among the
    hyphenated parts of one of its class words): an icon font's glyph."""
    if el.tag not in ("i", "span", "em") or len(el) or (el.text or "").strip():
        return False
    return any(_PERSON_GLYPH_WORDS & set(word.casefold().split("-"))
               for word in (el.get("class") or "").split())


def _opens_with_person_icon(box: etree._Element) -> bool:
    """The box's first thing is a person glyph (`<li><i class="fa fa-user"></i> Minh Hà</li>`),
    or the glyph sits right before it (`<i class="bi bi-person"></i><span>Minh Hà</span>`)."""
    first = next((c for c in box if isinstance(c.tag, str)), None)
    if not (box.text or "").strip() and first is not None and _is_person_glyph(first):
        return True
    before = box.getprevious()
    return before is not None and _is_person_glyph(before) and not (before.tail or "").strip()


def person_icon_byline(el: etree._Element) -> list[str] | None:
    """The writers a meta line's box labelled by a person icon names: the icon stands for the
    label "Tác giả:" (a post's meta row of icon-labelled facts — a calendar for the date, a clock
    for the time, a person for the writer, an eye for the views — as Bootstrap, Font Awesome and
    IcoFont themes print it: Joomla 4's Cassiopeia `icon-user`, Puput's and ABlog's `fa-user`, a
    bought medical theme's `icofont-user-alt-3`). The box is `el` or one of its children (the
    row's facts side by side); its text read as a byline, else as the name after that label.
    None when no box opens with a person icon or its text names nobody."""
    for box in chain([el], (c for c in el if isinstance(c.tag, str))):
        if _opens_with_person_icon(box):
            text = " ".join(element_text(box).split())
            names = parse_byline(text)
            return names if names is not None else parse_byline(f"Tác giả: {text}")
    return None


def accessible_author_label(words: tuple[str, ...] = ("author", "tác giả", "người viết", "作者",
                                                      "autor", "auteur")) -> str:
    """An XPath for the elements whose accessible name or tooltip says "author": WAI-ARIA's
    `aria-label` and HTML's `title` tell a screen reader or the mouse what a box is where the
    theme prints no visible label, only an icon, in the post's info row of icon-marked facts
    (VitePress's Teek: `<span aria-label="作者"><svg/><a title="作者">Minh Hà</a></span>`, beside
    `aria-label="创建时间"` for the date; themes that ship Chinese and English labels write
    "作者" or "Author", Vietnamese ones "Tác giả"). The element's text is then the byline, as
    under a class that says "author". `words` are "author" in the languages themes ship; the
    comparison ignores case (an English theme's "Author")."""
    attrs = ("@aria-label", "@title")
    lower = "".join(sorted({ch for w in words for ch in w if ch.upper() != ch}))
    upper = lower.upper()
    tests = " or ".join(f"normalize-space(translate({a}, '{upper}', '{lower}'))='{w}'"
                        for a in attrs for w in words)
    return f"//*[@aria-label or @title][{tests}]"


#: Elements labelled "author" for assistive technology or as a tooltip (`accessible_author_label`).
ACCESSIBLE_AUTHOR = accessible_author_label()


#: An element marked as the author holding this many words at most is the author's name.
MARKED_AUTHOR_WORDS = 6


def split_names(values: list[str], *, whole: bool = True) -> list[str]:
    """Every writer the values name, without repeats: one value may hold several ("Minh Hà, Thu
    Trang"); a value that is no list of names ("Ban Biên tập") is kept `whole`, or dropped."""
    names: list[str] = []
    for value in values:
        value = normalize_text(value)
        found = parse_byline(value, closing=True) or ([value] if whole and value else [])
        names += [n for n in found if n not in names]
    return names


#: The part of a byline element marked as the writer's name: microformats' hCard `fn`,
#: schema.org's `itemprop="name"`, a theme's `name` class word.
NAME_PART = ("descendant::*[@itemprop='name' or contains(concat(' ', normalize-space(@class), ' '),"
             " ' name ') or contains(concat(' ', normalize-space(@class), ' '), ' fn ')]")


def marked_name(el: etree._Element) -> list[str]:
    """The writers named by the parts of a byline element marked as the name (`NAME_PART`),
    where the element's whole text is no byline: the element also prints a badge, a level or a
    role beside the name (Hexo's Keep and Redefine themes: `<div class="author"><span
    class="name">Minh Hà</span><span class="author-badge">Lv4</span></div>`; an hCard's `fn`
    beside its title). Administrator accounts are no writers (`is_account_name`)."""
    texts = [t for part in el.xpath(NAME_PART) if (t := normalize_text(element_text(part)))]
    return [n for n in split_names(texts) if not is_account_name(n)]


def byline_in(found: Selector) -> list[str]:
    """Author names in a byline element: its whole text, or one of its lines ("Đã đăng
    14/03/2019 Bởi Minh Hà" prints the date and the byline in one box). An author link is read
    with the line around it, which may name more writers ("by Minh Hà, Thu Trang | …"); an
    element of several links, each a name, names those writers."""
    if isinstance(found.root, str):
        lines = [normalize_text(found.root)]
    else:
        lines = [normalize_text(element_text(found.root)), *(line for line, _el in subtree_lines(found.root))]
        parent = found.root.getparent()
        if found.root.tag == "a" and parent is not None:
            around = parse_byline(normalize_text(element_text(parent))) or []
            if lines[0] in around:
                return around
        links = [normalize_text(element_text(a)) for a in found.root.iter("a")]
        if len(links) > 1 and all(parse_byline(t, closing=True) == [t] for t in links):
            return links  # "By <a>Minh Hà</a> <a>Thu Trang</a>": one writer a link
    for line in lines:
        names = (parse_byline(line) or parse_byline(line, closing=True)) if line else None
        if names is not None:
            return names  # [] for a byline naming only the account that posted ("Đăng bởi Admin")
    if not isinstance(found.root, str) and (names := marked_name(found.root)):
        return names
    # the markup says "author": a desk or a unit ("Ban Biên tập") is kept whole, as after a label;
    # a source line ("Theo Minh Hà") is a credit, left to the rules for pages with no byline
    whole = lines[0]
    if whole[:1].isupper() and len(whole.split()) <= MARKED_AUTHOR_WORDS and not any(
            ch.isdigit() for ch in whole) and not is_boilerplate(whole) \
            and parse_source_line(whole) is None and not is_account_name(whole):
        return [whole]
    return []
