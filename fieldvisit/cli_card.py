"""``fieldvisit card ID``: a customer card as the card window shows it, headless.

It prints the one card view (:func:`fieldvisit.services.accounts.cards.load_card`),
each field under its declared label (:mod:`fieldvisit.domain.fields.account`).
Wired into :mod:`fieldvisit.cli` with ``add_card_commands(commands, common)``.
"""

from __future__ import annotations

import argparse
import dataclasses
import uuid
from datetime import date
from enum import StrEnum
from typing import Any


def add_card_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    card = commands.add_parser(
        "card", parents=[common], help="show a customer card's fields and history rows"
    )
    card.add_argument("id", metavar="ID", help="the account's ID (see `search --json`)")
    card.add_argument(
        "--lang", choices=("en", "zh"), default="en", help="label language (default en)"
    )
    card.set_defaults(handler=_cmd_card)


def _cmd_card(args: argparse.Namespace) -> int:
    from fieldvisit.cli import EXIT_OK, _open, _print_json
    from fieldvisit.domain.card_rules import yuan_text
    from fieldvisit.domain.fields import account
    from fieldvisit.domain.fields.spec import Kind
    from fieldvisit.services.accounts.cards import load_card
    from fieldvisit.services.reporting.lookup import parse_id

    key = parse_id(args.id, "account")
    db = _open(args)
    try:
        card = load_card(db, key)
    finally:
        db.close()
    if args.json:
        rows = ("grades", "prices", "contributions", "complaints", "projects", "plans")
        _print_json(
            {
                "id": str(card.id),
                "updated_at": card.updated_at.isoformat() if card.updated_at else None,
                "owner": card.owner_name,
                "fields": {f.attr: _json(card.value(f.key)) for f in account.ACCOUNT_FIELDS},
                **{
                    name: [
                        {k: _json(v) for k, v in dataclasses.asdict(row).items()}
                        for row in getattr(card, name)
                    ]
                    for name in rows
                },
            }
        )
        return EXIT_OK
    print(f"{card.basics.name}  [{card.id}]")
    for f in account.ACCOUNT_FIELDS:
        value = card.owner_name if f.kind is Kind.MEMBER else card.value(f.key)
        text = _text(value, args.lang)
        if text and f.kind is Kind.MONEY:
            text = "¥" + yuan_text(int(text))
        if text:
            print(f"  {f.label.plain(args.lang)}: {text}")
    return EXIT_OK


def _json(value: object) -> object:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date | uuid.UUID):
        return str(value)
    return value


def _text(value: object, lang: str) -> str:
    from fieldvisit.domain.labels import label

    if value is None or value == "":
        return ""
    if isinstance(value, StrEnum):
        return label(value, lang)
    if isinstance(value, bool):
        return ("是" if value else "否") if lang == "zh" else ("yes" if value else "no")
    return " ".join(str(value).split())
