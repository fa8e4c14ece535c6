# compile() of AST objects (through the compile service) and marshal.dumps.
import ast
import marshal

tree = ast.parse("x = 1 + 2\nprint('x is', x, (1, 'a'), 2**70, -3.5, 1j, b'z', ..., None)")
code = compile(tree, "<ast>", "exec")
print(type(code).__name__, code.co_filename)
exec(code)
print(eval(compile(ast.parse("[i * i for i in range(5)]", mode="eval"), "<e>", "eval")))
print(compile(tree, "<ast>", "exec", ast.PyCF_ONLY_AST) is tree)


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


t2 = Doubler().visit(ast.parse("y = 21\nprint(y, 'keep', (4, 5))"))
exec(compile(t2, "<t2>", "exec"))
built = ast.Module(
    body=[ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("built")], []))],
    type_ignores=[])
exec(compile(ast.fix_missing_locations(built), "<built>", "exec"))
ns = {}
exec(compile(ast.parse("def f(a, *, b=3):\n    return a + b"), "<f>", "exec"), ns)
print(ns["f"](1), ns["f"](1, b=10))
for bad in [ast.Module(body=[ast.Expr(ast.Name("x", ast.Load()))], type_ignores=[]),
            ast.Expression(body=ast.Constant(1))]:
    try:
        compile(bad, "<bad>", "exec")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise_line = ast.parse("1/0")
    exec(compile(raise_line, "<div>", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e.__traceback__.tb_next.tb_lineno)
for v in [None, True, False, ..., 0, -1, 2**31, -2**40, 2**100, -(2**100), 1.5, float("inf"), 2j,
          "héllo", b"\x00\xff", (1, (2, "x")), [1, [2]], {"k": [1]}, {1, 2}, frozenset({3})]:
    data = marshal.dumps(v)
    print(repr(v)[:30], type(data).__name__, marshal.loads(data) == v, type(marshal.loads(data)) is type(v))
try:
    marshal.dumps(object())
except ValueError as e:
    print("ValueError", e)
