# json's one-shot encoder (indent=None): CPython's C encoder rules and messages.
import json
from collections import OrderedDict
class MyInt(int):
    def __repr__(self): return "MyInt!"
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
class MyStr(str):
    pass
class MyDict(dict):
    def items(self): return [("x", 1)]
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), (1, 2), True, None, -0.0, 1e16, 2**70]))
print(json.dumps(OrderedDict([("b", 1), ("a", 2)])), json.dumps(MyDict(q=1)))
print(json.dumps({1.5: 1, float("inf"): 2, False: 3, None: 4, 7: 5}))
for bad in [float("nan"), {float("nan"): 1}, [float("-inf")]]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except ValueError as e:
        print("ValueError", e)
a = []
a.append(a)
for obj in [a, {"k": a}]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
print(json.dumps(a, check_circular=False) if False else "skip")
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"b": [1, {"d": 2, "c": 3}], "a": "é"}, sort_keys=True))
print(json.dumps({"b": 1, "a": "é\u2028"}, ensure_ascii=False, separators=(",", ":")))
print(json.dumps({object(): 1, "ok": 2}, skipkeys=True))
class Node:
    def __init__(self, n): self.n = n
def dflt(o):
    return {"node": o.n if o.n < 3 else Node(o.n - 1)} if isinstance(o, Node) else str(o)
print(json.dumps([Node(5), {1, 2} and 0], default=dflt))
deep = []
cur = deep
for _ in range(5000):
    cur.append([])
    cur = cur[0]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
print(json.JSONEncoder().encode({"x": [1, 2.0]}), json.JSONEncoder(indent=1).encode([1]))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
try:
    json.loads('"\\x"')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    json.loads('["a\\u12"]')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    json.loads('"tab\there"')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
print(json.loads('"tab\there"', strict=False), json.loads('"\\ud83d\\ude00 \\u00e9"'))
try:
    json.loads('{"a": "unterminated}')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
