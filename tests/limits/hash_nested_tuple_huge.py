# mode: pyvm-only
# expect-status: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded while calculating hash
# CPython 3.11 overflows its C stack here (segfault); pyvm must raise.
x = ()
for _ in range(1000000):
    x = (x, 1)
try:
    hash(x)
except RecursionError as e:
    print("caught:", e)
hash(x)
