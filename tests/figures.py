"""Figures measured by the operations tests (load, faults, hostile input,
backups), printed in one section at the end of the run so that CI's log
carries them next to the verdict."""

_figures = []


def report(topic, text):
    _figures.append((topic, text))


def recorded():
    return list(_figures)
