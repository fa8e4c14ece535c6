# The function forms of the operators, their dunder aliases and _operator.
import operator as o
print(o.add(1,2), o.sub(5,3), o.mul('a',3), o.truediv(1,4), o.floordiv(7,2), o.mod(7,3), o.pow(2,10))
print(o.neg(3), o.pos(-2), o.abs(-4.5), o.invert(5), o.lshift(1,4), o.rshift(64,2), o.and_(6,3), o.or_(6,3), o.xor(6,3))
print(o.not_(0), o.truth([]), o.eq(1,1), o.ne(1,2), o.lt(1,2), o.le(2,2), o.gt(1,2), o.ge(3,2), o.is_(None,None), o.is_not(1,None))
print(o.contains([1,2],2), o.countOf([1,2,1],1), o.indexOf('abc','c'), o.getitem({'a':1},'a'), o.concat([1],[2]), o.index(True), o.index(7))
l = [1,2,3]; o.setitem(l, 0, 9); o.delitem(l, 1); print(l)
x = [1]; y = o.iadd(x, [2]); print(x, y is x, o.iadd(1, 2), o.imul('ab', 2), o.ipow(2, 3))
print(o.length_hint([1,2,3]), o.length_hint(5, 7))
print(o.__add__(1, 2), o.call(len, 'abc'), o.matmul.__name__, o.__not__(1))
import _operator
print(_operator.add(2, 2), _operator is o, _operator.add is o.add)
class N:
    def __index__(self): return 4
    def __len__(self): return 3
class H:
    def __length_hint__(self): return 9
class NI:
    def __length_hint__(self): return NotImplemented
print(o.index(N()), o.length_hint(N()), o.length_hint(H()), o.length_hint(NI(), 2))
print(o.countOf([1, 1.0, True, 2], 1), o.indexOf([[1], [2]], [2]), o.is_(o, o))
