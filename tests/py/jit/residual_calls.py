# Residual calls: loops over strings, dicts with str keys, bytes, formatting,
# slices and str methods run in traces that call the runtime; guards fail
# mid-loop (a type changes) and the runtime raises inside a trace (the
# interpreter re-runs the instruction and raises the same exception).


def build(n):
    s = ""
    parts = []
    for i in range(n):
        w = "k%d" % (i % 7)
        s += w[-1]
        parts.append(f"{i:03d}|{w!r:>6}|{i * 0.5:.2f}")
    return len(s), s[:20], parts[-1], "".join(parts)[-30:]


def count(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())


def methods(n):
    total = 0
    out = []
    for i in range(n):
        line = "alpha beta gamma delta %d" % i
        words = line.split()
        joined = "-".join(words).upper().replace("A", "4")
        total += len(joined) + joined.find("G") + joined.count("-")
        if joined.startswith("4L") and "DELTA" in joined:
            total += 1
        out.append(joined[::-1][:5])
        total += ord(joined[0]) + len(str(i)) + len(repr(i * 1.5))
    return total, out[-3:]


def bytes_loop(n):
    b = b"xyz"
    acc = []
    for i in range(n):
        acc.append(b[i % 3] + len(b + b"%d" % i))
        if b"y" in b:
            acc.append(b[1:].upper())
    return acc[-4:]


def fmt(n):
    out = []
    for i in range(n):
        out.append("{0:>5}/{1:.3e}/{2!r}".format(i, i / 7, "s"))
        out.append(str(i) + repr(i / 3))
    return out[-2:]


def raising_concat(items):
    out = []
    for x in items:
        try:
            out.append("a" + x)
        except TypeError as e:
            out.append(str(e))
    return out[-3:]


def raising_lookup(keys, d):
    hits = 0
    misses = []
    for k in keys:
        try:
            hits += d[k]
        except KeyError as e:
            misses.append(repr(e))
    return hits, misses


def raising_index(words):
    found = []
    for w in words:
        try:
            found.append(w.index("b"))
        except ValueError as e:
            found.append(str(e))
    return found[-4:]


def type_change(values):
    out = []
    for v in values:
        out.append(v + v)
        out.append(v * 2)
    return out[-6:]


def slices(n):
    perm = list(range(8))
    flips = 0
    for i in range(n):
        k = perm[0]
        if k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
        else:
            perm = perm[1:] + perm[:1]
    return flips, perm


def contains(n):
    d = {"a": 1, "b": 2}
    s = {"x", "y"}
    t = ("p", "q")
    c = 0
    for i in range(n):
        k = "ab"[i % 2]
        c += (k in d) + ("x" in s) + (k in t) + (k in "zzb") + (k not in d)
        if k == "a" and k < "b" and k != "c":
            c += 1
    return c


def negative_index(n):
    xs = [0, 1, 2, 3]
    t = (5, 6, 7)
    acc = 0
    for i in range(n):
        xs[-1] = xs[-2] + i
        acc += xs[-1] + t[-1] + xs[i % 4 - 4]
        try:
            acc += xs[-5]
        except IndexError:
            acc += 1
    return acc, xs


print(negative_index(200))
print(build(200))
print(count(["ka", "lo", "mi", "ka", "ne"] * 40))
print(methods(150))
print(bytes_loop(150))
print(fmt(150))
print(raising_concat(["x"] * 100 + [1] + ["y"] * 20 + [2.5]))
print(raising_lookup(["a", "b"] * 60 + ["zz"] + ["a"] * 30 + [("t", 1)], {"a": 1, "b": 2}))
print(raising_index(["abc", "cab"] * 60 + ["xyz"] + ["bb"] * 30))
print(type_change(["s"] * 100 + [[1]] * 10 + [(2,)] * 10 + [3] * 10 + [b"b"] * 10 + ["t"] * 5))
print(slices(300))
print(contains(300))
