# Held-out: a CLI-style program that validates its arguments and exits with sys.exit(message).
# args: -v carol
import sys


def parse_args(argv):
    opts = {"verbose": False, "count": 1, "names": []}
    it = iter(argv)
    for arg in it:
        if arg in ("-v", "--verbose"):
            opts["verbose"] = True
        elif arg.startswith("--count="):
            opts["count"] = int(arg.split("=", 1)[1])
        elif arg == "-n":
            opts["count"] = int(next(it))
        elif arg.startswith("-"):
            raise SystemExit(f"unknown option {arg}")
        else:
            opts["names"].append(arg)
    return opts


for argv in (["-v", "alice"], ["--count=3", "x", "y"], ["-n", "2"], ["--bogus"]):
    try:
        print(argv, "->", parse_args(argv))
    except SystemExit as e:
        print(argv, "-> exit", repr(e.code))

try:
    sys.exit(3)
except SystemExit as e:
    print("code", e.code, type(e.code).__name__, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(0)
except BaseException as e:
    print("BaseException caught:", type(e).__name__, isinstance(e, Exception))

print("warning: about to exit", file=sys.stderr)
opts = parse_args(sys.argv[1:] + ["bob", "-n", "2"])
for _ in range(opts["count"]):
    for name in opts["names"]:
        print(f"hello {name}")
sys.stdout.write("written directly\n")
if opts["names"]:
    sys.exit(f"fatal: {len(opts['names'])} name(s) processed, then stopped")
print("not reached")
