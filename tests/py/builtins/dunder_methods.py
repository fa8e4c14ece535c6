# Dunder methods of built-in containers called directly and through the type.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

l = [1, 2, 3]
t(lambda: (l.__len__(), l.__getitem__(1), l.__contains__(2), list.__len__(l)))
l.__setitem__(0, 9)
l.__delitem__(1)
print(l)
t(lambda: (len.__name__, "abc".__len__(), "abc".__getitem__(-1), "abc".__contains__("bc")))
t(lambda: ((1, 2).__len__(), (1, 2).__getitem__(slice(None, None, -1)), (1, 2).__contains__(3)))
d = {"a": 1}
d.__setitem__("b", 2)
d.__delitem__("a")
t(lambda: (d, d.__getitem__("b"), d.__len__(), d.__contains__("a")))
t(lambda: d.__getitem__("zz"))
t(lambda: ({1, 2}.__len__(), {1, 2}.__contains__(2), frozenset().__len__()))
t(lambda: (range(10).__len__(), range(10).__getitem__(3), range(10).__contains__(11)))
t(lambda: (b"ab".__len__(), b"ab".__getitem__(0), bytearray(b"xy").__getitem__(1)))
t(lambda: ({}.keys().__len__(), {1: 2}.items().__contains__((1, 2))))
t(lambda: (int.__hash__(7), str.__hash__("a") == hash("a"), tuple.__hash__((1,)) == hash((1,))))
t(lambda: list.__getitem__(l, 0))
t(lambda: [].__getitem__(0))
t(lambda: [].__hash__)
