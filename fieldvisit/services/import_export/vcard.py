"""vCard 2.1, 3.0 and 4.0 as phones really write them, and vCard 3.0 as phones read best.

Android writes 2.1 with QUOTED-PRINTABLE UTF-8 and soft line breaks; older Chinese
phones write CHARSET=GB18030; iPhones write 3.0 with grouped ``item1.TEL`` /
``item1.X-ABLabel`` pairs; 4.0 puts numbers in ``tel:`` URIs.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
import uuid
from dataclasses import dataclass, field
from datetime import date

_LINE_BREAK = re.compile(rb"\r\n|\n|\r")
_CJK = re.compile(r"[\u3400-\u9fff]")
_MOBILE_CN = re.compile(r"^1[3-9]\d{9}$")
_WECHAT = ("微信", "wechat", "weixin")
COMPOUND_SURNAMES = (
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "南宫", "独孤", "西门",
)  # fmt: skip
CHARSETS = {"gbk": "gb18030", "gb2312": "gb18030", "gb18030": "gb18030", "big5": "big5"}


@dataclass(slots=True)
class Contact:
    """What one card says about a person (empty strings are absent values)."""

    line: int
    name: str = ""
    title: str = ""
    department: str = ""
    organisation: str = ""
    mobile: str = ""
    office_phone: str = ""
    email: str = ""
    wechat: str = ""
    address: str = ""
    notes: str = ""
    birthday: date | None = None
    birthday_no_year: tuple[int, int] | None = None
    """(month, day) of a birthday written without its year (``BDAY:--0415``)."""
    uid: uuid.UUID | None = None
    phones: list[tuple[int, bool, str]] = field(default_factory=list)
    """(preference order, is mobile, number) before the choice of mobile and office."""


class UnfinishedCard(ValueError):
    """The data ends inside a card (no END:VCARD): a file cut short."""

    def __init__(self, line: int) -> None:
        super().__init__(f"card from line {line} has no END:VCARD")
        self.line = line


@dataclass(slots=True)
class _Property:
    group: str
    name: str
    params: dict[str, list[str]]
    value: str


def _split_unquoted(text: bytes, separator: bytes) -> list[bytes]:
    """``text`` split at each ``separator`` outside double quotes (scanned once, in C)."""
    parts, start, quoted = [], 0, False
    for match in re.finditer(b'["' + re.escape(separator) + b"]", text):
        if match.group() == b'"':
            quoted = not quoted
        elif not quoted:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


def _logical_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Unfold folded lines and join quoted-printable soft line breaks, in linear time.

    The pieces of one logical line are collected and joined once: an 8 MB photo folded
    into 100,000 lines costs one join, not 100,000 ever longer copies.
    """
    lines: list[tuple[int, bytes]] = []
    parts: list[bytes] = []
    start = 0
    quoted_printable = False
    for number, line in enumerate(_LINE_BREAK.split(data), start=1):
        if parts and quoted_printable and parts[-1].endswith(b"="):
            parts[-1] = parts[-1][:-1]
            parts.append(line.lstrip(b" \t"))
        elif parts and line[:1] in (b" ", b"\t"):
            parts.append(line[1:])
        elif line.strip():
            if parts:
                lines.append((start, b"".join(parts)))
            parts, start = [line], number
            quoted_printable = b"QUOTED-PRINTABLE" in line.partition(b":")[0].upper()
    if parts:
        lines.append((start, b"".join(parts)))
    return lines


_HEAD_END = re.compile(rb'[":]')


def _split_head(line: bytes) -> tuple[bytes, bytes] | None:
    """(name and parameters, value) at the first colon outside quotes; None without one."""
    quoted = False
    for match in _HEAD_END.finditer(line):
        if match.group() == b'"':
            quoted = not quoted
        elif not quoted:
            return line[: match.start()], line[match.end() :]
    return None


def _parse_property(line: bytes) -> _Property | None:
    split = _split_head(line)
    if split is None:
        return None
    head, raw = split
    parts = _split_unquoted(head, b";")
    group, _, name = parts[0].decode("ascii", "replace").rpartition(".")
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        text = part.decode("ascii", "replace")
        key, equals, values = text.partition("=")
        if not equals:  # vCard 2.1: TEL;CELL;PREF
            key, values = "TYPE", key
        for value in values.strip('"').split(","):
            params.setdefault(key.strip().upper(), []).append(value.strip().lower())
    encoding = (params.get("ENCODING") or [""])[0]
    if encoding == "quoted-printable":
        raw = quopri.decodestring(raw)
    elif encoding in ("b", "base64"):
        try:
            raw = base64.b64decode(raw, validate=False)
        except binascii.Error:
            return None
    charset = CHARSETS.get((params.get("CHARSET") or [""])[0], "")
    value = _decode(raw, charset)
    return _Property(group.lower(), name.upper(), params, value)


def _decode(raw: bytes, charset: str) -> str:
    for candidate in filter(None, (charset, "utf-8", "gb18030")):
        try:
            return raw.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")


def _unescape(text: str) -> str:
    out, escaped = [], False
    for char in text:
        if escaped:
            out.append("\n" if char in "nN" else char)
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            out.append(char)
    return "".join(out)


def _components(text: str) -> list[str]:
    parts, current, escaped = [], [], False
    for char in text:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";":
            parts.append(_unescape("".join(current)).strip())
            current = []
        else:
            current.append(char)
    parts.append(_unescape("".join(current)).strip())
    return parts


def _person_name(components: list[str]) -> str:
    family, given = ([*components, "", ""])[:2]
    if _CJK.search(family + given):
        return family + given
    return " ".join(p for p in (given, family) if p)


def _address(components: list[str]) -> str:
    parts = (components + [""] * 7)[:7]
    _box, extended, street, city, region, code, country = parts
    if _CJK.search("".join(parts)):
        return "".join(p for p in (country, region, city, street, extended) if p)
    return ", ".join(p for p in (street, extended, city, " ".join(filter(None, (region, code))),
                                 country) if p)  # fmt: skip


def _birthday(text: str) -> date | None:
    digits = re.sub(r"[^0-9]", "", text.split("T")[0])
    if text.startswith("--") or len(digits) != 8:
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def _month_day(text: str) -> tuple[int, int] | None:
    """``--MMDD`` or ``--MM-DD`` (vCard 3 and 4 without the year) as (month, day)."""
    digits = re.sub(r"[^0-9]", "", text.split("T")[0])
    if not text.startswith("--") or len(digits) != 4:
        return None
    month, day = int(digits[:2]), int(digits[2:])
    try:
        date(2000, month, day)  # a leap year: 29 February is a birthday too
    except ValueError:
        return None
    return month, day


def parse_vcards(data: bytes) -> list[Contact]:
    """Every card in ``data``; cards without a name come back with ``name == ''``.

    Raises :class:`UnfinishedCard` when the data ends inside a card.
    """
    contacts: list[Contact] = []
    current: Contact | None = None
    labels: dict[str, str] = {}
    grouped: list[_Property] = []
    for number, line in _logical_lines(data):
        prop = _parse_property(line)
        if prop is None:
            continue
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            current, labels, grouped = Contact(number), {}, []
            continue
        if current is None:
            continue
        if prop.name == "END":
            for item in grouped:
                _apply(current, item, labels.get(item.group, ""))
            _choose_phones(current)
            contacts.append(current)
            current = None
            continue
        if prop.name == "X-ABLABEL":
            labels[prop.group] = prop.value.strip("_$!<>").lower()
        elif prop.group:
            grouped.append(prop)
        else:
            _apply(current, prop, "")
    if current is not None:
        raise UnfinishedCard(current.line)
    return contacts


def _apply(card: Contact, prop: _Property, label: str) -> None:
    value = prop.value
    types = set(prop.params.get("TYPE", []))
    name = prop.name
    if any(w in label for w in _WECHAT) or name in ("X-WECHAT", "X-WEIXIN", "X-WECHAT-ID"):
        card.wechat = card.wechat or _strip_scheme(_unescape(value).strip())
    elif name == "IMPP" and any(w in value.lower() or w in types for w in _WECHAT):
        card.wechat = card.wechat or _strip_scheme(value.strip())
    elif name == "FN":
        card.name = _unescape(value).strip()
    elif name == "N" and not card.name:
        card.name = _person_name(_components(value))
    elif name == "ORG":
        org = _components(value)
        card.organisation = org[0]
        card.department = card.department or next((p for p in org[1:] if p), "")
    elif name in ("TITLE", "ROLE"):
        card.title = card.title or _unescape(value).strip()
    elif name == "TEL":
        number = _strip_scheme(value.strip())
        if not number or "fax" in types or "fax" in label:
            return
        mobile = bool(types & {"cell", "mobile", "iphone"}) or any(
            w in label for w in ("mobile", "iphone", "手机", "cell")
        )
        preferred = "pref" in types or "PREF" in prop.params
        card.phones.append((0 if preferred else len(card.phones) + 1, mobile, number))
    elif name == "EMAIL":
        if not card.email or "pref" in types:
            card.email = _strip_scheme(value.strip())
    elif name == "ADR" and not card.address:
        card.address = _address(_components(value))
    elif name == "NOTE":
        card.notes = _unescape(value).strip()
    elif name == "BDAY":
        card.birthday = _birthday(value.strip())
        card.birthday_no_year = _month_day(value.strip()) if card.birthday is None else None
    elif name == "UID":
        try:
            card.uid = uuid.UUID(value.strip().removeprefix("urn:uuid:"))
        except ValueError:
            card.uid = None


def _strip_scheme(value: str) -> str:
    for scheme in ("tel:", "mailto:", "weixin:", "wechat:", "x-apple:"):
        if value.lower().startswith(scheme):
            return value[len(scheme) :].strip()
    return value


def _choose_phones(card: Contact) -> None:
    ordered = sorted(card.phones)
    mobiles = [n for _, m, n in ordered if m]
    others = [n for _, m, n in ordered if not m]
    if not mobiles:
        mobiles = [n for n in others if _MOBILE_CN.match(re.sub(r"\D", "", n).removeprefix("86"))]
        others = [n for n in others if n not in mobiles[:1]]
    card.mobile = mobiles[0] if mobiles else ""
    card.office_phone = others[0] if others else ""


# ---- writing -------------------------------------------------------------------------


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def split_name(name: str) -> tuple[str, str]:
    """(family, given): 欧阳娜娜 → (欧阳, 娜娜); 王小明 → (王, 小明); Anna Lee → (Lee, Anna)."""
    name = name.strip()
    if _CJK.search(name) and " " not in name:
        if len(name) <= 1:
            return name, ""
        size = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
        return name[:size], name[size:]
    given, _, family = name.rpartition(" ")
    return (family, given) if given else (name, "")


def fold(line: str) -> str:
    """Lines of at most 75 octets, never cutting a UTF-8 character in two."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    out, current, limit = [], bytearray(), 75
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current, limit = bytearray(), 74
        current.extend(encoded)
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def write_vcard(
    *,
    uid: uuid.UUID,
    name: str,
    organisation: str,
    department: str | None,
    title: str | None,
    mobile: str | None,
    office_phone: str | None,
    email: str | None,
    wechat: str | None,
    address: str | None,
    birthday: date | None = None,
) -> str:
    """One vCard 3.0 (CRLF line ends, folded)."""
    family, given = split_name(name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"UID:urn:uuid:{uid}",
        f"FN:{_escape(name)}",
        f"N:{_escape(family)};{_escape(given)};;;",
        f"ORG:{_escape(organisation)}" + (f";{_escape(department)}" if department else ""),
    ]
    if title:
        lines.append(f"TITLE:{_escape(title)}")
    if mobile:
        lines.append(f"TEL;TYPE=CELL:{mobile}")
    if office_phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{office_phone}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{email}")
    if wechat:
        lines.append(f"X-WECHAT:{_escape(wechat)}")
    if address:
        lines.append(f"ADR;TYPE=WORK:;;{_escape(address)};;;;")
    if birthday is not None:
        lines.append(f"BDAY:{birthday.isoformat()}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)
