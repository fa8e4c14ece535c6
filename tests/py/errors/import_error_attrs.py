# ImportError's name/path keywords and msg attribute; MRO conflict messages; __doc__ on built-in instances.
e = ImportError("boom", name="mod", path="/p")
print(e.name, e.path, e.msg, e.args, str(e))
e2 = ImportError()
print(e2.name, e2.path, e2.msg)
e3 = ModuleNotFoundError("a", "b")
print(e3.msg, e3.name, e3.args)
try:
    ImportError("x", nome="typo")
except TypeError as e:
    print("TypeError:", e)
try:
    ValueError("x", name="y")
except TypeError as e:
    print("TypeError:", e)


class A:
    pass


class B(A):
    pass


class C(A):
    pass


for bases in [(A, B), (B, A, C), (A, C, B)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print("TypeError:", e)
print(None.__doc__, type(None.__doc__), [].__doc__ is None or isinstance([].__doc__, str))
