# A loop nest over a dict of lists: the outer loop iterates the dict (its
# FOR_ITER is the iter_next residual call), the inner loop's trace iterates
# each list; the side trace from the inner loop's exhaustion runs the outer
# body (the dict step, the subscript, GET_ITER of the list) and links to the
# inner trace directly (its final EXIT calls the inner trace).
# jit-args: -X jit-threshold=3 -X jit-hot-exit=3
def weigh(adj):
    total = 0
    for v in adj:
        for w in adj[v]:
            total += w
    return total


print(weigh({i: [i, i + 1, i + 2, i + 3] for i in range(40)}))
