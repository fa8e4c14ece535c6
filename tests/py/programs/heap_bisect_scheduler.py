# A meeting-room booking system using bisect for sorted intervals and heapq for room allocation and top-k queries.
import bisect
import heapq
from dataclasses import dataclass, field


@dataclass(order=True)
class Meeting:
    start: int
    end: int
    title: str = field(compare=False)


meetings = [
    Meeting(900, 1000, "standup"), Meeting(930, 1100, "design"), Meeting(1000, 1030, "1:1"),
    Meeting(1100, 1200, "lunch talk"), Meeting(1015, 1130, "review"), Meeting(1300, 1400, "planning"),
    Meeting(1330, 1500, "interviews"), Meeting(1400, 1430, "sync"),
]


def allocate_rooms(items):
    rooms = []  # heap of (end_time, room_id)
    assignment = {}
    next_room = 0
    for m in sorted(items):
        if rooms and rooms[0][0] <= m.start:
            end, room = heapq.heapreplace(rooms, (m.end, rooms[0][1]))
        else:
            room = next_room
            next_room += 1
            heapq.heappush(rooms, (m.end, room))
        assignment[m.title] = room
    return assignment, next_room


assignment, count = allocate_rooms(meetings)
print("rooms needed:", count)
for title, room in sorted(assignment.items(), key=lambda kv: (kv[1], kv[0])):
    print(f"  room {room}: {title}")

durations = [(m.end - m.start, m.title) for m in meetings]
print(heapq.nlargest(3, durations), heapq.nsmallest(2, durations))
print(heapq.nsmallest(3, meetings, key=lambda m: m.end - m.start)[0].title)
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), h)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))
print([heapq.heappop(h) for _ in range(len(h))])

booked = []  # sorted start times
titles = {}


def book(start, end, title):
    i = bisect.bisect_right(booked, start)
    if i > 0 and titles[booked[i - 1]][0] > start:
        return f"{title}: conflicts with {titles[booked[i - 1]][1]}"
    if i < len(booked) and booked[i] < end:
        return f"{title}: conflicts with {titles[booked[i]][1]}"
    bisect.insort(booked, start)
    titles[start] = (end, title)
    return f"{title}: booked at slot {i}"


for m in meetings:
    print(book(m.start, m.end, m.title))
print(booked)

grades = [60, 70, 80, 90]
letters = "FDCBA"
print([letters[bisect.bisect(grades, s)] for s in [33, 60, 75, 89, 90, 100]])
data = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(data, 2), bisect.bisect_right(data, 2), bisect.bisect_left(data, 4), bisect.bisect(data, 0))
print(bisect.bisect_left(meetings, 1100, key=lambda m: m.start) if meetings == sorted(meetings) else "unsorted")
by_start = sorted(meetings)
print(bisect.bisect_left(by_start, 1100, key=lambda m: m.start), by_start[4].title)
bisect.insort_left(data, 2)
bisect.insort(data, 4, lo=3)
print(data)
tasks = []
for prio, name in [(3, "write"), (1, "deploy"), (2, "test"), (1, "alert")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
print(Meeting(1, 2, "a") == Meeting(1, 2, "b"), Meeting(1, 2, "x") < Meeting(1, 3, "y"), meetings[0])
