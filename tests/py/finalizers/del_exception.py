# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# An exception in __del__ is reported on stderr and otherwise ignored.
import gc


class Bad:
    def __del__(self):
        print("in del")
        raise ValueError("from del")


b = Bad()
b.cycle = b
del b
gc.collect()
print("still running")


class Worse:
    def __del__(self):
        1 / 0


w = Worse()
w.cycle = w
del w
gc.collect()
print("end")
