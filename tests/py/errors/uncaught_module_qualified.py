# An uncaught exception of a class from another module is reported with its
# module and qualified name (json.decoder.JSONDecodeError).
import json

try:
    json.loads("[1,")
except ValueError as e:
    print(type(e).__module__, type(e).__qualname__)
json.loads('{"a": }')
