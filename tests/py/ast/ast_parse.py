# ast.parse through compile(..., PyCF_ONLY_AST), literal_eval, visitors, unparse.
import ast

t = ast.parse("x = 1 + 2\nprint(f'{x!r:>4}', *a, k=(1, 2))\n")
print(ast.dump(t, include_attributes=True))
print(ast.dump(ast.parse("(1, 'a', b'x', ..., None, 1j, -2.5, True)", mode="eval"), indent=2))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4j, 'c': {1, 2}}"))
print(ast.literal_eval(" 0x10 + 1j"))
for bad in ["f(1)", "x"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e).split(" at ")[0])
print(ast.unparse(t))
try:
    ast.parse("x = ")
except SyntaxError as e:
    print("SyntaxError", e, e.lineno, e.offset)


class V(ast.NodeVisitor):
    def visit_Name(self, node):
        print("name", node.id, type(node.ctx).__name__, node.lineno, node.col_offset,
              node.end_col_offset)


V().visit(ast.parse("a = b + c[d]"))
match ast.parse("f(1)").body[0].value:
    case ast.Call(ast.Name(fn), [ast.Constant(v)]):
        print("matched", fn, v)
fn = ast.parse("def f(x: int, /, *a, y=2, **k) -> None:\n    'doc'\n    return x").body[0]
print(fn.name, [a.arg for a in fn.args.posonlyargs], fn.args.kwonlyargs[0].arg, fn.returns.value)
print(ast.get_docstring(fn) if False else fn.body[0].value.value, fn.end_lineno)
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("match p:\n case [1, *r] | {'k': None}: pass")))
print(ast.dump(compile("a.b[1:2]", "<s>", "eval", ast.PyCF_ONLY_AST)))
print(ast.dump(ast.parse("async def g():\n await x\n async for i in y: pass")))
print(ast.dump(ast.parse("try:\n pass\nexcept* E as e:\n pass\nfinally:\n del q")))


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.Constant(node.value * 2) if isinstance(node.value, int) else node


print(ast.unparse(Doubler().visit(ast.parse("x = 1 + f(2, 'a')"))))
print([type(n).__name__ for n in ast.walk(ast.parse("lambda q: [i for i in q if i]"))])
try:
    compile("x", "<s>", "func_type")
except ValueError as e:
    print("ValueError", e)
