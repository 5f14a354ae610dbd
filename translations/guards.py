"""Localize actions translators must not take, refused at their addresses.

"Stop Synced translation" hands a translation to the plain editor, where the
synchronised fields (dates, status, venue...) are editable; "Convert to alias"
replaces the English page by the French one. Both are Communication's. The
translation editor hides them from translators (see the template
wagtail_localize/admin/edit_translation.html of this app).
"""

from wagtail.admin.auth import permission_denied
from wagtail_localize.views import convert, edit_translation

from access.permissions import is_translator_only


def _refuse_translators(view):
    def guarded(request, *args, **kwargs):
        if is_translator_only(request.user):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    guarded.__name__ = view.__name__
    return guarded


stop_translation = _refuse_translators(edit_translation.stop_translation)
convert_to_alias = _refuse_translators(convert.convert_to_alias)
