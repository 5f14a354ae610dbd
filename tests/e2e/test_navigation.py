"""What visitors do, in a real browser: move around both languages, switch
language, filter the programme (with and without JavaScript), open a session,
and use the skip link, the menu and the filters with the keyboard only."""

import re

import pytest

from tests.e2e.support import NOT_FOUND, PAGES, choose_language, expect

pytestmark = pytest.mark.e2e

COUNT = re.compile(r"(\d+) sessions?")


def session_count(page):
    return int(COUNT.search(page.locator(".programme__count").inner_text()).group(1))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_menu_page_opens_in_both_languages(page, lang):
    page.goto(f"/{lang}/")
    links = page.locator(".fr-nav__list a:visible")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert len(hrefs) >= 5
    assert all(href.startswith(f"/{lang}/") for href in hrefs)
    for index, href in enumerate(hrefs):
        page.locator(".fr-nav__list a:visible").nth(index).click()
        expect(page).to_have_url(re.compile(re.escape(href) + "$"))
        expect(page.locator("html")).to_have_attribute("lang", lang)
        expect(page.locator("h1")).to_have_count(1)
        expect(page.locator(".fr-nav__list a:visible").nth(index)).to_have_attribute(
            "aria-current", "page"
        )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_wide_menu_fits_on_one_line(page, lang):
    page.goto(f"/{lang}/")
    tops = page.eval_on_selector_all(
        ".fr-nav__list a:visible",
        "links => links.map(a => Math.round(a.getBoundingClientRect().top))",
    )
    assert len(tops) >= 5 and len(set(tops)) == 1, tops


SWITCHABLE = [
    pytest.param(fr, en, id=name.replace(" ", "-"))
    for name, fr, en in PAGES
    if "?" not in fr
]


@pytest.mark.parametrize(("fr", "en"), SWITCHABLE)
def test_language_switcher_leads_to_the_same_page(page, fr, en):
    page.goto(fr)
    choose_language(page, "en")
    expect(page).to_have_url(re.compile(re.escape(en) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    switch = page.locator(".fr-header__tools-links")
    expect(switch.locator(".fr-translate__btn")).to_contain_text("EN")
    expect(switch.locator("[aria-current]")).to_have_text("EN – English")
    choose_language(page, "fr")
    expect(page).to_have_url(re.compile(re.escape(fr) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")


@pytest.mark.parametrize(
    ("path", "lang", "title"),
    [
        (NOT_FOUND[1], "fr", "Page introuvable"),
        (NOT_FOUND[2], "en", "Page not found"),
    ],
)
def test_unknown_address_shows_the_not_found_page(
    page, browser_problems, path, lang, title
):
    browser_problems.allow(404, path)
    assert page.goto(path).status == 404
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("h1")).to_have_text(title)
    page.locator("main a.fr-btn").click()
    expect(page).to_have_url(re.compile(f"/{lang}/$"))


def test_programme_opens_on_one_day_with_the_days_as_links(page):
    page.goto("/fr/programme/")
    days = page.locator(".day-links a")
    expect(days).to_have_count(4)
    expect(days.first).to_have_attribute("aria-current", "page")
    first_day = session_count(page)
    assert page.locator(".programme-day").count() == 1
    days.nth(1).click()
    expect(page).to_have_url(re.compile(r"\?day=2016-12-08$"))
    expect(page.locator(".day-links a[aria-current]")).to_contain_text("8")
    days.nth(3).click()
    expect(page).to_have_url(re.compile(r"\?day=all$"))
    expect(page.locator(".programme-day")).to_have_count(3)
    assert session_count(page) > first_day


def test_programme_filters_narrow_the_list_without_reloading(page):
    page.goto("/fr/programme/?day=all")
    total = session_count(page)
    assert total == page.locator(".session").count() >= 30
    # Marks that vanish on a reload, and the live region that must survive.
    page.evaluate(
        "() => { window.notReloaded = true;"
        " document.querySelector('.programme__count').dataset.kept = 'yes'; }"
    )

    page.locator("#id_day").select_option("2016-12-08")
    expect(page).to_have_url(re.compile(r"\?day=2016-12-08$"))
    expect(page.locator(".programme__count")).not_to_have_text(f"{total} sessions")
    by_day = session_count(page)
    assert 0 < by_day < total
    assert page.locator(".session").count() == by_day
    expect(page.locator(".programme-day h2")).to_have_count(1)
    expect(page.locator(".programme-day h2")).to_have_text(re.compile(r"8\sdécembre"))

    theme = page.locator("#id_theme option").nth(1)
    theme_name = theme.inner_text()
    page.locator("#id_theme").select_option(theme.get_attribute("value"))
    expect(page).to_have_url(re.compile(r"day=2016-12-08&theme=\d+$"))
    expect(page.locator("h1")).to_have_text(f"Programme – {theme_name}")
    by_theme = session_count(page)
    assert 0 < by_theme <= by_day
    rows = page.locator(".programme-day .session").all_inner_texts()
    assert len(rows) == by_theme
    assert all(row.strip().endswith(f"· {theme_name}") for row in rows), rows

    assert page.evaluate("window.notReloaded") is True
    assert page.locator(".programme__count").get_attribute("data-kept") == "yes"

    page.go_back()  # the script restores the previous filters
    expect(page).to_have_url(re.compile(r"\?day=2016-12-08$"))
    expect(page.locator("#id_theme")).to_have_value("")
    expect(page.locator(".programme__count")).to_have_text(f"{by_day} sessions")

    page.get_by_role("link", name="Effacer les filtres").click()
    expect(page).to_have_url(re.compile(r"/fr/programme/$"))
    expect(page.locator(".day-links a").first).to_have_attribute("aria-current", "page")


def test_programme_filter_form_works_without_javascript(new_page):
    page = new_page(java_script_enabled=False)
    page.goto("/en/programme/?day=all")
    total = session_count(page)
    page.locator("#id_format").select_option("workshop")
    page.locator("#id_q").fill("data")
    page.get_by_role("button", name="Show sessions").click()
    expect(page).to_have_url(re.compile(r"format=workshop.*q=data"))
    found = session_count(page)
    assert 0 < found < total
    assert page.locator(".session").count() == found
    expect(page.locator("#id_format")).to_have_value("workshop")
    expect(page.locator("#id_q")).to_have_value("data")


def test_programme_filters_work_with_the_keyboard_only(page):
    page.goto("/en/programme/?day=all")
    total = session_count(page)
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_format":
            break
    expect(page.locator("#id_format")).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(page).to_have_url(re.compile(r"\?day=all&format=\w+$"))
    expect(page.locator(".programme__count")).not_to_have_text(f"{total} sessions")
    expect(page.locator("#id_format")).to_be_focused()


def test_open_a_session_then_its_speaker_from_the_programme(page):
    page.goto("/en/programme/")
    card_link = page.locator("a.session__title").first
    title = card_link.inner_text()
    card_link.click()
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".breadcrumbs [aria-current='page']")).to_have_text(title)
    expect(page.locator("html")).to_have_attribute("lang", "en")

    speaker = page.locator(".speakers a").first
    name = speaker.inner_text()
    speaker.click()
    expect(page).to_have_url(re.compile(r"/en/programme/speakers/[\w-]+/$"))
    expect(page.locator("h1")).to_have_text(name)
    expect(page.get_by_role("link", name=title)).to_be_visible()

    page.get_by_role("link", name="Back to the programme").click()
    expect(page).to_have_url(re.compile(r"/en/programme/$"))


def test_star_button_adds_a_session_to_my_selection_with_the_keyboard(page):
    page.goto("/fr/programme/acces-a-l-information-des-lois-aux-pratiques/")
    star = page.locator(".session-actions .star")
    star.focus()
    expect(star).to_have_attribute("aria-pressed", "false")
    expect(star).to_have_text("Ajouter à ma sélection")
    page.keyboard.press("Space")
    expect(star).to_have_attribute("aria-pressed", "true")
    expect(star).to_have_text("Retirer de ma sélection")
    page.goto("/fr/programme/")
    selection = page.locator("[data-selection-link]")
    expect(selection).to_be_visible()
    expect(selection).to_contain_text("(1)")
    selection.click()
    expect(page.locator(".session")).to_have_count(1)


def test_star_button_says_remove_once_selected_in_english(new_page):
    page = new_page(width=375)
    page.goto("/en/programme/")
    row = page.locator(".session").first
    title = row.locator("a").first.inner_text()
    star = row.locator(".star")
    expect(star).to_have_attribute("aria-pressed", "false")
    expect(star).to_have_accessible_name(re.compile(f"^Add to my selection.*{title}"))
    star.click()
    expect(star).to_have_attribute("aria-pressed", "true")
    expect(star).to_have_accessible_name(
        re.compile(f"^Remove from my selection.*{title}")
    )
    page.goto(row.locator("a").first.get_attribute("href"))
    star = page.locator(".session-actions .star")
    expect(star).to_have_attribute("aria-pressed", "true")
    expect(star).to_have_text("Remove from my selection")
    star.click()
    expect(star).to_have_text("Add to my selection")


@pytest.mark.parametrize("width", [375, 1280])
def test_skip_link_is_first_and_moves_focus_to_main(new_page, width):
    page = new_page(width=width)
    page.goto("/fr/programme/")
    # On a loaded machine focus moved outside <main> once in a few runs when
    # keys were pressed while the programme's script was still arriving.
    page.wait_for_load_state("networkidle")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    expect(skip).to_have_text("Aller au contenu")
    reloads = []
    page.on(
        "request",
        lambda request: (
            reloads.append(request.url)
            if request.headers.get("x-requested-with") == "fetch"
            else None
        ),
    )
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    # Following the link to #main fires popstate: the programme must not
    # reload its results for it (the new results took the focus away).
    page.wait_for_timeout(300)
    assert reloads == []
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('main')"), page.evaluate(
        "document.activeElement.outerHTML.slice(0,300)"
    )


def test_phone_menu_works_with_the_keyboard_only(new_page):
    """The DSFR's phone menu: a button opens it as a dialog with the focus
    inside, Escape closes it and gives the focus back to the button."""
    page = new_page(width=375)
    page.goto("/en/the-partnership/")
    page.wait_for_load_state("networkidle")
    button = page.locator("#header-menu-button")
    menu = page.locator("#header-menu")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("data-fr-opened", "false")
    expect(menu).to_be_hidden()

    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id === 'header-menu-button'"):
            break
    expect(button).to_be_focused()

    page.keyboard.press("Enter")
    expect(button).to_have_attribute("data-fr-opened", "true")
    expect(menu).to_be_visible()
    expect(menu.get_by_role("button", name="Close")).to_be_focused()
    partnership = menu.get_by_role("link", name="The Partnership")
    for _ in range(6):
        page.keyboard.press("Tab")
        if partnership.evaluate("a => a === document.activeElement"):
            break
    expect(partnership).to_be_focused()
    expect(partnership).to_have_attribute("aria-current", "page")

    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(button).to_have_attribute("data-fr-opened", "false")
    expect(button).to_be_focused()

    page.keyboard.press("Space")
    expect(menu).to_be_visible()
    page.keyboard.press("Enter")  # on the close button, which has the focus
    expect(menu).to_be_hidden()

    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim() === 'Home'"):
            break
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/$"))


def test_menu_is_always_shown_on_wide_screens_and_without_javascript(new_page):
    wide = new_page(width=1280)
    wide.goto("/fr/")
    expect(wide.locator("#header-menu-button")).to_be_hidden()
    expect(wide.locator("#header-navigation")).to_be_visible()
    wide.set_viewport_size({"width": 375, "height": 800})
    expect(wide.locator("#header-menu-button")).to_be_visible()
    expect(wide.locator("#header-navigation")).to_be_hidden()

    no_script = new_page(width=375, java_script_enabled=False)
    no_script.goto("/fr/")
    expect(no_script.locator("#header-menu-button")).to_be_hidden()
    expect(no_script.locator("#header-navigation")).to_be_visible()
    assert no_script.locator("#header-navigation a:visible").count() >= 5
    # The language and the search are in the page too.
    expect(no_script.locator(".lang-switch a[hreflang='en']")).to_be_visible()
    expect(no_script.locator("#site-search-q")).to_be_visible()
    no_script.locator(".lang-switch a[hreflang='en']").click()
    expect(no_script.locator("html")).to_have_attribute("lang", "en")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_phone_header_leaves_room_for_content(new_page, lang):
    page = new_page(width=375, height=667)
    page.goto(f"/{lang}/")
    # The DSFR's phone header: the bloc-marque, the summit's logo and the
    # search and menu buttons on one row, the summit's name below.
    height = page.evaluate(
        "document.querySelector('.fr-header').getBoundingClientRect().height"
    )
    assert height <= 220, height
    logo = page.locator(".fr-header__operator img").bounding_box()
    search = page.locator(".fr-btn--search").bounding_box()
    menu = page.locator("#header-menu-button").bounding_box()
    assert logo["x"] + logo["width"] <= search["x"]  # no overlap
    assert search["x"] + search["width"] <= menu["x"]
    assert menu["x"] + menu["width"] <= 375
    assert search["y"] < logo["y"] + logo["height"]  # the same row
