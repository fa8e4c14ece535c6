# String indexing (positive and negative) and slicing with steps, out-of-range slices.
s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[:], s[3:3], s[8:2])
print(s[::2], s[1::2], s[::-1], s[::-3], s[10:2:-2], s[-1:-6:-1])
print(s[100:], s[-100:3], s[2:100], repr(s[50:60]))
t = "abcdefghij"
for i in range(0, len(t), 3):
    print(t[i:i + 3])
print("caf\u00e9 \u03bb"[3], "caf\u00e9 \u03bb"[-1], "caf\u00e9 \u03bb"[::-1])
