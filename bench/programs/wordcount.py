# Benchmark: word frequency counting with dicts (dict get/set, str keys, sorting items).
# bench: default=1700000 quick=8000
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu"]


def words(n):
    state = 12345
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        length = 1 + (state >> 60) % 3
        w = ""
        s = state >> 8
        for _ in range(length):
            w += SYLLABLES[s % 10]
            s //= 10
        yield w


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1700000
    counts = {}
    for w in words(n):
        counts[w] = counts.get(w, 0) + 1
    by_first = {}
    for w, c in counts.items():
        key = w[0]
        if key in by_first:
            by_first[key] += c
        else:
            by_first[key] = c
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(len(counts), top)
    print(sorted(by_first.items()))


main()
