# A plain mixin class listed before a built-in base (class S(M, str)): the
# built-in's methods called on instances use the built-in layout.
class M:
    def hello(self):
        return "hello " + type(self).__name__


class S(M, str):
    pass


class I(M, int):
    pass


class T(M, tuple):
    pass


class L(M, list):
    pass


s, i, t, lst = S("seven"), I(7), T((1, 2)), L([3, 4])
print(s == "seven", len(s), str.__len__(s), hash(s) == hash("seven"), s.upper(), s.hello())
print(i == 7, int.__hash__(i) == 7, i + 1, i.hello())
print(t == (1, 2), tuple.__len__(t), t[1], t.hello())
lst.append(5)
print(lst, list.__len__(lst), lst.hello(), lst[0])
print(sorted([S("b"), S("a")]), [x for x in t])
