# Argument-count and keyword errors of the math functions, and module attributes.
import math
def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for name in ["fsum", "degrees", "ulp", "frexp", "isnan", "factorial", "isqrt", "floor", "trunc", "log2", "gamma"]:
    print(attempt(getattr(math, name)), attempt(getattr(math, name), 1, 2))
for name in ["atan2", "ldexp", "pow", "copysign", "fmod", "remainder", "nextafter", "dist", "comb"]:
    print(attempt(getattr(math, name), 1), attempt(getattr(math, name), 1, 2, 3))
for name in ["sqrt", "log", "gcd", "hypot", "atan2", "floor", "fsum"]:
    print(attempt(getattr(math, name), 1, x=1))
print(math.sqrt.__name__, repr(math.gcd)[:30], type(math.pi), math.prod([1], start=2.5))
print(math.ldexp(1.5, True), math.gcd(True, False), math.comb(True, True), math.fsum([True, 0.5]))
print(sorted(n for n in math.__dict__ if not n.startswith("_")))
