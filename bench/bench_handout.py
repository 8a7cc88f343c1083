"""Co-visit handout render time against a bare ReportLab document of the same text and font.

The bare document is what ReportLab costs at the least: the handout's own text (taken
back out of its PDF), one plain ``Paragraph`` per line in the same embedded font and
size, on the same paper and margins. The goal is a handout within 3x of it. Also prints
the share of the render spent breaking lines (our CJK line breaker), from cProfile.
Times are CPU time of this process (steadier than wall time on a busy machine); the
wall-clock median is printed beside. Prints figures, never asserts.

    python bench/bench_handout.py [--runs N] [--calls N] [--lang zh|en]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fieldvisit.reports.covisit_handout import CoVisitHandout
from fieldvisit.reports.fonts import register_fonts
from tests.reports.conftest import make_covisit

PRINTED_ON = date(2026, 1, 5)


def timed(work: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median CPU and wall seconds of ``runs`` calls (after one warm-up)."""
    work()
    cpu, wall = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        work()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return statistics.median(cpu), statistics.median(wall)


def pdf_lines(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return [line.strip() for line in text.splitlines() if line.strip()]


def bare_document(lines: list[str], renderer: CoVisitHandout) -> Callable[[], bytes]:
    font = register_fonts()
    plain = ParagraphStyle("Plain", fontName=font, fontSize=9.5, leading=13.5, wordWrap="CJK")

    def render() -> bytes:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=renderer.margin_left,
            rightMargin=renderer.margin_right,
            topMargin=renderer.margin_top,
            bottomMargin=renderer.margin_bottom,
            initialFontName=font,
        )
        doc.build([Paragraph(escape(line), plain) for line in lines])
        return buffer.getvalue()

    return render


def line_breaking_share(work: Callable[[], object], runs: int) -> float:
    """Share of the render's time under ``breakLinesCJK`` (cProfile, cumulative)."""
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(runs):
        work()
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = breaking = 0.0
    for (_file, _line, name), (_cc, _nc, _tt, cumulative, _callers) in stats.items():
        if name == "render":
            total = max(total, cumulative)
        if name == "breakLinesCJK":
            breaking += cumulative
    return breaking / total if total else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--calls", type=int, default=3)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    args = parser.parse_args()

    renderer = CoVisitHandout()
    snapshot = make_covisit(calls=args.calls)

    def handout() -> bytes:
        return renderer.render(snapshot, lang=args.lang, printed_on=PRINTED_ON)

    pdf = handout()
    lines = pdf_lines(pdf)
    bare = bare_document(lines, renderer)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    bare_pages = len(PdfReader(io.BytesIO(bare())).pages)

    h_cpu, h_wall = timed(handout, args.runs)
    b_cpu, b_wall = timed(bare, args.runs)
    share = line_breaking_share(handout, max(3, args.runs // 5))
    print(
        f"handout ({args.calls} calls, {args.lang}, {pages} pages, {len(lines)} lines of text), "
        f"median of {args.runs}: {h_cpu * 1000:.0f} ms CPU ({h_wall * 1000:.0f} ms wall)"
    )
    print(
        f"bare ReportLab, same text and font ({bare_pages} pages): "
        f"{b_cpu * 1000:.0f} ms CPU ({b_wall * 1000:.0f} ms wall)"
    )
    print(f"ratio handout / bare: {h_cpu / b_cpu:.2f}x CPU  (goal <= 3x)")
    print(f"line breaking: {share * 100:.0f} % of the handout's render time (cProfile)")


if __name__ == "__main__":
    main()
