"""The summit's phase for every template, computed only when a template asks."""

from django.utils.functional import SimpleLazyObject


class SummitState:
    """What templates ask about the calendar: `summit.phase`, `summit.is_after`,
    `summit.calendar`, `summit.as_of` (an editor's preview date)."""

    def __init__(self):
        from home import calendar

        self.calendar = calendar.summit_calendar()
        self.phase = calendar.phase()
        self.as_of = calendar.as_of()
        self.now = calendar.now()

    @property
    def start_label(self):
        from home import calendar

        return calendar.summit_days_labels()[0]

    @property
    def end_label(self):
        from home import calendar

        return calendar.summit_days_labels()[1]

    def __getattr__(self, name):
        # summit.is_after, summit.is_call_open, …
        from home import calendar

        if name.startswith("is_") and name[3:] in calendar.PHASES:
            return self.phase == name[3:]
        raise AttributeError(name)


def summit(request):
    return {"summit": SimpleLazyObject(SummitState)}
