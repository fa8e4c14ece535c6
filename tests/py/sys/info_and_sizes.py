# sys: version/float/int info struct sequences, getsizeof, intern, exc_info and exception().
import sys
print(sys.version_info, sys.hexversion, sys.maxunicode)
print(sys.float_info)
print(sys.int_info)
print(sys.implementation)
class C: pass
class S(str): pass
for o in [0, 1, 2**30, 2**60, -5, 2**100, 1.5, "", "a", "abc", "é", "\u1234", "\U00012345", b"", b"abc", (), (1,2), [], {}, {1:2}, {'a': 1}, set(), {1}, None, True, C(), C, range(5), 1j, frozenset(), sys, len, lambda:0, iter([]), slice(1,2), Ellipsis]:
    print(type(o).__name__, sys.getsizeof(o))
try: sys.intern(S("x"))
except Exception as e: print(type(e).__name__, e)
try: sys.intern(1)
except Exception as e: print(type(e).__name__, e)
class Z:
    def __sizeof__(self): return -1
try: sys.getsizeof(Z())
except Exception as e: print(type(e).__name__, e)
class Y:
    def __sizeof__(self): return "x"
try: sys.getsizeof(Y())
except Exception as e: print(type(e).__name__, e)
print(sys.getsizeof(Y(), 7))
class W:
    def __sizeof__(self): return 100
print(sys.getsizeof(W()))
print(sys.exc_info(), sys.exception())
try: 1/0
except: print(sys.exc_info()[:2], sys.exception(), type(sys.exc_info()[2]))
print(sys.exc_info())
print(sys.intern("ab") is sys.intern("a"+"b"))
print(type(sys.float_info).__name__, sys.float_info.max, sys.float_info[0], len(sys.float_info))
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, tuple(sys.version_info))
print(sys.byteorder, sys.platform, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit)
a, b, *rest = sys.float_info
print(a, b, len(rest), sys.implementation.name, sys.implementation.cache_tag)
