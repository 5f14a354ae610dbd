"""Who reaches what: every admin URL classified per role, and nothing that is
not public (drafts, unpublished changes, private or expired pages, draft
sessions, pending or rejected submissions, personal data) ever reaches an
anonymous visitor.

Adding an admin URL (a Wagtail upgrade, a new snippet, a new app) fails
`test_every_admin_url_is_classified` until it is given a rule below.
"""

import datetime
import re
import secrets
import xml.etree.ElementTree as ET
from urllib.parse import quote, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User
from django.contrib.messages import ERROR, get_messages
from django.core.management import call_command
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Page, PageViewRestriction
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource

from access.bulk_actions import GuardedDeleteBulkAction, ListingPermissionRequired
from access.roles import COMMUNICATION, TRANSLATORS
from participation import moderation
from presentation.models import ContentPage
from programme.models import Session
from tests.factories import en, make_member, make_session, make_speaker
from tests.participation_helpers import make_event, make_proposal

pytestmark = [
    pytest.mark.django_db,
    # Searching every admin listing warns about models without autocomplete.
    pytest.mark.filterwarnings("ignore:.*AutocompleteFields:RuntimeWarning"),
]

ROLES = ("anonymous", "translator", "communication", "superuser")

# Outcomes of one GET.
OK = "ok"  # 2xx, 405, or a redirect that is neither to login nor a refusal
LOGIN = "login"  # redirected to the admin login
DENIED = "denied"  # 403, or redirected with Wagtail's permission message
MISSING = "missing"  # 404

PUBLIC = dict.fromkeys(ROLES, OK)
STAFF = {"anonymous": LOGIN, "translator": OK, "communication": OK, "superuser": OK}
COMMS = {**STAFF, "translator": DENIED}
SUPERUSER = {**COMMS, "communication": DENIED}
NOBODY = {**SUPERUSER, "superuser": DENIED}
# URLs with arguments: anonymous visitors are sent to login whatever the
# arguments; each role is tested on real objects in the tests further down.
NEEDS_OBJECT = "needs-object"
# Not requested: ends the session, or fails on purpose (Wagtail's error page
# test); anonymous visitors are still sent to login.
ANONYMOUS_ONLY = "anonymous-only"
# Never requested at all.
SKIP = "skip"

PROGRAMME = r"programme_(session|speaker|theme|venue)"
COMMITMENT = r"presentation_commitment"
LEGAL_INFORMATION = r"home_legalinformation"
GLOSSARY = r"glossary_term"
SUBMISSIONS = r"participation_(proposal|event)"
EDITORIAL = rf"({PROGRAMME}|{COMMITMENT}|{LEGAL_INFORMATION}|{GLOSSARY})"

# (regular expression on the URL name, expectation); the first match wins.
RULES = [
    # Open to anyone: signing in and what the login page needs.
    (r"wagtailadmin_(login|sprite|javascript_catalog)", PUBLIC),
    (r"wagtailadmin_password_reset(_done|_complete|_confirm)?", PUBLIC),
    (r"wagtailadmin_logout", SKIP),
    (r"wagtailadmin_error_test", ANONYMOUS_ONLY),
    # Every member of staff.
    (r"wagtailadmin_(home|account|dismissibles|block_preview)", STAFF),
    (r"wagtailadmin_api:(pages|documents|images):(listing|find)", STAFF),
    (r"wagtailadmin_explore_root", STAFF),
    (r"wagtailadmin_pages:search(_results)?", STAFF),
    (r"wagtailadmin_choose_page(_search|_chosen_multiple)?", STAFF),
    (r"wagtailadmin_choose_page_(external|email|phone|anchor)_link", STAFF),
    (r"wagtailadmin_tag_autocomplete", STAFF),
    (r"wagtailadmin_workflows:task_chooser(_results|_create)?", STAFF),
    (
        r"wagtailadmin_reports:(workflow|workflow_tasks|site_history|aging_pages"
        r"|page_types_usage)(_results)?",
        STAFF,
    ),
    (r"translations:status_report(_results)?", STAFF),
    (r"wagtail_localize:(javascript_catalog|translations_report(_results)?)", STAFF),
    (rf"wagtailsnippets_{EDITORIAL}:list(_results)?", STAFF),
    (
        rf"wagtailsnippetchoosers_{EDITORIAL}:(choose|choose_results|chosen_multiple)",
        STAFF,
    ),
    (r"wagtail(docs|images)_chooser:(choose|choose_results|chosen_multiple)", STAFF),
    # Communication (and superusers): the source language, media, submissions.
    (r"wagtailadmin_reports:locked_pages(_results)?", COMMS),
    (r"wagtail(docs|images):(index|index_results|add|add_multiple)", COMMS),
    (r"wagtail(docs|images)_chooser:create", COMMS),
    (rf"wagtailsnippets_{EDITORIAL}:add", COMMS),
    (rf"wagtailsnippetchoosers_{EDITORIAL}:create", COMMS),
    (rf"wagtailsnippets_{SUBMISSIONS}:list(_results)?", COMMS),
    (
        rf"wagtailsnippetchoosers_{SUBMISSIONS}:(choose|choose_results|chosen_multiple)",
        COMMS,
    ),
    # Superusers only: the public submits, staff never add submissions.
    (rf"wagtailsnippets_{SUBMISSIONS}:add", SUPERUSER),
    (rf"wagtailsnippetchoosers_{SUBMISSIONS}:create", SUPERUSER),
    (r"wagtailadmin_collections:(index|add)", SUPERUSER),
    (
        r"wagtailadmin_workflows:(index|index_results|add|select_task_type"
        r"|task_index|task_index_results)",
        SUPERUSER,
    ),
    (
        r"wagtailredirects:(index|index_results|add|start_import|process_import)",
        SUPERUSER,
    ),
    (r"wagtail(locales|sites):(index|index_results|add)", SUPERUSER),
    (r"wagtailusers_(users|groups):(index|index_results|add)", SUPERUSER),
    # Submissions are not translatable: Localize's snippet API never lists them.
    (r"submissions_localize_api_refused", NOBODY),
    # Every snippet sits in a menu group: Wagtail's snippet index refuses all.
    (r"wagtailsnippets:index", NOBODY),
    # URLs of one object (or one model): see the tests on real objects.
    (r"wagtailadmin_api:(pages|documents|images):(detail|action)", NEEDS_OBJECT),
    (r"wagtailadmin_explore(_results)?", NEEDS_OBJECT),
    (r"wagtailadmin_pages:\w+", NEEDS_OBJECT),
    (r"wagtailadmin_choose_page_child", NEEDS_OBJECT),
    (r"wagtailadmin_tag_model_autocomplete", NEEDS_OBJECT),
    (r"wagtail_bulk_action", NEEDS_OBJECT),
    (r"wagtailadmin_collections:(edit|delete|set_privacy)", NEEDS_OBJECT),
    (r"wagtailadmin_workflows:\w+", NEEDS_OBJECT),
    (r"wagtailadmin_editing_sessions:(ping|release)", NEEDS_OBJECT),
    (r"checked_upload_pofile|sync_with_related_objects|guarded_\w+", NEEDS_OBJECT),
    (r"wagtail_localize:\w+", NEEDS_OBJECT),
    (r"translations:changes", NEEDS_OBJECT),
    (r"wagtailredirects:(edit|delete)", NEEDS_OBJECT),
    (r"wagtailsettings:(edit|preview_on_edit)", NEEDS_OBJECT),
    (r"wagtail(docs|images):\w+", NEEDS_OBJECT),
    (r"wagtailimages_chooser:(chosen|select_format)", NEEDS_OBJECT),
    (r"wagtaildocs_chooser:chosen", NEEDS_OBJECT),
    (
        rf"wagtailsnippets_({EDITORIAL}|{SUBMISSIONS})"
        r":(edit|delete|usage|history|history_results|copy)",
        NEEDS_OBJECT,
    ),
    (rf"wagtailsnippetchoosers_({EDITORIAL}|{SUBMISSIONS}):chosen", NEEDS_OBJECT),
    (
        r"wagtail(locales|sites):(edit|delete|history|history_results|usage|copy)",
        NEEDS_OBJECT,
    ),
    (
        r"wagtailusers_(users|groups):(edit|delete|history|history_results|usage|copy)",
        NEEDS_OBJECT,
    ),
]
# Unnamed admin routes, by route.
UNNAMED = {
    "admin/test404/": ANONYMOUS_ONLY,  # Wagtail's 404 page test
    "admin/^.*/$": ANONYMOUS_ONLY,  # the admin's catch-all 404
}

# Dummy arguments: anonymous visitors are redirected before any lookup.
DUMMY = {
    "int": "999999",
    "str": "x",
    "slug": "x",
    "path": "x",
    "uuid": "00000000-0000-0000-0000-000000000000",
}
DUMMY_GROUPS = {"revision_id_a": "earliest", "revision_id_b": "latest", "pk": "1"}


def admin_patterns():
    """[(name or None, route, {argument: dummy value})] under admin/."""
    found = []

    def walk(patterns, prefix, namespace, converters):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            level = {**converters, **getattr(pattern.pattern, "converters", {})}
            if isinstance(pattern, URLResolver):
                space = namespace + (
                    f"{pattern.namespace}:" if pattern.namespace else ""
                )
                walk(pattern.url_patterns, route, space, level)
                continue
            kwargs = {
                name: DUMMY.get(
                    type(conv).__name__.replace("Converter", "").lower(), "1"
                )
                for name, conv in level.items()
            }
            for group in pattern.pattern.regex.groupindex:
                kwargs.setdefault(group, DUMMY_GROUPS.get(group, "1"))
            name = f"{namespace}{pattern.name}" if pattern.name else None
            found.append((name, route, kwargs))

    walk(get_resolver().url_patterns, "", "", {})
    return [row for row in found if row[1].startswith("admin/")]


def classify(name, route):
    if name is None:
        return UNNAMED.get(route)
    for expression, expectation in RULES:
        if re.fullmatch(expression, name):
            return expectation
    return None


def outcome(response):
    status = response.status_code
    location = response.get("Location", "")
    if status == 302 and location.startswith(reverse("wagtailadmin_login")):
        return LOGIN
    if status == 403:
        return DENIED
    if status == 404:
        return MISSING
    if status == 302 and location == reverse("wagtailadmin_home"):
        # Wagtail's refusal: back to the dashboard with an error message.
        if any(m.level == ERROR for m in get_messages(response.wsgi_request)):
            return DENIED
    if status < 400 or status == 405:
        return OK
    return str(status)


def fetch(client, url):
    """GET without the messages a previous redirect left in the cookie."""
    client.cookies.pop("messages", None)
    return client.get(url)


@pytest.fixture
def clients():
    users = {
        "translator": make_member(TRANSLATORS, "matrix-translator"),
        "communication": make_member(COMMUNICATION, "matrix-communication"),
        "superuser": User.objects.create_superuser(
            "matrix-admin", "m@example.org", "x"
        ),
    }
    result = {"anonymous": Client()}
    for role, user in users.items():
        result[role] = Client()
        result[role].force_login(user)
    return result


# The classification ---------------------------------------------------------


def test_every_admin_url_is_classified():
    patterns = admin_patterns()
    assert len(patterns) > 250  # the walk found Wagtail's admin
    missing = [
        name or route for name, route, _kwargs in patterns if not classify(name, route)
    ]
    assert not missing, f"Classify these admin URLs in RULES: {missing}"
    for name, route, kwargs in patterns:
        if not kwargs:
            assert classify(name, route) != NEEDS_OBJECT, (
                f"{name} needs no object: give its outcome per role"
            )


def admin_url(name, route, kwargs):
    if name is None:
        return "/" + route.replace("^.*/$", "anything/at/all/")
    return reverse(name, kwargs=kwargs or None)


def test_anonymous_visitors_are_sent_to_login_from_every_admin_url(client):
    checked = 0
    for name, route, kwargs in admin_patterns():
        expectation = classify(name, route)
        if expectation == SKIP:
            continue
        expected = expectation["anonymous"] if isinstance(expectation, dict) else LOGIN
        url = admin_url(name, route, kwargs)
        response = client.get(url)
        assert outcome(response) == expected, (name or route, url, response.status_code)
        checked += 1
    assert checked > 250


def test_every_role_gets_what_its_rule_says_on_every_admin_url_without_arguments(
    clients,
):
    mismatches = []
    for name, route, kwargs in admin_patterns():
        expectation = classify(name, route)
        if kwargs or not isinstance(expectation, dict):
            continue
        url = admin_url(name, route, kwargs)
        for role in ROLES[1:]:
            got = outcome(fetch(clients[role], url))
            if got != expectation[role]:
                mismatches.append((name, role, expectation[role], got))
    assert not mismatches


# Roles on real objects --------------------------------------------------------


@pytest.fixture
def objects(fr_home, en_home):
    french_page = fr_home.get_children().get(slug="le-partenariat")
    english_page = en_home.get_children().get(slug="the-partnership")
    session = make_session("Séance des rôles", "Roles session")
    proposal = make_proposal(title="Proposition des rôles")
    source = TranslationSource.objects.get(
        object_id=french_page.translation_key, locale=french_page.locale
    )
    event = make_event(title="Événement des rôles")
    return {
        "fr_page": french_page,
        "en_page": english_page,
        "fr_session": session,
        "en_session": session.get_translation(en()),
        "proposal": proposal,
        "event": event,
        "source": source,
        "en_translation": Translation.objects.get(source=source, target_locale=en()),
        "user": User.objects.create_user("someone-else", password="x"),
        "group": Group.objects.get(name=TRANSLATORS),
    }


T, C, S = "translator", "communication", "superuser"


def expect(ok_roles):
    return {role: OK if role in ok_roles else DENIED for role in (T, C, S)}


# (URL built from the objects, the roles that may open it).
OBJECT_CASES = [
    ("French page edit", lambda o: f"/admin/pages/{o['fr_page'].pk}/edit/", {C, S}),
    ("English page edit", lambda o: f"/admin/pages/{o['en_page'].pk}/edit/", {T, C, S}),
    (
        "French page preview",
        lambda o: f"/admin/pages/{o['fr_page'].pk}/edit/preview/",
        {C, S},
    ),
    (
        "French page draft",
        lambda o: f"/admin/pages/{o['fr_page'].pk}/view_draft/",
        {C, S},
    ),
    ("French page delete", lambda o: f"/admin/pages/{o['fr_page'].pk}/delete/", {C, S}),
    # Translators translate and publish English pages, nothing more (Wagtail
    # would let whoever may publish a page delete, unpublish or restrict it).
    *[
        (
            f"English page {action}",
            lambda o, action=action: f"/admin/pages/{o['en_page'].pk}/{action}/",
            {C, S},
        )
        for action in ("delete", "unpublish", "privacy", "move", "copy")
    ],
    (
        "English page converted to an alias",
        lambda o: f"/admin/localize/page/{o['en_page'].pk}/convert_to_alias/",
        {C, S},
    ),
    (
        "English page translation stopped",
        lambda o: f"/admin/localize/translate/{o['en_translation'].pk}/disable/",
        {C, S},
    ),
    (
        "English session delete",
        lambda o: f"/admin/snippets/programme/session/delete/{o['en_session'].pk}/",
        {C, S},
    ),
    (
        "French page privacy",
        lambda o: f"/admin/pages/{o['fr_page'].pk}/privacy/",
        {C, S},
    ),
    (
        "French page translation",
        lambda o: f"/admin/localize/submit/page/{o['fr_page'].pk}/",
        {C, S},
    ),
    (
        "Localize update (sync) of the French page",
        lambda o: f"/admin/localize/update/{o['source'].pk}/",
        {C, S},
    ),
    (
        "French session edit",
        lambda o: f"/admin/snippets/programme/session/edit/{o['fr_session'].pk}/",
        {C, S},
    ),
    (
        "English session edit",
        lambda o: f"/admin/snippets/programme/session/edit/{o['en_session'].pk}/",
        {T, C, S},
    ),
    (
        "French session delete",
        lambda o: f"/admin/snippets/programme/session/delete/{o['fr_session'].pk}/",
        {C, S},
    ),
    (
        "proposal edit",
        lambda o: f"/admin/snippets/participation/proposal/edit/{o['proposal'].pk}/",
        {C, S},
    ),
    (
        "proposal history",
        lambda o: f"/admin/snippets/participation/proposal/history/{o['proposal'].pk}/",
        {C, S},
    ),
    (
        "proposal in the chooser",
        lambda o: (
            f"/admin/snippets/choose/participation/proposal/chosen/{o['proposal'].pk}/"
        ),
        {C, S},
    ),
    (
        "event edit",
        lambda o: f"/admin/snippets/participation/event/edit/{o['event'].pk}/",
        {C, S},
    ),
    (
        "event delete",
        lambda o: f"/admin/snippets/participation/event/delete/{o['event'].pk}/",
        {C, S},
    ),
    (
        "event in the chooser",
        lambda o: f"/admin/snippets/choose/participation/event/chosen/{o['event'].pk}/",
        {C, S},
    ),
    (
        "proposals in Localize's snippet API",
        lambda o: "/admin/localize/api/snippets/participation/proposal/",
        set(),
    ),
    (
        "what changed in the English page",
        lambda o: f"/admin/translation-status/changes/{o['source'].pk}/en/",
        {T, C, S},
    ),
    ("a user", lambda o: f"/admin/users/edit/{o['user'].pk}/", {S}),
    ("a group", lambda o: f"/admin/groups/edit/{o['group'].pk}/", {S}),
]


@pytest.mark.parametrize(
    ("label", "build", "allowed"), OBJECT_CASES, ids=[c[0] for c in OBJECT_CASES]
)
def test_each_role_on_real_objects(clients, objects, label, build, allowed):
    url = build(objects)
    assert outcome(clients["anonymous"].get(url)) == LOGIN
    got = {role: outcome(fetch(clients[role], url)) for role in (T, C, S)}
    assert got == expect(allowed), url


def bulk_url(model, action, *objects):
    ids = "&".join(f"id={obj.pk}" for obj in objects)
    return f"/admin/bulk/participation/{model}/{action}/?{ids}"


def test_translators_cannot_read_submission_titles_in_bulk_actions(clients, objects):
    """Wagtail's confirmation lists even the objects one may not act on: a
    snippet bulk action refuses outright whoever may not list its model."""
    proposal, event = objects["proposal"], objects["event"]
    for model, submission in (("proposal", proposal), ("event", event)):
        for action in ("accept", "reject", "delete"):
            url = bulk_url(model, action, submission)
            response = fetch(clients[T], url)
            assert outcome(response) == DENIED, url
            assert submission.title not in response.content.decode(), url
            # Unknown ids too: no 404 to tell which submissions exist.
            assert outcome(fetch(clients[T], f"{url}&id=999999")) == DENIED, url
            assert outcome(clients[T].post(url)) == DENIED, url
    proposal.refresh_from_db()
    event.refresh_from_db()
    assert (proposal.status, event.status) == (proposal.SUBMITTED, event.SUBMITTED)


def test_moderators_still_confirm_and_decide_in_bulk(
    clients, objects, django_capture_on_commit_callbacks
):
    # Events in bulk: tests/test_moderation.py; here, proposals.
    proposal = objects["proposal"]
    for role in (C, S):
        for action in ("accept", "reject", "delete"):
            url = bulk_url("proposal", action, proposal)
            response = fetch(clients[role], url)
            assert response.status_code == 200, (role, url)
            assert proposal.title in response.content.decode(), (role, url)
    with django_capture_on_commit_callbacks(execute=True):
        response = clients[C].post(bulk_url("proposal", "accept", proposal))
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == proposal.ACCEPTED
    assert proposal.session is not None


def test_translators_still_reach_the_bulk_actions_of_what_they_translate(
    clients, objects
):
    """The rule asks for the listing's permissions, not for more: sessions,
    which translators list, keep Wagtail's confirmation."""
    english = objects["en_session"]
    url = f"/admin/bulk/programme/session/delete/?id={english.pk}"
    response = fetch(clients[T], url)
    assert response.status_code == 200
    assert english.title in response.content.decode()


def test_every_snippet_bulk_action_follows_the_listing_permission_rule():
    """A new snippet bulk action (ours, Wagtail's, a package's) must include
    access.bulk_actions.ListingPermissionRequired."""
    unguarded = []
    for model in get_snippet_models():
        opts = model._meta
        for action in bulk_action_registry.get_bulk_actions_for_model(
            opts.app_label, opts.model_name
        ):
            if not issubclass(action, ListingPermissionRequired):
                unguarded.append((opts.label, action.action_type, action.__name__))
    assert not unguarded
    delete = bulk_action_registry.get_bulk_action_class(
        "programme", "session", "delete"
    )
    assert delete is GuardedDeleteBulkAction


# Nothing private reaches anyone who should not see it ---------------------------


@pytest.fixture
def markers(fr_home, en_home):
    """One unique word per kind of thing that must stay hidden, planted."""
    token = secrets.token_hex(4)
    mark = {
        kind: f"zq{kind}{token}"
        for kind in (
            "draftpage",
            "unpublished",
            "privatepage",
            "expiredpage",
            "draftsession",
            "pendingproposal",
            "proposername",
            "rejectedevent",
            "contactemail",
            "acceptedname",
        )
    }

    draft = ContentPage(
        title=f"Brouillon {mark['draftpage']}",
        slug=f"brouillon-{token}",
        intro=mark["draftpage"],
        live=False,
    )
    fr_home.add_child(instance=draft)
    draft.save_revision()

    live = fr_home.get_children().get(slug="le-partenariat").specific
    live.intro = f"Changement non publié {mark['unpublished']}"
    live.save_revision()

    private = ContentPage(
        title=f"Privé {mark['privatepage']}",
        slug=f"prive-{token}",
        intro=mark["privatepage"],
    )
    fr_home.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    expired = ContentPage(
        title=f"Expirée {mark['expiredpage']}",
        slug=f"expiree-{token}",
        intro=mark["expiredpage"],
        search_description=mark["expiredpage"],
    )
    fr_home.add_child(instance=expired)
    expired.save_revision().publish()
    Page.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(hours=1)
    )
    call_command("publish_scheduled")  # what cron runs: unpublishes expired pages

    speaker = make_speaker(f"Orateur {mark['draftsession']}")
    make_session(
        f"Séance {mark['draftsession']}",
        f"Session {mark['draftsession']}",
        status=Session.DRAFT,
        speakers=[speaker],
    )

    make_proposal(
        title=f"Proposition {mark['pendingproposal']}",
        name=f"Camille {mark['proposername']}",
        email=f"{mark['proposername']}@example.org",
        description=mark["pendingproposal"],
    )
    accepted = make_proposal(
        title="Proposition retenue",
        name=f"Ana {mark['acceptedname']}",
        email=f"{mark['acceptedname']}@example.org",
        organisation=mark["acceptedname"],
    )
    moderation.accept(accepted)  # becomes a draft session

    rejected = make_event(
        title=f"Événement {mark['rejectedevent']}",
        description=mark["rejectedevent"],
        contact_email=f"{mark['rejectedevent']}@example.org",
    )
    moderation.reject(rejected)
    public_event = make_event(
        title="Événement publié",
        contact_email=f"{mark['contactemail']}@example.org",
    )
    moderation.accept(public_event)
    return {
        "words": mark,
        "urls": [
            f"/fr/brouillon-{token}/",
            f"/fr/prive-{token}/",
            f"/fr/expiree-{token}/",
            # Only announced through a draft session: not public either.
            f"/fr/programme/intervenants/{speaker.slug}/",
            f"/en/programme/speakers/{speaker.slug}/",
        ],
        "pages": [draft, live, private, expired],
    }


def internal_links(html):
    page = BeautifulSoup(html, "html.parser")
    links = set()
    for anchor in page.find_all("a", href=True):
        href = anchor["href"]
        if href.startswith(("/fr/", "/en/")):
            links.add(href.split("#")[0])
    return links


def sitemap_paths(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return {urlsplit(loc.text).path for loc in root.findall("s:url/s:loc", namespace)}


def public_urls(client, markers):
    urls = sitemap_paths(client)
    assert len(urls) > 10
    for home in ("/fr/", "/en/"):
        urls |= internal_links(client.get(home).content.decode())
    for lang, agenda in (
        ("fr", "/fr/semaine-du-gouvernement-ouvert/"),
        ("en", "/en/open-government-week/"),
    ):
        for base in (f"/{lang}/programme/", agenda):
            urls |= {base, *(f"{base}{fmt}/" for fmt in ("ics", "json", "csv"))}
        search = f"/{lang}/{'recherche' if lang == 'fr' else 'search'}/"
        for word in markers["words"].values():
            urls |= {f"{search}?q={word}", f"{search}?q={quote(word + '@example.org')}"}
    urls |= {"/sitemap.xml", "/robots.txt", "/health/", *markers["urls"]}
    return urls


def test_anonymous_visitors_never_see_anything_unpublished_or_personal(client, markers):
    urls = public_urls(client, markers)
    seen = []
    for url in sorted(urls):
        response = client.get(url)
        assert response.status_code < 500, url
        if response.status_code == 404:
            continue  # the "not found" page repeats the address asked for
        body = response.content.decode("utf-8", errors="replace")
        if "?q=" in url:
            # The search page repeats the query: look at its results only.
            results = BeautifulSoup(body, "html.parser").select("section.search-group")
            body = " ".join(str(group) for group in results)
        for kind, word in markers["words"].items():
            if word in body:
                seen.append((url, kind))
    assert not seen
    assert len(urls) > 60


def test_planted_pages_answer_404_or_a_password_form(client, markers):
    draft_url, private_url, expired_url, *speaker_urls = markers["urls"]
    assert client.get(draft_url).status_code == 404
    for url in speaker_urls:
        assert client.get(url).status_code == 404, url
    assert client.get(expired_url).status_code == 404
    private = client.get(private_url)
    assert private.status_code == 200
    assert 'type="password"' in private.content.decode()
    expired = markers["pages"][3]
    expired.refresh_from_db()
    assert expired.expired and not expired.live


def test_previews_and_revisions_send_anonymous_visitors_to_login(client, markers):
    for page in markers["pages"]:
        revision = page.latest_revision
        for url in (
            f"/admin/pages/{page.pk}/edit/preview/",
            f"/admin/pages/{page.pk}/view_draft/",
            f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/",
            f"/admin/pages/{page.pk}/revisions/compare/live...latest/",
            f"/admin/api/main/pages/{page.pk}/",
        ):
            response = client.get(url)
            assert outcome(response) == LOGIN, url


def test_translators_never_see_submissions_anywhere_in_the_admin(clients, markers):
    """Pending submissions and personal data: only moderators see them."""
    words = [
        markers["words"][kind]
        for kind in ("pendingproposal", "proposername", "rejectedevent", "contactemail")
    ]
    found = []
    for name, route, kwargs in admin_patterns():
        expectation = classify(name, route)
        if kwargs or not isinstance(expectation, dict):
            continue
        searchable = re.search(r"(choose|results|list|index|search|listing)", name)
        # A search for the start of a word finds it (database search), and the
        # page's echo of the query does not count as a leak.
        queries = [""]
        if searchable:
            queries += [f"?q={words[0][:-4]}", f"?q={words[1][:-4]}"]
        for query in queries:
            url = admin_url(name, route, kwargs) + query
            response = clients[T].get(url)
            body = response.content.decode("utf-8", errors="replace")
            found += [(url, word) for word in words if word in body]
    assert not found


def test_there_is_no_public_api(client):
    for url in ("/api/", "/api/v2/pages/", "/fr/api/v2/pages/", "/api/v2/snippets/"):
        # LocaleMiddleware may first redirect to /fr/…: follow it.
        assert client.get(url, follow=True).status_code == 404, url
