# Benchmark: string formatting (% formatting, str.format, f-strings with format specs,
# int/float to str conversion).
# bench: default=320000 quick=1500
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 320000
    total = 0
    last = ""
    for i in range(n):
        x = i * 0.37
        a = "%d:%5.2f|%-6s|%x" % (i, x, "k%d" % (i % 13), i)
        b = "{0:>8}/{1:.3e}/{2!r}".format(i, x, "s")
        c = f"{i:08d} {x:10.4f} {i % 7:+d} {'abc':^7}"
        d = str(i) + repr(x) + str(i * 3 // 7)
        last = a + b + c + d
        total += len(a) + len(b) * 3 + len(c) * 5 + len(d) * 7
    print(total)
    print(last)


main()
