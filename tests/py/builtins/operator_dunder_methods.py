# Operator and comparison dunders of built-in types called as methods (str.__add__, list.__iadd__, set.__rsub__, dict.__or__, ...), and super().__eq__ reaching object.
print("ab".__mul__(3), "ab".__rmul__(2), "%s-%d".__mod__(("x", 3)), "x".__add__(1), "ab".__mod__)
print([1].__iadd__([2]), [1, 2].__mul__(2), [0].__rmul__(3), (1,).__add__((2,)), (1,).__add__([2]))
print({1, 2}.__and__({2}), {1}.__rsub__({1, 5}), frozenset({1}).__or__({3}), {1}.__xor__([1]))
s = {1}; print(s.__ior__({7}), s, {1: 2}.__or__({3: 4}), {1: 2}.__ror__({0: 0}))
print(b"ab".__add__(b"c"), bytearray(b"x").__iadd__(b"y"), b"%d".__mod__(5))
print("a".__lt__("b"), "a".__eq__(1), [1] .__ge__([0]), (1, 2).__ne__((1, 2)), {1}.__le__({1, 2}), {1: 1}.__eq__({1: 1}))
print(hasattr(str, "__sub__"), hasattr(list, "__or__"), hasattr(dict, "__add__"), hasattr(tuple, "__iadd__"))
print(sorted([3, 1, 2], key=list.__getitem__.__class__.__name__.__len__) if False else sorted(["b", "a"], key=str.__len__))
print(list(map(str.__add__, ["a", "b"], ["1", "2"])), list(map(int.__mul__, [1, 2], [3, 4])))
class L(list):
    def __eq__(self, o): return "custom"
print(L([1]) == [1], [1] == L([1]), list.__eq__(L([1]), [1]), L([1]) != [2])
class S(str):
    def __add__(self, o): return "S+" + str.__add__(self, o)
print(S("a") + "b", "b" + S("a"), S("q").__mul__(2))
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if isinstance(o, A): return self.v == o.v
        return super().__eq__(o)
    def __hash__(self): return super().__hash__() % 1 
    def __repr__(self): return "A(" + super().__repr__()[:3] + ")"
print(A(1) == A(1), A(1) == 3, A(1) != 3, A(1).__eq__(3), hash(A(2)), repr(A(1)))
print("x".__add__("y"), [1].__add__([2]), (1,).__mul__(2), {1}.__or__({2}), "ab".__iter__().__next__())
print(range(1, 5, 2).start, slice(1, 2).stop, (5).real, (5).numerator, 2.5.real)
