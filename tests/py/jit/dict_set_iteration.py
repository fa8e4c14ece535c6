# FOR_ITER over dicts, dict views and sets inside traces: keys, values and
# items, nests over an adjacency dict, and mutation during iteration, which
# must still raise CPython's RuntimeError from inside the compiled loop.
def sums(d):
    t = 0
    for k in d:
        t += k
    for v in d.values():
        t += v
    for k, v in d.items():
        t += k * v
    for k in d.keys():
        t -= k
    return t


d = {i: i * 3 for i in range(500)}
print(sums(d))
print(sums({}))


def set_sum(s):
    c = 0
    for x in s:
        if x % 3 == 0:
            c += x
    return c


print(set_sum(set(range(700))), set_sum(frozenset(range(10, 400))))


def adjacency(adj):
    total = 0
    for v in adj:
        for w in adj[v]:
            total += w * v
    seen = set()
    for v in adj:
        if v in seen:
            continue
        seen.add(v)
        for w in adj[v]:
            seen.add(w)
    return total, len(seen)


adj = {i: [(i * 7) % 300, (i + 1) % 300, (i * i) % 300] for i in range(300)}
print(adjacency(adj))


def mutate_dict(n, at):
    d = dict.fromkeys(range(n), 0)
    seen = 0
    try:
        for k in d:
            seen += 1
            if k == at:
                d[-1] = 1
    except RuntimeError as e:
        print("RuntimeError:", e, seen)


mutate_dict(300, 250)
mutate_dict(300, 3)


def mutate_set(n, at):
    s = set(range(n))
    seen = 0
    try:
        for k in s:
            seen += 1
            if k == at:
                s.discard(0)
    except RuntimeError as e:
        print("RuntimeError:", e, seen)


mutate_set(400, 399)


def replace_values(d):
    # Same size: assigning existing keys is allowed.
    for k in d:
        d[k] = d[k] + 1
    return sum(d.values())


print(replace_values({i: i for i in range(400)}))


def items_mixed(d):
    out = []
    for k, v in d.items():
        if isinstance(v, str):
            out.append(k)
    return len(out), out[:3]


print(items_mixed({i: (str(i) if i % 3 else i) for i in range(300)}))


def nested_views(groups):
    total = 0
    for name, members in groups.items():
        for m in members:
            total += len(name) * m
    return total


print(nested_views({"g%d" % i: set(range(i % 7)) for i in range(300)}))
