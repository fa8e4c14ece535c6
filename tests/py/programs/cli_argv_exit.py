# args: --verbose add 3 4 5
# A tiny command-line tool: parses sys.argv by hand, reports to stderr, and exits with a status code via SystemExit.
import sys


def usage(msg):
    print(f"error: {msg}", file=sys.stderr)
    print("usage: tool [--verbose] (add|mul|div) NUM...", file=sys.stderr)
    return 2


def parse(argv):
    opts = {"verbose": False}
    rest = []
    for arg in argv:
        if arg == "--verbose":
            opts["verbose"] = True
        elif arg.startswith("--"):
            raise SystemExit(usage(f"unknown option {arg}"))
        else:
            rest.append(arg)
    if not rest:
        raise SystemExit(usage("missing command"))
    return opts, rest[0], rest[1:]


def run(command, numbers, verbose):
    values = [int(n) for n in numbers]
    if verbose:
        print(f"running {command} on {values}")
    if command == "add":
        return sum(values)
    if command == "mul":
        out = 1
        for v in values:
            out *= v
        return out
    if command == "div":
        return values[0] // values[1]
    raise SystemExit(usage(f"unknown command {command!r}"))


print("argv length:", len(sys.argv), "script name is a str:", isinstance(sys.argv[0], str))
print("args:", sys.argv[1:])
opts, command, numbers = parse(sys.argv[1:])
print("result:", run(command, numbers, opts["verbose"]))

for trial in (["mul", "2", "3"], ["div", "7", "2"], ["--bogus"], [], ["pow", "2"]):
    try:
        o, c, n = parse(trial)
        print(trial, "->", run(c, n, False))
    except SystemExit as e:
        print(trial, "-> exit code", e.code, type(e.code).__name__)

try:
    sys.exit("fatal: message exit")
except SystemExit as e:
    print("string code:", repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no code:", e.code)
try:
    exit(5)
except SystemExit as e:
    print("builtin exit:", e.code)
sys.stdout.flush()
status = 0
try:
    run("div", ["1", "0"], False)
except ZeroDivisionError as e:
    print("caught", e, file=sys.stderr)
    status = 3
finally:
    print("finally runs before exit")
sys.exit(status)
