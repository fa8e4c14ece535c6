# 'x' * n and b'x' * n with n far beyond memory: MemoryError, or
# OverflowError when the length itself overflows.
for s in ("x", "ab", b"x", b"ab", bytearray(b"ab")):
    for n in (2**62, 2**63 - 1):
        try:
            s * n
        except (MemoryError, OverflowError) as e:
            print(type(s).__name__, n, type(e).__name__, e)
try:
    "x" * (2**63)
except OverflowError as e:
    print("OverflowError", e)
print(len("ab" * 5))
"x" * (2**62)
