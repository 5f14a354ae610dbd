"""Communication changes French in the admin, in a real browser; the English
public pages, programme and exports show the new facts at the next request,
and English text stays English until a translator changes it."""

import json

import pytest

from tests.e2e.support import expect

pytestmark = pytest.mark.e2e

SETUP = """
from django.contrib.auth.models import Group, User
from wagtail.models import Locale
from programme.models import Session
user, _ = User.objects.get_or_create(username="e2e-comms")
user.set_password("e2e-comms-2016")
user.save()
user.groups.add(Group.objects.get(name="Communication"))
translator, _ = User.objects.get_or_create(username="e2e-translator")
translator.set_password("e2e-translator-2016")
translator.save()
translator.groups.add(Group.objects.get(name="Translators"))
fr, en = Locale.objects.get(language_code="fr"), Locale.objects.get(language_code="en")
french = Session.objects.filter(locale=fr, status="scheduled").order_by("start")[0]
english = french.get_translation(en)
print(json.dumps({"pk": french.pk, "title": french.title,
                  "en_slug": english.slug, "en_title": english.title}))
"""


@pytest.fixture(scope="module")
def session(e2e_shell):
    return json.loads(e2e_shell("import json\n" + SETUP).strip().splitlines()[-1])


def log_in(page, who="e2e-comms"):
    page.goto("/admin/login/")
    page.fill("#id_username", who)
    page.fill("#id_password", f"{who}-2016")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def test_communication_moves_then_withdraws_a_session(new_page, session):
    page = new_page()
    page.set_default_navigation_timeout(30_000)  # saving on a loaded machine
    log_in(page)
    page.goto(f"/admin/snippets/programme/session/edit/{session['pk']}/")
    page.fill("#id_start", "2016-12-09 17:10")
    page.fill("#id_end", "2016-12-09 18:20")
    page.fill("#id_title", session["title"] + " (nouveau titre)")
    page.locator("button.action-save").first.click()
    expect(page.locator(".messages")).to_contain_text(session["title"])

    visitor = new_page()
    visitor.goto(f"/en/programme/{session['en_slug']}/")
    main = visitor.locator("main")
    expect(main).to_contain_text(session["en_title"])  # English text kept
    expect(main).not_to_contain_text("nouveau titre")
    expect(main).to_contain_text("17:10")
    exported = json.loads(visitor.request.get("/en/programme/json/").text())
    item = next(s for s in exported["sessions"] if s["title"] == session["en_title"])
    assert item["start"] == "2016-12-09T17:10:00+01:00"

    page.goto(f"/admin/snippets/programme/session/edit/{session['pk']}/")
    page.select_option("#id_status", "draft")
    page.locator("button.action-save").first.click()
    expect(page.locator(".messages")).to_be_visible()
    visitor.goto("/en/programme/?day=all")
    expect(visitor.locator("main")).not_to_contain_text(session["en_title"])
    exported = json.loads(visitor.request.get("/en/programme/json/").text())
    assert session["en_title"] not in [s["title"] for s in exported["sessions"]]


CHANGE_PAGE = """
from presentation.models import ContentPage
page = ContentPage.objects.get(slug="le-partenariat")
page.intro = "Une introduction réécrite pour le test du navigateur."
page.save_revision().publish()
print(page.get_translation(Locale.objects.get(language_code="en")).pk)
"""


def test_translator_finds_what_changed_and_the_previous_english(
    new_page, session, e2e_shell, tmp_path
):
    english_pk = (
        e2e_shell("from wagtail.models import Locale\n" + CHANGE_PAGE)
        .strip()
        .splitlines()[-1]
    )
    visitor = new_page()
    visitor.goto("/en/the-partnership/")
    expect(visitor.locator("main")).not_to_contain_text("réécrite")

    page = new_page()
    log_in(page, "e2e-translator")
    page.goto("/admin/translation-status/?state=out_of_date&q=partenariat")
    page.screenshot(path=str(tmp_path / "1-report.png"), full_page=True)
    page.locator('a[href*="/admin/translation-status/changes/"]').first.click()
    table = page.locator("table.listing")
    expect(table).to_contain_text("réécrite pour le test")  # new French
    expect(table).to_contain_text("suggestion")  # previous English offered
    page.screenshot(path=str(tmp_path / "2-what-changed.png"), full_page=True)
    page.locator(f'main a.button[href="/admin/pages/{english_pk}/edit/"]').click()
    page.wait_for_url(f"**/admin/pages/{english_pk}/edit/")
    expect(page.locator(".js-translation-editor")).to_contain_text(
        "réécrite pour le test"
    )
    page.screenshot(path=str(tmp_path / "3-editor.png"), full_page=True)
    # No way for a translator to stop the synchronisation or convert to alias.
    expect(page.locator('[data-w-action-url-value$="/disable/"]')).to_be_hidden()
