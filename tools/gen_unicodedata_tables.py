#!/usr/bin/env python3.11
"""Generates runtime/unicodedata_tables.h from python3.11's Unicode 14.0 data.

The native `unicodedata` module answers from these tables, so its answers are
python3.11's even though utf8proc (used for normalization) may carry a newer
Unicode version:

- kPropertyRuns: runs of code points sharing (category, bidirectional,
  combining, east_asian_width, mirrored), as indices into kProperties;
- kNumerics: decimal, digit and numeric values;
- kDecompositions: unicodedata.decomposition() strings;
- character names, compressed: each name is a sequence of words, each word an
  index into kNameWords coded as 1 to 3 characters of kNameAlphabet; a space
  ends a name. kNameRuns lists the named code points (first, count) in the
  order of the names. Names computed by rule (CJK, Hangul, Tangut...) are
  left out: kNameRangePrefixes lists the ranges named PREFIX-HEX.
- kNameAliases: the aliases and named sequences unicodedata.lookup() accepts,
  taken from the candidates in Perl's Unicode 14.0 name list (Name.pl) and
  kept only when python3.11's lookup() agrees.

Usage: python3.11 tools/gen_unicodedata_tables.py > runtime/unicodedata_tables.h
"""
import collections
import unicodedata as u

ALPHABET = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '"\\?')
ONE = 80  # word indices below ONE take one character
TWO_LEADS = 8  # lead characters ONE..ONE+TWO_LEADS-1 start a two-character code
HEX_PREFIXES = ("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
                "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-")


def props(c):
    ch = chr(c)
    return (u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch),
            u.mirrored(ch))


def encode_word(i):
    n = len(ALPHABET)
    if i < ONE:
        return ALPHABET[i]
    i -= ONE
    if i < TWO_LEADS * n:
        return ALPHABET[ONE + i // n] + ALPHABET[i % n]
    i -= TWO_LEADS * n
    lead = ONE + TWO_LEADS + i // (n * n)
    assert lead < n
    return ALPHABET[lead] + ALPHABET[(i // n) % n] + ALPHABET[i % n]


def emit_string(name, text):
    print(f"inline constexpr char {name}[] =")
    for i in range(0, len(text), 96):
        print('    "' + text[i:i + 96] + '"')
    print(";\n")


def emit_properties():
    keys, runs, prev = {}, [], None
    for c in range(0x110000):
        p = props(c)
        if p != prev:
            runs.append((c, keys.setdefault(p, len(keys))))
            prev = p
    print("struct Properties {\n  const char* category;\n  const char* bidirectional;")
    print("  uint8_t combining;\n  const char* east_asian_width;\n  bool mirrored;\n};\n")
    print("inline constexpr Properties kProperties[] = {")
    for p in sorted(keys, key=keys.get):
        print(f'    {{"{p[0]}", "{p[1]}", {p[2]}, "{p[3]}", {"true" if p[4] else "false"}}},')
    print("};\n")
    print("struct PropertyRun {\n  uint32_t first;\n  uint8_t properties;\n};\n")
    print("inline constexpr PropertyRun kPropertyRuns[] = {")
    for i in range(0, len(runs), 6):
        print("   " + "".join(f" {{0x{a:X}, {k}}}," for a, k in runs[i:i + 6]))
    print("};\n")


def emit_numerics():
    print("struct Numeric {\n  uint32_t code;\n  int8_t decimal;\n  int8_t digit;")
    print("  double numeric;\n};\n")
    print("inline constexpr Numeric kNumerics[] = {")
    for c in range(0x110000):
        ch = chr(c)
        num = u.numeric(ch, None)
        if num is None:
            continue
        print(f"    {{0x{c:X}, {u.decimal(ch, -1)}, {u.digit(ch, -1)}, {num!r}}},")
    print("};\n")


def emit_decompositions():
    print("struct Decomposition {\n  uint32_t code;\n  const char* text;\n};\n")
    print("inline constexpr Decomposition kDecompositions[] = {")
    for c in range(0x110000):
        d = u.decomposition(chr(c))
        if d:
            print(f'    {{0x{c:X}, "{d}"}},')
    print("};\n")


def emit_names():
    names, ranges = [], []
    for c in range(0x110000):
        n = u.name(chr(c), None)
        if n is None:
            continue
        prefix = next((p for p in HEX_PREFIXES if n.startswith(p)), None)
        if prefix is not None:
            if ranges and ranges[-1][2] == prefix and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c, prefix])
        elif not n.startswith("HANGUL SYLLABLE "):
            names.append((c, n))
    freq = collections.Counter(w for _, n in names for w in n.split(" "))
    words = [w for w, _ in freq.most_common()]
    index = {w: i for i, w in enumerate(words)}
    runs = []
    for c, _ in names:
        if runs and runs[-1][0] + runs[-1][1] == c:
            runs[-1][1] += 1
        else:
            runs.append([c, 1])
    print(f"inline constexpr int kNameOneCharWords = {ONE};")
    print(f"inline constexpr int kNameTwoCharLeads = {TWO_LEADS};")
    emit_string("kNameAlphabet", ALPHABET)
    emit_string("kNameWords", " ".join(words) + " ")
    emit_string("kNames", "".join("".join(encode_word(index[w]) for w in n.split(" ")) + " "
                                  for _, n in names))
    print("struct NameRun {\n  uint32_t first;\n  uint32_t count;\n};\n")
    print("inline constexpr NameRun kNameRuns[] = {")
    for i in range(0, len(runs), 6):
        print("   " + "".join(f" {{0x{a:X}, {k}}}," for a, k in runs[i:i + 6]))
    print("};\n")
    print("struct NameRange {\n  uint32_t first;\n  uint32_t last;\n  const char* prefix;\n};\n")
    print("inline constexpr NameRange kNameRangePrefixes[] = {")
    for a, b, p in ranges:
        print(f'    {{0x{a:X}, 0x{b:X}, "{p}"}},')
    print("};\n")


PERL_NAMES = "/usr/share/perl/5.36.0/unicore/Name.pl"


def emit_aliases():
    text = open(PERL_NAMES, encoding="ascii").read()
    body = text.split("<<'END';\n", 1)[1].split("\nEND\n")[0]
    print("struct NameAlias {\n  const char* name;\n  uint8_t length;\n  uint32_t code[4];\n};\n")
    print("inline constexpr NameAlias kNameAliases[] = {")
    for entry in body.strip().split("\n\n"):
        codes, name = entry.split("\n")
        chars = "".join(chr(int(h, 16)) for h in codes.split())
        if len(chars) == 1 and u.name(chars, None) == name:
            continue
        try:
            if u.lookup(name) != chars:
                continue
        except KeyError:
            continue
        assert len(chars) <= 4
        codes = ", ".join(f"0x{ord(ch):X}" for ch in chars)
        print(f'    {{"{name}", {len(chars)}, {{{codes}}}}},')
    print("};\n")


def main():
    print("// GENERATED by tools/gen_unicodedata_tables.py from python3.11's Unicode "
          f"{u.unidata_version} data. Do not edit.")
    print("// clang-format off")
    print("#pragma once\n\n#include <cstdint>\n\nnamespace pyvm::runtime::unicodedata_tables {\n")
    print(f'inline constexpr char kUnidataVersion[] = "{u.unidata_version}";\n')
    emit_properties()
    emit_numerics()
    emit_decompositions()
    emit_names()
    emit_aliases()
    print("}  // namespace pyvm::runtime::unicodedata_tables")
    print("// clang-format on")


if __name__ == "__main__":
    main()
