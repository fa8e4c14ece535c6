# _json.scanstring and encode_basestring(_ascii): CPython's C scanner results, errors and positions.
import json
from _json import scanstring, encode_basestring_ascii as ea, encode_basestring as eb
cases = ['abc"', 'a\\nb"', 'a\\u00e9"', '\\ud83d\\ude00"', '\\ud83dx"', '\\ud83d\\u0041"', 'abc', 'a\\', 'a\\q"', 'a\\u12"', 'a\\u12', 'a\\u123"', 'a\\u1234', 'a\\u12g4"', 'a\x01"', 'tab\t"', '\\/"', '\\ud800"', '\\ud800\\ud800"', '\\udc00"', '', '"', 'x\\ud83d\\ude0"']
for c in cases:
    for strict in (True, False):
        try:
            print(repr(c), strict, scanstring("\"" + c, 1, strict))
        except ValueError as e:
            print(repr(c), strict, type(e).__name__, e, getattr(e, 'pos', None))
for s in ['abc', 'é"\\\n\t\x01\x7f', '\U0001F600\u2028', '']:
    print(ea(s), eb(s))
for bad in [(b'x', 0), ('x', -1), ('x', 5)]:
    try:
        print(scanstring(*bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    ea(5)
except TypeError as e:
    print(e)
try:
    eb(5)
except TypeError as e:
    print(e)
