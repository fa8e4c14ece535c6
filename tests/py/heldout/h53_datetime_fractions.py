# Held-out: dates, timedeltas, fractions and decimal arithmetic in a billing example.
from datetime import date, datetime, timedelta, time
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, getcontext

start = date(2024, 1, 31)
print(start, start + timedelta(days=30), start.replace(day=1) - timedelta(days=1), start.weekday(), start.isoweekday())
print(start.strftime("%A %d %B %Y"), start.isocalendar()[:2], start.toordinal(), date.fromordinal(738000))
dt = datetime(2024, 2, 29, 13, 45, 30, 123456)
print(dt, dt.isoformat(timespec="seconds"), dt.strftime("%Y/%m/%d %I:%M %p %j"), dt.date(), dt.time())
print(dt + timedelta(hours=12), dt - datetime(2024, 1, 1), (dt - datetime(2023, 2, 28)).days)
d = timedelta(days=1, hours=25, minutes=-5, seconds=3.5)
print(d, d.total_seconds(), -d, d * 2, d // 3, timedelta(weeks=1) / timedelta(days=2), repr(timedelta(0)))
print(datetime.fromisoformat("2023-07-04T09:30:00"), datetime.strptime("05/11/21 07:08", "%d/%m/%y %H:%M"))
print(time(9, 5), time(23, 59, 59, 999999).isoformat(), sorted([date(2020, 1, 2), date(2019, 12, 31)]))
print(date(2024, 3, 1) - date(2023, 3, 1), date.max.year, date(2000, 1, 1) < date(2000, 1, 2))

bills = [("rent", Decimal("1250.00")), ("power", Decimal("83.455")), ("water", Decimal("41.105")), ("net", Decimal("59.99"))]
getcontext().prec = 28
total = sum((amt for _, amt in bills), Decimal(0))
print(total, total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), total / 3)
for name, amt in bills:
    share = (amt / 3).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    print(f"{name:<6}{amt:>10}{share:>9}{share * 3 - amt:>8}")
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3, Decimal(0.5), Decimal("1.30") * 2)
print(Decimal("10") ** -2, Decimal("-7.5").copy_abs(), Decimal("2").sqrt(), round(Decimal("2.675"), 2), Decimal("1e3").normalize())
print(repr(Decimal("3.14")), str(Decimal("-0")), Decimal("12.500").as_tuple(), int(Decimal("9.99")), float(Decimal("0.125")))

parts = [Fraction(1, 3), Fraction(1, 6), Fraction(1, 4)]
print(sum(parts), sum(parts) - 1, Fraction(3, 4) * Fraction(2, 3), Fraction(5, 10), Fraction("0.125"), Fraction(0.75))
f = Fraction(22, 7)
print(f, float(f), f.numerator, f.denominator, round(f, 2), f.limit_denominator(3), int(f), f ** 2, -f // 1)
print(Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Fraction(3).is_integer() if hasattr(Fraction, "is_integer") else True)
print(sorted([Fraction(2, 3), 0.5, 1, Fraction(-1, 2)]), max(Fraction(7, 8), Fraction(8, 9)), format(Fraction(1, 8), "") if False else str(Fraction(1, 8)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Decimal("abc")
except Exception as e:
    print(type(e).__name__)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
