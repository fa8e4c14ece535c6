# Residual fast paths of traces: `k in d`, `d[k]`, `d[k] = v` of exact dicts
# and `k in s` of sets with small-int and str keys, and native methods called
# with their receiver alone (str.isdigit...). Hot loops so the JIT compiles
# them; the results must match the generic paths.


class Key:
    """Hashes like the int it wraps and compares equal to it."""

    def __init__(self, v):
        self.v = v
        self.eq_calls = 0

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        self.eq_calls += 1
        return other == self.v


def int_keys():
    d = {}
    big = 2**61 - 1
    keys = [0, 1, -1, -2, 7, big - 1, big, big + 1, -big, -(big + 1), 2**62 - 1, -(2**62)]
    for i, k in enumerate(keys):
        d[k] = i
    found = []
    for _ in range(300):
        for k in keys:
            found.append(d[k])
            found.append(k in d)
            found.append((k + 3) in d)
    print(sum(found), found[:40])
    print(sorted((hash(k), k) for k in keys))


def str_keys():
    d = {"": 0, "a": 1, "é": 2, "ĀĂ": 3, "𝔘": 4, "ab" * 10: 5}
    keys = ["", "a", "é", "ĀĂ", "𝔘", "ab" * 10, "b", "e", "Ā"]
    s = set(keys[:4])
    total = 0
    hits = []
    for i in range(400):
        for k in keys:
            if k in d:
                total += d[k]
            hits.append(k in s)
            d[k] = d.get(k, 0) + 1
    print(total, hits.count(True), sorted(d.items()))


def missing_key_raises():
    d = {1: 1, 2: 2}
    caught = 0
    for i in range(500):
        try:
            x = d[i % 4]
        except KeyError as e:
            caught += 1
            last = e
    print(caught, repr(last))


def mutated_during_loop():
    d = {}
    out = 0
    for i in range(1000):
        d[i % 37] = i
        if i % 5 == 0:
            del d[i % 37]
        if (i % 11) in d:
            out += d[i % 11]
    print(out, len(d), list(d)[:10])


def custom_keys():
    k = Key(5)
    d = {k: "custom"}
    s = {Key(6)}
    got = []
    for i in range(300):
        got.append(5 in d)
        got.append(6 in s)
        got.append(d.get(5))
    print(got.count(True), got[-3:], k.eq_calls > 0)
    d2 = {5: "int"}
    for i in range(200):
        d2[k] = i
    print(d2)
    # The fast hash of a small int must agree with the generic one.
    ints = [-1, -2, 0, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**62 - 1, -(2**62)]
    plain = {v: v for v in ints}
    plain_set = set(ints)
    agree = 0
    for i in range(200):
        for v in ints:
            agree += Key(v) in plain
            agree += Key(v) in plain_set
            agree += plain[v] == v
    print(agree, len(plain), len(plain_set))


def receiver_methods():
    words = ["abc", "123", "", " \t", "ÀÉ", "٣", "x1_", "ǅ", "Ⅻ", "𝟘", "AbC"]
    counts = [0] * 8
    out = []
    for i in range(300):
        for w in words:
            counts[0] += w.isdigit()
            counts[1] += w.isalpha()
            counts[2] += w.isspace()
            counts[3] += w.isalnum()
            counts[4] += w.isupper()
            counts[5] += w.isnumeric()
            counts[6] += len(w.upper()) + len(w.strip())
            counts[7] += w.isdecimal()
        out.append((i).bit_length() + (i * 0.5).is_integer() + b"ab c".isalpha())
    print(counts, sum(out))


int_keys()
str_keys()
missing_key_raises()
mutated_during_loop()
custom_keys()
receiver_methods()
