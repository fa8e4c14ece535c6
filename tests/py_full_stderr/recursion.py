# Repeated frames are folded; the caret line stays with each printed frame.
def down(n):
    return down(n - 1) + 1 if n > 0 else [][n]


down(5)
