# __reduce__, __setstate__ and __length_hint__ of the built-in iterators, and
# pickle/copy round trips: fresh, partly consumed and exhausted iterators.
import copy
import pickle


def show(label, it):
    r = it.__reduce__()
    print(label, type(it).__name__, r[0].__name__, r[1:])


def roundtrip(label, make):
    for consumed in (0, 1, 100):
        it = make()
        for _ in range(consumed):
            if next(it, None) is None:
                break
        kinds = set()
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            kinds.add(type(pickle.loads(pickle.dumps(it, proto))).__name__)
        print(label, consumed, sorted(kinds), list(pickle.loads(pickle.dumps(it))),
              list(copy.copy(it)), list(it))


it = iter([1, 2, 3]); next(it); show("list", it); list(it); show("list", it)
it = iter((1, 2, 3)); next(it); show("tuple", it); list(it); show("tuple", it)
it = iter("abc"); next(it); show("str", it); list(it); show("str", it)
it = iter(b"abc"); next(it); show("bytes", it); list(it); show("bytes", it)
it = iter(bytearray(b"ab")); next(it); show("bytearray", it); list(it); show("bytearray", it)
it = reversed([1, 2, 3]); next(it); show("reversed list", it); list(it); show("reversed list", it)
it = reversed((1, 2, 3)); next(it); show("reversed", it); list(it); show("reversed", it)
it = iter({1, 2, 3}); next(it); show("set", it); list(it); show("set", it)
it = iter({1: 2, 3: 4}); next(it); show("dict", it); list(it); show("dict", it)
it = iter({1: 2, 3: 4}.values()); next(it); show("values", it)
it = iter({1: 2, 3: 4}.items()); next(it); show("items", it)
it = reversed({1: 2, 3: 4}); next(it); show("reversed dict", it); list(it); show("reversed dict", it)
it = reversed({1: 2, 3: 4}.items()); show("reversed items", it)


class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * 10


it = iter(Seq()); next(it); print(it.__reduce__()[0].__name__, it.__reduce__()[2]); list(it)
print(it.__reduce__())
print(iter(len, 1).__reduce__()[1][1])
e = enumerate("ab", 3); next(e); r = e.__reduce__(); print(r[0].__name__, r[1][1], list(r[1][0]))
z = zip([1], [2], strict=True); r = z.__reduce__(); print(r[0].__name__, len(r[1]), r[2:])
print(zip([1]).__reduce__()[2:], map(abs, [1]).__reduce__()[1][0].__name__,
      filter(None, [1]).__reduce__()[1][0])

roundtrip("list", lambda: iter([1, 2, 3]))
roundtrip("tuple", lambda: iter((1, 2, 3)))
roundtrip("str", lambda: iter("xyz"))
roundtrip("bytes", lambda: iter(b"xyz"))
roundtrip("range", lambda: iter(range(1, 10, 2)))
roundtrip("reversed range", lambda: reversed(range(5)))
roundtrip("reversed list", lambda: reversed([1, 2, 3]))
roundtrip("reversed tuple", lambda: reversed((1, 2, 3)))
roundtrip("set", lambda: iter({1, 2, 3}))
roundtrip("dict", lambda: iter({"a": 1, "b": 2}))
roundtrip("dict items", lambda: iter({"a": 1, "b": 2}.items()))
roundtrip("reversed dict", lambda: reversed({"a": 1, "b": 2}))
roundtrip("enumerate", lambda: enumerate([5, 6, 7], 1))
roundtrip("zip", lambda: zip([1, 2], "ab"))
roundtrip("map", lambda: map(abs, [-1, -2]))
roundtrip("filter", lambda: filter(None, [0, 1, 2]))

for label, make, n in [("list", lambda: iter([1, 2, 3]), 4), ("reversed", lambda: reversed([1, 2, 3]), 3)]:
    for state in (-5, -1, 0, 1, 2, 10):
        it = make()
        it.__setstate__(state)
        print(label, state, list(it))
it = iter(range(10)); it.__setstate__(3); print(list(it))
it = iter("hello"); it.__setstate__(2); print(list(it))
it = iter((1, 2)); it.__setstate__(7); print(list(it))

s = {1, 2, 3}
it = iter(s)
print(it.__length_hint__()); next(it); print(it.__length_hint__()); list(it); print(it.__length_hint__())
d = {1: 1, 2: 2}
it = iter(d.items()); print(it.__length_hint__()); next(it); print(it.__length_hint__())
for it in [iter([1, 2]), iter((1,)), iter("abc"), iter(b"ab"), iter(range(7))]:
    print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
try:
    iter([1]).__setstate__("x")
except TypeError as e:
    print("TypeError", e)

# A reverse iterator that yielded its last item keeps index -1 until the next call.
for seq in ([4, 5, 6, 7], (1, 2)):
    it = reversed(seq)
    for _ in seq:
        next(it)
    r = it.__reduce__()
    print(r[0].__name__, r[1:], list(pickle.loads(pickle.dumps(it))))
    print(next(it, "done"), it.__reduce__()[0].__name__)
