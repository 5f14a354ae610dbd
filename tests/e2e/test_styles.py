"""The site's shared components look the same wherever they appear: site.css
holds them, whichever app's page shows them."""

import pytest

from tests.e2e.support import assert_no_axe_violations, expect

pytestmark = pytest.mark.e2e

# A French page with no English translation (an English visitor gets it in
# French, with a notice).
UNTRANSLATED = """
from home.models import HomePage
from presentation.models import ContentPage
home = HomePage.objects.get(locale__language_code="fr")
if not ContentPage.objects.filter(slug="atelier-non-traduit").exists():
    page = ContentPage(title="Atelier non traduit", slug="atelier-non-traduit",
                       intro="Texte seulement en français.")
    home.add_child(instance=page)
    page.save_revision().publish()
print("ok")
"""

BACKGROUND = "(el) => getComputedStyle(el).backgroundColor"
NOTICE_STYLE = """(el) => {
    const icon = getComputedStyle(el.querySelector(".fr-notice__title"), "::before");
    return [getComputedStyle(el).backgroundColor, icon.maskImage];
}"""


@pytest.mark.parametrize("width", [375, 1280])
def test_the_not_translated_notice_is_styled_on_a_content_page(
    e2e_shell, new_page, width
):
    assert "ok" in e2e_shell(UNTRANSLATED)
    page = new_page(width=width)
    page.goto("/en/atelier-non-traduit/")
    notice = page.locator(".notice")
    expect(notice).to_contain_text("not translated yet")
    # The DSFR's warning notice: its light red band and its warning icon,
    # told apart from the archive notice (blue, information icon) above it.
    background, icon = notice.evaluate(NOTICE_STYLE)
    assert background == "rgb(255, 233, 230)"
    assert "warning" in icon
    archive = page.locator(".archive-notice")
    assert archive.evaluate(BACKGROUND) != background
    assert_no_axe_violations(page)
