# Huge int shifts and sizes: MemoryError / OverflowError as CPython.
cases = {
    "1 << (2**40)": lambda: 1 << (2**40),
    "1 << (2**62)": lambda: 1 << (2**62),
    "1 << (2**63)": lambda: 1 << (2**63),
    "(1 << 100) >> (2**70)": lambda: (1 << 100) >> (2**70),
    "-1 >> (2**80)": lambda: -1 >> (2**80),
    "len(range(2**100))": lambda: len(range(2**100)),
    "range(2**100)[2**99]": lambda: range(2**100)[2**99],
}
for text, f in cases.items():
    try:
        print(text, "->", f())
    except (MemoryError, OverflowError) as e:
        print(text, "->", type(e).__name__, e)
1 << (2**63)
