# f-strings and format specs.
name = "pyvm"
n = 42
x = 3.14159
print(f"{name} has {n} items")
print(f"{x:.2f} {n:5d}|{n:<5}|{n:^7}|{n:x} {n:08b}")
print(f"{name!r} {n * 2} {'nested'} {x=}")
print("{} and {}".format(1, 2), "%d%% of %s" % (50, "it"))
