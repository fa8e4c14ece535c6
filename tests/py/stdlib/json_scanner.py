# json.loads through _json.make_scanner: numbers, constants, hooks, errors and positions like CPython's C scanner.
import json
from collections import OrderedDict
docs = ['0', '-0', '12', '-12', '1.5', '-1.5e3', '1E-2', '1e', '1.e5', '0.5e+2', '1e+', '01', '-', '--1',
        '1.', '.5', '[1,2 , 3 ]', ' [ ] ', '{ }', '{"a" : [true, false, null]}', '"\\u00e9"', 'NaN',
        '-Infinity', 'Infinity', 'nul', 'tru', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":}', '[1 2]', '{1:2}',
        '{"a":1 "b":2}', '[', '{', '{"a"', '{"a":', '["a"', '   ', '1 2', '[1]]', '\u0661', '[\u0661]',
        '12345678901234567890123456789', '1e400', '-1e-400', '{"k": 1, "k": 2}', '[[[]]]', 'true false',
        '"abc', '[1, "x\\q"]', '\t\n 7 \r\n']
for d in docs:
    try:
        print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), 'JSONDecodeError', e, e.pos)
print(json.loads('{"b": 1, "a": [1.25, {"c": null}]}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d)))
print(json.loads('[1, 2.5, 3e2]', parse_int=lambda s: "I" + s, parse_float=lambda s: "F" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('{"x": "a\\tb"}', strict=False), json.loads('"a\tb"', strict=False))
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
objs = json.loads('[{"key": 1}, {"key": 2}]')
print(list(objs[0])[0] is list(objs[1])[0])
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('[2]', 0))
try:
    dec.raw_decode('[2]', 5)
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
deep = '[' * 100000 + ']' * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print('RecursionError', e)
deep = '{"a":' * 100000 + '1' + '}' * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print('RecursionError', e)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"a": 2}')))
class D(json.JSONDecoder):
    pass
print(json.loads('[1, {"z": [2]}]', cls=D))
