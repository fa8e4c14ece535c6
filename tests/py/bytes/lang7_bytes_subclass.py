# Subclasses of bytes and bytearray: instances, attributes, __new__/__init__
# overrides, methods returning plain bytes, survival across collections.
class B(bytes):
    def hexed(self):
        return self.hex()
b = B(b'xyz')
print(type(b).__name__, b, b.hexed(), len(b), b[0], b[0:2], type(b[0:2]).__name__, type(b.upper()).__name__, b == b'xyz', hash(b) == hash(b'xyz'), isinstance(b, bytes))
b.tag = 1
print(b.tag, repr(b), B(), B(3), B('é', 'utf-8'), B([65, 66]), bytes(b), type(bytes(b)).__name__, type(b + b'1').__name__, b.decode())
class BA(bytearray):
    pass
x = BA(b'abc')
x.append(100)
x.tag = 'q'
print(type(x).__name__, x, x.tag, len(x), type(x[0:2]).__name__, x == b'abcd', type(x.upper()).__name__, repr(x))
class C(bytes):
    def __new__(cls, v, extra):
        self = super().__new__(cls, v)
        self.extra = extra
        return self
c = C(b'q', 5)
print(c, c.extra, type(c).__name__, {c: 1}[b'q'])
class D(bytes):
    def __init__(self, v):
        self.n = len(v)
print(D(b'ab').n, str(D(b'ab')), D(b'ab').__class__.__name__)
class E(bytearray):
    def __init__(self, v, name):
        super().__init__(v)
        self.name = name
try:
    e = E(b'hi', 'n')
    print(e, e.name)
except Exception as ex:
    print(type(ex).__name__, ex)
class F(bytes):
    pass
print(F(b'abc').upper(), type(F(b'abc')[:]).__name__, F(b'x') + F(b'y'), [F(b'k')] * 2, F(b'a,b').split(b','))
import gc
gc.collect()
items = [F(bytes([i % 256]) * 50) for i in range(300)]
for i, it in enumerate(items): it.i = i
gc.collect()
print(sum(len(x) for x in items), items[299].i, items[5][:3])
class G(bytearray):
    pass
print(F.fromhex("4142"), type(F.fromhex("41")).__name__, type(G.fromhex("41")).__name__,
      bytes.fromhex("41 42"), bytearray.fromhex("ff"), b"".fromhex("30"),
      type(F(b"x").fromhex("31")).__name__)
for bad in ("bytes.fromhex('zz')", "bytes.fromhex()", "bytearray.fromhex(1)"):
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
