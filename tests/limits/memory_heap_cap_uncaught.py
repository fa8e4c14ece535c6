# mode: pyvm-only
# expect-status: 1
# expect-stderr: MemoryError
# pyvm-args: -X max-heap=16M
# An uncaught MemoryError under a heap cap ends the program as CPython ends
# one: the traceback, then status 1.
data = []
while True:
    data.append([0] * 100)
