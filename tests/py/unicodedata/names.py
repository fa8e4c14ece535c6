# unicodedata.name() and lookup(): every named code point round-trips; Hangul
# syllables, CJK ideographs, aliases and named sequences; the errors. Also
# the \N{...} escapes of the unicode-escape codec.
import unicodedata as u

named = 0
longest = ""
for c in range(0x110000):
    n = u.name(chr(c), None)
    if n is None:
        continue
    named += 1
    if len(n) > len(longest):
        longest = n
    if c % 7 == 0:
        assert u.lookup(n) == chr(c), hex(c)
print(named, longest)
for c in [0x41, 0xAC00, 0xAC01, 0xD7A3, 0x4E00, 0x9FFF, 0x20000, 0xF900, 0x18B00, 0x1B170,
          0x17000, 0x1F40D, 0xFDFA, 0x0, 0xE000]:
    print(hex(c), u.name(chr(c), "-"))
for name in ["SNAKE", "snake", "less-than sign", "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK",
             "KATAKANA LETTER AINU P", "HANGUL SYLLABLE GAGG", "hangul syllable gag",
             "HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00",
             "CJK UNIFIED IDEOGRAPH-4e00", "cjk unified ideograph-4E00",
             "cjk compatibility ideograph-f900", "TANGUT IDEOGRAPH-17000", "NUSHU CHARACTER-1B170",
             "A" * 256, "A" * 257, "", "NULL", b"SNAKE", 1]:
    try:
        print(ascii(u.lookup(name)))
    except (KeyError, TypeError) as e:
        print(type(e).__name__, str(e)[:60])
try:
    u.name("\x00")
except ValueError as e:
    print("ValueError", e)
for data in [rb"\N{SNAKE}", rb"a\N{snake}b", rb"\N{LATIN CAPITAL LETTER GHA}", rb"\N{",
             rb"\N{FOO}", rb"\NX", rb"\N{KATAKANA LETTER AINU P}", rb"\N{}", rb"\N{ab",
             rb"\N{CJK UNIFIED IDEOGRAPH-4E00}", rb"\N"]:
    try:
        print(ascii(data.decode("unicode-escape")))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    print(ascii(data.decode("unicode-escape", "replace")))
import re
print(re.match(r"\N{LESS-THAN SIGN}+", "<<>").group())
