# Nested groups with except*: structure is preserved in the parts.


def tree(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__}({e.message!r})")
        for sub in e.exceptions:
            tree(sub, depth + 1)
    else:
        print(f"{pad}{type(e).__name__}{e.args!r}")


def make():
    return ExceptionGroup("top", [
        ValueError(1),
        ExceptionGroup("mid", [TypeError(2), ValueError(3),
                               ExceptionGroup("low", [KeyError(4), ValueError(5)])]),
        OSError(6),
    ])


try:
    raise make()
except* ValueError as e:
    print("-- ValueError part")
    tree(e)
except* KeyError as e:
    print("-- KeyError part")
    tree(e)
except* (TypeError, OSError) as e:
    print("-- TypeError/OSError part")
    tree(e)

try:
    try:
        raise make()
    except* KeyError:
        pass
    except* OSError:
        raise
except ExceptionGroup as e:
    print("-- left over")
    tree(e)

try:
    try:
        raise make()
    except* TypeError:
        raise NameError("new")
except ExceptionGroup as e:
    print("-- new + rest")
    tree(e)
    print(e.exceptions[-1].message, e.exceptions[-1] is not None)

# BaseExceptionGroup with a BaseException inside.
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        tree(e)
except BaseExceptionGroup as e:
    print("-- base left")
    tree(e)
    print(isinstance(e, Exception))

# split on deep nesting
g = make()
for t in [ValueError, KeyError, TypeError, OSError, ArithmeticError]:
    m, r = g.split(t)
    print(t.__name__, "match:")
    if m is not None:
        tree(m, 1)
    print(t.__name__, "rest:")
    if r is not None:
        tree(r, 1)

# Empty handlers: the whole group is handled.
try:
    raise make()
except* Exception:
    print("all handled")
print("done")
