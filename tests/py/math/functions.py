# The math module's float functions, constants and error behaviour.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)

VALUES = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 0.1, 1e-300, 5e-324, 1e300, -1e300,
          3.7, -3.7, 10, -7, 100.25, 710.0, 1e16, float("inf"), float("-inf"), float("nan"), True]
NAMES = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "erf", "erfc",
         "exp", "expm1", "fabs", "sin", "sinh", "sqrt", "tan", "tanh", "log1p", "gamma",
         "lgamma", "cbrt", "exp2", "log", "log2", "log10", "degrees", "radians", "ulp", "isfinite", "isinf",
         "isnan", "frexp", "modf", "floor", "ceil", "trunc"]


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


for name in NAMES:
    f = getattr(math, name)
    print(name, [attempt(f, x) for x in VALUES])

for x in [0.3, 1.5, 2.5, 4.5, 20.0, 171.5, -2.5, -0.5, 1e-10, 30.1, -171.5, 180.0]:
    print("gamma", x, attempt(math.gamma, x), attempt(math.lgamma, x))

PAIRS = [(0.0, 1.0), (1.0, 0.0), (-0.0, -1.0), (2.0, 3.0), (-2.0, 0.5), (10, 400), (0, -1),
         (float("inf"), 2.0), (2.0, float("inf")), (float("nan"), 0.0), (1.0, float("nan")),
         (7.5, -2.0), (-7.5, 2.0), (1e308, 10.0), (3, 3), (5e-324, -1.0)]
for name in ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "hypot", "log"]:
    f = getattr(math, name)
    print(name, [attempt(f, x, y) for x, y in PAIRS])

print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5))
print(math.hypot(1e-310, 1e-310), math.hypot(1e300, 1e300), math.hypot(float("nan"), float("inf")))
print(math.hypot(0.1, 0.2, 0.3), math.hypot(*[x / 7 for x in range(1, 30)]))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], [0.4, 0.5, 0.7]), math.dist([], []))
print(attempt(math.dist, [1], [1, 2]), attempt(math.dist, 1, 2))
print(math.ldexp(1.0, 10), math.ldexp(0.75, -1074), math.ldexp(-1, 1023))
print(attempt(math.ldexp, 1.0, 10**30), attempt(math.ldexp, 1.0, -10**30),
      attempt(math.ldexp, 1.0, 2.0), attempt(math.ldexp, 1.0, 1024))
print(math.log(8, 2), math.log(100, 10), math.log(10**400), math.log(2**1000, 2),
      math.log2(2**2000), math.log10(10**500), math.log(7**300, 7))
print(attempt(math.log, 0), attempt(math.log, -(10**400)), attempt(math.log, 10, 1),
      attempt(math.log, 1, 2, 3), attempt(math.log), attempt(math.log, "x"))
print(attempt(math.sqrt, 10**400), attempt(math.sqrt, "a"), attempt(math.sqrt),
      attempt(math.sqrt, 1, 2), attempt(math.exp, 1000), attempt(math.cosh, -1000))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf),
      math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
print(attempt(math.isclose, 1, 2, rel_tol=-1), attempt(math.isclose, 1),
      attempt(math.isclose, 1, 2, 3), attempt(math.isclose, 1, 2, foo=1))
print(math.floor(10**30 + 0.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(True),
      math.ceil(10**40), math.floor(1e300), math.trunc(-1e20))
print(attempt(math.floor, math.inf), attempt(math.ceil, math.nan), attempt(math.ceil, "a"),
      attempt(math.trunc, "a"), attempt(math.pow, 1))
