"""The common document: paper, margins, header, "page X of Y" footer, and the build.

Each renderer subclasses :class:`ReportRenderer`, says what its title is and which
flowables make up its body; everything printed around the body lives here.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from fieldvisit import clock
from fieldvisit.i18n import list_separator
from fieldvisit.reports import strings
from fieldvisit.reports.fonts import register_fonts
from fieldvisit.reports.styles import ACCENT, INK, MUTED, RULE

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
DEFAULT_COMPANY = "FieldVisit"

S = TypeVar("S")


def normalise_lang(lang: str) -> str:
    """``zh``, ``zh_CN``, ``zh-CN`` → ``zh``; ``en``, ``en_US`` → ``en``."""
    code = lang.strip().lower().replace("-", "_")
    if code.startswith("zh"):
        return "zh"
    if code.startswith("en"):
        return "en"
    raise ValueError(f"Unsupported report language {lang!r}: use zh or en.")


def normalise_paper(paper: str) -> str:
    code = paper.strip().lower()
    if code not in PAPERS:
        raise ValueError(f"Unsupported paper {paper!r}: use a4 or letter.")
    return code


@dataclass(frozen=True, slots=True)
class Context:
    """What a renderer needs to know besides the snapshot."""

    lang: str
    paper: str
    company: str
    printed_on: date
    width: float = field(default=0.0)
    """Width of the text frame in points."""
    height: float = field(default=0.0)
    """Height of the text frame in points."""

    def t(self, key: str, **values: object) -> str:
        return strings.text(key, self.lang, **values)

    def date(self, value: date | None) -> str:
        return strings.format_date(value, self.lang)

    @property
    def list_separator(self) -> str:
        """Between the items of a list in running text: 甲、乙 in Chinese, "a, b" in English."""
        return list_separator(self.lang)

    def join(self, items: Iterable[str]) -> str | None:
        """A list in running text (see :attr:`list_separator`); None if empty."""
        return self.list_separator.join(items) or None


def _numbered_canvas(furniture: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds pages back until it knows how many there are."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                furniture(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class ReportRenderer(ABC, Generic[S]):
    """One printed document. Subclasses set ``title_key`` and implement :meth:`story`."""

    title_key: ClassVar[str] = ""
    landscape: ClassVar[bool] = False
    margin_left: ClassVar[float] = 18 * mm
    margin_right: ClassVar[float] = 18 * mm
    margin_top: ClassVar[float] = 24 * mm
    margin_bottom: ClassVar[float] = 20 * mm
    header_baseline: ClassVar[float] = 13 * mm
    """Distance of the header text from the top edge of the paper."""
    footer_baseline: ClassVar[float] = 10 * mm

    @abstractmethod
    def story(self, snapshot: S, ctx: Context) -> list[Flowable]:
        """The document's content, page furniture aside."""

    def subject(self, snapshot: S, ctx: Context) -> str:
        """Who or what the document is about, shown in the header and PDF metadata."""
        return ""

    def render(
        self,
        snapshot: S,
        *,
        lang: str = "en",
        paper: str = "a4",
        company: str = DEFAULT_COMPANY,
        printed_on: date | None = None,
    ) -> bytes:
        register_fonts()
        size = PAPERS[normalise_paper(paper)]
        pagesize = landscape(size) if self.landscape else size
        width = pagesize[0] - self.margin_left - self.margin_right
        ctx = Context(
            lang=normalise_lang(lang),
            paper=normalise_paper(paper),
            company=company.strip() or DEFAULT_COMPANY,
            printed_on=printed_on or clock.today(),
            width=width,
            height=pagesize[1] - self.margin_top - self.margin_bottom,
        )
        title = ctx.t(self.title_key)
        subject = self.subject(snapshot, ctx)
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=pagesize,
            leftMargin=self.margin_left,
            rightMargin=self.margin_right,
            topMargin=self.margin_top,
            bottomMargin=self.margin_bottom,
            title=f"{title} – {subject}" if subject else title,
            author=ctx.company,
            subject=subject,
            creator="FieldVisit",
            lang="zh-CN" if ctx.lang == "zh" else "en",
            # Else every page names Helvetica, a standard font that is never embedded.
            initialFontName=register_fonts(),
            initialFontSize=10,
            initialLeading=12,
        )
        frame = Frame(
            doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

        def furniture(canvas: Canvas, number: int, total: int) -> None:
            self._draw_furniture(canvas, ctx, pagesize, title, subject, number, total)

        doc.build(self.story(snapshot, ctx), canvasmaker=_numbered_canvas(furniture))
        return buffer.getvalue()

    def _draw_furniture(
        self,
        canvas: Canvas,
        ctx: Context,
        pagesize: tuple[float, float],
        title: str,
        subject: str,
        number: int,
        total: int,
    ) -> None:
        font = register_fonts()
        page_w, page_h = pagesize
        left, right = self.margin_left, page_w - self.margin_right
        canvas.saveState()
        top = page_h - self.header_baseline
        canvas.setFont(font, 10)
        canvas.setFillColor(ACCENT)
        canvas.drawString(left, top, fit_text(ctx.company, font, 10, (right - left) * 0.45))
        canvas.setFillColor(INK)
        canvas.drawRightString(right, top, fit_text(title, font, 10, (right - left) * 0.5))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, top - 2.6 * mm, right, top - 2.6 * mm)
        bottom = self.footer_baseline
        canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        canvas.setFont(font, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(left, bottom, ctx.t("printed_on", date=ctx.date(ctx.printed_on)))
        if subject:
            canvas.drawCentredString(
                (left + right) / 2, bottom, fit_text(subject, font, 8, (right - left) * 0.4)
            )
        canvas.drawRightString(right, bottom, ctx.t("page_x_of_y", page=number, pages=total))
        canvas.restoreState()


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits in ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
