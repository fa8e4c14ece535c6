# Graph algorithms: Dijkstra with heapq, BFS, cycle detection, topological order, connected components.
import heapq
from collections import deque, defaultdict
from graphlib import TopologicalSorter, CycleError


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add(self, a, b, w=1):
        self.adj[a][b] = w
        if not self.directed:
            self.adj[b][a] = w
        else:
            self.adj[b]
        return self

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        heap = [(0, src)]
        done = set()
        while heap:
            d, u = heapq.heappop(heap)
            if u in done:
                continue
            done.add(u)
            for v, w in sorted(self.adj[u].items()):
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(heap, (nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None, float("inf")
        node, out = dst, [dst]
        while node != src:
            node = prev[node]
            out.append(node)
        return out[::-1], dist[dst]

    def bfs_levels(self, src):
        seen = {src: 0}
        q = deque([src])
        while q:
            u = q.popleft()
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen[v] = seen[u] + 1
                    q.append(v)
        levels = defaultdict(list)
        for node, lvl in seen.items():
            levels[lvl].append(node)
        return dict(levels)

    def components(self):
        seen, comps = set(), []
        for start in sorted(self.adj):
            if start in seen:
                continue
            stack, comp = [start], []
            while stack:
                u = stack.pop()
                if u in seen:
                    continue
                seen.add(u)
                comp.append(u)
                stack.extend(self.adj[u])
            comps.append(sorted(comp))
        return comps


g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
                ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]:
    g.add(a, b, w)
dist, _ = g.dijkstra("A")
print(sorted(dist.items()))
for dst in "DFY":
    p, d = g.path("A", dst)
    print(f"A->{dst}: {' -> '.join(p) if p else 'unreachable'} ({d})")
print(g.bfs_levels("A"))
print(g.components())

deps = {
    "app": ["db", "cache", "log"],
    "db": ["log", "config"],
    "cache": ["config"],
    "log": ["config"],
    "config": [],
    "tests": ["app"],
}
ts = TopologicalSorter(deps)
ts.prepare()
batches = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    batches.append(ready)
    ts.done(*ready)
print(batches)
deps["config"] = ["tests"]
try:
    list(TopologicalSorter(deps).static_order())
except CycleError as e:
    print("cycle:", e.args[0], e.args[1])


def has_cycle(graph):
    WHITE, GREY, BLACK = 0, 1, 2
    color = dict.fromkeys(graph.adj, WHITE)
    def visit(u):
        color[u] = GREY
        for v in graph.adj[u]:
            if color[v] == GREY or (color[v] == WHITE and visit(v)):
                return True
        color[u] = BLACK
        return False
    return any(color[u] == WHITE and visit(u) for u in sorted(graph.adj))


dg = Graph(directed=True).add(1, 2).add(2, 3).add(3, 4)
print(has_cycle(dg))
dg.add(4, 2)
print(has_cycle(dg), dict(dg.adj))
