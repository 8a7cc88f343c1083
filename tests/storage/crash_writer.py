"""Helper for test_crash_durability.py (not a test): write until killed.

Usage: python crash_writer.py DB_PATH FIRST_SEQ

Prints ``opening`` just before :func:`open_database`, ``open`` once it returned, then
the sequence number of each transaction after it committed. Each transaction is one
realistic unit of work over several tables: a team member, an account it owns, two
stakeholders of that account and a contact record.
"""

from __future__ import annotations

import sys
import uuid

from fieldvisit import clock
from fieldvisit.domain.enums import AccountType, ContactMethod, MemberRole
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, ContactRecord, Stakeholder, TeamMember

NOTES = "拜访记录 visit notes " * 40  # a few KB per transaction, so writes take a while


def main(argv: list[str]) -> None:
    path, seq = argv[1], int(argv[2])
    print("opening", flush=True)
    db = open_database(path)
    print("open", flush=True)
    while True:
        with db.session_scope() as session:
            rep = TeamMember(id=uuid.uuid4(), name=f"rep {seq}", role=MemberRole.REP)
            account = Account(
                id=uuid.uuid4(),
                name=f"account {seq}",
                account_type=AccountType.HOSPITAL,
                owner_id=rep.id,
                notes=NOTES,
            )
            # No relationship() links these models: flush parents before children.
            session.add(rep)
            session.flush()
            session.add(account)
            session.flush()
            session.add_all(
                [
                    Stakeholder(account_id=account.id, name=f"stakeholder {seq}.{k}", notes=NOTES)
                    for k in (1, 2)
                ]
            )
            session.flush()
            session.add(
                ContactRecord(
                    account_id=account.id,
                    author_id=rep.id,
                    occurred_at=clock.now_utc(),
                    method=ContactMethod.VISIT,
                    content=NOTES,
                    purposes=["relationship"],
                )
            )
        print(seq, flush=True)
        seq += 1


if __name__ == "__main__":
    main(sys.argv)
