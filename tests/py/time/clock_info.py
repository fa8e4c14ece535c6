# time.get_clock_info: the namespace of each clock and the errors for bad names.
import time

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, type(info).__name__, info.implementation, info.monotonic, info.adjustable, info.resolution)
for bad in ("sundial", 5):
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
