# slice objects: attributes, indices(), repr, equality, hashing, use with sequences.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice("a", [1]))
for sl in [slice(None), slice(1, 10, 2), slice(-3, None), slice(None, None, -1),
           slice(-100, 100), slice(5, 1, -2), slice(100, -100, -3), slice(0, 0)]:
    print(sl, [sl.indices(n) for n in [0, 1, 5, 10]])
t(lambda: slice(0, 1, 0).indices(5))
t(lambda: slice(0, 1).indices(-1))
t(lambda: slice("a").indices(5))
t(lambda: slice())
t(lambda: slice(1, 2) == slice(1, 2))
t(lambda: slice(1, 2) < slice(1, 3))
t(lambda: hash(slice(1, 2)))
t(lambda: "abcdefgh"[slice(1, None, 3)])
t(lambda: (1, 2, 3, 4)[slice(-2, None)])
t(lambda: [1, 2, 3][slice(None, None, -1)])
class Idx:
    def __index__(self):
        return 2
print("abcdef"[Idx():], [0, 1, 2, 3][Idx()], slice(Idx()).indices(5), range(10)[Idx():5])
print(slice(2**70, -2**70, -1).indices(10))
