"""Where the database lives when neither ``--db`` nor ``$FIELDVISIT_DB`` says.

The location cannot be kept inside the database itself, so a move of the data
folder (Settings ▸ Data) is remembered in a small JSON file in the per-user
configuration folder, e.g. ``~/.config/FieldVisit/location.json`` on Linux.
"""

from __future__ import annotations

import json
from pathlib import Path

from platformdirs import user_config_path

from fieldvisit.domain.errors import DatabaseOpenError
from fieldvisit.i18n import message
from fieldvisit.storage.files import write_atomically

APP_NAME = "FieldVisit"
LOCATION_FILE = "location.json"


def location_file() -> Path:
    return user_config_path(APP_NAME, appauthor=False) / LOCATION_FILE


def chosen_db_path() -> Path | None:
    """The database file chosen in Settings, or ``None`` to use the standard place.

    A chosen file that has gone missing (a drive not connected, say) is an error:
    silently starting an empty database elsewhere would look like lost data.
    """
    config = location_file()
    try:
        raw = json.loads(config.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise DatabaseOpenError(
            message(
                "{config} cannot be read ({reason}). Delete it to use the standard data folder.",
                config=config,
                reason=exc,
            )
        ) from exc
    value = raw.get("database") if isinstance(raw, dict) else None
    if not isinstance(value, str) or not value.strip():
        return None
    path = Path(value).expanduser()
    if not path.is_file():
        raise DatabaseOpenError(
            message(
                "The database {path} chosen in Settings is not there. Connect the drive it is "
                "on, or delete {config} to use the standard data folder.",
                path=path,
                config=config,
            )
        )
    return path


def remember_db_path(path: Path | None) -> None:
    """Write the chosen database file atomically; ``None`` returns to the standard place."""
    config = location_file()
    if path is None:
        config.unlink(missing_ok=True)
        return
    config.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = json.dumps({"database": str(path)}, ensure_ascii=False, indent=2) + "\n"
    write_atomically(config, text.encode("utf-8"))
