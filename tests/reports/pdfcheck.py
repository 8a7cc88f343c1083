"""Looking inside rendered PDFs: text, fonts, pages."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def font_problems(pdf: bytes) -> list[str]:
    """Every font on every page that is not embedded, or is a standard or CID font."""
    problems = []
    for number, page in enumerate(reader(pdf).pages, start=1):
        fonts = page["/Resources"].get("/Font", DictionaryObject())
        for key, ref in fonts.items():
            font = ref.get_object()
            name = str(font.get("/BaseFont", "?")).lstrip("/")
            descriptor_owner = font
            if font.get("/Subtype") == "/Type0":
                descriptor_owner = font["/DescendantFonts"][0].get_object()
            descriptor = descriptor_owner.get("/FontDescriptor")
            if name.split("+")[-1] in STANDARD_14:
                problems.append(f"page {number} {key}: standard font {name}")
            elif descriptor is None or "/FontFile2" not in descriptor.get_object():
                problems.append(f"page {number} {key}: {name} is not embedded as TrueType")
    return problems


def qpdf_check(pdf: bytes, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    qpdf = shutil.which("qpdf")
    assert qpdf is not None
    path = tmp_path / "check.pdf"
    path.write_bytes(pdf)
    return subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
