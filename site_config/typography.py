"""Typography at render time, by the language served; content stays as typed.
French quotations in English pages are marked lang="fr" and typeset as French
(`english_html`).

One pass over the text nodes of French HTML (`french_html`) and the same rules
for plain text (`french_text`: mails, iCalendar and JSON text fields):

- narrow no-break space (U+202F) before ; ! ? and inside « »;
- no-break space (U+00A0) before a colon that ends a clause ("Titre : x";
  "14:00" and "https://" are left alone);
- en dash in ranges of numbers, with no-break spaces when the range was
  spaced ("2015 – 2017") and word joiners when it was not ("7–9 décembre"),
  so that a range never breaks (a word joiner after a spaced dash too: a
  browser may break between an en dash and a no-break space);
- typographic apostrophe between letters (l’État);
- no line break in a date ("7 décembre 2016") nor at the hyphen of a
  capitalised compound name (Jean‑Vincent: U+2011 non-breaking hyphen).

Never touched: attributes, <script> (JSON-LD included), <style>, <pre>,
<code>, <kbd>, <samp>, <textarea>, comments, URLs and e-mail addresses in
text, times, and text marked as written in another language (`as_typed`).
The HTML pass is one compiled tokenizer regex plus a few compiled
substitutions per text node that can hold punctuation.
"""

import re
from html import escape, unescape

NNBSP = "\u202f"
NBSP = "\u00a0"
NBHY = "\u2011"
# Word joiner: browsers break a line after an en dash ("7–" / "9 décembre").
WJ = "\u2060"
SPACES = " \t\u00a0\u202f"

MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre"
    "|octobre|novembre|décembre|decembre"
)

# What the rules must not change inside a text: links, addresses, entities.
PROTECTED = re.compile(
    r"(?:https?|ftp|mailto|tel):[^\s<>\"]*"
    r"|www\.[^\s<>\"]+"
    # From the start of a run only: tried at every letter of a long word, the
    # search would take time quadratic in its length (a hostile form value).
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)

RULES = [
    # Straight apostrophe between letters.
    ("'", re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_]|\x00|$)"), "’"),
    # « and » with a narrow no-break space inside.
    ("«", re.compile(rf"«[{SPACES}]*"), f"«{NNBSP}"),
    ("»", re.compile(rf"[{SPACES}]*»"), f"{NNBSP}»"),
    # ; ! ? after a word: one narrow no-break space before (once for "?!").
    (
        ";!?",
        re.compile(
            rf"(?<=[^\s«(\[;!?{NNBSP}])[{SPACES}]?([;!?]+)(?=\s|$|\x00|[»)\]\"”’.,…])"
        ),
        rf"{NNBSP}\1",
    ),
    # A colon ending a clause (followed by a space or the end): no-break space.
    (
        ":",
        re.compile(rf"(?<=[^\s:{NBSP}])[{SPACES}]?:(?=\s|$|\x00)"),
        f"{NBSP}:",
    ),
    # Ranges of numbers: en dash, no-break spaces when spaced.
    (
        "-–—",
        re.compile(
            r"(?<![\w\-–/.:])(\d{1,4})([ \u00a0\u202f]+)[-–—]"
            r"[ \u00a0\u202f]+(\d{1,4})(?![\w\-–/.:])"
        ),
        rf"\1{NBSP}–{WJ}{NBSP}\3",
    ),
    (
        "-–",
        re.compile(r"(?<![\w\-–/.:])(\d{1,4})[-–](\d{1,4})(?![\w\-–/:]|\.\d)"),
        rf"\1{WJ}–{WJ}\2",
    ),
    # A range of times ("11:00–13:00") does not break after its dash either.
    (
        "-–",
        re.compile(r"(?<![\w:])(\d{1,2}:\d{2})[-–](\d{1,2}:\d{2})(?![\w:])"),
        rf"\1{WJ}–{WJ}\2",
    ),
    # Dates: day and month, month and year stay together.
    (
        "month",
        re.compile(rf"\b(\d{{1,2}}(?:er)?) (?=(?:{MONTHS})\b)", re.I),
        rf"\1{NBSP}",
    ),
    ("month", re.compile(rf"\b((?:{MONTHS})) (?=\d{{4}}\b)", re.I), rf"\1{NBSP}"),
    # A capitalised compound name does not break at its hyphen.
    (
        "-",
        re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]+)-(?=[A-ZÀ-Ý][a-zà-ÿ])"),
        rf"\1{NBHY}",
    ),
]

# Quick test: a text without any of these characters needs no rule.
TRIGGER = re.compile(r"[;:!?«»'\-–—0-9]")


MONTH = re.compile(rf"\d(?:er)?[ \u00a0](?:{MONTHS})|(?:{MONTHS}) \d", re.I)


def _apply(text):
    characters = set(text)
    has_month = None
    for needles, pattern, replacement in RULES:
        # A rule runs only on text holding one of its characters.
        if needles == "month":
            if has_month is None:
                has_month = MONTH.search(text) is not None
            if not has_month:
                continue
        elif characters.isdisjoint(needles):
            continue
        text = pattern.sub(replacement, text)
    return text


def french_text(text, previous=""):
    """`text` with French typography; `previous` is the character before it
    (the end of the preceding text node), so ": " after a tag is seen."""
    if not text or not TRIGGER.search(text):
        return text
    out, position = [], 0
    for match in PROTECTED.finditer(text):
        out.append(_segment(text[position : match.start()], previous))
        out.append(match.group())
        previous = match.group()[-1:]
        position = match.end()
    out.append(_segment(text[position:], previous))
    return "".join(out)


def _segment(text, previous):
    if not text or not TRIGGER.search(text):
        return text
    if previous and not previous.isspace():
        return _apply(previous + text)[len(previous) :]
    return _apply(text)


# Text written in another language than the page's (an agenda event in
# English on a French page) sits between these markers and is left as typed.
AS_TYPED_START = "<!--typography:off-->"
AS_TYPED_END = "<!--typography:on-->"

# Where prose stops: the marker above, a comment or an element whose content
# is not prose.
RAW_START = re.compile(
    r"<(?:(!--typography:off-->)|!--|(script|style|pre|code|kbd|samp|textarea)\b)",
    re.I,
)
RAW_END = {
    name: re.compile(rf"</{name}\s*>", re.I)
    for name in ("script", "style", "pre", "code", "kbd", "samp", "textarea")
}
COMMENT_END = re.compile("-->")
AS_TYPED = re.compile(re.escape(AS_TYPED_END))
# The text after a tag when it holds a character some rule looks at; the
# possessive runs keep it linear however many "<" or ">" a text holds.
TEXT = re.compile(r">([^<>;:!?«»'\-–—0-9&]*+[;:!?«»'\-–—0-9&][^<>]*+)")


def prose_spans(html, text):
    """(start, end) of the text nodes matched by `text` (group 1) outside
    comments and elements whose content is not prose, in order."""
    spans = []
    position = 0
    while position < len(html):
        raw = RAW_START.search(html, position)
        prose_end = raw.start() if raw else len(html)
        spans.extend(
            (match.start(1), match.end(1))
            for match in text.finditer(html, position, prose_end)
        )
        if raw is None:
            break
        if raw.group(1):
            closing = AS_TYPED
        elif raw.group(2):
            closing = RAW_END[raw.group(2).lower()]
        else:
            closing = COMMENT_END
        end = closing.search(html, raw.end())
        if end is None:  # unclosed: the rest is not prose either
            break
        # The closing tag's ">" starts the next prose, so text after it is seen.
        position = end.end() - 1
    return spans


def french_html(html):
    """French typography in the text nodes of an HTML document.

    The text nodes that may need a rule are joined with a separator and each
    rule runs once over the whole (not once per node): a page of 300 sessions
    holds thousands of short nodes.
    """
    spans = prose_spans(html, TEXT)
    if not spans:
        return html
    texts = [html[start:end] for start, end in spans]
    plain = [unescape(text) if "&" in text else text for text in texts]
    alone = [SEPARATOR in text or _urlish(text) for text in plain]
    batched = [i for i, text in enumerate(plain) if not alone[i]]
    done = list(plain)
    if batched:
        # A leading separator: the first node also reads as after a tag.
        joined = _apply(SEPARATOR + SEPARATOR.join(plain[i] for i in batched))
        for i, text in zip(batched, joined.split(SEPARATOR)[1:], strict=True):
            done[i] = text
    for i, text in enumerate(plain):
        if alone[i]:  # links or addresses in it: the careful path
            done[i] = french_text(text, SEPARATOR)
    out, position = [], 0
    for (start, end), before, after in zip(spans, plain, done, strict=True):
        if after != before:
            out.append(html[position:start])
            out.append(escape(after, quote=False))
            position = end
    out.append(html[position:])
    return "".join(out)


# Joins text nodes for one pass of the rules: not a space nor a word character,
# so a node's start or end reads as after or before a tag.
SEPARATOR = "\x00"


def _urlish(text):
    return "@" in text or ":" in text and PROTECTED.search(text) or "www." in text


def _node(raw, previous):
    text = unescape(raw)
    changed = french_text(text, previous)
    if changed == text:
        return raw
    return escape(changed, quote=False)


# English pages: a text node holding a French quotation in « », and the
# quotation itself (within one text node).
QUOTING_TEXT = re.compile(r">([^<>«]*+«[^<>]*+)")
FRENCH_QUOTATION = re.compile(r"«[^«»]*»")


def english_html(html):
    """French quoted in an English page (« Pour une action publique… », the
    plan's title) marked `lang="fr"`, so screen readers pronounce it in
    French (WCAG 3.1.2), and typeset as French: the guillemets keep their
    narrow no-break spaces, so « » never starts or ends a line alone."""
    if "«" not in html:
        return html
    out, position = [], 0
    for start, end in prose_spans(html, QUOTING_TEXT):
        text = html[start:end]
        marked = FRENCH_QUOTATION.sub(
            lambda quotation: (
                f'<span lang="fr">{_node(quotation.group(0), SEPARATOR)}</span>'
            ),
            text,
        )
        if marked != text:
            out.append(html[position:start])
            out.append(marked)
            position = end
    out.append(html[position:])
    return "".join(out)


# The render-time pass of each language whose pages need one, and the text
# without which it has nothing to do (the page is then not even decoded).
PASSES = {"fr": (french_html, ""), "en": (english_html, "«")}


class FrenchTypographyMiddleware:
    """The render-time typography of HTML pages by their language: French
    typography on French pages, French quotations marked on English ones.
    After the page is built and before GZip compresses it and the page cache
    stores it (it sits just inside both in `MIDDLEWARE`). The admin is left
    alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        typeset_page, needed = PASSES.get(
            response.get("Content-Language", "")[:2], (None, "")
        )
        if (
            typeset_page is None
            or response.streaming
            or not response.get("Content-Type", "").startswith("text/html")
            or response.has_header("Content-Encoding")
            or request.path.startswith(("/admin/", "/django-admin/"))
        ):
            return response
        charset = response.charset or "utf-8"
        if needed and needed.encode(charset) not in response.content:
            return response
        html = response.content.decode(charset)
        response.content = typeset_page(html).encode(charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response


def as_typed(html):
    """Safe HTML wrapped so that no render-time pass changes it."""
    return f"{AS_TYPED_START}{html}{AS_TYPED_END}"


def typeset(text, language):
    """`text` with French typography when `language` is French (mails,
    calendar and JSON text fields), without the word joiners that keep a
    range on one line in HTML; unchanged otherwise."""
    if not (language or "").startswith("fr"):
        return text
    # Plain text keeps no invisible word joiner: readers of the data search it.
    return french_text(text).replace(WJ, "")


def typeset_mail(subject, body, language):
    """A mail's subject and body, typeset for its language."""
    return typeset(subject, language), typeset(body, language)
