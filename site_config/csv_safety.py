"""Cells of every CSV the site writes (programme and agenda exports, admin
reports), made safe for spreadsheets: a cell a spreadsheet would evaluate as
a formula (=HYPERLINK(...), +, -, @, a tab or carriage return first) starts
with an apostrophe, shown as text. French Excel splits cells on ";" as well:
a formula after a ";" is neutralised the same way."""

import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
AFTER_SEMICOLON = re.compile(r";([ \t]*)(?=[=+\-@\t\r])")


def neutralise(value):
    text = "" if value is None else str(value)
    if text.lstrip(" ")[:1] in TRIGGERS:
        text = "'" + text
    return AFTER_SEMICOLON.sub(r";\1'", text)


class FormulaSafeExportMixin:
    """For Wagtail views with SpreadsheetExportMixin (reports, listings): the
    CSV's cells neutralised. (Wagtail already writes XLSX formulas as text.)"""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise(
                    self.preprocess_field_value(field, value, self.FORMAT_CSV)
                )
                for field, value in row_dict.items()
            }
        )
