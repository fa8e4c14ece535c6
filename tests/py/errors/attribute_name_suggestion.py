# AttributeError.name/.obj and NameError.name (set by failed lookups and by
# keywords); the uncaught report adds "Did you mean" and qualifies the type.
class Outer:
    class Inner(Exception):
        pass
def f():
    counter = 1
    try:
        None.appendd
    except AttributeError as e:
        print(e.name, e.obj)
    e2 = AttributeError("x", name="nm", obj=3)
    print(e2.name, e2.obj, NameError("y", name="q").name, NameError("z").name, AttributeError().obj)
    try:
        AttributeError("x", bad=1)
    except TypeError as e:
        print(e)
    try:
        return countr
    except NameError as e:
        print(e.name)
    print(countre)
try:
    f()
except NameError as e:
    import traceback
    print(traceback.format_exception_only(e))
try:
    raise Outer.Inner("nested")
except Exception as e:
    print(repr(e))
x = [1]
x.apend(2)
