# Residual calls of one to three words passed in registers, and calls of
# receiver-only native methods (ch.isdigit(), s.upper(), n.bit_length())
# from traces: exact receivers, subclass receivers (the general call path),
# unbound methods given another type (TypeError raised at the call), and
# loops long enough to compile.


class S(str):
    def upper(self):
        return "S-upper"


class I(int):
    pass


def classify(text):
    counts = [0, 0, 0, 0]
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            counts[0] += 1
        elif ch.isspace():
            counts[1] += 1
        elif ch.isalpha():
            counts[2] += 1
        if ch.isalnum() or ch == "_":
            counts[3] += 1
        i += 1
    return counts


print(classify("ab 12_c\t\u00e9\u0663 x9 " * 40))


def methods(items):
    out = []
    for x in items:
        out.append((x.upper(), x.lower(), x.strip(), x.isupper(), x.swapcase()))
    return out


words = ["Ab", " cd ", "EF", "\u00e9t\u00e9", "x"] * 30 + [S(" sub "), "tail"]
for row in methods(words)[-4:]:
    print(row)


def bits(values):
    total = 0
    for v in values:
        total += v.bit_length() + (-v).bit_length()
    return total


print(bits(list(range(300)) + [I(7), 2 ** 70, True]))


def floats(values):
    acc = []
    for v in values:
        acc.append(v.is_integer())
        acc.append(v.hex())
    return acc[-6:]


print(floats([k * 0.5 for k in range(200)] + [float("inf"), 1e300]))


def unbound(values):
    n = 0
    for v in values:
        try:
            n += str.isdigit(v)
        except TypeError as e:
            print("TypeError", e)
            n += 100
    return n


print(unbound(["1", "a", "22"] * 50 + [S("7"), 5, "9"]))


def three_words(data, keys):
    total = 0
    for i in range(len(keys)):
        k = keys[i]
        total += data.get(k, i) + len(data) + (k in data)
        data[k] = i % 5
    return total


print(three_words({"a": 1}, ["a", "b", "c", "d"] * 60 + [(1, 2)]))


def bytes_calls(chunks):
    out = 0
    for b in chunks:
        out += b.isdigit() + len(b.upper()) + b.isalpha()
    return out


print(bytes_calls([b"12", b"ab", b" ", b"Zz9"] * 50))
