# except*: matching, wrapping of naked exceptions, unhandled parts, raising
# inside handlers, and the handled exception inside handlers.

def show(label, e):
    print(label, type(e).__name__, repr(e))


try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("values:", e)
    try:
        raise
    except BaseException as handled:
        print("the handled exception is the match:", handled is e)
except* TypeError as e:
    show("types:", e)

# A naked exception is wrapped in an ExceptionGroup with message "".
try:
    raise ValueError("naked")
except* ValueError as e:
    show("naked:", e)
    print(repr(e.message), e.exceptions[0].__traceback__ is e.__traceback__)

try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as e:
    show("base naked:", e)

# Tuples of types.
try:
    raise ExceptionGroup("eg", [KeyError(1), IndexError(2), OSError(3)])
except* (KeyError, IndexError) as e:
    show("lookup:", e)
except* OSError as e:
    show("os:", e)

# Unhandled parts propagate as a group.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        show("handled:", e)
except ExceptionGroup as rest:
    show("propagated:", rest)

# An unmatched naked exception propagates unchanged.
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")
except KeyError as e:
    show("naked propagated:", e)

# A bare raise re-raises the matched part.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("reraised:", e)
    print([type(x).__name__ for x in e.exceptions])

# Raising a new exception in a handler: it joins a new group with the rest.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    show("combined:", e)
    runtime = e.exceptions[0]
    show("context:", runtime.__context__)
    show("rest:", e.exceptions[1])

# Raising in a handler for a naked exception raises that exception alone.
try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise KeyError("k")
except KeyError as e:
    show("alone:", e)
    show("its context:", e.__context__)

# raise ... from in a handler
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise TypeError("t") from e
except Exception as e:
    show("from:", e)
    show("cause:", e.__cause__)

# Both handlers raise.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise IndexError("b")
except ExceptionGroup as e:
    show("two raised:", e)

# else and finally with except*
for exc in [None, ValueError("x")]:
    try:
        if exc:
            raise exc
    except* ValueError:
        print("handler")
    else:
        print("else")
    finally:
        print("finally")

# Invalid clause types.
for bad in ["ExceptionGroup", "int", "tuple"]:
    try:
        try:
            raise ValueError()
        except* {"ExceptionGroup": ExceptionGroup, "int": int,
                 "tuple": (ValueError, ExceptionGroup)}[bad]:
            pass
    except TypeError as e:
        print(bad, "TypeError:", e)

# Functions and loops.
def f(n):
    errors = [ValueError(i) if i % 2 else TypeError(i) for i in range(n)]
    result = "no values"
    try:
        raise ExceptionGroup("batch", errors)
    except* ValueError as e:
        result = "values " + str(len(e.exceptions))
    except* TypeError as e:
        print("types", len(e.exceptions))
    return result


print(f(1))
print(f(4))
