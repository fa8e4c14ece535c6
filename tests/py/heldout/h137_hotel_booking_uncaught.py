# Hotel booking system: classes with properties, validation errors, date ranges, uncaught custom error.
from datetime import date, timedelta


class BookingError(Exception):
    pass


class RoomUnavailable(BookingError):
    def __init__(self, room, start, end):
        self.room = room
        super().__init__(f"room {room.number} is taken between {start:%b %d} and {end:%b %d}")


class Room:
    RATES = {"single": 80, "double": 120, "suite": 300}

    def __init__(self, number, kind):
        if kind not in self.RATES:
            raise ValueError(f"unknown room kind {kind!r}")
        self.number = number
        self.kind = kind
        self._bookings = []

    @property
    def rate(self):
        return self.RATES[self.kind]

    def is_free(self, start, end):
        return all(end <= s or start >= e for s, e, _ in self._bookings)

    def book(self, guest, start, end):
        if end <= start:
            raise BookingError(f"bad range {start} .. {end}")
        if not self.is_free(start, end):
            raise RoomUnavailable(self, start, end)
        self._bookings.append((start, end, guest))
        self._bookings.sort()
        return (end - start).days * self.rate

    def __repr__(self):
        return f"Room({self.number}, {self.kind!r}, bookings={len(self._bookings)})"


class Hotel:
    def __init__(self, name):
        self.name = name
        self.rooms = {}
        self.revenue = 0

    def add_rooms(self, *specs):
        for number, kind in specs:
            self.rooms[number] = Room(number, kind)

    def find(self, kind, start, nights):
        end = start + timedelta(days=nights)
        for number in sorted(self.rooms):
            room = self.rooms[number]
            if room.kind == kind and room.is_free(start, end):
                return room
        return None

    def reserve(self, guest, kind, start, nights):
        room = self.find(kind, start, nights)
        if room is None:
            raise BookingError(f"no {kind} free for {guest} from {start.isoformat()}")
        cost = room.book(guest, start, start + timedelta(days=nights))
        self.revenue += cost
        return room.number, cost

    def occupancy(self, day):
        busy = 0
        for room in self.rooms.values():
            if not room.is_free(day, day + timedelta(days=1)):
                busy += 1
        return busy / len(self.rooms)


h = Hotel("Seaside")
h.add_rooms((101, "single"), (102, "single"), (201, "double"), (301, "suite"))
try:
    h.add_rooms((999, "penthouse"))
except ValueError as e:
    print("error:", e)

d0 = date(2024, 2, 26)
requests = [
    ("Ann", "single", d0, 3),
    ("Bob", "single", d0 + timedelta(days=1), 2),
    ("Cid", "single", d0 + timedelta(days=2), 1),
    ("Dee", "suite", d0, 5),
    ("Eve", "double", d0 + timedelta(days=4), 2),
    ("Fay", "suite", d0 + timedelta(days=3), 1),
]
for guest, kind, start, nights in requests:
    try:
        number, cost = h.reserve(guest, kind, start, nights)
        print(f"{guest:<4} -> {number} {cost:>5d} ({start:%a %d %b} +{nights})")
    except BookingError as e:
        print(f"{guest:<4} !! {type(e).__name__}: {e}")

for offset in range(7):
    day = d0 + timedelta(days=offset)
    print(day.isoformat(), f"{h.occupancy(day):6.1%}", "*" * int(h.occupancy(day) * 8))
print("revenue", f"{h.revenue:,}")
print(sorted(h.rooms.values(), key=lambda r: (-len(r._bookings), r.number)))

try:
    h.rooms[201].book("Gus", d0, d0)
except BookingError as e:
    print(repr(e))

h.rooms[301].book("Hal", d0 + timedelta(days=1), d0 + timedelta(days=2))
