# bool as an int subclass: arithmetic, bitwise ops, repr, conversions.
print(True + True, True - False, True * 10, True / 2, True // 2, -True, ~True, ~False)
print(True & False, True | False, True ^ True, False ^ False, type(True & True), type(True | 0))
print(True & 3, 2 | True, type(True ^ 1))
print(True == 1, False == 0, hash(True), hash(False))
print(bool(0), bool(1), bool(-1), bool(""), bool("a"), bool([]), bool([0]), bool(None))
print(bool(0.0), bool(-0.0), bool(float("nan")), bool(()), bool({}), bool(range(0)))
print(str(True), repr(False), int(True), float(True), complex(True))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length())
print(f"{True}", f"{True:d}", f"{True:>6}", format(False, "05"), "%d %s %r" % (True, True, False))
print(sum([True, True, False]), max(True, 2), min(False, -1), abs(True), pow(True, 5))
print(divmod(True, True), True ** False, True << 4, True >> 1)
print(isinstance(True, int), issubclass(bool, int), type(True).__name__)
print(bool.__name__, int(bool(5)))
print([1, 2, 3][True], {True: "a", 1: "b"}, {0: "x", False: "y"})
try:
    print(bool(x=1))
except TypeError as e:
    print("TypeError:", e)
