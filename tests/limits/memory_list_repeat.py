# [0] * n with n far beyond memory: MemoryError, and the program goes on.
for n in (2**62, 2**61 + 7, 2**63 - 1):
    try:
        [0] * n
    except MemoryError as e:
        print("MemoryError", repr(e))
    try:
        (0, 1) * n
    except MemoryError:
        print("tuple MemoryError")
print(len([0] * 10))
[None] * (2**62)
