# str/bytes hashes equal CPython's (SipHash-1-3, PYTHONHASHSEED=0), so sets of strings iterate in the same order.
print(hash(""), hash("a"), hash("abc"), hash("é"), hash("日本語"), hash("😀x"), hash("a" * 100))
print(hash(b"abc") == hash("abc"), hash(b""), hash("abcdefgh"), hash("abcdefghi"))
words = "the quick brown fox jumps over the lazy dog and runs far away".split()
print(set(words))
print(sorted(set(words), key=len))
print({w.upper() for w in words}, frozenset("mississippi"))
s = set()
for w in words:
    s.add(w[::-1])
print(s, len(s))
print({*["pear", "plum", "fig"]}, set(("x", "yy", "zzz", "é", "日")))
d = dict.fromkeys(words)
print(set(d) == set(words), list(set(d.keys())) == list(set(words)))
x = [-1, -2, 5, 1000, 33, 8]
print({*x}, set(frozenset(x)), {*frozenset(x)})
