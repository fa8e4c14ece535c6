# int.__new__ refuses bool (CPython's "not safe" check); bool.__new__ makes
# bools and refuses other classes; int.__new__ still serves int subclasses.
class B(int):
    pass


for call in ['int.__new__(bool, 0)', 'bool.__new__(bool, 1)', 'int.__new__(B, 3)',
             'bool.__new__(int, 1)', 'int.__new__(int, "7")', 'bool.__new__(bool)',
             'type(int.__new__(B, 3)).__name__', 'bool.__new__(bool, [])', 'bool(5)',
             'int.__new__(int, "ff", 16)']:
    try:
        print(call, repr(eval(call)))
    except Exception as e:
        print(call, type(e).__name__, e)
