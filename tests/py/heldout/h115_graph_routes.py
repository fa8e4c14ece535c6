# Graph algorithms: BFS, DFS, Dijkstra with heapq, topological sort with graphlib, components with union-find.
import heapq
from collections import deque, defaultdict
from graphlib import TopologicalSorter, CycleError

edges = [
    ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
    ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20),
    ("G", "H", 1),
]
graph = defaultdict(dict)
for a, b, w in edges:
    graph[a][b] = w
    graph[b][a] = w


def bfs(start):
    seen = {start: 0}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                q.append(nxt)
    return order, seen


def dfs(start, seen=None):
    seen = [] if seen is None else seen
    seen.append(start)
    for nxt in sorted(graph[start]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))


print(bfs("A"))
print(dfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(node, dist[node], path(prev, node))
print(dist.get("G", float("inf")))

parent = {}


def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def union(a, b):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


for a, b, _ in edges:
    union(a, b)
groups = defaultdict(list)
for n in sorted(graph):
    groups[find(n)].append(n)
print(dict(groups))

deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "core": set(), "docs": {"app"}}
ts = TopologicalSorter(deps)
print(list(ts.static_order()))
ts2 = TopologicalSorter()
for k, v in sorted(deps.items()):
    ts2.add(k, *sorted(v))
ts2.prepare()
rounds = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    rounds.append(ready)
    ts2.done(*ready)
print(rounds)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).static_order())
except CycleError as e:
    print(type(e).__name__, e.args[0], sorted(e.args[1]))

mst = []
parent.clear()
for a, b, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
    if find(a) != find(b):
        union(a, b)
        mst.append((a, b, w))
print(mst, sum(w for *_, w in mst))
print(heapq.nsmallest(3, edges, key=lambda e: e[2]), heapq.nlargest(2, (w for *_, w in edges)))
