# io.BytesIO, io.StringIO and the io base classes.
import io

b = io.BytesIO(b"ab\ncd\nef")
print(b.readline(), b.tell(), list(b), b.getvalue())
b.seek(0)
print(b.read(2), b.read1(1), b.tell())
b.write(b"XY")
print(b.getvalue(), b.tell())
b.seek(20)
b.write(b"!")
print(b.getvalue())
print(b.seek(-3, 2), b.read(), b.seek(0, 1), b.truncate(4), b.getvalue())
b.seek(0)
print(b.readlines(), b.readable(), b.writable(), b.seekable(), b.closed)
b.write(bytearray(b"zz"))
b.write(memoryview(b"mm"))
print(b.getvalue())
for bad in ("s", 5):
    try:
        b.write(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError", e)
try:
    b.seek(0, 3)
except ValueError as e:
    print("ValueError", e)
with io.BytesIO() as w:
    print(w.write(b"hello\nworld"), w.getvalue())
print(w.closed)
try:
    w.read()
except ValueError as e:
    print("ValueError", e)
print(io.BytesIO().read(), io.BytesIO(b"x").readline(5))

s = io.StringIO("a\nb\r\nc\rd")
print(repr(s.readline()), list(s), s.tell())
s.seek(0)
print(s.truncate(2), repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("tail\n")
print(repr(s.getvalue()), s.readlines())
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase))
import sys
print(isinstance(sys.stdout, io.TextIOBase))
print(issubclass(io.RawIOBase, io.IOBase), issubclass(io.StringIO, io.TextIOBase))


class Lines(io.TextIOBase):
    def __init__(self, items):
        self.items = list(items)

    def readline(self):
        return self.items.pop(0) if self.items else ""

    def readable(self):
        return True


with Lines(["x\n", "y\n"]) as f:
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), list(f))
print(Lines(["p\n", "q"]).readlines())
print(isinstance(Lines([]), io.IOBase), isinstance(Lines([]), io.RawIOBase))


class Sink(io.RawIOBase):
    def __init__(self):
        self.got = []

    def write(self, data):
        self.got.append(data)
        return len(data)


k = Sink()
k.writelines([b"a", b"b"])
print(k.got, k.flush())
try:
    k.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
