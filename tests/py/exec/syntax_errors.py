# SyntaxError from compile/exec/eval carries CPython's message and location.
cases = [
    "1 +",
    "x = 1 2 3",
    "def f():\nreturn",
    "  indented",
    "if x:\n    pass\n  y",
    "a = 'abc",
    "f(**a, *b)",
    "print 'hello'",
    "x = [1, 2",
    "return 5",
    "for x in y:\n\tpass\n        pass",
]
for src in cases:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
        print("  end:", e.end_lineno, e.end_offset, "str:", str(e))
        print("  args:", e.args)

try:
    compile("x = (", "/some/dir/prog.py", "exec")
except SyntaxError as e:
    print(str(e), e.filename)

try:
    compile("def f():\n    nonlocal q\n", "n.py", "exec")
except SyntaxError as e:
    print("symtable:", e.msg, e.lineno, e.offset)

e = SyntaxError("m")
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, str(e), repr(e))
e = SyntaxError("m", ("f.py", 1, 2, "t", 1, 3))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
e = SyntaxError()
print(e.msg, repr(str(e)), repr(e))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    raise IndentationError("bad indent", ("x.py", 4, 1, "  y\n"))
except SyntaxError as err:
    print(type(err).__name__, err, err.lineno)
