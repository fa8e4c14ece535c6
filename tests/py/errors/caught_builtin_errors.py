# Built-in exceptions raised by operations, caught, with their messages.
def attempt(label, fn):
    try:
        result = fn()
        print(label, "ok", repr(result))
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError", e)
    except TypeError as e:
        print(label, "TypeError", e)
    except (IndexError, KeyError) as e:
        print(label, "lookup error", repr(e))
    except NameError as e:
        print(label, "NameError", e)
    except ValueError as e:
        print(label, "ValueError", e)


attempt("div", lambda: 1 / 0)
attempt("floordiv", lambda: 7 // 0)
attempt("add", lambda: 1 + "x")
attempt("sub", lambda: "x" - 1)
attempt("mul", lambda: [1] * 2)
attempt("lt", lambda: 1 < "x")
attempt("index", lambda: [1, 2][5])
attempt("str index", lambda: "abc"[10])
attempt("tuple index", lambda: (1,)[-2])
attempt("key", lambda: {"a": 1}["b"])
attempt("int key", lambda: {1: 2}[3])
attempt("name", lambda: no_such_name_anywhere)
attempt("int()", lambda: int("12x"))
attempt("float()", lambda: float("abc"))
attempt("call", lambda: len(5))
attempt("args", lambda: abs(1, 2))
five = 5
attempt("not callable", lambda: five())
