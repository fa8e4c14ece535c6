# A for loop whose trace runs from its first iteration (jit/loop_entry.h):
# short loops in functions called often, locals unbound before the first
# iteration, a loop whose first iteration takes another path, iterators
# of several types, and exceptions raised in the first iteration.


def conflicts(cols, c):
    r = len(cols)
    for pr, pc in enumerate(cols):
        if pc == c or abs(pc - c) == r - pr:
            return True
    return False


def total(items):
    s = 0
    for x in items:
        s += x
    return s


def uses_previous(n):
    # `prev` is unbound before the first iteration: it is read only later.
    out = []
    for i in range(n):
        if i > 0:
            out.append(len(prev) * 10 + i)
        prev = [i] * i
    return out


def first_differs(items):
    out = 0
    for k, x in enumerate(items):
        if k == 0:
            out -= x
        else:
            out += x
    return out


def raises_first(items):
    acc = 0
    for x in items:
        acc += 100 // x
    return acc


def main():
    hits = 0
    for n in range(3000):
        cols = [(n * 7 + k * 3) % 8 for k in range(n % 7)]
        if conflicts(cols, n % 8):
            hits += 1
    print("conflicts", hits)
    print("total", sum(total(list(range(k % 9))) for k in range(2000)))
    print("total tuples", sum(total(tuple(range(k % 5))) for k in range(2000)))
    print("total floats", sum(total([0.5] * (k % 4)) for k in range(2000)))
    print("previous", sum(sum(uses_previous(k % 6)) for k in range(2000)))
    print("first", sum(first_differs([k, k + 1, k + 2][: k % 4]) for k in range(2000)))
    caught = 0
    for k in range(2000):
        try:
            raises_first([k % 3, 1, 2])
        except ZeroDivisionError:
            caught += 1
    print("caught", caught)
    mixed = 0
    for k in range(2000):
        mixed += total([1, 2, 3] if k % 3 else (4, 5))
        mixed += total({k: 1, k + 1: 2} if k % 5 == 0 else [7])
    print("mixed", mixed)
    try:
        for k in range(2000):
            uses_previous(3 if k < 1999 else None)
    except TypeError as e:
        print("TypeError", e)


main()
