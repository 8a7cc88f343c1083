"""Import speed and memory against plain reading of the same file (issue 13, item 10).

    python bench/bench_bulk_import.py [--rows 20000] [--memory-rows 100000] [--repeat 3]
                                      [--existing 0]

Writes one sheet of accounts with 1–4 stakeholders each (Chinese headers, a title row)
as .xlsx (shared strings as Excel writes them; inline strings as openpyxl writes them)
and as GBK CSV, then prints for each:
  - plain reading: openpyxl read-only iteration (values only); the csv module over the
    decoded text;
  - the import into a fresh database, its ratio to plain reading, and how long it held
    the write lock (the longest ``session_scope``), in wall-clock and in CPU time;
and, in a child process each (peak resident size, VmHWM), the memory of importing
``--memory-rows`` rows against that of plain reading. Best of ``--repeat`` runs, after
one warm-up import. Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HEADERS = [
    "客户名称",
    "类型",
    "城市",
    "地址",
    "电话",
    "级别",
    "联系人",
    "职务",
    "科室",
    "手机",
    "邮箱",
]
TYPES = ["医院", "药店", "经销商", "诊所", "零售终端"]
CITIES = ["北京", "上海", "长沙", "成都", "武汉", "广州", "杭州", "西安"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
POSTS = ["主任医师", "副主任医师", "药剂科主任", "采购经理", "店长", "护士长"]


def sheet_rows(rows: int, seed: int = 7) -> Iterator[list[str]]:
    """A title row, the header, then ``rows`` rows; people's names differ within an account."""
    rnd = random.Random(seed)
    yield ["2024 年客户名单（基准测试）"]
    yield HEADERS
    written = accounts = 0
    while written < rows:
        accounts += 1
        city = rnd.choice(CITIES)
        head = [
            f"{city}第{accounts}人民医院",
            rnd.choice(TYPES),
            city,
            f"{city}市中山路{rnd.randint(1, 999)}号",
            f"0{rnd.randint(10, 999)}-{rnd.randint(10_000_000, 99_999_999)}",
            rnd.choice("ABCD"),
        ]
        names: set[str] = set()
        for _ in range(min(rnd.randint(1, 4), rows - written)):
            name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(["", *GIVEN])
            while name in names:
                name += rnd.choice(GIVEN)
            names.add(name)
            mobile = f"1{rnd.randint(3, 9)}{rnd.randint(0, 10**9 - 1):09d}"
            yield [*head, name, rnd.choice(POSTS), "心内科", mobile, f"u{written}@example.cn"]
            written += 1


def write_inline_xlsx(path: Path, rows: int) -> None:
    """As openpyxl saves a workbook: every text inline in its cell."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    for row in sheet_rows(rows):
        sheet.append(row)
    book.save(path)


_INLINE = re.compile(r'<c r="([A-Z]+\d+)" t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>')
SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def _last_cell(sheet: str) -> str:
    rows = re.findall(r'<row r="(\d+)"', sheet)
    columns = re.findall(r'<c r="([A-Z]+)\d+"', sheet)
    return f"{max(columns, key=lambda c: (len(c), c))}{rows[-1]}"


def write_xlsx(path: Path, rows: int) -> None:
    """As Excel and WPS save a workbook: texts in the shared strings part, cells by index."""
    inline = path.with_suffix(".inline.xlsx")
    write_inline_xlsx(inline, rows)
    strings: dict[str, int] = {}

    def shared(match: re.Match[str]) -> str:
        index = strings.setdefault(match.group(2), len(strings))
        return f'<c r="{match.group(1)}" t="s"><v>{index}</v></c>'

    with zipfile.ZipFile(inline) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename).decode("utf-8")
            if item.filename.startswith("xl/worksheets/sheet"):
                data = _INLINE.sub(shared, data)
                # Excel states the sheet's extent up front (openpyxl's read-only mode
                # otherwise reads the whole sheet once more to find it).
                extent = f'<dimension ref="A1:{_last_cell(data)}"/>'
                data = data.replace("<sheetData>", extent + "<sheetData>", 1)
            elif item.filename == "[Content_Types].xml":
                part = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST}"/>'
                data = data.replace("</Types>", part + "</Types>")
            elif item.filename == "xl/_rels/workbook.xml.rels":
                rel = f'<Relationship Id="rIdSst" Type="{SST_REL}" Target="sharedStrings.xml"/>'
                data = data.replace("</Relationships>", rel + "</Relationships>")
            out.writestr(item.filename, data)
        items = "".join(f"<si><t>{text}</t></si>" for text in strings)
        out.writestr(
            "xl/sharedStrings.xml",
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'uniqueCount="{len(strings)}">{items}</sst>',
        )
    inline.unlink()


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="gbk", newline="") as handle:
        csv.writer(handle).writerows(sheet_rows(rows))


def read_plain(path: Path) -> int:
    """What reading the file costs without importing it: rows seen."""
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            return sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
        finally:
            book.close()
    text = path.read_bytes().decode("gb18030")
    return sum(1 for _ in csv.reader(io.StringIO(text, newline="")))


def empty_database(folder: Path, existing: int = 0) -> Path:
    """A migrated database, copied for each run (creating one is not the import), holding
    ``existing`` accounts of other names (matching and the write-phase check read them)."""
    import uuid

    from sqlalchemy import insert

    from fieldvisit.domain.enums import AccountType
    from fieldvisit.storage.migrate import open_database
    from fieldvisit.storage.models import Account

    path = folder / "empty.db"
    if not path.exists():
        db = open_database(path)
        with db.session_scope() as session:
            rows = [
                {
                    "id": uuid.uuid4(),
                    "name": f"存量客户{i}",
                    "account_type": AccountType.PHARMACY,
                    "city": CITIES[i % len(CITIES)],
                }
                for i in range(existing)
            ]
            if rows:
                session.execute(insert(Account), rows)
        db.close()
    return path


def _cold_caches() -> None:
    """Every run starts as the first import after starting the app: pinyin caches empty."""
    from fieldvisit.domain import search_text

    for value in vars(search_text).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


def import_file(path: Path, empty: Path, holds: list[float] | None = None) -> tuple[float, float]:
    """Seconds (wall, CPU) ``import_accounts_file`` takes on a copy of ``empty``."""
    from fieldvisit.services.import_export.account_import import import_accounts_file
    from fieldvisit.storage.migrate import open_database

    _cold_caches()
    db_path = empty.with_name("bench.db")
    shutil.copyfile(empty, db_path)
    db = open_database(db_path)
    if holds is not None:
        scope = db.session_scope

        @contextmanager
        def timed_scope() -> Iterator[object]:
            started = time.perf_counter()
            with scope() as session:
                yield session
            holds.append(time.perf_counter() - started)

        db.session_scope = timed_scope  # type: ignore[method-assign, assignment]
    try:
        started = time.perf_counter(), time.process_time()
        result = import_accounts_file(db, path)
        seconds = time.perf_counter() - started[0], time.process_time() - started[1]
    finally:
        db.close()
    if result.issues or not result.committed:
        raise SystemExit(f"{path.name}: the import failed: {result.issues[:3]}")
    return seconds


def best(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """The shortest wall and CPU times of ``repeat`` runs (the machine is shared: the
    minimum is the cost; CPU time is what other programs disturb least)."""
    walls, cpus = [], []
    for _ in range(repeat):
        started = time.perf_counter(), time.process_time()
        seconds = run()
        if not isinstance(seconds, tuple):
            seconds = time.perf_counter() - started[0], time.process_time() - started[1]
        walls.append(seconds[0])
        cpus.append(seconds[1])
    return min(walls), min(cpus)


def child_peak(what: str, path: Path, empty: Path) -> tuple[float, float]:
    """Resident memory (MB) of a fresh interpreter doing ``what`` with ``path``: after
    loading the modules, and at its peak."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", what, str(path), str(empty)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    loaded, peak = out.split()[-2:]
    return float(loaded), float(peak)


def _maxrss_mb() -> float:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss it does not start
    from the parent's size at fork)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(what: str, path: Path, empty: Path) -> None:
    # Both measures start from the same loaded modules: only the work itself differs.
    import openpyxl
    import sqlalchemy

    import fieldvisit.domain.search_text
    import fieldvisit.services.import_export.account_import
    import fieldvisit.storage.migrate
    from fieldvisit.domain.search_text import account_key

    account_key("北京协和医院")  # the pinyin dictionaries are loaded on first use
    del openpyxl, sqlalchemy, fieldvisit
    loaded = _maxrss_mb()
    if what == "read":
        read_plain(path)
    else:
        import_file(path, empty)
    print(loaded, _maxrss_mb())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--memory-rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--existing", type=int, default=0, help="accounts already in the database imported into"
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return
    with tempfile.TemporaryDirectory(prefix="bench-bulk-") as folder:
        tmp = Path(folder)
        empty = empty_database(tmp, args.existing)
        files = (
            ("xlsx (shared strings, as Excel saves)", ".xlsx", write_xlsx),
            ("xlsx (inline strings, as openpyxl saves)", ".xlsx", write_inline_xlsx),
            ("GBK csv", ".csv", write_csv),
        )
        warm = False
        for kind, suffix, write in files:
            path = tmp / f"accounts{suffix}"
            write(path, args.rows)
            if not warm:
                import_file(path, empty)  # modules and dictionaries loaded, caches filled
                warm = True
            plain = best(args.repeat, partial(read_plain, path))
            holds: list[float] = []
            imported = best(args.repeat, partial(import_file, path, empty, holds))
            print(f"{args.rows:,} rows, {kind}:")
            print(
                f"  wall: plain read {plain[0]:5.2f} s  import {imported[0]:5.2f} s"
                f"  ratio {imported[0] / plain[0]:5.2f}  write lock held {min(holds):4.2f} s\n"
                f"  CPU:  plain read {plain[1]:5.2f} s  import {imported[1]:5.2f} s"
                f"  ratio {imported[1] / plain[1]:5.2f}"
            )
        for kind, suffix, write in files[::2] if args.memory_rows > 0 else ():
            path = tmp / f"memory{suffix}"
            write(path, args.memory_rows)
            loaded, plain_mb = child_peak("read", path, empty)
            _, import_mb = child_peak("import", path, empty)
            print(
                f"{args.memory_rows:,} rows, {kind}:\n  peak memory (VmHWM of a child): "
                f"modules loaded {loaded:4.0f} MB, plain read {plain_mb:5.0f} MB, "
                f"import {import_mb:5.0f} MB"
            )


if __name__ == "__main__":
    main()
