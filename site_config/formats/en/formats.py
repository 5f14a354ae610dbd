"""English date formats as OGP writes them, day first with a 24-hour clock
("10 December 2016, 14:00"), not Django's American defaults ("Dec. 10, 2016,
2 p.m."). Used where no explicit format is given: mails and form summaries."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
