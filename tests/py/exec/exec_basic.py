# exec/eval of source text at module level, with explicit namespaces, and
# the return values.
x = 10
print(exec("y = x + 1"))
print(y)
print(eval("x * 2 + y"))
print(eval("  x  "))
print(eval("\tx"))

g = {}
exec("a = 1\nb = a + 1\ndef f(n):\n    return n * b\n", g)
print(sorted(k for k in g if k != "__builtins__"), g["f"](5))
print(type(g["__builtins__"]).__name__)
print(eval("a + b", g))

g = {"base": 100}
l = {}
exec("z = base + 1", g, l)
print(l, "z" in g)
print(eval("z + base", g, l))
print(eval("[i * i for i in range(n)]", {"n": 4}))
print(eval(b"1 + 2"))
exec(b"print('from bytes')")
exec(bytearray(b"print('from bytearray')"))

# exec with a custom __builtins__.
g = {"__builtins__": {"len": lambda s: 42}}
exec("r = len('abc')", g)
print(g["r"])
try:
    exec("print('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)

# Functions defined by exec see the exec globals.
ns = {}
exec("counter = 0\ndef bump():\n    global counter\n    counter += 1\n    return counter\n", ns)
ns["bump"]()
print(ns["bump"](), ns["counter"])

# Classes and comprehensions inside exec.
ns = {}
exec("class P:\n    k = 3\n    def m(self):\n        return self.k * 2\nv = P().m()\n", ns)
print(ns["v"], ns["P"].__name__, ns["P"].__module__ if "__name__" in ns else "no-module")
exec("import math\nroot = math.sqrt(16)", ns)
print(ns["root"])
