"""Accessibility in a real browser: axe-core on every page type in both
languages at phone and desktop widths, plus what axe cannot judge alone
(page structure, measurable contrast, visible focus, reduced motion)."""

import pytest

from tests.e2e.support import (
    NOT_FOUND,
    PAGES,
    STRUCTURE_JS,
    WIDTHS,
    assert_no_axe_violations,
    describe_axe_results,
    expect,
    run_axe,
)

pytestmark = pytest.mark.e2e

PAGE_PARAMS = [
    pytest.param(path, lang, id=f"{name.replace(' ', '-')}-{lang}")
    for name, fr, en in PAGES
    for lang, path in (("fr", fr), ("en", en))
]
WIDTH_PARAMS = [pytest.param(width, id=name) for name, width in WIDTHS.items()]


# Decorative gradients axe-core cannot see through, replaced by their lightest
# colour so the contrast of the text on them is measured in the worst case
# (see the palette notes at the top of site.css).
WORST_CASE_BACKGROUNDS = """() => {
    const flatten = (selector, colour) => document.querySelectorAll(selector)
        .forEach((el) => {
            el.style.setProperty("background-image", "none", "important");
            if (colour) el.style.setProperty("background-color", colour, "important");
        });
    flatten(".hero", "#254a85");
    flatten(".filters select", null);
    // The DSFR draws the underline of links and buttons as a background
    // gradient one or two pixels high, below the text, never behind it.
    flatten("a, button", null);
    // It draws a card's border and a callout's left bar as gradients one to
    // four pixels wide along the edges, outside the padded text.
    flatten(".fr-card, .fr-callout", null);
    // A card's arrow is an icon (a link's ::after) in the card's bottom
    // corner, below the text; axe counts it as possibly behind the text when
    // the title is short ("News"). Hidden through the CSSOM, which the
    // site's CSP allows where a <style> element would be refused.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(".fr-card .fr-card__title a::after { display: none !important }");
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}"""


def assert_structure(page, lang):
    """Language, one h1 and ordered headings, landmarks, skip link first,
    alt text on every image, only valid languages on passages."""
    info = page.evaluate(STRUCTURE_JS)
    assert info["lang"] == lang
    levels = [h["level"] for h in info["headings"]]
    assert levels.count(1) == 1, info["headings"]
    assert levels[0] == 1, info["headings"]
    skips = [
        (before, after)
        for before, after in zip(info["headings"], info["headings"][1:], strict=False)
        if after["level"] > before["level"] + 1
    ]
    assert not skips, f"heading levels skipped: {skips}"
    assert info["title"].strip()
    assert (info["mains"], info["mainId"]) == (1, "main")
    assert (info["banners"], info["footers"]) == (1, 1)
    assert info["unlabelledNavs"] == 0
    assert info["firstFocusable"]["href"] == "#main"
    assert not info["imagesWithoutAlt"]
    # The site's two languages, and those of agenda events written in another.
    assert set(info["langs"]) <= {"fr", "en", "es", "pt", "ar"}, info["langs"]


def assert_contrast_measurable(page, where):
    """axe-core reports text it cannot measure (behind gradients or positioned
    pseudo-elements) as "incomplete", not as a violation: none may be left
    once decorative gradients are at their worst case."""
    page.evaluate(WORST_CASE_BACKGROUNDS)
    results = run_axe(
        page,
        options={
            "runOnly": {"type": "rule", "values": ["color-contrast"]},
            "resultTypes": ["violations", "incomplete"],
        },
    )
    assert not results["violations"], describe_axe_results(results, where=where)
    for rule in results["incomplete"]:
        # A lone decorative separator ("·", aria-hidden) is not text.
        rule["nodes"] = [
            node
            for node in rule["nodes"]
            if not any(
                (check.get("data") or {}).get("messageKey") == "shortTextContent"
                for check in node.get("any", [])
            )
        ]
    results["incomplete"] = [rule for rule in results["incomplete"] if rule["nodes"]]
    assert not results["incomplete"], describe_axe_results(
        results, key="incomplete", where=where
    )


@pytest.mark.parametrize("width", WIDTH_PARAMS)
@pytest.mark.parametrize(("path", "lang"), PAGE_PARAMS)
def test_page_meets_wcag_21_aa(new_page, path, lang, width):
    """axe-core finds no WCAG 2.1 A/AA violation, the structure is sound and
    the contrast of every text could be measured."""
    page = new_page(width=width)
    assert page.goto(path).status == 200
    where = f"on {path} at {width} px"
    assert_no_axe_violations(page, where)
    assert_structure(page, lang)
    assert_contrast_measurable(page, where)


@pytest.mark.parametrize("width", WIDTH_PARAMS)
@pytest.mark.parametrize(
    ("path", "lang"), [(NOT_FOUND[1], "fr"), (NOT_FOUND[2], "en")], ids=["fr", "en"]
)
def test_not_found_page_meets_wcag_21_aa(new_page, browser_problems, path, lang, width):
    browser_problems.allow(404, path)
    page = new_page(width=width)
    assert page.goto(path).status == 404
    where = f"on {path} at {width} px"
    assert_no_axe_violations(page, where)
    assert_structure(page, lang)
    assert_contrast_measurable(page, where)


FOCUS_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const ring = (style) => style.outlineStyle !== "none"
        && parseFloat(style.outlineWidth) >= 2;
    return {
        element: `${el.tagName.toLowerCase()} «${el.textContent.trim().slice(0, 40)}»`,
        ring: ring(getComputedStyle(el)) || ring(getComputedStyle(el, "::after"))
            || ring(getComputedStyle(el, "::before")),
    };
}"""


@pytest.mark.parametrize("width", WIDTH_PARAMS)
@pytest.mark.parametrize(
    "path",
    [
        "/fr/",
        "/en/programme/",
        "/fr/programme/acces-a-l-information-des-lois-aux-pratiques/",
        "/en/accessibility/",
    ],
)
def test_every_focus_stop_shows_a_visible_focus_ring(new_page, path, width):
    """Tab through the first 45 stops: each shows a 2 px+ outline (on itself
    or, for the DSFR's enlarged links such as the header's brand and the
    cards, around the whole block, on the link's ::before or ::after) and is
    scrolled into view."""
    page = new_page(width=width)
    page.goto(path)
    seen = []
    for _ in range(45):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_JS)
        if focus is None:  # back to the start of the page
            break
        seen.append(focus)
        assert focus["ring"], f"no visible focus ring on {focus['element']}"
        # Scrolled into view (smoothly, so wait).
        expect(page.locator(":focus")).to_be_in_viewport()
    assert len(seen) >= 5


MOTION_JS = """() => {
    const seconds = (value) => Math.max(...value.split(",").map(parseFloat));
    // The language selector's menu: a DSFR collapse, which fades in.
    const menu = document.querySelector(".fr-translate .fr-collapse");
    return {
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        menuTransition: seconds(getComputedStyle(menu).transitionDuration),
    };
}"""


def test_reduced_motion_is_respected(new_page):
    moving = new_page(reduced_motion="no-preference")
    moving.goto("/en/")
    assert moving.evaluate(MOTION_JS) == {"scroll": "smooth", "menuTransition": 0.3}
    still = new_page(reduced_motion="reduce")
    still.goto("/en/")
    motion = still.evaluate(MOTION_JS)
    assert motion["scroll"] == "auto"
    assert motion["menuTransition"] <= 0.001


OVERFLOW_JS = """() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > width + 1
            && !el.closest(".visually-hidden"))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        .slice(0, 5);
}"""


def test_every_page_type_reflows_at_320_px_without_horizontal_scrolling(new_page):
    """WCAG 1.4.10: content fits 320 CSS pixels (French, the longer words)."""
    page = new_page(width=320)
    for _name, path, _en in PAGES:
        page.goto(path)
        assert page.evaluate(OVERFLOW_JS) == [], path
        assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), (
            f"horizontal scrolling on {path}"
        )
