# Benchmark: breadth-first search and connected components on a generated graph
# (dict of lists, sets for visited, deque-like list queues).
# bench: default=80000 quick=1500
import sys


def make_graph(n):
    adj = {}
    state = 7
    for v in range(n):
        adj[v] = []
    for v in range(n):
        for _ in range(3):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if state % 5 == 0:
                continue
            w = (v + 1 + state % 50) % n if state % 3 else state % n
            adj[v].append(w)
            adj[w].append(v)
    return adj


def bfs(adj, start):
    dist = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        v = queue[head]
        head += 1
        d = dist[v] + 1
        for w in adj[v]:
            if w not in dist:
                dist[w] = d
                queue.append(w)
    return dist


def components(adj):
    seen = set()
    sizes = []
    for v in adj:
        if v in seen:
            continue
        stack = [v]
        seen.add(v)
        size = 0
        while stack:
            x = stack.pop()
            size += 1
            for w in adj[x]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        sizes.append(size)
    return sizes


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 80000
    adj = make_graph(n)
    total = 0
    far = 0
    for s in range(0, n, max(1, n // 8)):
        dist = bfs(adj, s)
        total += sum(dist.values())
        far = max(far, max(dist.values()))
    sizes = components(adj)
    print(total, far, len(sizes), max(sizes))


main()
