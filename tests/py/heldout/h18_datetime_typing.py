# Held-out: datetime arithmetic, typing helpers, sorting by multiple keys.
import datetime as dt
from typing import Dict, List, Tuple, Union, Callable, TypeVar, Generic, Any

d = dt.date(2024, 2, 28)
print(d, d + dt.timedelta(days=1), d + dt.timedelta(days=2), d.weekday(), d.isoformat(), d.replace(year=2023))
print(dt.date(2024, 12, 25) - dt.date(2024, 1, 1), (dt.date(2025, 1, 1) - d).days)
t = dt.datetime(2024, 3, 10, 14, 30, 5)
print(t, t.strftime("%Y/%m/%d %H:%M:%S %a %b %j"), t + dt.timedelta(hours=12, minutes=45), repr(t))
print(dt.timedelta(days=1, seconds=3661), dt.timedelta(seconds=-1), dt.timedelta(weeks=2) / dt.timedelta(days=1))
print(dt.datetime.fromisoformat("2021-06-01T12:00:00").isoformat(), dt.date.fromordinal(738000), d.toordinal())
print(dt.datetime.strptime("05/03/2022 07:08", "%d/%m/%Y %H:%M"), dt.time(9, 5, 7, 123), dt.date(2024, 1, 1) < d)
tz = dt.timezone(dt.timedelta(hours=2), "CEST")
aware = dt.datetime(2024, 6, 1, 12, 0, tzinfo=tz)
print(aware, aware.astimezone(dt.timezone.utc), aware.utcoffset(), aware.tzname())
print(sorted([dt.date(2024, 5, 1), dt.date(2023, 5, 1), dt.date(2024, 1, 9)]))
print(f"{d:%d.%m.%Y}", format(t, "%H:%M"), d.strftime("%A %B"), dt.date.max, dt.timedelta.max)

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


st: Stack[int] = Stack()
st.push(1)
st.push(2)
print(st.pop(), st.items, Stack[int], Stack.__parameters__)


def apply(f: Callable[[int], int], xs: List[int]) -> Dict[int, int]:
    return {x: f(x) for x in xs}


print(apply(lambda v: v * v, [1, 2, 3]), apply.__annotations__)
Num = Union[int, float]
print(Num, List[Tuple[str, int]], Dict[str, Any], Union[int, None], int | str, list[int])
people = [("bob", 25, 3.5), ("amy", 25, 4.0), ("cat", 30, 3.5), ("dan", 20, 4.0)]
print(sorted(people, key=lambda p: (-p[2], p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
from operator import itemgetter
print(sorted(people, key=itemgetter(2, 0)))
people.sort(key=itemgetter(1))
print(people)
