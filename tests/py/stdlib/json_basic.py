# json: dumps/loads options, hooks, custom encoders and JSONDecodeError messages.
import json
data = {"b": [1, 2.5, None, True, False], "a": "é\n\"x\"", "c": {"z": 1, "y": [{}, []]}, "d": 10**20}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps([1.0, -0.0, 1e300, 3.14159]))
print(json.dumps("\U0001F600\u2028"), json.dumps("\U0001F600", ensure_ascii=False))
print(json.dumps(float("nan")), json.dumps(float("inf")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
class P:
    def __init__(self, x): self.x = x
print(json.dumps({"p": P(3)}, default=lambda o: {"P": o.x}))
try:
    json.dumps({"p": P(3)})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
s = json.dumps(data)
print(json.loads(s) == data, json.loads(s))
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1.5e3, "d": "\\u00e9\\ud83d\\ude00"}'))
print(json.loads('[1, 2]', object_hook=lambda d: d), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=lambda p: p))
print(json.loads('1.5', parse_float=lambda s: "F" + s), json.loads('7', parse_int=lambda s: int(s) * 2))
print(json.loads('[NaN, Infinity, -Infinity]'))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'nul', '"abc', '[1] x', '{"a": 1, "a": }', '"\\x"', '{1: 2}', '  ']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", repr(bad), e, e.pos, e.lineno, e.colno)
print(json.loads(b'{"a": "\xc3\xa9"}'), json.loads('{"a": 1}'.encode('utf-16')))
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(list(enc.iterencode({"b": 1, "a": [1, 2]})))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=E))
print(json.dumps([[]] * 2, indent=4))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf)
print(buf.getvalue(), json.load(io.StringIO(buf.getvalue())))
