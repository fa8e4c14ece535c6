# Universal newlines on reading text, newline='' keeping "\r\n", and data
# written through a file object dropped without close() being visible to a
# later open() (CPython closes it at once; pyvm flushes before opening).
import time

path = "/tmp/pyvm_io_nl_%d_%d.txt" % (time.time_ns(), id(object()))

with open(path, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r\n")
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read(4)), repr(f.readline()))
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, newline="\n") as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(f.read())

open(path, "w").write("never closed\n")
print(repr(open(path).read()))
import os

os.remove(path)
