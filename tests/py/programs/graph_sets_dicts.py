# Dependency resolution over a package graph using sets, frozensets, dict views and comprehensions.
from collections import deque

DEPS = {
    "app": {"web", "db", "log"},
    "web": {"http", "template", "log"},
    "db": {"driver", "log", "pool"},
    "http": {"socket", "log"},
    "template": {"escape"},
    "driver": {"socket"},
    "pool": set(),
    "log": set(),
    "socket": set(),
    "escape": set(),
    "cli": {"app", "argparse"},
    "argparse": set(),
}


def topo_order(graph):
    indeg = {n: 0 for n in graph}
    for n, deps in graph.items():
        for d in deps:
            indeg[n] += 1
    users = {n: set() for n in graph}
    for n, deps in graph.items():
        for d in deps:
            users[d].add(n)
    ready = deque(sorted(n for n, k in indeg.items() if k == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    if len(order) != len(graph):
        raise ValueError("cycle among " + ", ".join(sorted(set(graph) - set(order))))
    return order


def closure(graph, root):
    seen = set()
    stack = [root]
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        stack.extend(graph[n] - seen)
    return seen - {root}


print(topo_order(DEPS))
for pkg in ["app", "cli", "web"]:
    print(pkg, sorted(closure(DEPS, pkg)))
shared = closure(DEPS, "web") & closure(DEPS, "db")
print("shared:", sorted(shared), "only web:", sorted(closure(DEPS, "web") - closure(DEPS, "db")))
print("sym diff:", sorted(closure(DEPS, "web") ^ closure(DEPS, "db")))
leaves = {n for n, d in DEPS.items() if not d}
print(sorted(leaves), leaves <= set(DEPS), {"log"} < leaves, leaves.isdisjoint({"app"}))
groups = {frozenset(d) for d in DEPS.values()}
print(len(groups), frozenset() in groups, frozenset({"socket"}) in groups)
print(sorted(len(g) for g in groups))

cyclic = dict(DEPS, pool={"app"})
try:
    topo_order(cyclic)
except ValueError as e:
    print("ValueError:", e)

keys = DEPS.keys() - {"cli", "argparse"}
print(sorted(keys), type(DEPS.keys()).__name__, "app" in DEPS.keys(), len(DEPS.items()))
print(sorted(DEPS.keys() & {"app", "nope", "log"}), sorted({"x"} | DEPS.keys())[:3])
inverse = {}
for n, deps in DEPS.items():
    for d in deps:
        inverse.setdefault(d, []).append(n)
print({k: sorted(v) for k, v in sorted(inverse.items())})
counts = {n: len(closure(DEPS, n)) for n in DEPS}
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
merged |= {"d": 5}
print(merged, {**merged, "a": 0}, dict.fromkeys("xyz", 0), list(reversed(merged)))
d = dict(zip("abc", range(3)))
print(d.pop("b"), d.popitem(), d, d.setdefault("q", []), d.get("zz", "dflt"))
s = {3, 1, 2}
s.update([5, 4])
s.discard(10)
s.symmetric_difference_update({1, 9})
print(sorted(s), s.pop() in {2, 3, 4, 5, 9}, {i % 4 for i in range(10)}, set("hello") == set("olleh"))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "tuple key"}[(1, 2)], hash((1, 2)) == hash((1, 2)))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(sorted({-1, -5, 3, 100, 2**40, 7}), {10, 20, 30, 1000, 2}, {"a"} | set())
