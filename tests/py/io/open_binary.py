# Binary-mode open(): bytes in and out, types and modes, seek/tell.
import time

path = "/tmp/pyvm_io_bin_%d_%d.dat" % (time.time_ns(), id(object()))

with open(path, "wb") as f:
    print(type(f).__name__, f.mode, f.closed)
    print(f.write(b"\x00\x01binary\xff\n"))
    print(f.write(bytearray(b"line2\n")))
    f.writelines([b"x", b"y\n"])
    print(f.tell())
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)
print(f.closed)

with open(path, "rb") as f:
    print(type(f).__name__, f.mode)
    print(f.read(2))
    print(f.readline())
    print(f.tell())
    print(f.readlines())
    print(f.read())
    print(f.seek(3))
    print(f.read(6))
    print(f.seek(-3, 2), f.read())
    f.seek(0)
    print(list(f))

with open(path, "ab") as f:
    print(type(f).__name__, f.mode)
    f.write(b"more")
with open(path, "br") as f:
    data = f.read()
print(data, len(data))

with open(path, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.write(b"AB")
    f.seek(0)
    print(f.read(4))

with open(path) as f:
    print(type(f.buffer).__name__, f.buffer.mode)
    print(f.buffer.read(2))

import os

os.remove(path)
