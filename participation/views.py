"""Views behind the routes of the participation pages."""

import logging
from collections import Counter

from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from site_config import languages

from . import agenda as agenda_queries
from . import emails, exports, guards
from .forms import HONEYPOT, TIMESTAMP, EventForm, ProposalForm
from .models import Event, Proposal

logger = logging.getLogger(__name__)
RECEIPT = "participation_receipt"
RATE_SCOPE = "submit"


def thanks_url(page, request):
    return f"{page.get_url(request)}{page.thanks_segment}/"


def render(request, page, template, context, status=200, shared=False):
    context = {"page": page, "self": page, **context}
    response = TemplateResponse(request, template, context, status=status)
    if not shared:
        # Forms carry a CSRF token and a timestamp: never shared by a cache.
        add_never_cache_headers(response)
    return response


def handle_form(page, request, form_class, template, context):
    """Show the form, or take a submission: store it, then send emails."""
    state = page.submission_state()
    context = {**context, "state": state}
    if state != "open":
        context["alternatives"] = page.alternatives(request)
    if request.method != "POST":
        if state != "open":
            # No form, only where to go instead: shared like any page, until
            # the next milestone (home.calendar) at most.
            return render(
                request, page, template, {**context, "form": None}, shared=True
            )
        return render(
            request, page, template, {**context, "form": form_class(page=page)}
        )
    if state != "open":
        # Before opening or after closing, nothing is stored.
        return render(request, page, template, {**context, "form": None}, status=403)

    form = form_class(request.POST, page=page)
    if not form.is_valid():
        # Errors first: nothing is stored, and a human who sent too early
        # sees what to fix rather than a confirmation.
        return render(request, page, template, {**context, "form": fresh(form)})
    check = guards.check_timestamp(request.POST.get(TIMESTAMP))
    if request.POST.get(HONEYPOT) or check in (guards.TOO_FAST, guards.TAMPERED):
        logger.info("Discarded a submission on %s (%s)", page.url_path, check)
        request.session.pop(RECEIPT, None)
        return redirect(thanks_url(page, request))
    if check == guards.EXPIRED:
        form.add_error(
            None,
            _(
                "This form was open for too long and was not sent. Check your "
                "answers and send it again."
            ),
        )
        return render(request, page, template, {**context, "form": fresh(form)}, 400)
    if not guards.take_slot(request, RATE_SCOPE):
        form.add_error(
            None,
            _("Too many submissions from your connection. Please try again later."),
        )
        return render(request, page, template, {**context, "form": fresh(form)}, 429)

    with transaction.atomic():
        submission = form.save(commit=False)
        submission.reply_language = page.locale.language_code
        submission.consent = True
        submission.save()
    # Saved and committed: a failing mail server cannot lose it now.
    emails.acknowledge(submission)
    emails.notify_staff(submission)
    request.session[RECEIPT] = [submission._meta.model_name, submission.pk]
    return redirect(thanks_url(page, request))


def fresh(form):
    """The bound form, shown again with a new timestamp."""
    form.data = form.data.copy()
    form.data[TIMESTAMP] = guards.sign_timestamp()
    return form


def proposal_form(page, request):
    return handle_form(
        page, request, ProposalForm, "participation/call_for_proposals_page.html", {}
    )


def event_form(page, request):
    context = {
        "agenda": page,
        "alternate_urls": languages.sub_page_alternates(page, request, "register"),
    }
    return handle_form(
        page, request, EventForm, "participation/event_form.html", context
    )


def thanks(page, request):
    """The confirmation, summarising what this visitor just sent."""
    receipt = request.session.get(RECEIPT) or [None, None]
    models = {"proposal": Proposal, "event": Event}
    model = models.get(receipt[0]) if isinstance(receipt, list) else None
    submission = None
    if model is not None:
        submission = model.objects.filter(pk=receipt[1]).first()
    return render(
        request,
        page,
        "participation/thanks.html",
        {
            "submission": submission,
            "back_url": page.get_url(request),
            "alternate_urls": languages.sub_page_alternates(page, request, "thanks"),
        },
    )


def agenda(page, request):
    filters = agenda_queries.AgendaFilters(request.GET, page=page)
    rows = agenda_queries.in_country_order(filters.rows())
    totals = Counter(country for _pk, country, _start in rows)
    paginator = Paginator(rows, agenda_queries.PER_PAGE)
    # A page number out of range shows the last page rather than an error.
    listing = paginator.get_page(request.GET.get("page"))
    events = agenda_queries.load(listing.object_list)
    return TemplateResponse(
        request,
        "participation/agenda_page.html",
        {
            "page": page,
            "self": page,
            "filters": filters,
            "groups": agenda_queries.by_country(events, totals),
            "listing": listing,
            "count": len(rows),
            "countries": len(totals),
            "query_string": filters.query_string(),
            # The language switcher keeps the filters (the same in every
            # language: countries, dates and kinds are codes).
            "switcher_queries": dict.fromkeys(
                languages.codes(), filters.query_string()
            ),
        },
    )


def export(page, request, fmt):
    filters = agenda_queries.AgendaFilters(request.GET, page=page)
    events = filters.events()
    builders = {
        "ics": exports.ics_response,
        "json": exports.json_response,
        "csv": exports.csv_response,
    }
    if fmt not in builders:
        raise Http404
    return builders[fmt](page, request, events)
