# exec inside functions: the function's locals are a snapshot; new names do
# not become visible as variables; explicit dicts work.


def f():
    a = 5
    exec("b = a + 1")
    try:
        print(b)  # noqa: F821
    except NameError as e:
        print("NameError:", e)
    ns = {"a": a}
    exec("c = a * 2", globals(), ns)
    return ns["c"]


print(f())


def g():
    loc = {"q": 3}
    exec("q = q + 1; w = q * 10", None, loc)
    return loc["q"], loc["w"]


print(g())


def h(n):
    return eval("n * 3")


print(h(7))


def nested():
    def inner():
        return eval("1 + 1")

    return inner()


print(nested())


class C:
    exec("made = 'in class'")
    val = eval("made.upper()")


print(C.made, C.val)
