# Held-out: a checker that counts failures and exits with the count as the status code.
import sys


def check(name, cond):
    status = "PASS" if cond else "FAIL"
    print(f"[{status}] {name}")
    return cond


results = [
    check("sorted stable", sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0]) == [(0, "z"), (1, "b"), (1, "a")]),
    check("int division", 7 // -2 == -4),
    check("float repr", repr(0.1) == "0.1"),
    check("string mult", "ab" * 3 == "ababab"),
    check("wrong on purpose", 1 + 1 == 3),
    check("list identity", [] is not []),
    check("also wrong", "abc".upper() == "abc"),
    check("chained compare", 1 < 2 < 3 != 4),
]
failures = results.count(False)
print(f"{len(results) - failures}/{len(results)} passed", end="")
print("." * failures)
try:
    sys.exit(None)
except SystemExit as e:
    print("exit None ->", e.code)
sys.stdout.flush()
print(f"{failures} failure(s)", file=sys.stderr)
try:
    pass
finally:
    print("finally before exit")


def shutdown(code):
    try:
        sys.exit(code)
    finally:
        print("cleanup in finally")


shutdown(failures)
