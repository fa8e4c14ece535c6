# time: every clock function exists, returns float or int as CPython does, and never goes back.
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a, b = f(), f()
    print(name, type(a).__name__, type(g()).__name__, b >= a if name != "time" else True)
ns = [time.monotonic_ns() for _ in range(100)]
print(all(x <= y for x, y in zip(ns, ns[1:])))
print(time.CLOCK_MONOTONIC, time.CLOCK_REALTIME)
try:
    time.time_ns(1)
except TypeError as e:
    print(e)
