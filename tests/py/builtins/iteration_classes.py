# reversed() with __reversed__, __len__/__getitem__ sequences, list and dict
# subclasses; zip/map/enumerate over user iterators; enumerate start via __index__.
class R:
    def __reversed__(self):
        return iter("zyx")
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i == 1:
            raise IndexError
        return i * 10
class N:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
class G:
    def __getitem__(self, i): return i
class L(list):
    def __reversed__(self):
        return iter(["sub"])
class D(dict):
    pass
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(reversed(R())), list(reversed(S())), list(reversed(L([1, 2]))), list(L([1, 2]).__reversed__()))
print(list(reversed(D(a=1, b=2))), list(list.__reversed__(L([1, 2]))))
for v in (N(), G()):
    try:
        reversed(v)
    except TypeError as e:
        print(e)
print(list(zip(It(), "abcdef")), list(map(lambda v: -v, It())), list(enumerate(It())))
class Idx:
    def __index__(self): return 7
print(list(enumerate("a", Idx())))
