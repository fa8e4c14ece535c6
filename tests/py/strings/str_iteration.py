# Iterating over strings, building counts, ord/chr round trips, str() of numbers in text.
text = "the quick brown fox jumps over the lazy dog"
vowels = 0
spaces = 0
for ch in text:
    if ch in "aeiou":
        vowels += 1
    elif ch == " ":
        spaces += 1
print(vowels, spaces, len(text))
print([ord(c) for c in "AZaz09"], chr(65) + chr(97) + chr(0x3bb))
shifted = ""
for ch in "hello":
    shifted += chr((ord(ch) - ord("a") + 3) % 26 + ord("a"))
print(shifted)
print("total: " + str(3 + 4) + ", ratio: " + str(7 / 2) + ", big: " + str(2 ** 70))
print(list("abc"), tuple("xy"), sorted("banana"))
