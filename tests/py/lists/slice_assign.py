# list slice assignment incl. extended slices, deletion and error messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = list(range(10))
a[2:5] = ["x"]; print(a)
a[2:3] = []; print(a)
a[0:0] = [-1, -2]; print(a)
a[len(a):] = [99]; print(a)
a[-3:-1] = "ab"; print(a)
a[::2] = range(len(a[::2])); print(a)
a[::-3] = [None] * len(a[::-3]); print(a)
a[5:2] = ["q"]; print(a)
a[1:8:2] = []  if False else a[1:8:2]; print(a)
del a[::3]; print(a)
del a[-2:]; print(a)
del a[100:]; print(a)
b = [1, 2, 3]
b[:] = b; print(b)
b[1:] = b; print(b)
b[::-1] = b; print(b)
c = list(range(6))
t(lambda: c.__setitem__(slice(None, None, 2), [1]))
t(lambda: c.__setitem__(slice(None, None, 0), []))
t(lambda: c.__setitem__(slice(0, 2), 5))
t(lambda: c.__setitem__(10, 1))
t(lambda: c.__delitem__(10))
t(lambda: c.__getitem__(slice(None, None, 0)))
t(lambda: c.__getitem__(slice("a", None)))
t(lambda: c[1.0])
print(c[::-1], c[-2::-2], c[10:], c[-100:2], c[2:-100], c[::100], c[3:1:-1])
print(c[slice(1, 4)], c[slice(None)], c[slice(-1, None, -1)])
d = [0] * 5
d[1:4:2] = ("a", "b"); print(d)
d[-1::-4] = ["x", "y"]; print(d)
e = [1, 2, 3, 4]
e[1:3] = iter([7, 8, 9]); print(e)
e[:2] = (v * 2 for v in e[:2]); print(e)
