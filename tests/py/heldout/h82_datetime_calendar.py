# Date arithmetic: a meeting planner with datetime, timedelta, calendar,
# and formatting.
import calendar
from datetime import date, datetime, time, timedelta, timezone

start = date(2024, 1, 29)
print(start, start.isoformat(), start.weekday(), start.isoweekday(), start.isocalendar())
print(start + timedelta(days=31), date(2024, 3, 1) - date(2024, 2, 1), (date(2025, 1, 1) - start).days)
print(calendar.isleap(2024), calendar.isleap(1900), calendar.monthrange(2024, 2), calendar.leapdays(1900, 2025))
print(calendar.month(2024, 2))
print(calendar.day_name[start.weekday()], calendar.month_abbr[12], list(calendar.day_abbr)[:3])


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    last = calendar.monthrange(y, m + 1)[1]
    return d.replace(year=y, month=m + 1, day=min(d.day, last))


print([str(add_months(date(2024, 1, 31), k)) for k in range(0, 14, 3)])


def business_days(a, b):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n


print(business_days(date(2024, 3, 1), date(2024, 4, 1)))
meeting = datetime(2024, 3, 10, 14, 30, 15, 250000)
print(meeting, repr(meeting), meeting.strftime("%Y-%m-%d %H:%M:%S.%f %j %U %p %I"))
print(meeting.isoformat(), meeting.isoformat(sep=" ", timespec="minutes"), meeting.date(), meeting.time())
print(f"{meeting:%d/%m/%y %A}", format(meeting.date(), "%B %-d" if False else "%B %d"))
utc = meeting.replace(tzinfo=timezone.utc)
plus2 = utc.astimezone(timezone(timedelta(hours=2), "CEST"))
print(utc, plus2, plus2.tzname(), plus2.utcoffset(), utc == plus2)
print(datetime.fromisoformat("2024-02-29T23:59:59+05:30"), datetime.strptime("03/04/21 7:05", "%d/%m/%y %H:%M"))
td = timedelta(days=1, hours=25, minutes=-30, seconds=3.5, microseconds=7)
print(td, repr(td), td.total_seconds(), -td, abs(-td), td // timedelta(hours=1), td % timedelta(hours=1))
print(timedelta(weeks=2) / 7, timedelta(seconds=90) * 1.5, timedelta(0), timedelta(microseconds=-1))
print(time(9, 5), time(23, 59, 59, 999999).isoformat(), time(1, 2, 3).replace(hour=4), time() < time(0, 0, 1))
slots = []
t = datetime(2024, 3, 11, 9, 0)
while t.hour < 12:
    slots.append(t.strftime("%H:%M"))
    t += timedelta(minutes=45)
print(slots)
dates = [date(2023, 12, 25), date(2024, 1, 1), date(2023, 7, 4), date(2024, 2, 14)]
print(sorted(dates), max(dates) - min(dates), min(dates, key=lambda d: (d.month, d.day)))
print(date.fromordinal(738000), date(2024, 1, 1).toordinal(), date.fromisocalendar(2024, 10, 3))
print(datetime(2024, 1, 1) + timedelta(seconds=10**6), datetime(2000, 1, 1).timestamp() == datetime(2000, 1, 1).timestamp())
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2024, 1, 1) - date(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), {date(2024, 1, 1): "ny"}[date(2024, 1, 1)])
