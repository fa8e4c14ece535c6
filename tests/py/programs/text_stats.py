# Text statistics using str methods, Counter-like dicts and formatting.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness.
   Tabs\there and   spaces   too!   """

lines = TEXT.splitlines()
print(len(lines), [len(l) for l in lines])
words = TEXT.lower().replace(",", " ").replace(".", " ").replace("!", " ").split()
print(len(words), words[:6])

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    bar = "#" * n
    print(f"{word!r:>10} {n:3d} {bar}")

print(TEXT.count("it was"), TEXT.find("age"), TEXT.rfind("age"), TEXT.index("worst"))
print(lines[0].title())
print(lines[1].upper().center(70, "*"))
print(lines[2].capitalize().swapcase())
print(repr(lines[4].strip()), repr(lines[4].lstrip()), repr(lines[4].rstrip("! ")))
print(lines[4].expandtabs(4))
print("|".join(w.zfill(8) for w in ["1", "-42", "+7", "abc"]))
print(lines[3].partition(", "), lines[3].rpartition(" "))
print(lines[0].split(",", 1), lines[0].rsplit(" ", 2))
print("a,b,,c,".split(","), "  a  b  ".split(), "x".split("x"))
print(["Hello".startswith(("He", "Jo")), "Hello".endswith("lo", 0, 4)])
print("ab12".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Ab Cd".istitle())
print("ß".upper(), "İ".lower().encode(), "ǅ".title(), "ﬁ".upper())
print("straße".casefold(), "ΣΑΣ".lower(), "hello world".title())
print("-".join(reversed("abc")), "abc"[::-1], "abcdef"[1:5:2])
print("{:*^11}".format("mid"), "%5s|%-5s|" % ("r", "l"))
print("tab\tsep".replace("\t", "\\t"), ascii("café ☕"), repr("quote'\"s"))
print("removeprefix".removeprefix("remove"), "file.txt".removesuffix(".txt"))
vowels = set("aeiou")
vc = sum(1 for ch in TEXT.lower() if ch in vowels)
cc = sum(1 for ch in TEXT.lower() if ch.isalpha() and ch not in vowels)
print(f"vowels={vc} consonants={cc} ratio={vc / cc:.4f}")
longest = max(words, key=len)
print(longest, len(longest), sorted(set(words), key=len)[-3:])
table = str.maketrans("aeiou", "AEIOU", "t")
print(lines[0].translate(table))
print(" ".join(f"{ord(c):02x}" for c in "Hi!"))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%c%c %r %a %%" % (72, "i", "x\n", "é"))
print("%+.2e | %#o | %#x | %-6.1f|" % (12345.678, 8, 255, 3.14159))
