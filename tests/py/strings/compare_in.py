# String comparisons (lexicographic, by code point), equality, membership with `in`.
pairs = [("apple", "banana"), ("apple", "apple"), ("apple", "app"), ("Zebra", "apple"),
         ("", "a"), ("abc", "abd"), ("caf\u00e9", "cafe"), ("10", "9")]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
print("ell" in "hello", "xyz" in "hello", "" in "abc", "hello" in "hello", "H" in "hello")
print("a" not in "bcd", "lo, W" in "Hello, World")
words = ["pear", "Apple", "fig", "apple", "banana"]
smallest = words[0]
for w in words:
    if w < smallest:
        smallest = w
print(smallest, max(words), min(words))
suffix = "c"
print("abc" == "ab" + suffix, "abc" != "ab" + suffix)
