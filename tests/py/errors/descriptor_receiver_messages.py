# Unbound built-in methods called on a receiver of another type: slot
# wrappers (int.__add__) and methods (int.bit_length) word it differently.

for f, a in [(int.__add__, 1.0), (float.__add__, 1), (complex.__add__, 1), (int.__neg__, 1.5), (str.__add__, 1), (list.__len__, 1), (int.bit_length, 1.0), (complex.conjugate, 1)]:
    try:
        f(a, 2) if f not in (int.__neg__, list.__len__, int.bit_length, complex.conjugate) else f(a)
    except TypeError as e:
        print(e)
