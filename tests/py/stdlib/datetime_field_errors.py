# datetime's out-of-range field errors carry the C module's messages (pyvm runs
# the pure-Python datetime.py, whose own messages are (message, value) pairs).
from datetime import date, datetime, time

cases = [
    lambda: date(2023, 2, 29),
    lambda: date(2024, 4, 31),
    lambda: date(2023, 13, 1),
    lambda: date(2023, 0, 1),
    lambda: date(0, 1, 1),
    lambda: date(10000, 1, 1),
    lambda: time(24),
    lambda: time(1, 60),
    lambda: time(1, 1, 61),
    lambda: time(1, 1, 1, 10**6),
    lambda: time(fold=2),
    lambda: datetime(2020, 1, 1, 25),
    lambda: date(2020, 1, 1).replace(day=32),
    lambda: datetime(2021, 2, 28).replace(day=29),
    lambda: date("2020", 1, 1),
    lambda: date(2020.0, 1, 1),
]
for case in cases:
    try:
        print(case())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, len(e.args))
print(date(2024, 2, 29), time(23, 59, 59, 999999), datetime(1, 1, 1, 0, 0))
