# traceback and linecache over pyvm's tracebacks: format_exc, print_exc,
# extract_tb, format_exception_only, linecache.getline (source via tokenize.open).
import linecache
import os
import sys
import traceback

def clean(text):
    return text.replace(SRC, "FILE")

SRC = clean.__code__.co_filename  # the source file (the runner gives pyvm a .pyc)
print(repr(linecache.getline(SRC, 1)))
print(linecache.getline("/nonexistent/file.py", 3) == "")

def inner(n):
    if n == 0:
        raise ValueError("deep problem")
    return inner(n - 1)

def outer():
    result = inner(2)
    return result

try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(clean(text))
    tb = sys.exc_info()[2]
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line)
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf, limit=2)
    print(clean(buf.getvalue()))

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(clean("".join(lines)))
print(traceback.format_exception_only(TypeError, TypeError("bad type")))
print(traceback.format_exception_only(SyntaxError, SyntaxError("msg", ("f.py", 3, 5, "x = (1 +\n"))))
def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError:
    print(traceback.format_exc().splitlines()[-1])
stack = traceback.format_stack()
print(len(stack) >= 1, stack[-1].strip().splitlines()[-1])
