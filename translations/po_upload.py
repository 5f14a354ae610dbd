"""A guard in front of wagtail-localize's PO upload.

Localize answers a missing file or a PO file without its translation header
with a server error; here such uploads get a translated message instead and
change nothing. Valid files go on to Localize's own view.
"""

import contextlib
import os
import tempfile

import polib
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.views.edit_translation import upload_pofile

HEADER = "X-WagtailLocalize-TranslationID"


def read_po(upload):
    """The parsed PO file, or None. Parsed from a temporary file because
    polib reads a string that looks like a path as a file name."""
    with tempfile.NamedTemporaryFile(delete=False, suffix=".po") as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    try:
        return polib.pofile(handle.name)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)


@require_POST
def checked_upload_pofile(request, translation_id):
    upload = request.FILES.get("file")
    problem = None
    if upload is None:
        problem = _("Choose a PO file to upload.")
    else:
        po = read_po(upload)
        if po is None:
            problem = _("Please upload a valid PO file.")
        elif HEADER not in po.metadata:
            problem = _(
                "This PO file was not exported from this site: it has no "
                "translation identifier."
            )
    if problem:
        messages.error(request, problem)
        return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
    upload.seek(0)
    return upload_pofile(request, translation_id)
