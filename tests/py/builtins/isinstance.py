# isinstance with single types and tuples of types; bool is an int; type() names.
values = [1, -1, True, 2.5, "s", [1], (1,), {"k": 1}, None, 10 ** 30]
for v in values:
    print(repr(v), isinstance(v, int), isinstance(v, float), isinstance(v, str),
          isinstance(v, (list, tuple)), isinstance(v, dict), isinstance(v, bool))
print(isinstance(3, (str, (float, int))), isinstance(3, ()), isinstance(None, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(int, type))
print(type(1) is int, type(True) is bool, type(1.0) is float, type("") is str, type([]) is list)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
