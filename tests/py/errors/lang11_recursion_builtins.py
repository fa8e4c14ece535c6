# Recursion through built-ins that CPython 3.11 counts as one level (METH_O
# and METH_VARARGS functions, calls of Python classes): the depth reached and
# the RecursionError message must match.
import functools

depth = 0


def run(name, fn):
    global depth
    depth = 0
    try:
        fn(1)
    except RecursionError as e:
        print(f"{name:8} {depth:5} {e}")


def f_max(n):
    global depth
    depth = n
    return 1 + max(map(f_max, [n + 1]), default=0)


def f_min(n):
    global depth
    depth = n
    return min([1], key=lambda x: f_min(n + 1))


def f_all(n):
    global depth
    depth = n
    return all(f_all(c) for c in [n + 1])


def f_any(n):
    global depth
    depth = n
    return any(f_any(c) for c in [n + 1])


class H:
    def __hash__(self):
        return f_hash(depth + 1)


def f_hash(n):
    global depth
    depth = n
    return hash(H())


class A:
    def __abs__(self):
        return f_abs(depth + 1)


def f_abs(n):
    global depth
    depth = n
    return abs(A())


class Init:
    def __init__(self, n):
        f_init(n + 1)


def f_init(n):
    global depth
    depth = n
    Init(n)


class Plain:
    pass


def f_instantiate(n):
    global depth
    depth = n
    Plain()
    f_instantiate(n + 1)


def f_reduce(n):
    global depth
    depth = n
    return functools.reduce(lambda a, b: f_reduce(n + 1), [1, 2])


def f_class_statement(n):
    global depth
    depth = n

    class Local:
        pass

    f_class_statement(n + 1)


def f_listmap(n):
    global depth
    depth = n
    return list(map(f_listmap, [n + 1]))


for name, fn in list(globals().items()):
    if name.startswith("f_"):
        run(name[2:], fn)
