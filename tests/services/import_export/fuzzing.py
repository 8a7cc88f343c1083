"""Mutated import files and a judge of what importing each one did (suite and bench).

:func:`cases` yields damaged CSV, xlsx and vCard files from a seed: cut short, bytes
flipped, control characters inserted, headers duplicated, wrong encodings, zips damaged.
:func:`run_case` imports one through the service and says what happened: imported,
refused with a FieldVisitError (fine), or crashed / hung / changed the database while
reporting failure (each a bug).
"""

from __future__ import annotations

import csv
import io
import random
import signal
import traceback
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import openpyxl
from sqlalchemy import select

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.import_export import import_accounts_file, import_vcards
from fieldvisit.storage.base import Base
from fieldvisit.storage.database import Database

HEADER = ["客户名称", "城市", "电话", "联系人", "手机", "职务", "客户备注"]
ROWS = [
    ["北京协和医院", "北京", "010-69156114", "张伟", "13812345678", "主任医师", "逢周三学习"],
    ["北京协和医院", "北京", "", "王芳芳", "13900002222", "药剂科", "=1+1"],
    ["湘雅医院", "长沙", "0731-84327000 / 待补充", "刘洋", "N/A", "Dr. Sarah Lim", "多行\n备注"],
    ["Raffles Clinic", "Singapore", "+65 6311 1111", "Sarah Lim", "+65 96694213", "GP", "'ok"],
]
VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:刘洋\r\nN:刘;洋;;;\r\nORG:湘雅医院;药剂科\r\n"
    "TEL;TYPE=CELL:139 0000 2222\r\nEMAIL:liu@example.cn\r\nNOTE:周三\\n门诊\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:" + "QUJD" * 60 + "\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88;=E9=9D=99\r\n"
    "TEL;CELL;PREF:13900002222\r\nBDAY:1980-02-03\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sarah Lim\r\nTEL;VALUE=uri:tel:+65-9669-4213\r\n"
    "UID:urn:uuid:2f0e4d4a-1c39-4d0c-9b55-3c1c3c7a1f10\r\nEND:VCARD\r\n"
)
CONTROL = [b"\x00", b"\x01", b"\x07", b"\x0b", b"\x1b", b"\x7f", "\u0085".encode(), b"\xef\xbb\xbf"]
TIME_LIMIT_S = 10


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    data: bytes
    encoding: str | None = None


@dataclass(slots=True)
class Tally:
    imported: int = 0
    refused: int = 0
    crashed: list[str] = field(default_factory=list)
    hung: list[str] = field(default_factory=list)
    changed_on_failure: list[str] = field(default_factory=list)

    @property
    def bugs(self) -> list[str]:
        return self.crashed + self.hung + self.changed_on_failure


def _csv_bytes(rows: list[list[str]], encoding: str = "utf-8-sig") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def _xlsx_bytes(rows: list[list[str]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2026 年客户名单"])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# ---- mutations of bytes ------------------------------------------------------------


def _truncate(rnd: random.Random, data: bytes) -> bytes:
    return data[: rnd.randrange(1, max(2, len(data)))]


def _flip(rnd: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        out[rnd.randrange(len(out))] ^= 1 << rnd.randrange(8)
    return bytes(out)


def _controls(rnd: random.Random, data: bytes) -> bytes:
    out = data
    for _ in range(rnd.randint(1, 6)):
        at = rnd.randrange(len(out) + 1)
        out = out[:at] + rnd.choice(CONTROL) + out[at:]
    return out


def _splice(rnd: random.Random, data: bytes) -> bytes:
    """A stretch repeated, dropped or a quote put in."""
    a, b = sorted(rnd.randrange(len(data) + 1) for _ in range(2))
    choice = rnd.randrange(3)
    if choice == 0:
        return data[:b] + data[a:b] * rnd.randint(1, 20) + data[b:]
    if choice == 1:
        return data[:a] + data[b:]
    return data[:a] + b'"' + data[a:]


BYTE_MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    _truncate,
    _flip,
    _controls,
    _splice,
]


# ---- mutations that know the format ------------------------------------------------


def _csv_cases(rnd: random.Random) -> Iterator[Case]:
    rows = [list(r) for r in ROWS]
    rnd.shuffle(rows)
    header = list(HEADER)
    kind = rnd.randrange(6)
    if kind == 0:  # a header duplicated
        header.insert(rnd.randrange(len(header)), rnd.choice(HEADER))
        yield Case("dup_header.csv", _csv_bytes([header, *rows]))
    elif kind == 1:  # GBK read as UTF-8, UTF-8 read as GBK, UTF-16 without its BOM
        gbk = _csv_bytes([header, *rows], "gb18030")
        yield Case("gbk_as_utf8.csv", gbk, "utf-8")
        yield Case("utf16_no_bom.csv", _csv_bytes([header, *rows], "utf-16-le"))
        yield Case("utf8_as_gbk.csv", _csv_bytes([header, *rows]), "gbk")
        yield Case("utf16_cut.csv", _truncate(rnd, _csv_bytes([header, *rows], "utf-16")))
    elif kind == 2:  # ragged rows
        ragged = [r[: rnd.randrange(1, len(r) + 1)] for r in rows]
        yield Case("ragged.csv", _csv_bytes([header, *ragged]))
    else:
        base = _csv_bytes([header, *rows], rnd.choice(["utf-8-sig", "gb18030", "utf-16"]))
        mutate = rnd.choice(BYTE_MUTATIONS)
        yield Case(f"{mutate.__name__.strip('_')}.csv", mutate(rnd, base))


def _rezip(data: bytes, change: Callable[[str, bytes], bytes | None]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = change(item.filename, source.read(item))
            if body is not None:
                target.writestr(item.filename, body)
    return out.getvalue()


def _xlsx_cases(rnd: random.Random) -> Iterator[Case]:
    header = list(HEADER)
    if rnd.random() < 0.2:
        header.insert(rnd.randrange(len(header)), rnd.choice(HEADER))
    base = _xlsx_bytes([header, *ROWS])
    names = zipfile.ZipFile(io.BytesIO(base)).namelist()
    victim = rnd.choice(names)
    kind = rnd.randrange(5)
    if kind == 0:
        mutate = rnd.choice(BYTE_MUTATIONS)
        yield Case(f"{mutate.__name__.strip('_')}.xlsx", mutate(rnd, base))
    elif kind == 1:  # one part's XML damaged, the zip itself sound
        mutate = rnd.choice(BYTE_MUTATIONS)
        yield Case(
            "part_damaged.xlsx",
            _rezip(base, lambda n, b: mutate(rnd, b) if n == victim and b else b),
        )
    elif kind == 2:  # a part missing
        yield Case("part_missing.xlsx", _rezip(base, lambda n, b: None if n == victim else b))
    elif kind == 3:  # control characters and odd text inside the sheet's strings
        yield Case(
            "xml_controls.xlsx",
            _rezip(base, lambda n, b: _controls(rnd, b) if "sheet" in n.lower() else b),
        )
    else:  # the sheet claims another size, or jumps rows
        dims = ["A1:XFD1048576", "A1:A1", "ZZ9", ""]

        def redim(n: str, b: bytes) -> bytes:
            if n.startswith("xl/worksheets/"):
                b = b.replace(b'ref="A1:G5"', f'ref="{rnd.choice(dims)}"'.encode())
                b = b.replace(b'<row r="5"', f'<row r="{rnd.randint(5, 2_000_000)}"'.encode())
            return b

        yield Case("dimensions.xlsx", _rezip(base, redim))


def _vcard_cases(rnd: random.Random) -> Iterator[Case]:
    base = VCARDS.encode()
    kind = rnd.randrange(5)
    if kind == 0:
        yield Case("utf16.vcf", _truncate(rnd, VCARDS.encode("utf-16")))
    elif kind == 1:  # END lines lost, or BEGIN lines doubled
        text = (
            VCARDS.replace("END:VCARD\r\n", "", rnd.randint(1, 3))
            if rnd.random() < 0.5
            else (VCARDS.replace("BEGIN:VCARD\r\n", "BEGIN:VCARD\r\nBEGIN:VCARD\r\n"))
        )
        yield Case("unbalanced.vcf", text.encode())
    elif kind == 2:  # folded at odd places
        folded = "\r\n ".join(VCARDS[i : i + rnd.randint(1, 40)] for i in range(0, len(VCARDS), 20))
        yield Case("folded.vcf", folded.encode())
    else:
        mutate = rnd.choice(BYTE_MUTATIONS)
        yield Case(f"{mutate.__name__.strip('_')}.vcf", mutate(rnd, base))


def cases(seed: int, count: int) -> Iterator[Case]:
    """``count`` cases or a few more, a third of each kind, the same for the same seed."""
    rnd = random.Random(seed)
    made = 0
    makers = [_csv_cases, _xlsx_cases, _vcard_cases]
    while made < count:
        for case in makers[made % 3](rnd):
            made += 1
            yield case


# ---- running them ------------------------------------------------------------------


def dump(db: Database) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every row of every table, in a stable order."""
    with db.read_scope() as session:
        return [
            (table.name, sorted((tuple(r) for r in session.execute(select(table))), key=repr))
            for table in Base.metadata.sorted_tables
        ]


class _Hung(BaseException):  # not caught by the broad handlers it passes through
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Hung


def run_case(
    db: Database, folder: Path, number: int, case: Case, account: Any, tally: Tally
) -> None:
    """Import ``case`` and count the outcome; bugs are described, never raised."""
    path = folder / f"{number:05d}_{case.name}"
    path.write_bytes(case.data)
    label = f"{path.name} ({len(case.data)} bytes)"
    before = dump(db)
    failed = False
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIME_LIMIT_S)
    try:
        if path.suffix == ".vcf":
            import_vcards(db, path, account)
        else:
            failed = import_accounts_file(db, path, encoding=case.encoding).rejected
    except FieldVisitError:
        failed = True
    except _Hung:
        tally.hung.append(label)
        return
    except Exception:  # the bug this hunts for
        tally.crashed.append(f"{label}: {traceback.format_exc(limit=-3)}")
        return
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    if failed:
        tally.refused += 1
        if dump(db) != before:
            tally.changed_on_failure.append(label)
    else:
        tally.imported += 1
    path.unlink()
