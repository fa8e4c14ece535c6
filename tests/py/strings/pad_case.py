# str padding (center/ljust/rjust/zfill/expandtabs) and case methods incl. Unicode.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for w in [0, 3, 6, 7, 10]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")),
          repr("abc".ljust(w, ".")), repr("abc".rjust(w)))
for s in ["42", "-42", "+42", "", "abc", "-", "--1", "3.14"]:
    print(repr(s.zfill(6)), repr(s.zfill(1)))
t(lambda: "abc".center(5, "xy"))
t(lambda: "abc".center(5, ""))
t(lambda: "a\tbc\td\n\tx".expandtabs())
t(lambda: "a\tbc\td\n\tx".expandtabs(4))
t(lambda: "a\tb".expandtabs(0))
t(lambda: "a\tb\r\tc".expandtabs(tabsize=3))
for s in ["hello world", "HELLO", "hElLo WoRlD", "they're bill's", "ǆemal",
          "ß straße", "ﬁne", "İstanbul", "ΣΑΣ σας", "123abc", "a1b2 c3d", "ǅ", "ŉ"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()),
          repr(s.swapcase()), repr(s.casefold()), s.istitle(), s.isupper(), s.islower())
print("ΌΣΟΣ ΣΑΣ Σ".lower())
print("ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ǈ".istitle())
