# Calls of built-in functions and unbound methods from Python code: right
# receivers (exact and subclass), wrong receivers, argument counts.
class MyList(list):
    pass


l = []
list.append(l, 1)
m = MyList()
list.append(m, 2)
print(l, m, len(l), len("abc"), abs(-3), min(3, 1, 2), divmod(7, 2), str.upper("x"))
print(dict.get({"a": 1}, "a"), dict.get({}, "b", 5), sorted([3, 1, 2]), max([1, 5]))
cases = [
    lambda: str.upper(5),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(),
    lambda: dict.get({}),
    lambda: int.bit_length(2**70),
    lambda: int.bit_length(True),
    lambda: str.join(",", ["a", "b"]),
    lambda: list.append("notalist", 1),
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
