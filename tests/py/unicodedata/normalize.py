# unicodedata.normalize() and is_normalized() in the four forms: composition,
# decomposition, compatibility, reordering of combining marks, Hangul, lone
# surrogates and code points unassigned in Unicode 14.0; the errors.
import unicodedata as u

texts = ["abc", "e\u0301", "\u00e9", "\ufb01", "\u2460", "A\u0323\u0307", "A\u0307\u0323",
         "\u1100\u1161\u11a8", "\uac01", "\u212b", "x\ud800\u0301y", "\U0001e030\u0301",
         "\u0041\u030a\u0301", "\u1e9b\u0323", "\u3300", "\u00bd", "\ufdfa", "",
         "\u0958\u0300\u0324", "\U0001d15e"]
for text in texts:
    for form in ["NFC", "NFD", "NFKC", "NFKD"]:
        print(form, ascii(text), ascii(u.normalize(form, text)), u.is_normalized(form, text))
s = "plain"
print(u.normalize("NFC", s) is s)
for call in ["u.normalize('X', 'a')", "u.normalize(1, 'a')", "u.normalize('NFC', 1)",
             "u.is_normalized('NFX', 'a')", "u.is_normalized('NFC', 1)", "u.normalize('NFC')"]:
    try:
        print(call, repr(eval(call)))
    except Exception as e:
        print(call, type(e).__name__, e)
