# Benchmark: string building and str methods (join, split, replace, find, upper, slicing,
# startswith, strip, in) on generated text.
# bench: default=200000 quick=200
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def make_line(i):
    parts = []
    k = i
    for j in range(12):
        parts.append(WORDS[(k + j * 7) % len(WORDS)])
        k = (k * 1103515245 + 12345) & 0x7FFFFFFF
    return " ".join(parts)


def process(line):
    words = line.split()
    caps = [w.capitalize() if len(w) > 4 else w.upper() for w in words]
    joined = "-".join(caps)
    swapped = joined.replace("A", "4").replace("E", "3")
    pos = swapped.find("Ta")
    count = swapped.count("-")
    rev = swapped[::-1]
    stripped = ("  " + rev + "  ").strip()
    score = len(stripped) + pos + count
    if stripped.startswith("a"):
        score += 1
    if "mu" in line:
        score += 3
    if line.endswith("pi"):
        score += 5
    return score, swapped[:8].lower()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    total = 0
    pieces = []
    for i in range(n):
        line = make_line(i)
        score, head = process(line)
        total += score
        pieces.append(head)
        pieces.append(str(i % 97))
    text = "".join(pieces)
    s = ""
    for i in range(min(n, 3000)):
        s += chr(97 + i % 26)
    print(total, len(text), text.count("a"), hash(text) == hash("".join(pieces)), s[-10:])


main()
