# throw()/close() through yield from with iterator delegates' own throw/close.
import sys
def inner():
    try:
        yield 1
    except KeyError:
        print("exc_info in inner", sys.exc_info()[0])
        raise
def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer got", repr(e), e.__context__)
        yield 5
g = outer(); next(g); print(g.throw(KeyError, KeyError("x")))
g = outer(); next(g)
try:
    g.throw(KeyError, "v", None)
except Exception as e: print(repr(e))
# throw with type and value into delegate with throw method
class T:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a): print("T.throw", a); raise StopIteration(7)
def o():
    r = yield from T()
    print("r", r)
    yield r
g=o(); next(g); print(g.throw(ValueError, "val"))
# close a delegate whose close raises
class C(T):
    def close(self): raise OSError("close failed")
def o2():
    try:
        yield from C()
    except OSError as e:
        print("o2 caught", e)
g=o2(); next(g)
g.close()
print("ok")
# exception thrown into finished inner
def fin():
    return
    yield
def o3():
    yield from fin()
    yield 1
g = o3(); print(next(g)); 
try: g.throw(KeyError("k3"))
except KeyError as e: print("k3", e)
