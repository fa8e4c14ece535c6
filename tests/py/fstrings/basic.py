# f-strings: conversions, format specs, nested expressions, the = specifier.
name = "pyvm"
n = 42
x = 3.14159
print(f"{name} has {n} items")
print(f"{x:.2f} {n:5d}|{n:<5}|{n:^7}|{n:x} {n:08b}")
print(f"{name!r} {n * 2} {'nested'} {x=}")
print(f"{n / 7:.3e}|{-n:+d}|{x:10.4f}|{name:>8}|{name!s:*<8}|{1234567:,}")
print(f"{f'{n}' * 2} {[v * 2 for v in range(3)]} {n if n > 0 else -n}")
