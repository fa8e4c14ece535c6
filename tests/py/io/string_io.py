# io.StringIO: write/getvalue, read/readline/readlines, seek/tell,
# truncate, iteration, context manager and closed-file errors.
import io
from io import StringIO

s = io.StringIO()
print(type(s).__name__, s.closed, s.readable(), s.writable(), s.seekable())
print(s.write("hello\n"), s.write("wörld ✓\n"), s.write(""))
s.writelines(["a\n", "b"])
print(repr(s.getvalue()))
print(s.tell(), repr(s.read()))
print(s.seek(0))
print(repr(s.readline()), repr(s.read(3)), repr(s.readline()), s.tell())
print(s.readlines())
s.seek(0)
print(list(s))
s.seek(0)
print([line for line in s])
s.seek(2)
s.write("LL")
print(repr(s.getvalue()))
s.seek(0, 2)
print(s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(8)
s.write("!")
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(0)), repr(s.readline(2)), repr(s.read(-1)))

t = StringIO("initial\nvalue")
print(t.tell(), repr(t.readline()), repr(t.getvalue()))
t.write("X")
print(repr(t.getvalue()))

with StringIO() as u:
    print("x", "y", sep="-", file=u)
    print(1, 2, 3, file=u, end="")
    text = u.getvalue()
print(repr(text), u.closed)

for op in (u.getvalue, u.read, lambda: u.write("x"), u.tell, lambda: u.seek(0), lambda: iter(u)):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
u.close()

v = StringIO()
for bad in (lambda: v.write(b"x"), lambda: v.seek(-1), lambda: v.seek(1, 1), lambda: v.seek(0, 5),
            lambda: StringIO(3)):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
