# ast helpers: deepcopy/copy of trees, AST() errors, extra attributes, walk helpers.
import ast, copy
t = ast.parse("x = [1, (2, 3)]\nf(x)")
t2 = copy.deepcopy(t)
print(ast.dump(t2) == ast.dump(t), t2 is not t, t2.body[0] is not t.body[0])
c = copy.copy(t.body[0])
print(c.targets is t.body[0].targets, type(c).__name__)
try:
    ast.AST(1)
except TypeError as e:
    print(e)
print(ast.AST()._fields, ast.AST().__dict__)
n = ast.Name(id="q")
n.extra = 1
print(sorted(vars(n)), ast.dump(n))
print(ast.increment_lineno(ast.parse("a\nb"), 3).body[1].lineno)
print([type(x).__name__ for x in ast.iter_child_nodes(ast.parse("a + b").body[0].value)])
print(ast.get_source_segment("x = 1 + 2", ast.parse("x = 1 + 2").body[0].value))
print(ast.literal_eval("set()"), ast.literal_eval("-(1)") if False else "", ast.literal_eval("b'ab' "))
