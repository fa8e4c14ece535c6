# jit-args: -X jit-threshold=5
# A string loop: `%` formatting, an f-string, str concatenation, a dict with
# str keys and a str method are residual calls (CALLR) with their argument
# lists (CARG); the results of the str ops are known to be str (no guard).


def main(n):
    s = ""
    d = {}
    for i in range(n):
        w = "k%d" % (i % 3)
        s += f"{w}:{i}".upper()
        d[w] = d.get(w, 0) + len(s)
    return len(s), d


print(main(40))
