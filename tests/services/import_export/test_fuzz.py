"""Hundreds of damaged files through the importers: only FieldVisitErrors, no hang, and
nothing written whenever an import reports failure. bench/fuzz_import.py runs longer."""

from __future__ import annotations

import uuid
from pathlib import Path

from fieldvisit.storage.database import Database
from tests.services.import_export.fuzzing import Tally, cases, run_case

SEED = 20261123
COUNT = 300


def test_damaged_files_are_refused_cleanly(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    tally = Tally()
    for number, case in enumerate(cases(SEED, COUNT)):
        run_case(db, tmp_path, number, case, seeded["xiehe"], tally)
    assert tally.bugs == [], "\n".join(tally.bugs)
    assert tally.imported + tally.refused >= COUNT
    assert tally.refused > COUNT // 3  # the damage is real: most files are refused
