# memoryview basics: tolist, len, slicing, bytes(), readonly, equality, writes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.tolist(), m.readonly, bytes(m), m.tobytes())
print(bytes(m[1:4]), m[1:4].tolist(), bytes(m[::2]), len(m[::-1]), bytes(m[::-1]))
print(m == b"abcdef", m == b"abc", m[:3] == b"abc", m == memoryview(b"abcdef"), m != b"x")
print(m.hex(), m.nbytes, m.itemsize, m.format, m.ndim, m.shape)
t(lambda: m.__setitem__(0, 1))
t(lambda: m[10])
t(lambda: hash(memoryview(b"ab")) == hash(b"ab"))
ba = bytearray(b"hello")
w = memoryview(ba)
print(w.readonly)
w[0] = ord("J")
w[1:3] = b"EL"
print(ba, w.tolist())
t(lambda: w.__setitem__(slice(0, 2), b"abc"))
t(lambda: w.__setitem__(0, 300))
print(list(memoryview(b"xyz")), b"".join([memoryview(b"a"), b"b"]))
print(bytearray(memoryview(b"qq")), bytes(memoryview(b"q")[0:0]))
t(lambda: memoryview("str"))
t(lambda: memoryview(5))
v = memoryview(b"abc")
v.release()
t(lambda: v[0])
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
print(type(m).__name__, isinstance(m, memoryview))
