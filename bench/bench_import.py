"""How fast accounts import from .xlsx: a fresh database, and the 50k demo with matching.

    python bench/bench_import.py [--rows 20000] [--demo /work/main/bench/out/demo-50k.db]

Generates a 20,000-row workbook (accounts with 1–4 stakeholders each, Chinese headers,
a title row), imports it into a fresh database, imports it again (nothing changes),
then into a copy of the demo database (matched by name and city over 50k accounts),
and finally re-imports an export of the demo's first accounts (matched by ID).
Prints figures; asserts nothing. The demo database itself is never written.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this tree, not the installed one

from openpyxl import Workbook

from fieldvisit.services.import_export import all_account_ids, export_accounts
from fieldvisit.services.import_export.account_import import ImportResult, import_accounts_file
from fieldvisit.storage.migrate import open_database

DEMO = Path(__file__).resolve().parent / "out" / "demo-50k.db"
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


def generate(path: Path, rows: int, seed: int = 7) -> int:
    rnd = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(["2024 年客户名单（基准测试）"])
    sheet.append(HEADERS)
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
        for _ in range(min(rnd.randint(1, 4), rows - written)):
            name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(["", *GIVEN])
            sheet.append(
                [
                    *head,
                    name,
                    rnd.choice(POSTS),
                    "心内科",
                    f"1{rnd.randint(3, 9)}{rnd.randint(0, 10**9 - 1):09d}",
                    f"u{written}@example.cn",
                ]
            )
            written += 1
    book.save(path)
    return accounts


def timed(label: str, db_path: Path, file: Path) -> ImportResult:
    db = open_database(db_path)
    try:
        started = time.perf_counter()
        result = import_accounts_file(db, file)
        seconds = time.perf_counter() - started
    finally:
        db.close()
    print(
        f"{label:<44} {seconds:6.1f} s  rows {result.rows:>6,}  "
        f"accounts +{result.accounts_created:,} ~{result.accounts_updated:,} "
        f"={result.accounts_unchanged:,}  people "
        f"+{result.stakeholders_created:,} ~{result.stakeholders_updated:,} "
        f"={result.stakeholders_unchanged:,}  issues {len(result.issues)}"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--demo", type=Path, default=DEMO)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        tmp = Path(folder)
        book = tmp / "accounts.xlsx"
        started = time.perf_counter()
        accounts = generate(book, args.rows)
        print(
            f"generated {book.name}: {args.rows:,} rows, {accounts:,} accounts, "
            f"{book.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s"
        )
        fresh = tmp / "fresh.db"
        timed("import into a fresh database", fresh, book)
        timed("same file again (nothing changes)", fresh, book)
        if not args.demo.is_file():
            print(f"{args.demo} not found; skipping the demo database runs")
            return
        copy = tmp / "demo-copy.db"
        source = sqlite3.connect(f"{args.demo.as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(copy)
        source.backup(target)  # a consistent copy, WAL included; the demo is only read
        source.close()
        target.close()
        timed("import into a copy of the demo (50k accounts)", copy, book)
        db = open_database(copy)
        try:
            ids = all_account_ids(db)[: args.rows * 2 // 5]
            export = tmp / "demo-export.xlsx"
            started = time.perf_counter()
            result = export_accounts(db, ids, export, lang="zh")
            print(
                f"{'export of ' + format(len(ids), ',') + ' demo accounts to .xlsx':<44} "
                f"{time.perf_counter() - started:6.1f} s  {result.accounts:,} accounts, "
                f"{result.stakeholders:,} stakeholders"
            )
        finally:
            db.close()
        timed("re-import of that export (matched by ID)", copy, export)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
