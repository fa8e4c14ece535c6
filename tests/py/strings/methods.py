# Common str methods: join, split, strip, replace, upper/lower, startswith/endswith, find, count.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print(s.upper(), s.lower())
print("a,b,,c".split(","), "one two  three".split(), "a b c".split(" ", 1), "".split())
print(", ".join(["x", "y", "z"]), "".join(["a", "b"]), "-".join("abc"), "+".join([]))
print("banana".replace("a", "o"), "banana".replace("an", ""), "aaa".replace("a", "b", 2))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith("lo"))
print("hello".find("l"), "hello".find("z"), "hello".rfind("l"), "hello".index("e"))
print("banana".count("a"), "banana".count("na"), "abc".count(""))
print("Title case words".title(), "hello".capitalize(), "MiXeD".swapcase())
print("42".isdigit(), "4x".isdigit(), "abc".isalpha(), "   ".isspace(), "Abc".islower())
print("x".center(7, "*"), "7".zfill(3), "ab".ljust(5, ".") + "|", "ab".rjust(5) + "|")
print("line1\nline2\nline3".splitlines(), "k=v".partition("="), "a.b.c".rsplit(".", 1))
csv = "name;age;city"
fields = csv.split(";")
print(len(fields), fields[1].upper(), ";".join(fields[::-1]))
