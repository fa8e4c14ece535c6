# collections.deque: construction, maxlen, both ends, rotate, search,
# indexing, operators, reprs and CPython's error messages.
from collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


q = deque([1, 2, 3], maxlen=5)
q.append(4)
q.appendleft(0)
q.append(9)
print(q, len(q), q[0], q[-1], 3 in q, 7 in q, q.maxlen)
q.rotate(2)
print(q)
q.rotate(-1)
print(q, q.pop(), q.popleft(), q)
q.rotate(11)
print(q)
q = deque(range(5))
q.extendleft("ab")
print(q, q.count(1), q.index(3), q.index(3, 2, 7))
q.insert(2, "x")
q.insert(-100, "start")
q.insert(100, "end")
q.remove("a")
q.reverse()
print(q)
print(q.copy(), q + deque([7]), q * 2, 2 * deque("ab"), deque([1, 2], 3) * 3)
print(deque() == deque(), deque([1]) < deque([2]), deque([1, 2]) >= deque([1]), deque([1]) == [1])
print(list(reversed(deque([1, 2, 3]))), deque("abc").maxlen, deque("ab", 2).maxlen)
del q[0]
q[0] = "first"
q[-1] = "last"
print(q, bool(deque()), bool(q))
q += [1, 2]
q *= 2
print(q)
q.clear()
print(q, len(q))
print(deque("abcdef", maxlen=3), deque([], maxlen=0), deque(maxlen=2, iterable=[1, 2, 3]))
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2])
print(z)
s = deque([1, 2])
s.extend(s)
print(s)
s.extendleft(s)
print(s)
r = deque()
r.append(r)
print(r)

# Large deque exercises wraparound and growth.
big = deque()
for i in range(100):
    big.append(i)
    if i % 3 == 0:
        big.appendleft(-i)
for i in range(40):
    big.popleft()
print(len(big), sum(big), big[0], big[-1], big[30])
big.rotate(17)
print(big[0], big[-1], list(big)[:5])


class MyDeque(deque):
    pass


m = MyDeque([1, 2], 4)
print(m, type(m).__name__, m.maxlen, isinstance(m, deque))

# Errors.
attempt("pop", lambda: deque().pop())
attempt("popleft", lambda: deque().popleft())
attempt("index", lambda: deque([1]).index(5))
attempt("remove", lambda: deque([1]).remove(5))
attempt("insert full", lambda: deque([1], 1).insert(0, 2))
attempt("concat", lambda: deque([1]) + [1])
attempt("maxlen neg", lambda: deque([1], maxlen=-1))
attempt("maxlen str", lambda: deque([1], maxlen="a"))
attempt("getitem", lambda: deque()[0])
attempt("getitem str", lambda: deque([1])["a"])
attempt("rotate str", lambda: deque([1]).rotate("a"))
attempt("not iterable", lambda: deque(1))
attempt("too many", lambda: deque([1], 2, 3))
attempt("mul str", lambda: deque([1]) * "a")


def mutate():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)


attempt("mutate", mutate)


def mutate_pop():
    d = deque([1, 2, 3])
    for x in d:
        d.popleft()


attempt("mutate pop", mutate_pop)
