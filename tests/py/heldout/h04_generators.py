# Held-out: generators, yield from, send/throw/close, generator expressions, itertools.
import itertools


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"


def chain_all(*gens):
    results = []
    for g in gens:
        r = yield from g
        results.append(r)
    return results


g = chain_all(countdown(3), countdown(2))
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print(out, e.value)


def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append(f"err:{e}")
    finally:
        print("closing with", received)


e = echo()
print(next(e), e.send("a"), e.throw(ValueError("boom")), e.send("b"))
e.close()
print(e.gi_frame is None)


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(itertools.islice(primes(), 15)))
sq = (x * x for x in range(10) if x % 3)
print(next(sq), list(sq), list(sq))


def tree(d):
    for k, v in d.items():
        if isinstance(v, dict):
            for path in tree(v):
                yield (k,) + path
        else:
            yield (k, v)


data = {"a": {"b": 1, "c": {"d": 2}}, "e": 3}
print(list(tree(data)))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print([(k, list(g)) for k, g in itertools.groupby("aaabbcaa")])
print([(k, len(list(v))) for k, v in itertools.groupby("aaabbcaa")])
print(list(itertools.product("ab", range(2))))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations_with_replacement("xy", 2)))
print(list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.pairwise(range(5))))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(itertools.chain.from_iterable(["ab", "cd"])))
print(list(itertools.filterfalse(str.isdigit, "a1b2")))


def gen_with_return():
    yield 1
    return 5


gr = gen_with_return()
print(next(gr))
try:
    next(gr)
except StopIteration as s:
    print("value", s.value, s.args)
print(type(gr).__name__, gr.__name__, gr.__qualname__)


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(sum(itertools.islice(fibs(), 100)))
print(dict(zip("abc", countdown(3))))
it = iter(countdown(2))
print(next(it), next(it), next(it, "end"))
