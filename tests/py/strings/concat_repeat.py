# String concatenation, repetition, building strings in loops, empty strings.
a = "foo"
b = "bar"
print(a + b, a + "" + b, "" + "", a * 3, 3 * b, a * 0, a * -2, "-" * 20)
s = ""
for i in range(10):
    s = s + str(i)
print(s, len(s))
s += "!"
s *= 2
print(s)
words = ["x"] * 3
print(words, "ab" * 2 + "c")
print(("ha" * 3).upper() + "!")
line = "=" * 5 + " title " + "=" * 5
print(line, len(line))
