# _ast node classes: fields, attributes, defaults, docs, constructor errors.
import _ast
import ast

for n in sorted(dir(_ast)):
    c = getattr(_ast, n)
    if isinstance(c, type) and issubclass(c, _ast.AST):
        print(n, c.__bases__[0].__name__, c._fields, c._attributes, c.__match_args__, repr(c.__doc__))
        for f in c._fields + c._attributes:
            if f in c.__dict__:
                print("  default", f, c.__dict__[f])
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.AST.__module__, ast.Constant.__module__, type(ast.Constant).__name__)
for args, kw in [((1, 2, 3), {}), ((1,), {"value": 2}), ((), {"value": 3, "kind": "u", "extra": 5}),
                 ((4, "k"), {})]:
    try:
        c = ast.Constant(*args, **kw)
        print(ast.dump(c), sorted(c.__dict__.items()), c.__reduce__()[1:])
    except TypeError as e:
        print("TypeError", e)
for cls, args in [(ast.Pass, (1,)), (ast.Name, ("x", ast.Load(), 3)), (ast.arguments, ())]:
    try:
        print(ast.dump(cls(*args)))
    except TypeError as e:
        print("TypeError", e)
try:
    ast.Name().id
except AttributeError as e:
    print("AttributeError", e)
print(ast.Name("x").ctx if hasattr(ast.Name("x"), "ctx") else "no ctx", ast.Constant(1).kind)
print(isinstance(ast.Load(), ast.expr_context), issubclass(ast.Num, ast.Constant), ast.Num(5).n)


class MyNode(ast.AST):
    _fields = ("a", "b")


m = MyNode(1, b=2)
print(m.a, m.b, type(m).__mro__[1] is ast.AST)
try:
    MyNode(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
tree = ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("y", ast.Load()))
print(ast.dump(tree), ast.unparse(tree))
print(ast.dump(ast.fix_missing_locations(ast.Expression(tree)), include_attributes=True))
