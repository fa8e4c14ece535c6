# bytearray: construction, mutation (item/slice assignment, append, extend, pop...), methods.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: bytearray())
t(lambda: bytearray(3))
t(lambda: bytearray(b"abc"))
t(lambda: bytearray([1, 2, 3]))
t(lambda: bytearray("hé", "utf-8"))
t(lambda: bytearray([256]))
a = bytearray(b"hello")
a[0] = 74
print(a)
a[1:3] = b"EE"
print(a)
a[1:3] = b"XYZW"
print(a, len(a))
a[::2] = b"1234"
print(a)
del a[0]
print(a)
del a[::2]
print(a)
a.append(33)
a.extend(b"??")
a.extend([65, 66])
a.insert(0, 60)
a.insert(-1, 62)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(63)
print(a)
a.reverse()
print(a)
a += b"++"
print(a)
a *= 2
print(a)
print(a.count(ord("+")), a.find(b"+"), a.index(b"+"), a.rfind(b"+"))
t(lambda: a.remove(200))
t(lambda: bytearray().pop())
t(lambda: a.__setitem__(0, 256))
t(lambda: a.__setitem__(0, "x"))
t(lambda: a.__setitem__(slice(0, 6, 2), b"1"))
t(lambda: a.append(-1))
t(lambda: hash(bytearray(b"x")))
c = bytearray(b"abc")
d = c.copy()
d[0] = 65
print(c, d, c == b"abc", c + b"d", b"d" + c, type(b"d" + c).__name__)
c.clear()
print(c, len(c))
e = bytearray(b"  Mixed Case  ")
print(e.strip(), e.upper(), e.lower(), e.split(), e.replace(b"M", b"m"))
print(e.hex(), bytearray.fromhex("41 42"), e.decode(), bytes(e))
print(bytearray(b"abc")[1], bytearray(b"abc")[1:], list(bytearray(b"ab")))
print(bytearray(b"x") * 3, bytearray(b"ab") < bytearray(b"b"), b"ab" in bytearray(b"cabd"))
f = bytearray(b"0123456789")
f[2:8:3] = [97, 98]
print(f)
f[5:] = []
print(f)
f[:0] = b"<<"
print(f)
f[-1:] = bytearray(b"!!")
print(f)
print(str(bytearray(b"q")), repr(bytearray(b"'\"")))
