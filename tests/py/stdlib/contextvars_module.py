# contextvars: ContextVar get/set/reset with tokens, Context, copy_context, run.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context
v = ContextVar("v", default=1)
w = ContextVar("w")
print(v.name, v.get(), w.get(5), w.get(None))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0] is w)
t = v.set(10)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(20)
print(t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print("RuntimeError", str(e).split(" var=")[0])
try:
    w.reset(t)
except ValueError as e:
    print("ValueError", str(e).split("> ")[-1])
ctx = copy_context()
print(ctx[v], v in ctx, w in ctx, len(ctx), ctx.get(w, "dflt"), list(ctx.keys()) == [v])
def f(x, y=0):
    v.set(x + y)
    w.set("in")
    return v.get(), w.get()
print(ctx.run(f, 3, y=4), v.get(), ctx[v], ctx[w], w.get("outside"))
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print("RuntimeError", str(e).split(":")[0])
empty = Context()
print(len(empty), list(empty), empty.run(v.get), empty == Context(), ctx == ctx.copy())
try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)
try:
    ctx[ContextVar("z")]
except KeyError as e:
    print("KeyError")
try:
    ContextVar(1)
except TypeError as e:
    print("TypeError", e)
v.reset(t)
print(v.get(), sorted(n for n in dir(contextvars) if not n.startswith('_')))
print(ContextVar[int], type(hash(v)))
print(repr(ContextVar("q", default=[1])).startswith("<ContextVar name='q' default=[1] at 0x"))
