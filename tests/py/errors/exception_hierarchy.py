# Exception matching by base class, exception variable cleanup, raising an uncaught ValueError.
for thrower in (lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("x")):
    try:
        thrower()
    except ArithmeticError as e:
        print("ArithmeticError:", type(e).__name__)
    except LookupError as e:
        print("LookupError:", type(e).__name__, e)
    except Exception as e:
        print("Exception:", type(e).__name__, e)

try:
    raise IndexError("boom")
except LookupError as err:
    print(isinstance(err, IndexError), isinstance(err, KeyError), err.args)

try:
    print(err)
except NameError:
    print("err was deleted after the handler")

raise ValueError("final failure: " + str(42))
