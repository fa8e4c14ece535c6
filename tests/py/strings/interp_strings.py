# str fast paths: join sized once, ASCII case mapping, indexing, + and ==,
# each checked against the general behaviour (kinds, subclasses, errors).


class S(str):
    pass


parts = ["ab", "", "c", "é", "Ω", "😀", S("sub")]
for sep in ["", "-", "é", "Ω", "😀", S("+")]:
    for k in range(len(parts) + 1):
        out = sep.join(parts[:k])
        print(repr(out), len(out), type(out).__name__, out.isascii())
print(repr("".join([])), repr("x".join(["a"])), repr("".join(["", "q", ""])))
one = "a"
print("".join([one]) is one, "-".join(iter(["x", "y"])), ",".join(("1", "2")))
print("".join(c for c in "generator"), "".join({"k": 1}))
for bad in (["a", 1], [None], [b"x"]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)
for w in ["", "a", "Z", "hello World", "ABC def 123!", "ßtraße", "éclair", "ǅx", "İi",
          "mixed Ω case", S("SubClass")]:
    print(repr(w.lower()), repr(w.upper()), repr(w.capitalize()), type(w.lower()).__name__)
text = "héllo wΩrld 😀!"
print([text[i] for i in range(len(text))], [text[-i] for i in range(1, len(text) + 1)])
print("abc"[0], "abc"[-1], S("xyz")[1], type(S("xyz")[1]).__name__)
for i in (3, -4, 10**20):
    try:
        print("abc"[i])
    except IndexError as e:
        print("IndexError:", e)
f = 1.0
try:
    "abc"[f]
except TypeError as e:
    print("TypeError:", e)
a = "foo"
b = "".join(["f", "oo"])
print(a == b, a != b, a == "fo", a != "fop", S("foo") == a, a + b, S("x") + "y",
      type(S("x") + "y").__name__)
s = ""
for i in range(50):
    s += chr(0x41 + i % 26)
    s += "é" if i % 7 == 0 else ""
print(s, len(s))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
