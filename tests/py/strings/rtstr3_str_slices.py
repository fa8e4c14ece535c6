# str slices in hot loops (the JIT fuses BUILD_SLICE with the subscript of
# an exact str: no slice object): negative and out-of-range bounds, None
# bounds, steps (negative, zero -> ValueError), empty strings, non-ASCII and
# wide strs, a bound that stops being a small int, str subclasses.


class S(str):
    def __getitem__(self, key):
        return "sub" + str(key)


texts = ["", "a", "hello world", "héllo wörld", "ĀāĂă-ẞ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢!", "x" * 40]
out = []
for t in texts:
    n = len(t)
    acc = []
    for i in range(-n - 3, n + 4):
        acc.append(t[i:])
        acc.append(t[:i])
        acc.append(t[i : i + 3])
        acc.append(t[i:-1])
        acc.append(t[::-1][i:])
        acc.append(t[i::2])
        acc.append(t[i:None:-1])
        acc.append(t[None:i:3])
    out.append((t, len(acc), acc[::7]))
for row in out:
    print(row)

# A slice of the whole exact str is the str itself.
s = "identity"
print(all(s[0:len(s)] is s for _ in range(100)), all(s[:] is s for _ in range(100)))

# A zero step raises, from inside a hot loop.
caught = 0
for k in range(300):
    step = 1 if k < 250 else 0
    try:
        x = "abcdef"[1:5:step]
    except ValueError as e:
        caught += 1
        msg = str(e)
print(caught, msg, x)

# Bounds that are not small ints (big ints, bools, __index__).
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


res = []
for k in range(300):
    b = k % 5 if k < 200 else (10**30 if k % 3 == 0 else (True if k % 3 == 1 else Idx(2)))
    res.append("slicing"[b:])
    res.append("slicing"[:b])
print(res[-12:], len(res))

# Subclass instances keep their own __getitem__.
subs = [S("abc"), "abc"]
got = []
for k in range(300):
    got.append(subs[k % 2][1:2])
print(got[-4:])

# Tokenizer-like use: scans and slices.
src = "12 + ab_3*(4 - é9) ñ 77"
tokens = []
for rep in range(60):
    i = 0
    while i < len(src):
        if src[i].isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(src[i:j])
            i = j
        elif src[i].isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(src[i:j])
            i = j
        else:
            i += 1
print(tokens[:12], len(tokens))
