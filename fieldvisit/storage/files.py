"""Writing files so that a crash, a full disk or a refused permission never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` beside ``target`` under a temporary name, flush it, then rename it in.

    ``target`` is afterwards either the complete new file or what it was before; on
    any error the temporary file is removed and the :class:`OSError` propagates.
    The temporary file is created readable by its owner only (mkstemp).
    """
    fd, temp = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
