# textwrap and json (both import re): wrapping, dedent, dumps/loads round trips.
import json
import textwrap

text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, width=30))
print(textwrap.dedent("    a\n      b\n    c"))
print(textwrap.fill("one two three four five", width=10), textwrap.shorten("hello   world  again", 12))
data = {"name": "pyvm", "version": [3, 11], "ok": True, "none": None, "ratio": 0.5, "nested": {"k": "v"}}
s = json.dumps(data, sort_keys=True)
print(s)
print(json.loads(s) == data, json.dumps([1, "a\n", 2.5e10]), json.dumps(data, indent=2)[:40])
print(json.loads('{"a": [1, 2.5, "x", null, true]}'), json.dumps("é"), json.dumps("é", ensure_ascii=False))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
