# Comprehensions and nested functions made inside hot loops: MAKE_FUNCTION
# recorded in traces, the comprehension's function inlined with its loop
# unrolled, exits in its middle, exceptions and tracebacks through it.


def caps(line):
    words = line.split()
    return [w.upper() if len(w) > 3 else w.title() for w in words]


def totals(rows):
    return {k: sum(v) for k, v in rows}


def squares_set(n):
    return {i * i % 7 for i in range(n)}


def scale(values, factor):
    # The comprehension reads `factor` from a cell (MAKE_FUNCTION 8).
    return [v * factor for v in values]


def adder(k):
    def add(x):
        return x + k

    return add


def lengths(lines):
    out = 0
    for line in lines:
        out += len(caps(line))
    return out


def main():
    lines = ["alpha beta gamma", "x yy zzz wwww", "one two three four five", ""]
    acc = 0
    seen = []
    for i in range(3000):
        line = lines[i % 4]
        c = caps(line)
        acc += len(c)
        if i % 500 == 0:
            seen.append(c)
    for i in range(3000):
        # Varying lengths: the unrolled comprehension exits at its end guard.
        acc += sum([j * 2 for j in range(i % 17)])
        # A nested def made and called in the loop.
        def twice(x):
            return 2 * x
        acc += twice(i)
    for i in range(3000):
        t = totals([("a", [i, 1]), ("b", [2, 3])])
        acc += t["a"] + t["b"]
        acc += len(squares_set(i % 9))
        acc += sum(scale([1, 2, 3], i % 5))
        acc += adder(i)(1)
    print(acc)
    print(seen)
    print(lengths(lines * 100))
    # An exception inside a comprehension made in a compiled loop.
    for i in range(200):
        try:
            r = [10 // (j - i % 3) for j in range(3)]
        except ZeroDivisionError as e:
            acc += 1
    print(acc)
    # A generator expression made in a loop (not inlined as a comprehension).
    g = 0
    for i in range(500):
        g += sum(x for x in range(i % 5))
    print(g)
    # The function objects made in the loop are real ones.
    fs = []
    for i in range(300):
        f = adder(i)
        fs.append(f)
    print(fs[-1](1), fs[0].__name__, fs[5].__qualname__, len(set(fs)))
    # Uncaught, from inside a comprehension in a compiled loop: the traceback
    # names <listcomp>.
    for i in range(2000):
        vals = [100 // (j - 1999 + i) for j in range(1)] if i < 1999 else [1 // (i - 1999) for _ in (1,)]
    print("not reached")


main()
