"""This laptop's membership of a team: the server's address and the device token.

Kept in a file beside the database, readable by its owner only (0600), never inside the
database: a backup of the data restored on someone else's laptop must not carry the
identity (and the token) of the laptop it came from.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.i18n import message
from fieldvisit.storage.files import write_atomically

if TYPE_CHECKING:
    from fieldvisit.storage.database import Database


class SyncSetupError(FieldVisitError):
    title = "Team sync"

    def __init__(self, detail: str, reason: str = "") -> None:
        super().__init__(detail)
        self.reason = reason
        """What went wrong as a code ("unreachable", "code_invalid"…) the window translates."""


@dataclass(frozen=True, slots=True)
class DeviceIdentity:
    server_url: str
    device_id: uuid.UUID
    member_id: uuid.UUID
    member_name: str
    role: str
    token: str
    joined_at: str


def identity_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.team.json")


def in_team(db: Database) -> bool:
    """Whether this laptop's database has joined a team (syncs with a server)."""
    return db.path is not None and load_identity(db.path) is not None


def load_identity(database: Path) -> DeviceIdentity | None:
    """The identity saved by ``sync join`` for this database, or ``None`` when used alone."""
    path = identity_path(database)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return DeviceIdentity(
            server_url=str(raw["server_url"]),
            device_id=uuid.UUID(raw["device_id"]),
            member_id=uuid.UUID(raw["member_id"]),
            member_name=str(raw["member_name"]),
            role=str(raw["role"]),
            token=str(raw["token"]),
            joined_at=str(raw["joined_at"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SyncSetupError(
            message(
                "{path} cannot be read ({reason}); join the team again to replace it.",
                path=path,
                reason=type(exc).__name__,
            )
        ) from exc


def save_identity(database: Path, identity: DeviceIdentity) -> Path:
    path = identity_path(database)
    data = {k: str(v) for k, v in asdict(identity).items()}
    # mkstemp makes the temporary file 0600; the rename keeps that mode.
    write_atomically(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode())
    return path
