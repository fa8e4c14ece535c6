# json, whose decoder runs on re.
import sys
sys.path.append("/usr/lib/python3.11")
import json

doc = json.loads('{"a": [1, 2.5, "x\\u00e9", true, null], "b": {"c": "d"}, "e": -1e3}')
print(doc, json.dumps(doc, sort_keys=True), json.loads(" [ 1 , 2 ] "))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
print(json.dumps({"k": [1, "two"]}, indent=2))
