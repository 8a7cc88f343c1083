"""Chinese line breaking: no line starts with closing punctuation (禁则)."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from fieldvisit.reports.paragraphs import CANNOT_START, Para, can_break_between, markup
from fieldvisit.reports.styles import style

TEXT = (
    "客户对新产品的疗效很满意，但担心价格偏高；希望我们提供更多的临床数据。"
    "下次拜访带上最新的研究报告（含《指南》摘要），并邀请朱镕主任参加学术会议！可以吗？"
) * 3
WIDTHS = range(60, 320, 1)


def line_texts(paragraph: Paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 10_000)
    lines = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):
            lines.append(" ".join(line[1]))
        else:
            lines.append("".join(frag.text for frag in line.words))
    return lines


def test_reportlab_alone_starts_lines_with_a_full_width_comma() -> None:
    """Why Para exists: ReportLab's CJK wrap lacks ，；？！ in its list."""
    offending = [
        w
        for w in WIDTHS
        if any(ln[:1] in CANNOT_START for ln in line_texts(Paragraph(TEXT, style("Body")), w))
    ]
    assert offending


@pytest.mark.parametrize("width", WIDTHS)
def test_para_never_starts_a_line_with_closing_punctuation(width: int) -> None:
    lines = line_texts(Para(TEXT, style("Body")), width)
    assert "".join(lines) == TEXT
    assert [ln for ln in lines if ln[:1] in CANNOT_START] == []
    assert [ln for ln in lines[:-1] if ln[-1:] in "（《“"] == []


@pytest.mark.parametrize("width", [80, 120, 200])
def test_english_breaks_at_spaces_and_never_overflows(width: int) -> None:
    sentence = "The rep opened well, but asked too few open questions before presenting (FAB)."
    paragraph = Para(sentence, style("Body"))
    lines = line_texts(paragraph, width)
    assert " ".join(ln.strip() for ln in lines) == sentence
    words = set(sentence.split())
    assert all(word in words for ln in lines for word in ln.split())
    assert all(line.currentWidth <= width + 0.01 for line in paragraph.blPara.lines)


def test_break_rules() -> None:
    assert can_break_between("好", "的")
    assert not can_break_between("好", "，")
    assert not can_break_between("《", "指")
    assert not can_break_between("a", "b")
    assert can_break_between("a", " ")
    assert can_break_between("a", "镕")


def test_markup_escapes_user_text_and_keeps_line_breaks() -> None:
    assert markup("a < b & c\n第二行") == "a &lt; b &amp; c<br/>第二行"
    assert markup(None) == ""


def test_a_paragraph_is_broken_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    import fieldvisit.reports.paragraphs as paragraphs

    broken: list[tuple[float, ...]] = []
    measured: list[int] = []
    real_break, real_glyphs = paragraphs.break_glyphs, paragraphs.glyphs

    def counting_break(chars, max_widths, calc_bounds):  # type: ignore[no-untyped-def]
        broken.append(tuple(max_widths))
        return real_break(chars, max_widths, calc_bounds)

    def counting_glyphs(frags):  # type: ignore[no-untyped-def]
        measured.append(len(frags))
        return real_glyphs(frags)

    monkeypatch.setattr(paragraphs, "break_glyphs", counting_break)
    monkeypatch.setattr(paragraphs, "glyphs", counting_glyphs)
    paragraph = Para(TEXT, style("Body"))
    first = line_texts(paragraph, 150)
    assert line_texts(paragraph, 150) == first  # a table measuring, then drawing
    assert line_texts(paragraph, 150) == first
    assert len(broken) == 1
    assert line_texts(paragraph, 200) != first  # another width is broken anew
    assert line_texts(paragraph, 150) == first
    assert len(broken) == 2 and len(measured) == 1


def test_a_split_paragraph_keeps_every_character_once() -> None:
    paragraph = Para(TEXT, style("Body"))
    whole = line_texts(paragraph, 150)
    leading = style("Body").leading
    top, rest = paragraph.split(150, leading * 3 + 1)
    # ReportLab's split puts a space after each line end of the lines it hands on.
    top_text = "".join(line_texts(top, 150)).replace(" ", "")
    assert top_text == "".join(whole[:3])
    assert top_text + "".join(line_texts(rest, 150)).replace(" ", "") == TEXT
    # A split edits the lines it hands on; the paragraph breaks afresh if placed again.
    assert line_texts(paragraph, 150) == whole
