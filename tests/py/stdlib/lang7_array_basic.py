# array.array: type codes, range checks, indexing, slicing and methods.
from array import array
import array as array_module

print(array_module.typecodes, array_module.ArrayType is array)
for code in array_module.typecodes:
    a = array(code, 'xyz' if code == 'u' else [1, 2, 3])
    print(code, a.itemsize, a.typecode, len(a), a, a.tolist(), len(a.tobytes()))

limits = [('b', -128, 127), ('B', 0, 255), ('h', -32768, 32767), ('H', 0, 65535),
          ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1), ('l', -2**63, 2**63 - 1),
          ('L', 0, 2**64 - 1), ('q', -2**63, 2**63 - 1), ('Q', 0, 2**64 - 1)]
for code, lo, hi in limits:
    print(code, array(code, [lo, hi]))
    for bad in (lo - 1, hi + 1, 2**70, -2**70, 1.5, None, '1'):
        try:
            array(code, [bad])
            print('no error', code, bad)
        except (OverflowError, TypeError) as e:
            print(' ', code, type(e).__name__, e)

for expr in ["array('z')", "array()", "array('bb')", "array(1)", "array('i', 5)",
             "array('u', [1])", "array('b', 'abc')", "array('i', b'abc')",
             "array('d', ['x'])", "array('f', [10**400])", "array('i', array('d', [1.5]))"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)

a = array('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-1], a[8:2:-2])
a[2:5] = array('i', [90])
print(a)
a[::2] = array('i', [7] * len(a[::2]))
print(a)
del a[::3]
print(a)
del a[1]
del a[1:3]
print(a)
a[0] = -5
print(a, 5 in a, -5 in a)
for expr in ["a[100]", "a['x']"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
for stmt in ["a[100] = 1", "del a[100]", "a[0] = 'x'", "a[0:1] = [1]",
             "a[::2] = array('i', [1])", "a[0:1] = array('d', [1])"]:
    try:
        exec(stmt)
        print('ok', stmt)
    except Exception as e:
        print(stmt, type(e).__name__, e)

b = array('d', [1.5, 2.5])
b.append(3)
b.extend([4, 5.25])
b.extend(array('d', [6]))
b.insert(0, -1)
b.insert(-1, 99)
b.insert(100, 100)
print(b, b.pop(), b.pop(0), b.index(99), b.count(1.5))
b.remove(99)
b.reverse()
print(b)
for stmt in ["b.index(1234)", "b.remove(1234)", "array('i').pop()", "b.pop(50)",
             "b.extend(array('f'))", "b.fromlist((1,))", "b.frombytes(b'abc')",
             "array('i').tounicode()", "b.fromunicode('x')"]:
    try:
        exec(stmt)
        print('ok', stmt)
    except Exception as e:
        print(stmt, type(e).__name__, e)
c = array('h', [1, 2, 258])
raw = c.tobytes()
print(raw, bytes(c))
c.byteswap()
print(c)
d = array('h')
d.frombytes(raw)
d.fromlist([7, 8])
print(d, d.buffer_info()[1])
u = array('u', 'hé€')
u.fromunicode('!')
print(u, u.tounicode(), u[1], u[1:], repr(array('u')))
print(array('f', [0.1]), array('d', [0.1]))
print(array('B', b'hello'), array('b', bytearray(b'\x80')))
print(array('d', array('i', [1, 2])))
print(list(array('i', [3, 1, 2])), sorted(array('i', [3, 1, 2])), sum(array('d', [0.5, 0.25])))
print(list(reversed(array('i', [1, 2, 3]))))
print(array('i', [1, 2]).index(2, 1), array('i', [1, 2, 1]).index(1, -1))
