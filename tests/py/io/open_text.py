# Text-mode open(): write/read/readline/readlines, iteration, append,
# context manager, closed/name/mode, seek/tell.
import time

# A unique temporary file (pyvm has no os module yet, so it stays behind there).
path = "/tmp/pyvm_io_text_%d_%d.txt" % (time.time_ns(), id(object()))

f = open(path, "w")
print(type(f).__name__, f.mode, f.closed, f.name == path)
print(f.write("hello\n"), f.write("wörld ✓\n"))
f.writelines(["a\n", "b\n", "last"])
f.close()
print(f.closed)

with open(path) as f:
    print(f.mode, f.readable(), f.writable())
    print(repr(f.readline()))
    print(repr(f.read(3)))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()))
print(f.closed)

with open(path, "r", encoding="utf-8") as f:
    for line in f:
        print(repr(line))

with open(path, "a") as f:
    f.write("\nappended\n")
with open(path) as f:
    data = f.read()
print(repr(data))
print(len(data))

with open(path, "r+") as f:
    print(f.tell())
    f.write("HELLO")
    print(f.seek(0))
    print(repr(f.readline()))
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print(f.read().splitlines()[-1])

f = open(path)
f.close()
f.close()
for op in (f.read, f.readline, f.readlines, lambda: f.write("x"), lambda: next(iter(f))):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)

with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write(b"x")
    except TypeError as e:
        print("TypeError", e)
with open(path) as f:
    print(repr(f.read()))

import os

os.remove(path)
