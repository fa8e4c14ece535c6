# A command dispatcher that finishes with sys.exit(3) from inside nested calls and finally blocks.
import sys

commands = {}


def command(name):
    def deco(fn):
        commands[name] = fn
        return fn
    return deco


@command("add")
def add(*nums):
    return sum(int(n) for n in nums)


@command("mul")
def mul(*nums):
    result = 1
    for n in nums:
        result *= int(n)
    return result


@command("quit")
def quit_(code="0"):
    print("quitting with", code)
    sys.exit(int(code))


def run(line):
    name, *args = line.split()
    try:
        fn = commands[name]
    except KeyError:
        print(f"unknown command: {name}")
        return None
    try:
        return fn(*args)
    except ValueError as e:
        print("bad argument:", e)
    finally:
        print(f"  (ran {name})")


script = ["add 1 2 3", "mul 2 3 7", "pow 2 3", "add 1 x", "mul " + " ".join(["99"] * 12)]
for line in script:
    print(">>", line, "=", run(line))
try:
    sys.exit("message exit is caught")
except SystemExit as e:
    print("caught SystemExit:", e.code, type(e.code).__name__)
try:
    run("quit 7")
except SystemExit as e:
    print("caught again:", e.code, e.args)
print(sys.argv[0].endswith(".py") or sys.argv[0].endswith(".pyc"), type(sys.maxsize), sys.maxsize)
print(sys.version_info[:2], sys.version_info.major, sys.getrecursionlimit())
sys.stdout.write("direct write\n")
sys.stdout.flush()
try:
    run("quit 3")
finally:
    print("outer finally runs before exit")
print("never printed")
