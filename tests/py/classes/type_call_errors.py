# type() and type.__new__ argument errors; the uncaught one ends the script.
for args in ((1, 2), ("a", 1, {}), ("a", (), 1), ("a", (1,), {})):
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
print(type(3), type("N", (), {}).__name__)
try:
    type.__new__(type, "X", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
X = type.__new__(type, "X", (), {"v": 1})
print(X.v, X.__name__)
try:
    type("Y", (bool,), {})
except TypeError as e:
    print("TypeError:", e)
type("Z", (), {}, flag=1)
