# time: clocks return the right types, are monotonic, sleep lasts at least as asked; sleep argument errors.
import time
for a in [-1, "x", float('nan'), 1e300, None, -0.0, 2**80, -2**80, 1+2j, float('inf'), float('-inf'), 1e10, 2**62, -1e-9, 0, False]:
    try:
        time.sleep(a); print("ok", a)
    except Exception as e:
        print(type(e).__name__, e)
for f in ["sleep", "time", "time_ns", "perf_counter", "monotonic", "process_time_ns"]:
    try:
        getattr(time, f)(1, 2)
    except Exception as e:
        print(type(e).__name__, e)
try: time.sleep()
except Exception as e: print(type(e).__name__, e)
try: time.sleep(x=1)
except Exception as e: print(type(e).__name__, e)
print(time.sleep, time.time, type(time.time()), type(time.time_ns()), type(time.perf_counter_ns()))
t0 = time.monotonic(); p0 = time.perf_counter(); n0 = time.monotonic_ns()
time.sleep(0.05)
d = time.monotonic() - t0
print(0.05 <= d < 1.0, 0.05 <= time.perf_counter() - p0 < 1.0, 50_000_000 <= time.monotonic_ns() - n0 < 10**9)
print(abs(time.time() - time.time_ns() / 1e9) < 0.01, time.time() > 1.6e9)
