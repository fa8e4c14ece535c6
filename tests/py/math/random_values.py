# Cross-checks math functions over many pseudo-random values (a fixed LCG, so
# CPython and pyvm see the same inputs); results must agree to the last bit.
import math

state = 12345


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state


def rand_float():
    mantissa = rand() % 2**53 / 2**53
    exponent = rand() % 80 - 40
    sign = -1 if rand() % 2 else 1
    return sign * math.ldexp(mantissa, exponent)


def attempt(f, *args):
    try:
        return f(*args)
    except (ValueError, OverflowError) as e:
        return type(e).__name__


xs = [rand_float() for _ in range(150)]
for name in ["sqrt", "exp", "log", "sin", "cos", "tan", "atan", "sinh", "tanh", "asinh",
             "erf", "erfc", "gamma", "lgamma", "cbrt", "exp2", "log2", "log10", "log1p", "expm1", "acosh"]:
    f = getattr(math, name)
    print(name, [attempt(f, x) for x in xs[:60]])
for i in range(0, 120, 3):
    a, b, c = xs[i], xs[i + 1], xs[i + 2]
    print(math.hypot(a, b), math.hypot(a, b, c), math.dist((a, b), (c, a)), math.atan2(a, b),
          attempt(math.pow, abs(a), b), attempt(math.fmod, a, b), math.remainder(a, b))
for n in range(0, 60, 2):
    chunk = xs[n:n + 40] + [x * 1e20 for x in xs[n:n + 5]] + [-x * 1e20 for x in xs[n:n + 5]]
    print(math.fsum(chunk), math.prod(xs[n:n + 10]))
for k in range(40):
    big = rand() ** (k + 1) + rand()
    print(math.log(big), math.log2(big), math.log10(big), math.log(big, 3), math.isqrt(big),
          math.gcd(big, rand()), math.lcm(big % 10**12, rand() % 10**9))
for x in [0.5, 1.5, 2.5, 7.25, 25.5, 100.5, 140.5, 150.5, 170.5, -0.25, -1.5, -10.5, -100.5,
          -150.5, -170.75, -200.5, 1e-21, -1e-21, 250.0, -250.5, 3.0, 23.0, 24.0]:
    print(x, attempt(math.gamma, x), attempt(math.lgamma, x))
