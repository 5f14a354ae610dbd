"""Drops from the DSFR stylesheet the rules for classes no page can carry.

The DSFR's component files style every variant (sizes, icons, spacing and grid
utilities, the dark theme...). A browser parses all of it on every fresh page;
the site uses a small part. A selector stays when each DSFR class in it is
one the site's templates, Python or scripts write, or one the DSFR's own
script adds (its state modifiers: --expanded, --opened...). Rules whose
selectors all go are dropped, then empty @media blocks.

Then the colour and spacing tokens: of the thousand custom properties the
DSFR declares on :root, only those some kept rule, the project's CSS or a
script reads (directly or through another token) stay.

Conservative by design: classes inside :not() are ignored (dropping them would
widen what matches), a template's `fr-{{ kind }}-group` keeps every
fr-*-group, and element classes (fr-header__menu) stay whenever their block
is used, because the DSFR's script moves markup between them.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project's own sources (the bundles, tests and this folder's builders
# excluded): where a DSFR class can be written.
SOURCES = ("*/templates/**/*.html", "*/static/*/*.js", "*/static/js/*.js", "*/*.py")
SKIP = {"site_config/dsfr.py", "site_config/dsfr_purge.py"}
SKIP_FOLDERS = ("tests/", ".venv/", "site_config/static/dsfr/")

# What the DSFR's script adds by itself (site_config/static/dsfr/dsfr.js:
# the ns("...") calls and the disclosure states).
SCRIPT_CLASSES = {"fr-collapsing", "fr-transition-none", "fr-scroll-divider"}
SCRIPT_MODIFIERS = {"expanded", "opened", "selected", "align-right"}
# Attributes nothing sets here: the theme and mourning settings are not
# offered (docs/decisions.md, light theme only).
UNSET_ATTRIBUTES = re.compile(r"\[data-fr-(theme|mourning)")

CLASS = re.compile(r"\.(fr-(?:[a-zA-Z0-9_-]|\\.)+)")
WRITTEN = re.compile(r"fr-[a-z0-9_-]*(?:\{\{[^}]*\}\}[a-z0-9_-]*)?")
NOT = re.compile(r":not\([^()]*\)")
ATTRIBUTE = re.compile(r"\[[^\]]*\]")


def used_classes(root=ROOT):
    """The fr- classes the project writes, and patterns for the ones a
    template builds from a variable."""
    names, patterns = set(), set()
    for glob in SOURCES:
        for path in root.glob(glob):
            relative = path.relative_to(root).as_posix()
            if relative in SKIP or relative.startswith(SKIP_FOLDERS):
                continue
            for found in WRITTEN.findall(path.read_text(encoding="utf-8")):
                if "{{" in found:
                    head, tail = re.split(r"\{\{[^}]*\}\}", found, maxsplit=1)
                    pattern = f"{re.escape(head)}[a-z0-9-]+{re.escape(tail)}$"
                    patterns.add(re.compile(pattern))
                elif len(found) > 3:
                    names.add(found.rstrip("-"))
    return names, patterns


class Keeper:
    def __init__(self, names, patterns):
        self.names = names | SCRIPT_CLASSES
        self.patterns = patterns
        self.blocks = {name.split("__")[0].split("--")[0] for name in self.names}

    def _written(self, name):
        return name in self.names or any(p.match(name) for p in self.patterns)

    def keeps_class(self, name):
        if self._written(name):
            return True
        base, _, modifier = name.partition("--")
        if modifier:
            return modifier in SCRIPT_MODIFIERS and self.keeps_class(base)
        block, _, element = base.partition("__")
        return bool(element) and block in self.blocks

    def keeps_selector(self, selector):
        if UNSET_ATTRIBUTES.search(selector):
            return False
        bare = ATTRIBUTE.sub("", NOT.sub("", selector))
        return all(self.keeps_class(name) for name in CLASS.findall(bare))


def _split_selectors(prelude):
    parts, depth, start = [], 0, 0
    for i, char in enumerate(prelude):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(prelude[start:i])
            start = i + 1
    parts.append(prelude[start:])
    return parts


def _blocks(css):
    """(prelude, body) for each top-level block of minified CSS."""
    i = 0
    while True:
        opening = css.find("{", i)
        if opening < 0:
            return
        depth, j = 1, opening + 1
        while depth:
            depth += {"{": 1, "}": -1}.get(css[j], 0)
            j += 1
        yield css[i:opening].strip(), css[opening + 1 : j - 1]
        i = j


def purge(css, keeper):
    out = []
    for prelude, body in _blocks(css):
        if prelude.startswith(("@media", "@supports")):
            inner = purge(body, keeper)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            out.append(f"{prelude}{{{body}}}")
        else:
            kept = [s for s in _split_selectors(prelude) if keeper.keeps_selector(s)]
            if kept:
                out.append(f"{','.join(kept)}{{{body}}}")
    return "".join(out)


VAR = re.compile(r"var\((--[a-zA-Z0-9-]+)")
TOKEN_SOURCES = ("*/static/**/*.css", "*/static/**/*.js")


def _declarations(body):
    """A rule's declarations, split on the semicolons outside strings and
    parentheses (data: URLs hold semicolons)."""
    parts, depth, quote, start = [], 0, None, 0
    for i, char in enumerate(body):
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == ";" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return [part for part in parts if part.strip()]


ROOT_RULE = re.compile(r"(?<![^}\n]):root\{([^{}]*)\}")


def project_token_reads(root=ROOT):
    """The custom properties the project's own CSS and scripts name."""
    names = set()
    for glob in TOKEN_SOURCES:
        for path in root.glob(glob):
            relative = path.relative_to(root).as_posix()
            if not relative.startswith(SKIP_FOLDERS):
                text = path.read_text(encoding="utf-8")
                names |= set(VAR.findall(text))
                names |= set(re.findall(r"[\"'`](--[a-z][a-z0-9-]*)", text))
    return names


def purge_tokens(css, reads):
    """Drops the :root custom properties that nothing reads, directly or
    through another token."""
    definitions = {}
    for match in ROOT_RULE.finditer(css):
        for declaration in _declarations(match.group(1)):
            name = declaration.split(":", 1)[0].strip()
            definitions.setdefault(name, []).append(declaration)
    wanted, todo = set(), [*reads, *VAR.findall(ROOT_RULE.sub("", css))]
    while todo:
        name = todo.pop()
        if name not in wanted:
            wanted.add(name)
            for declaration in definitions.get(name, ()):
                todo += VAR.findall(declaration)

    def kept(match):
        declarations = [
            d
            for d in _declarations(match.group(1))
            if not d.strip().startswith("--") or d.split(":", 1)[0].strip() in wanted
        ]
        return f":root{{{';'.join(declarations)}}}" if declarations else ""

    return ROOT_RULE.sub(kept, css)
