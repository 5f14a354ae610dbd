"""French typography as Chromium lays it out: what the render-time pass joins
(site_config/typography.py) stays on one line at every width, since a browser
may break after an en dash even when a no-break space follows it (UAX #14)."""

import pytest

pytestmark = pytest.mark.e2e

# For each width of the paragraph, the lines on which the words land.
LINES_OF = """([selector, first, last]) => {
  const paragraph = [...document.querySelectorAll(selector)]
    .find((el) => el.textContent.includes(first));
  const node = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const broken = [];
  // From the width the words need on one line: narrower, the stylesheet's
  // overflow-wrap breaks anywhere rather than overflow, as it should.
  let needed = 0;
  for (let width = 120; width <= 420; width += 2) {
    paragraph.style.display = "block";
    paragraph.style.width = width + "px";
    let found = null;
    node.currentNode = paragraph;
    while (node.nextNode()) {
      const at = node.currentNode.data.indexOf(first);
      if (at < 0) continue;
      const end = node.currentNode.data.indexOf(last, at) + last.length;
      const range = document.createRange();
      range.setStart(node.currentNode, at);
      range.setEnd(node.currentNode, end);
      const rects = [...range.getClientRects()];
      found = new Set(rects.map((r) => Math.round(r.top)));
      if (!needed) {
        // The unbreakable run around the words: up to the ordinary spaces.
        const data = node.currentNode.data;
        let start = at, stop = end;
        while (start > 0 && data[start - 1] !== " ") start--;
        while (stop < data.length && data[stop] !== " ") stop++;
        const run = document.createRange();
        run.setStart(node.currentNode, start);
        run.setEnd(node.currentNode, stop);
        paragraph.style.width = "2000px";
        needed = run.getBoundingClientRect().width;
        paragraph.style.width = width + "px";
      }
    }
    if (!found) return ["not found"];
    if (found.size > 1 && width > needed + 1) broken.push(width);
  }
  return broken;
}"""


@pytest.mark.parametrize(
    "url, selector, first, last",
    [
        # "plan d'action national (2015 – 2017)": a spaced range.
        ("/fr/l-action-de-la-france/", "main p", "2015", "2017"),
        # The header's "7–9 décembre 2016": an unspaced range and a date.
        ("/fr/", ".fr-header__service-tagline", "7", "2016"),
        # French quoted on an English page: its closing guillemet stays
        # with the last word.
        ("/en/frances-action/", "main p", "collaborative", "»"),
    ],
)
def test_joined_words_never_break(new_page, url, selector, first, last):
    page = new_page(width=375)
    page.goto(url)
    assert page.evaluate(LINES_OF, [selector, first, last]) == []
