# `yield from` a list inside a generator resumed by a hot loop's FOR_ITER
# (the SEND loop recorded in the inlined body): lists of several lengths
# including empty ones, exhaustion mid-trace, values of several types, the
# generator closed while suspended inside the delegation, a delegate that is
# not a list, and exceptions raised in the consuming loop.


def flatten(groups):
    for g in groups:
        yield from g


def tagged(groups):
    n = 0
    for g in groups:
        n += 1
        yield from g
        yield -n


def run(groups):
    total = 0
    count = 0
    for x in flatten(groups):
        total += x
        count += 1
    return total, count


print(run([[i, i + 1, i + 2] for i in range(300)]))
print(run([list(range(i % 4)) for i in range(400)]))
print(run([[1.5, 2], [], [3], [], [], [4.25, 5, 6, 7]] * 50))

out = []
for x in tagged([[i] * (i % 3) for i in range(200)]):
    out.append(x)
print(len(out), sum(out), out[:12])

g = flatten([[i, i] for i in range(100)])
seen = 0
for x in g:
    seen += x
    if seen > 3000:
        break
print(seen, next(g), next(g))
g.close()
print(list(g))

mixed = [[1, 2], (3, 4), "ab", range(3), [5]] * 30
res = []
for x in flatten(mixed):
    res.append(x)
print(len(res), res[:14])


def bad(n):
    got = 0
    try:
        for x in flatten([[1, 2, 3]] * n + [[None]]):
            got += x
    except TypeError as e:
        return got, str(e)
    return got, None


print(bad(200))
