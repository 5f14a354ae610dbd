"""No layout shift: the cumulative layout shift (CLS) of every page type stays
at most 0.05 in both languages at phone and desktop widths, measured in the
page with a PerformanceObserver on `layout-shift` entries (what Lighthouse and
Core Web Vitals add up), from the first paint until the layout has settled
after `load`."""

import pytest

from tests.e2e.support import PAGES

pytestmark = pytest.mark.e2e

MAX_CLS = 0.05

# Installed before any of the page's scripts: shifts right after a click or a
# key press are expected by the visitor and not counted (hadRecentInput).
OBSERVE = """
window.__cls = 0;
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__cls += entry.value;
    window.__shifts.push({
      value: entry.value,
      nodes: (entry.sources || []).map((s) => s.node && s.node.nodeName
        ? s.node.nodeName + "." + (s.node.className || "") : "?"),
    });
  }
}).observe({ type: "layout-shift", buffered: true });
"""

# The site fetches nothing after `load` unless the visitor acts, but the
# DSFR's Marianne faces swap in when they arrive (font-display: swap), so the
# layout has settled two frames after the fonts are ready; the observer's
# entries arrive as a task after the frame that shifted.
SETTLED_CLS = """
() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(
  () => requestAnimationFrame(() => setTimeout(() => resolve(window.__cls), 100)))))
"""


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_page_type_shifts_its_layout(new_page, lang, width):
    page = new_page(width=width, height=800)
    page.add_init_script(OBSERVE)
    shifted = {}
    for name, fr, en in PAGES:
        page.goto(fr if lang == "fr" else en, wait_until="load")
        cls = page.evaluate(SETTLED_CLS)
        if cls > MAX_CLS:
            shifted[name] = (round(cls, 3), page.evaluate("window.__shifts"))
    assert not shifted, f"CLS above {MAX_CLS} at {width} px ({lang}): {shifted}"
