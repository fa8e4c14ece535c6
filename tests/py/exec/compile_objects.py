# compile() returns code objects that exec/eval run; code attributes;
# exec of a function's __code__; argument errors.
c = compile("a = 1 + 2\nprint(a)", "myfile", "exec")
print(type(c).__name__, c.co_name, c.co_filename)
exec(c)
ns = {}
print(exec(c, ns), ns["a"])
e = compile("3 * 7", "<expr>", "eval")
print(eval(e), e.co_filename, e.co_name)
s = compile("single_var = 1 + 1", "<single>", "single")
print(exec(s), single_var)  # noqa: F821
print(compile("x = 1", b"bytesname", "exec").co_filename)
print(compile(b"x = 2", "f", "exec", dont_inherit=True).co_name)
print(compile(source="5", filename="kw", mode="eval").co_filename)


def body():
    print("running body")
    return 5


print(exec(body.__code__))
print(eval(body.__code__))


def make():
    y = 1

    def inner():
        return y

    return inner


def check(fn):
    try:
        print(fn())
    except Exception as exc:
        print(type(exc).__name__, exc)


check(lambda: exec(make().__code__))
check(lambda: eval(make().__code__))
check(lambda: exec(3))
check(lambda: eval(None))
check(lambda: compile(3, "f", "exec"))
check(lambda: compile("x", "f", "bad"))
check(lambda: compile("x", 3, "exec"))
check(lambda: compile("x", "f", "exec", 1))
check(lambda: eval("x", {}, x=3))
check(lambda: exec("x", []))
check(lambda: exec("x", {}, 3))
check(lambda: eval("x", []))
check(lambda: eval("x", {}, 3))
check(lambda: exec("x", {}, {}, {}))
check(lambda: exec("x", {}, {}, closure=()))
check(lambda: exec("a\0b"))
check(lambda: eval("1;2"))
check(lambda: compile("1 +", "f", "eval"))
check(lambda: exec(compile("1", "f", "eval")))
check(lambda: eval("undefined_name"))
