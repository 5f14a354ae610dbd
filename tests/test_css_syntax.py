"""Every stylesheet the site serves is well formed: an unclosed block makes a
browser drop every rule after it, silently (a merge once left one open, and
the phone menu lost its pre-script shape)."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STYLESHEETS = sorted(
    path
    for path in ROOT.glob("*/static/**/*.css")
    if ".venv" not in path.parts and "node_modules" not in path.parts
)


def unbalanced_at(text):
    """Line of the first unmatched brace, or None; comments and strings are
    blanked first (they may hold braces)."""
    text = re.sub(
        r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group()), text, flags=re.S
    )
    text = re.sub(r"\"[^\"\n]*\"|'[^'\n]*'", lambda m: " " * len(m.group()), text)
    opened = []
    for number, line in enumerate(text.splitlines(), start=1):
        for char in line:
            if char == "{":
                opened.append(number)
            elif char == "}":
                if not opened:
                    return number
                opened.pop()
    return opened[0] if opened else None


def test_there_are_stylesheets_to_check():
    assert len(STYLESHEETS) >= 3


@pytest.mark.parametrize("path", STYLESHEETS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_brace_is_closed(path):
    assert unbalanced_at(path.read_text(encoding="utf-8")) is None


def test_the_check_finds_an_unclosed_block():
    assert unbalanced_at("a {\n  color: red;\n@media (x) {\n b { c: d; }\n}\n") == 1
    assert unbalanced_at("a { content: '}'; }\n/* { */") is None
