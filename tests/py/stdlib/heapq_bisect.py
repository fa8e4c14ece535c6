# heapq and bisect from CPython's pure-Python standard library.
import bisect
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], len(h))
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data[0], heapq.heappushpop(data, 0), heapq.heapreplace(data, 10))
print(heapq.nlargest(3, [4, 1, 9, 7, 3]), heapq.nsmallest(2, [4, 1, 9, 7, 3]))
print(heapq.nlargest(2, ["bb", "a", "cccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
tasks = [(2, "write"), (1, "plan"), (3, "test")]
heapq.heapify(tasks)
print([heapq.heappop(tasks)[1] for _ in range(3)])

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a)
print(bisect.bisect_left(a, 4, lo=5), bisect.bisect_right([(1, "x"), (3, "y")], (2,)))
print(bisect.bisect([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"]))
