# unicodedata: category, bidirectional, combining, east_asian_width, mirrored,
# decimal/digit/numeric and decomposition over samples of every plane, and
# counts over all code points (Unicode 14.0 as python3.11 reports it).
import unicodedata as u

print(u.unidata_version)
samples = [0x0, 0x41, 0x61, 0x31, 0xBD, 0x301, 0x28, 0x4E00, 0xAC00, 0x1F40D, 0xD800,
           0xE0001, 0x2160, 0x660, 0xFB01, 0x17000, 0x1B170, 0x1E030, 0x10FFFF, 0x20000,
           0x2FA1D, 0xF900, 0x3000, 0xFF21, 0x5D0, 0x627, 0x200F, 0x1F1E6, 0x2153, 0x1372]
for c in samples:
    ch = chr(c)
    print(hex(c), u.category(ch), repr(u.bidirectional(ch)), u.combining(ch),
          u.east_asian_width(ch), u.mirrored(ch), u.decimal(ch, None), u.digit(ch, None),
          u.numeric(ch, None), repr(u.decomposition(ch)))

counts = {}
total_numeric = 0.0
combining_sum = 0
for c in range(0, 0x110000, 3):
    ch = chr(c)
    key = (u.category(ch), u.bidirectional(ch), u.east_asian_width(ch), u.mirrored(ch))
    counts[key] = counts.get(key, 0) + 1
    combining_sum += u.combining(ch)
    n = u.numeric(ch, None)
    if n is not None:
        total_numeric += n
    if u.decomposition(ch):
        counts["decomposition"] = counts.get("decomposition", 0) + 1
for key in sorted(counts, key=str):
    print(key, counts[key])
print(combining_sum, total_numeric)

for call in ["u.category('ab')", "u.category(1)", "u.category('')", "u.decimal('a')",
             "u.digit('a')", "u.numeric('a')", "u.decimal(1)", "u.category(x='a')",
             "u.decimal('a', 'x')", "u.numeric('\u00bd', 0)", "u.name()", "u.mirrored()"]:
    try:
        print(call, repr(eval(call)))
    except Exception as e:
        print(call, type(e).__name__, e)
