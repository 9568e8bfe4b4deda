"""Publish dates as Vietnamese pages print them, parsed day-first in +07:00.

Known forms are read by explicit patterns (portals.md, vietnamese-text.md); `dateutil` is only a
last resort, because with `dayfirst=True` it reads ISO `2022-06-05` as 6 May, it reads `GMT+7` as
UTC−07:00, and it fills a missing year or day from today. A date without a year ("Chiều ngày 22/6")
is never a publish date and yields None.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import unquote, urlsplit

from dateutil import parser as dateutil_parser

from archiver.record import VN_TZ

#: Asia/Ho_Chi_Minh has had no daylight saving since 1975: a fixed offset is exact.
#: Older than any government news portal: an earlier "date" is a misread.
EARLIEST = datetime(1990, 1, 1, tzinfo=VN_TZ)
#: A two-digit year at or above this is in the 1900s ("98"), below it in the 2000s ("19").
TWO_DIGIT_PIVOT = EARLIEST.year % 100

_DAY_FIRST = r"(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
_YEAR_FIRST = r"(?P<y2>\d{4})(?P<sep2>[/.])(?P<m2>\d{1,2})(?P=sep2)(?P<d2>\d{1,2})"
#: Months as WordPress's Vietnamese translation names them (vi.mo: January "Tháng Một" …
#: December "Tháng Mười Hai"; "Tháng Tư", not "Tháng Bốn"), the words after "tháng", longest
#: first; "giêng" and "chạp" are the lunar names some pages print for the first and last month.
MONTH_NAMES = {"mười hai": 12, "mười một": 11, "mười": 10, "một": 1, "giêng": 1, "hai": 2,
               "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
               "chạp": 12}
_MONTH_NAME = "|".join(name.replace(" ", r"\s+") for name in MONTH_NAMES)
#: ... and after the day, where "năm" ("year") may also open the year: May only before a comma
#: ("14 Tháng Năm, 2019"); "ngày 14 tháng năm 2019" has lost its month.
_MONTH_NAME_AFTER_DAY = _MONTH_NAME.replace("năm", "năm(?=,)")
#: "tháng" or CLDR's Vietnamese abbreviation "thg" (the medium date "14 thg 3, 2019" that ICU,
#: a browser's `Intl.DateTimeFormat("vi")` and Babel write).
_MONTH_WORD = r"(?:tháng|thg)"
#: "ngày 21 tháng 09 năm 2025", Joomla's Vietnamese "14 Tháng 3 2019" (no "năm"), WordPress's
#: "j F, Y" in Vietnamese, "14 Tháng Ba, 2019", and CLDR's "14 thg 3, 2019".
#: The month word abbreviated to "Th" before its number, with or without a space or a dot: "14
#: Th3 2019", "14 Th03, 2019", "14 Th.3 2019", the short month of date badges and of Vietnamese
#: locales' "MMM" (`date-fns` `vi`: "Th3"); only before a number, so no word is read as one.
_MONTH_ABBR = r"th\.?\s*(?=\d)"
_WORDS = (rf"(?:ngày\s+)?(?P<d3>\d{{1,2}})\s+(?:{_MONTH_WORD}\s+|{_MONTH_ABBR})"
          rf"(?P<m3>\d{{1,2}}|{_MONTH_NAME_AFTER_DAY}),?\s+(?:năm\s+)?(?P<y3>\d{{4}})")
#: WordPress's "F j, Y" with Vietnamese month names, as themes that hard-code the format print
#: it: "Tháng Ba 14, 2019"; translations that name the month by its number print "Tháng 3 14,
#: 2019" (vi.mo's older "F" was "tháng 3"). The comma after the day is required: it is what
#: makes the first number the month.
_MONTH_FIRST = (rf"tháng\s+(?P<m5>\d{{1,2}}|{_MONTH_NAME})\s+(?P<d5>\d{{1,2}}),\s*"
                r"(?P<y5>\d{4})")
#: English month names and their three-letter abbreviations ("Sept" too): a portal installed with
#: WordPress's default locale prints its default `date_format` "F j, Y" ("March 14, 2019", the
#: first choice of Settings → General) or "M j, Y"; en_GB and Drupal's "j F Y" print "14 March
#: 2019". The day stays first wherever it is printed first; the month named is never a guess.
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")
_ENGLISH_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
                  r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_ORDINAL = r"(?:st|nd|rd|th)?"
_ENGLISH_MONTH_FIRST = (rf"(?<![^\W\d_])(?P<m6>{_ENGLISH_MONTH})\s+(?P<d6>\d{{1,2}}){_ORDINAL},?\s+"
                        r"(?P<y6>\d{4})")
_ENGLISH_DAY_FIRST = (rf"(?P<d7>\d{{1,2}}){_ORDINAL}\s+(?P<m7>{_ENGLISH_MONTH})(?![^\W\d_]),?\s+"
                      r"(?P<y7>\d{4})")
#: Old ASP and PHP portals print a two-digit year, "(14/03/19 - 08:30)": two digits each, so a
#: version ("5.3.2") or an address never reads as one.
_SHORT_YEAR = r"(?P<d4>\d{2})(?P<sep4>[/.-])(?P<m4>\d{2})(?P=sep4)(?P<y4>\d{2})"
_ISO = (
    r"(?P<iso>\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?))?)?)"
)
#: Any full date; alternatives never overlap, so the leftmost match is the only reading.
_DATE_RE = re.compile(
    rf"(?<![\d/.-])(?:{_ISO}|{_DAY_FIRST}|{_YEAR_FIRST}|{_WORDS}|{_MONTH_FIRST}|{_SHORT_YEAR}"
    rf"|{_ENGLISH_MONTH_FIRST}|{_ENGLISH_DAY_FIRST})"
    r"(?![\d/]|\.\d|-\d)",
    re.IGNORECASE,
)

#: The hour mark is ":", "h" or "giờ" (hour), and its abbreviation "g" of the southern press
#: ("8g30", Tuổi Trẻ's and Sài Gòn Giải Phóng's house style), always between two numbers.
#: The minute mark Vietnamese clocks are written with, "phút" (minutes) or its sign: "8 giờ 30
#: phút", "08h30'" (an ASP portal's "Cập nhật lúc 08h30' ngày 14/03/2019"), "8h30′".
_MINUTE_MARK = r"\s*phút|['’′]"
_TIME = (
    rf"(?P<H>\d{{1,2}})\s*(?::|h|g|giờ)\s*(?P<M>\d{{2}})(?:{_MINUTE_MARK}|\s*:\s*(?P<S>\d{{2}}))?"
    r"(?:\s*(?P<half>AM|PM|A\.M\.|P\.M\.|SA|CH|sáng|chiều|tối)(?![^\W\d_]))?"
)
#: Between a date and its time: spaces, commas, bars, dashes, "lúc" ("at"), the "@" of
#: WordPress's Vietnamese date-and-time format "d.m.Y @ H:i" (vi.mo's "F j, Y g:i a"), and the
#: "at" of its English one, "F j, Y \a\t g:i a" ("March 14, 2019 at 8:30 am").
_GAP = r"[\s,|@–—-]*(?:(?:vào\s+)?lúc\s+|at\s+)?"
#: The time after its date, or after it in brackets, the aside a clock is printed as beside a
#: date written out, as the zone is in "19:25 (GMT+7)": "Ngày 14 tháng 03 năm 2019 (08 giờ
#: 30 phút)", "14/03/2019 (08:30)"; a bracket the time does not close is no such aside.
_TIME_AFTER_RE = re.compile(rf"{_GAP}(?P<aside>\(\s*)?(?<![\d:]){_TIME}(?![\d:])"
                            r"(?(aside)\s*\))", re.IGNORECASE)
#: A weekday as Vietnamese pages print it: "Thứ Hai", "Thứ 2", "Chủ nhật", "CN", and the short
#: forms of moment.js's and dayjs's `vi` locales ("T2" … "T7", weekdaysShort "CN_T2_…_T7").
_WEEKDAY = r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật|cn|t[2-7]"
#: A time printed before its date, the weekday between them: "08:30 | Thứ Hai, 14/03/2019",
#: "15:30 CN, 17/03/2019" (the "HH:MM, dd/mm/yyyy" of portals.md with the weekday that
#: NukeViet's `l, d/m/Y` and moment's `dddd, DD/MM/YYYY` print before the day).
_TIME_BEFORE_RE = re.compile(
    rf"(?<![\d:/.]){_TIME}[\s,|–—-]*(?:(?<![^\W\d_])(?:{_WEEKDAY})(?![^\W\d_])[\s,|–—-]*)?"
    r"(?:ngày\s+)?$", re.IGNORECASE)
#: `GMT+7` means seven hours ahead of UTC (dateutil inverts the sign, POSIX style).
#: A bare `GMT` / `UTC` is UTC, and so is the RFC 822 form of an English date ("Wed, 22 Jun 2022
#: 08:15:00 GMT", "… 15:15:00 +0700" of RSS `pubDate`, which names its offset in four digits).
_ZONE_RE = re.compile(
    r"\s*\(?\s*(?:(?:GMT|UTC)(?:\s*(?P<sign>[+-])\s*(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?)?"
    r"(?![^\W\d_])|(?P<sign4>[+-])(?P<zh4>\d{2})(?P<zm4>\d{2})(?!\d))\s*\)?",
    re.IGNORECASE,
)
#: SA = sáng (morning), CH = chiều (afternoon); "8:15 tối" is a quarter past eight in the evening.
_TWELVE_HOUR_PM = {"pm", "p.m.", "ch", "chiều", "tối"}


def _plausible(dt: datetime) -> bool:
    return EARLIEST <= dt <= datetime.now(VN_TZ) + timedelta(days=1)


def _hour(m: re.Match[str]) -> int | None:
    """The 24-hour hour of a time match, or None when a 12-hour marker contradicts it."""
    hour, half = int(m["H"]), (m["half"] or "").lower()
    if not half:
        return hour
    if hour > 12:  # "15:30 PM" is common and unambiguous; "15:30 AM" is not
        return hour if half in _TWELVE_HOUR_PM else None
    if hour == 0:
        return 0 if half not in _TWELVE_HOUR_PM else None
    return hour % 12 + (12 if half in _TWELVE_HOUR_PM else 0)


def _time(m: re.Match[str] | None) -> time | None:
    """The time of a match; None when there is none or it is impossible ("25:61")."""
    if m is None:
        return None
    hour = _hour(m)
    try:
        return time(hour, int(m["M"]), int(m["S"] or 0)) if hour is not None else None
    except ValueError:
        return None


def _offset(m: re.Match[str]) -> timezone | None:
    """The offset a `GMT+7` or `+0700` names (a bare `GMT` none: UTC); None for one no clock has
    (`GMT+25`): the date is then unknown."""
    sign, hours, minutes = m["sign"] or m["sign4"], m["zh"] or m["zh4"], m["zm"] or m["zm4"]
    try:
        return timezone((-1 if sign == "-" else 1)
                        * timedelta(hours=int(hours or 0), minutes=int(minutes or 0)))
    except ValueError:
        return None


def _zone(text: str, pos: int) -> tuple[timezone | None, int]:
    """A `(GMT+7)` right at `pos`, else +07:00; and where it ends."""
    m = _ZONE_RE.match(text, pos)
    return (_offset(m), m.end()) if m else (VN_TZ, pos)


def _from_iso(raw: str) -> datetime | None:
    """An ISO 8601 time in +07:00; None when it is malformed or out of range once converted
    (`9999-12-31T23:00:00-05:00` is in year 10000 in Hà Nội)."""
    try:
        dt = datetime.fromisoformat(raw.replace(" ", "T", 1).replace(" ", ""))
        return dt.replace(tzinfo=VN_TZ) if dt.tzinfo is None else dt.astimezone(VN_TZ)
    except (ValueError, OverflowError):
        return None


def _full_year(year: str) -> int:
    """A printed year as a number. Two digits name a year of the window 1990–2089, the span of
    `EARLIEST` onwards ("19" → 2019, "98" → 1998): a fixed window, not one that slides with the
    clock, so a saved page reads the same on any day; `_plausible` turns away a future year."""
    if len(year) != 2:
        return int(year)
    return (1900 if int(year) >= TWO_DIGIT_PIVOT else 2000) + int(year)


def _month(printed: str) -> int:
    """A month as printed: a number, or its name (`MONTH_NAMES`, "Mười Hai"; `ENGLISH_MONTHS`,
    "March", "Mar.")."""
    if printed.isdigit():
        return int(printed)
    name = " ".join(printed.lower().rstrip(".").split())
    if name in MONTH_NAMES:
        return MONTH_NAMES[name]
    return next(i for i, month in enumerate(ENGLISH_MONTHS, 1) if month.startswith(name[:3]))


def _month_first(m: re.Match[str]) -> date | None:
    """A slashed date that cannot be day-first read month-first, "3/14/2019": the en-US short
    date of a portal left in English (ASP.NET's and SharePoint's `M/d/yyyy h:mm:ss tt`,
    Drupal's default medium date "Thu, 03/14/2019 - 08:30"). Only when the second number cannot
    be a month: "03/04/2019" stays the 3rd of April, as a Vietnamese page means it."""
    if m["sep"] != "/" or int(m["m"]) <= 12:
        return None
    try:
        return date(int(m["y"]), int(m["d"]), int(m["m"]))
    except ValueError:
        return None


def _day(m: re.Match[str]) -> date | None:
    """The calendar date of a non-ISO match, None when impossible (`31/02/2022`)."""
    if m["y"] and int(m["m"]) > 12:
        return _month_first(m)
    for y, mo, d in (("y", "m", "d"), ("y2", "m2", "d2"), ("y3", "m3", "d3"), ("y4", "m4", "d4"),
                     ("y5", "m5", "d5"), ("y6", "m6", "d6"), ("y7", "m7", "d7")):
        if m[y]:
            try:
                return date(_full_year(m[y]), _month(m[mo]), int(m[d]))
            except ValueError:
                return None
    return None


def _read(text: str, m: re.Match[str]) -> tuple[str, datetime] | None:
    """The raw span and datetime of one date match, with the time before or after it."""
    if m["iso"]:
        dt = _from_iso(m["iso"])
        return (m["iso"], dt) if dt and _plausible(dt) else None
    day = _day(m)
    if day is None:
        return None
    start, end = m.span()
    after = _TIME_AFTER_RE.match(text, end)
    before = None if after else _TIME_BEFORE_RE.search(text, max(0, start - 40), start)
    clock = after or before
    moment = _time(clock)
    if clock is not None and moment is None:
        return None
    if after:
        end = after.end()
    elif before:
        start = before.start()
    zone, end = _zone(text, end)
    if zone is None:
        return None
    try:
        dt = datetime.combine(day, moment or time(0), zone).astimezone(VN_TZ)
    except OverflowError:
        return None
    return (text[start:end], dt) if _plausible(dt) else None


#: The lunar calendar's label ("Âm lịch", its abbreviation "ÂL"): portals print the lunar date
#: beside the solar one in their header or top bar ("Thứ Năm, 14/03/2019 (Âm lịch: 08/02 Kỷ
#: Hợi)", "Âm lịch 08/02/2019 - Dương lịch 14/03/2019"). A date it labels, before or after it,
#: is a lunar day, never the publish date; the solar date beside it is.
_LUNAR = r"(?<![^\W\d_])(?:âm\s+lịch|âl)(?![^\W\d_])"
_LUNAR_BEFORE_RE = re.compile(rf"{_LUNAR}\s*[:,-]?\s*(?:ngày\s+)?$", re.IGNORECASE)
#: ... after it only when no date follows the label: "14/03/2019 (Âm lịch: 08/02 Kỷ Hợi)" labels
#: the second date, "08/02/2019 âm lịch" the first.
_LUNAR_AFTER_RE = re.compile(rf"\s*[(,-]?\s*(?:theo\s+)?{_LUNAR}(?!\s*[:,-]?\s*(?:ngày\s+)?\d)",
                             re.IGNORECASE)


def _is_lunar(text: str, m: re.Match[str]) -> bool:
    """Whether the date matched is labelled lunar (`_LUNAR`), right before or right after it."""
    return bool(_LUNAR_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
                or _LUNAR_AFTER_RE.match(text, m.end()))


def find_date(text: str) -> tuple[str, datetime] | None:
    """The first full date (with a year) in `text`: its raw text as on the page, and its value.

    `"Tin tức | 22/09/2022 15:15 | Lượt xem: 120"` → `("22/09/2022 15:15", 2022-09-22 15:15+07:00)`.
    Impossible or implausible candidates are skipped; dates without a year are never matched.
    """
    for m in _DATE_RE.finditer(text):
        if _is_lunar(text, m):
            continue
        found = _read(text, m)
        if found:
            return found
    return None


def _dateutil_fallback(raw: str) -> datetime | None:
    """dateutil for forms no pattern knows ("June 22, 2022"), only when it invents nothing.

    Parsed twice with two different defaults: if dateutil filled in a missing year, month or day,
    the two results differ. A `GMT+7` is taken out first and applied with its real sign.
    """
    zone = _ZONE_RE.search(raw)
    if zone:
        raw = raw[: zone.start()] + raw[zone.end():]
    try:
        first, second = (
            dateutil_parser.parse(raw, dayfirst=True, default=default)
            for default in (datetime(2001, 1, 1), datetime(2002, 2, 2))
        )
    except (ValueError, OverflowError):
        return None
    if first != second:
        return None
    if zone:
        if (offset := _offset(zone)) is None:
            return None
        first = first.replace(tzinfo=offset)
    try:
        dt = first.replace(tzinfo=VN_TZ) if first.tzinfo is None else first.astimezone(VN_TZ)
    except OverflowError:
        return None
    return dt if _plausible(dt) else None


def parse_date(raw: str) -> datetime | None:
    """A date string as printed on a page → aware datetime in +07:00, or None.

    Accepts labels and weekdays around the date ("Thứ hai - 20/06/2022 19:38", "Ngày đăng
    09/09/2020 | 05:07 PM | View count: 842"); a date alone means midnight. None for anything
    impossible, without a year, before 1990 or more than a day in the future.
    """
    if not raw or not raw.strip():
        return None
    if _DATE_RE.search(raw):
        found = find_date(raw)
        return found[1] if found else None
    return _dateutil_fallback(raw)


#: Labels that name a date as the publish time: "Ngày xuất bản:", "Ngày đăng:", "Đăng lúc",
#: a bare "Đăng:"; not "Ngày đăng ký" (the date of a registration), a phrase of body text. And the
#: creation date: Joomla's article info block prints "created" (COM_CONTENT_CREATED_DATE_ON,
#: `itemprop="dateCreated"`) beside "modified", in Vietnamese "Ngày tạo: …" / "Được tạo ngày …";
#: schema.org's dateCreated stands for datePublished here too (`structured.py`).
_PUBLISH_LABELS = (r"ngày đăng(?!\s+ký)|đăng ngày|ngày đưa tin|đăng lúc|đăng tải|ngày xuất bản"
                   r"|thời gian đăng|đăng(?=\s*:)|ngày tạo|được tạo(?:\s+ngày)?|tạo lúc")
#: Labels of a page's last edit: "Last edited", "Last modified", "Cập nhật lần cuối", "Sửa lần cuối".
_LAST_EDIT_LABELS = r"last\s+(?:edited|modified|updated|changed)|(?:cập nhật|sửa(?: đổi)?) lần cuối"
#: Labels that say a line is the article's date: "Ngày đăng:", "Cập nhật lúc", "Đăng lúc".
_DATE_LABEL_RE = re.compile(
    rf"^(?:{_PUBLISH_LABELS}|ngày cập nhật|cập nhật|xuất bản|ngày ban hành|posted on|published"
    r"|date)\b", re.IGNORECASE)
#: Text that ends by announcing a page's last-edit time: "Last edited", "Last modified on",
#: "Cập nhật lần cuối:", "Sửa lần cuối lúc".
_EDIT_LABEL_RE = re.compile(rf"(?:{_LAST_EDIT_LABELS})\s*(?:on|at|lúc|:)?\s*$", re.IGNORECASE)
#: A line that opens with its date's last-edit label: "Cập nhật lần cuối 30/11/2026", "Last
#: modified: 14/03/2019" (a static page's one date, in Plone's byline and others).
_EDIT_LINE_RE = re.compile(rf"^(?:{_LAST_EDIT_LABELS})\b", re.IGNORECASE)
#: A line that is only a time of day ("08:30", "15h20 (GMT+7)"): printed next to a date line.
_TIME_ONLY_RE = re.compile(rf"^\s*(?:lúc\s+)?{_TIME}\s*(?:\(?(?:GMT|UTC)[^)]*\)?)?\s*$",
                           re.IGNORECASE)


def is_date_labelled(line: str) -> bool:
    """Whether a line announces the article's date with a label ("Ngày đăng: 14/3/2019")."""
    return bool(_DATE_LABEL_RE.match(line.strip()))


def is_edit_line(line: str) -> bool:
    """Whether a line gives the page's last edit ("Cập nhật lần cuối 30/11/2026"): a date no
    publish date is read from, near the headline or labelled ("cập nhật" alone labels one). A
    static page shows only this; a post that shows it beside its publish date is dated by that."""
    return bool(_EDIT_LINE_RE.match(line.strip()))


#: A publish label anywhere in a line, "Posted on" and "Published" too.
_PUBLISH_LABEL_RE = re.compile(
    rf"(?<![^\W\d_])(?:{_PUBLISH_LABELS}|posted(?:\s+on)?|published(?:\s+on)?)(?![^\W\d_])",
    re.IGNORECASE)
#: Labels that name a date as a later change: "Cập nhật: …", "Ngày cập nhật", "Sửa lần cuối",
#: "Updated", "Last modified", and the "Ngày sửa" / "Ngày chỉnh sửa" (date edited) that Joomla's
#: info block (COM_CONTENT_LAST_UPDATED) and portal CMSs print beside "Ngày tạo".
_UPDATE_LABEL_RE = re.compile(
    rf"(?<![^\W\d_])(?:{_LAST_EDIT_LABELS}|(?:ngày\s+)?cập nhật|ngày\s+(?:chỉnh\s+)?sửa|updated"
    r"|modified)(?![^\W\d_])",
    re.IGNORECASE)


def publish_labelled_date(text: str) -> tuple[str, datetime] | None:
    """The date a publish label announces ("Ngày xuất bản: 14/03/2019 08:30"), read up to the
    next label; None when no label names a publish date. A portal that prints an update time
    ("Cập nhật: …", "Sửa lần cuối …") beside its publish time, even before it, is dated by
    the one it labels the publish date (shared/docs/article-record.md: `published` is the
    publish time, `modified` the update)."""
    for label in _PUBLISH_LABEL_RE.finditer(text):
        after = text[label.end():]
        stop = min((m.start() for m in (_PUBLISH_LABEL_RE.search(after),
                                        _UPDATE_LABEL_RE.search(after)) if m), default=len(after))
        if found := find_date(after[:stop]):
            return found
    return None


#: The most words of a header meta line, which may carry the date among other facts (byline,
#: section, views: "Chuyên mục: Tin tức - Đăng lúc 08:30, ngày 14-03-2019", "Ngày đăng
#: 09/09/2020 | 05:07 PM | View count: 842"): a body sentence that mentions a date is longer.
META_LINE_WORDS = 16


def is_publish_line(line: str) -> bool:
    """Whether a short line is the article's meta line, its date announced by a publish label
    ("Chuyên mục: Tin tức - Đăng lúc 08:30, ngày 14-03-2019"; Liferay's "Ngày đăng 09/09/2020 |
    05:07 PM | View count: 842", portals.md). Templates that print the headline, this line and
    the text inline in one cell put it where a body finder reads paragraphs: it is the header's
    date, never body text, however many other facts (section, views) it carries."""
    return len(line.split()) <= META_LINE_WORDS and publish_labelled_date(line) is not None


#: Labels of the day a page is printed or viewed, not published: a print view's "Ngày in:"
#: (Vietnamese "date printed", the letterhead of `In tin` / `InTin.asp` print views and of
#: NukeViet's `/news/print/` page), "In ngày", "Hôm nay" (today's date in a portal's top bar),
#: "Printed on", "Accessed".
_VIEW_DAY_LABELS = r"ngày in|in ngày|hôm nay|printed(?: on)?|accessed(?: on)?"
_VIEW_DAY_RE = re.compile(rf"^(?:{_VIEW_DAY_LABELS})\b", re.IGNORECASE)
#: ... or right before the line's first date, after other tools: "In bài | Ngày in: 30/11/2026".
_VIEW_DAY_BEFORE_RE = re.compile(
    rf"(?<![^\W\d_])(?:{_VIEW_DAY_LABELS})\s*[:,]?\s*(?:(?:{_WEEKDAY})[\s,–—-]*)?$", re.IGNORECASE)


def is_view_day_line(line: str) -> bool:
    """Whether a line dates the reading, not the article ("Ngày in: 30/11/2026" in a print
    view's letterhead, "Hôm nay, Thứ hai 30/11/2026" in a top bar, "In bài | Ngày in:
    30/11/2026" in a tools row): never the publish date. A line whose first date a publish
    label announces ("Ngày đăng: 14/03/2019 | Ngày in: 30/11/2026") is the article's."""
    line = line.strip()
    if _VIEW_DAY_RE.match(line):
        return True
    found = find_date(line)
    return found is not None and bool(_VIEW_DAY_BEFORE_RE.search(line[:line.find(found[0])]))


def find_published(line: str) -> tuple[str, datetime] | None:
    """The publish date of a header line: the one a publish label announces, else the line's
    first date. "Cập nhật: 15/03/2019 10:02 Ngày xuất bản: 14/03/2019 08:30" is dated by its
    second date; "Cập nhật lúc 08h30' ngày 14/03/2019" alone by its only one."""
    return publish_labelled_date(line) or find_date(line)


def is_update_line(line: str) -> bool:
    """Whether a line gives an update time and no publish date ("Cập nhật: 15/03/2019"): on a
    page whose header also labels a publish date ("Ngày đăng: 14/03/2019"), never that date.
    Alone, "Cập nhật lúc …" is how many portals label the publish time itself."""
    return bool(_UPDATE_LABEL_RE.match(line.strip())) and publish_labelled_date(line) is None


#: Labels of the other dates a page about a document prints beside its publish date: the day
#: the document was issued or signed ("Ngày ban hành", "Ngày ký"), the day it takes or stops
#: taking effect ("Ngày hiệu lực", "Ngày có hiệu lực", "Hiệu lực từ", "Ngày hết hiệu lực"),
#: as VBQPPL records and portals' "Văn bản" pages print them.
_OTHER_DATE_LABEL_RE = re.compile(
    r"^(?:ngày\s+(?:ban\s+hành|ký|(?:có\s+|hết\s+)?hiệu\s+lực)|hiệu\s+lực\s+từ)(?![^\W\d_])",
    re.IGNORECASE)


def names_another_date(line: str) -> bool:
    """Whether a line opens with the label of a document's other date ("Ngày ban hành:
    10/03/2019") and labels no publish date: on a page that labels its publish date ("Ngày
    đăng: 14/03/2019"), never that date. Alone, the issue date is the best date the page has."""
    return bool(_OTHER_DATE_LABEL_RE.match(line.strip())) and publish_labelled_date(line) is None


#: The evidence of a publish date read from a page's last-edit time (`ArticlePage._last_edited`).
LAST_EDIT = "the page's only time, its last edit"


def ends_with_edit_label(text: str) -> bool:
    """Whether the text ends by announcing a last-edit time ("… Last edited")."""
    return bool(_EDIT_LABEL_RE.search(text))


#: A fact of a meta line that is a date ("14/03/2019", "08:30").
_DATE_FACT_RE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}\b)|\d{1,2}[:hg]\d{2}")
#: What a meta line says of the time: dates, times, weekdays, "ngày", "lúc", a GMT offset.
_DATE_WORDS_RE = re.compile(
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}\b)|\d{1,2}\s*[:hg]\s*\d{2}(?:\s*(?:AM|PM|SA|CH))?"
    r"|\(?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}\s*\)?"
    rf"|(?<![^\W\d_])(?:{_WEEKDAY}|ngày|lúc)(?![^\W\d_])", re.IGNORECASE)


def states_a_date(text: str) -> bool:
    """Whether the text holds a full date or a time of day ("14/03/2019", "08:30"): a meta
    line's fact a byline may stand beside, which a name never contains."""
    return bool(_DATE_FACT_RE.search(text))


def without_date_words(text: str) -> str:
    """The text with its dates, times, weekdays, "ngày", "lúc" and GMT offsets each made a space:
    what a meta line says besides the time ("14/03/2019 08:30 - Minh Hà" → "  - Minh Hà")."""
    return _DATE_WORDS_RE.sub(" ", text)


def only_date_words(text: str) -> bool:
    """Whether the text is nothing but one date word ("Thứ hai", "Ngày"): before a comma it is
    the date's own weekday, not a dateline's place ("Hà Nội, 14/03/2019")."""
    return bool(_DATE_WORDS_RE.fullmatch(text))


def is_time_line(line: str) -> bool:
    """Whether a line is only a time of day ("08:30", "lúc 15h20 (GMT+7)"): never body text."""
    return bool(_TIME_ONLY_RE.match(line))


def with_time_line(found: tuple[str, datetime], *neighbours: str | None) -> tuple[str, datetime]:
    """A date found without a time of day, completed by a time-only line printed beside it
    ("14/03/2019" then "08:30", or "08:30" above the date): the first neighbour that is one
    wins; anything else is returned unchanged."""
    raw, dt = found
    if dt.time() != time(0):
        return found
    for neighbour in neighbours:
        if neighbour is not None and is_time_line(neighbour):
            combined = find_date(f"{raw} {neighbour.strip()}")
            return combined if combined and combined[1].date() == dt.date() else found
    return found


def is_date_line(text: str) -> bool:
    """A line that is a date (or a time) with little else: the header's, never body text."""
    if is_time_line(text):
        return True
    found = find_date(text)
    return bool(found) and len(text) <= len(found[0]) + 40


#: A day in an article's address, then the article's own name: WordPress's "Day and name"
#: permalinks (`/%year%/%monthnum%/%day%/%postname%/`, the structure its settings offer first)
#: and the dated paths of news sites (`/2024/03/14/<slug>`). A day archive (`/2024/03/14/`, its
#: `/page/2/`) names no article after the day.
_URL_DAY_RE = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])"
                         r"/(?!page(?:/|$))(?P<name>[^/]*[^\W\d_][^/]*)")


def url_day(url: str) -> tuple[str, datetime] | None:
    """The publish day an article's address states (`_URL_DAY_RE`): ("2024/03/14", that day at
    00:00 +07:00). It gives the day only, and a permalink keeps the day a post was first
    published: a fallback for a page that prints no date, never above a printed one."""
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return None
    if not (m := _URL_DAY_RE.search(path)):
        return None
    try:
        dt = datetime(int(m["y"]), int(m["m"]), int(m["d"]), tzinfo=VN_TZ)
    except ValueError:
        return None
    return (f"{m['y']}/{m['m']}/{m['d']}", dt) if _plausible(dt) else None


def is_meta_line(text: str) -> bool:
    """A header line that may carry the article's date: short ("Tác giả: X · 10:50 | 19/08/2025 ·
    2.877 lượt xem"), mostly a date, or labelled as one, or a row of fields one of which is a
    labelled date (`has_labelled_date_field`); a lead sentence that cites a date is not."""
    return len(text.split()) <= META_LINE_WORDS or is_date_line(text) or is_date_labelled(text) \
        or has_labelled_date_field(text)


#: Between the fields of a header meta line: a bar or a bullet, or a dash between spaces, the
#: `&mdash;` Plone's byline viewlet prints before each of its dates (plone.app.layout's
#: `document_byline.pt`: "by <creators> — published <date> — last modified <date>").
_META_FIELD_RE = re.compile(r"\s*[|•·]\s*|\s+[—–]\s+")


def has_labelled_date_field(text: str) -> bool:
    """Whether a line is a row of fields after the first of which one is a labelled date ("bởi
    Minh Hà, Thu Trang — đăng lúc 25/01/2022 14:20 — cập nhật lần cuối 26/01/2022 21:52"): the
    names of several writers make a byline row longer than `META_LINE_WORDS`, yet it is the
    header's meta line; a sentence holds no field that is a label and a date and little else."""
    return any(is_date_labelled(field) and is_date_line(field)
               for field in _META_FIELD_RE.split(text)[1:])


#: One piece of a calendar leaf (`calendar_leaf`) other than its time of day (`is_time_line`):
#: a day or a year ("14", "2019", "Ngày 14", "năm 2019"), a day and month ("14/03"), a month
#: and year ("03/2019"), a month named ("Tháng 3", "Th3", "T3", "Thg 03", "Tháng Ba", "Mar"),
#: alone or with its year ("Tháng 03, 2019", "Tháng 3/2019", "Th3 2019": a badge's second line),
#: or the weekday.
_LEAF_PART_RE = re.compile(
    r"(?:(?:ngày|năm)\s+)?(?P<num>\d{1,4})|(?P<dm_d>\d{1,2})[/.-](?P<dm_m>\d{1,2})"
    r"|(?P<my_m>\d{1,2})[/.-](?P<my_y>\d{4})"
    rf"|(?:{_MONTH_WORD}|th|t)\.?\s*(?P<mon>\d{{1,2}}|{_MONTH_NAME})"
    r"(?:\s*[,/.-]\s*|\s+(?:năm\s+)?)?(?P<mon_y>\d{4})?"
    rf"|(?P<en>{_ENGLISH_MONTH})"
    rf"|{_WEEKDAY}", re.IGNORECASE)
#: The most pieces a calendar leaf has: day, month, year, time, weekday and a spare.
_LEAF_PARTS = 6


def calendar_leaf(parts: list[str]) -> tuple[str, datetime] | None:
    """The date of a "calendar leaf" (tờ lịch): a date block whose day, month and year are
    separate elements (`<span class="day">14</span><span class="month">Tháng 3</span><span
    class="year">2019</span>`, often with the time below), as WordPress themes print
    `get_the_date('d')`, `('M')`, `('Y')` in a date badge and portal templates copy; their text
    read whole runs together ("14Tháng 32019") or falls on separate lines, and no date pattern
    reads it. `parts` are the block's texts, in order; each must be a piece of a date
    (`_LEAF_PART_RE`), and together they must name one day, one month and one year. Returns
    (the pieces as printed, joined by spaces; the time), as `find_date` does."""
    if not 2 <= len(parts) <= _LEAF_PARTS:
        return None
    got: dict[str, str] = {}
    for part in parts:
        if is_time_line(part):
            pieces = {"clock": part.strip()}
        elif (m := _LEAF_PART_RE.fullmatch(part.strip())) is None:
            return None
        elif m["num"] and len(m["num"]) == 4:
            pieces = {"year": m["num"]}
        elif m["num"]:  # a bare day, or a month printed as a number after it; never before it
            pieces = {"day" if "day" not in got and "year" not in got else "month": m["num"]}
        elif m["dm_d"]:
            pieces = {"day": m["dm_d"], "month": m["dm_m"]}
        elif m["my_m"]:
            pieces = {"month": m["my_m"], "year": m["my_y"]}
        elif m["mon"] or m["en"]:
            pieces = {"month": str(_month(m["mon"] or m["en"]))} | (
                {"year": m["mon_y"]} if m["mon_y"] else {})
        else:
            continue  # the weekday
        if got.keys() & pieces.keys():
            return None  # two days, months, years or times: not one date
        got.update(pieces)
    day, month, year, clock = (got.get(k) for k in ("day", "month", "year", "clock"))
    if not (day and month and year):
        return None
    date_found = find_date(f"{day}/{month}/{year}" + (f" {clock}" if clock else ""))
    return (" ".join(p.strip() for p in parts), date_found[1]) if date_found else None
