# str predicates: isidentifier/isprintable/isdecimal/isdigit/isnumeric/isalpha/isspace...
samples = ["", "abc", "ABC", "a1", "123", "١٢٣", "²", "½", "Ⅻ", "一", "  ", "\t\n",
           "\x00", "é", "_x", "1x", "x-y", "if", "ǅ", "\u00a0", "\u2028", "a b",
           "\x7f", "\u200b", "Ab Cd", "ab Cd", "ǅa", "𝔘𝔫𝔦", "३", "\U0001F600"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii(), s.islower(),
          s.isupper(), s.istitle())
print(repr("\x7f\x80\xa0\xad\u0378\U0001F600"))
print(ascii("\x7f\x80\xa0\xad\u0378\U0001F600é"))
