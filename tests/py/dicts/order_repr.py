# dict insertion order under delete/reinsert, repr of nested/recursive containers, equality.
d = {}
for i in range(20):
    d[i * 7 % 11] = i
print(d)
for k in list(d)[::2]:
    del d[k]
print(d, len(d))
d[3] = "re"
d[100] = "new"
print(list(d.items())[-3:])
nested = {"a": [1, {"b": (2, 3)}], "c": {"d": {}}, (1, 2): None, 1.5: "f", None: True}
print(nested, str(nested) == repr(nested))
a = [1]
b = {"a": a}
a.append(b)
print(a, b)
c = {}
c[1] = [c, {2: c}]
print(c)
s = "\n"
print({s: s, "q'": 'q"'})
print(dict(sorted({"b": 1, "a": 2}.items())))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), sum(big), list(big)[:5], list(big)[-3:])
print({1: "a"} == {1.0: "a"}, {"x": [1]} == {"x": [1]}, {1: 2, 3: 4} == {3: 4, 1: 2})
print(list({"z": 1, "y": 2, "x": 3}), list({-1: 0, -2: 0, 2**65: 0}))
e = dict.fromkeys(range(5))
e.pop(2)
e[2] = 0
print(list(e), e.popitem(), list(e))
