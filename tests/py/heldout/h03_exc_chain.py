# Held-out: exception chaining, custom exceptions, finally, uncaught traceback at end.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class DbError(AppError):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(400, f"bad number {s!r}") from e


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise DbError(404, f"missing {k}")


for s in ["12", "x1", "0x10"]:
    try:
        print(parse(s))
    except AppError as e:
        print(e, e.code, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

try:
    lookup({}, "k")
except AppError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__context__)


def f():
    try:
        return "try"
    finally:
        print("finally runs")


print(f())


def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i


print(g())

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
    finally:
        print("inner finally")
except ValueError as e:
    print(e, repr(e.__context__))

try:
    raise KeyError("a b")
except KeyError as e:
    print(str(e), repr(e), e.args)

try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
e = Exception("x", 2)
print(e.args, str(e), repr(e))
print(issubclass(DbError, Exception), DbError.__mro__[1].__name__)


def deep(n):
    if n == 0:
        raise DbError(500, "deep failure")
    return deep(n - 1)


try:
    deep(3)
except DbError as err:
    tb = err.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("depth", depth)

try:
    parse("zz")
except AppError as e:
    raise RuntimeError("fatal") from e
