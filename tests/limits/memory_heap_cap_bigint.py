# mode: pyvm-only
# expect-status: 0
# pyvm-args: -X max-heap=32M
# The cap counts memory the heap owns outside it (big ints' limbs): keeping
# 40 KiB ints alive ends in a catchable MemoryError well before the loop's
# bound, and arithmetic goes on once they are dropped.
data = []
try:
    for i in range(20000):
        data.append((1 << 327680) + i)
    raise AssertionError("no MemoryError")
except MemoryError:
    n = len(data)
    del data
assert 100 < n < 1000, n
x = 3 ** 100000
print("ok", n, x % 1000)
