# Command dispatcher that exits via sys.exit with a non-string payload after cleanup handlers.
import atexit
import sys


class Cleanup:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.label, et.__name__ if et else None, ev.code if isinstance(ev, SystemExit) else "")
        return False


def goodbye(who, *, punct="!"):
    print(f"atexit: bye {who}{punct}")
    sys.stdout.flush()


atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punct="?")


def unregistered():
    print("should not run")


atexit.register(unregistered)
atexit.unregister(unregistered)

COMMANDS = {}


def command(name):
    def deco(fn):
        COMMANDS[name] = fn
        return fn
    return deco


@command("add")
def add(*nums):
    return sum(int(n) for n in nums)


@command("div")
def div(a, b):
    return int(a) // int(b)


@command("quit")
def quit_(code="0"):
    raise SystemExit(int(code) if code.isdigit() else code)


def dispatch(line):
    name, *args = line.split()
    try:
        fn = COMMANDS[name]
    except KeyError:
        return f"unknown command {name!r}"
    try:
        return fn(*args)
    except (ValueError, ZeroDivisionError) as e:
        return f"error: {type(e).__name__}: {e}"
    except TypeError as e:
        return f"bad arguments: {e}"


for line in ["add 1 2 3", "div 7 2", "div 1 0", "add x", "mul 2 3", "div 1"]:
    print(f"{line:<10} => {dispatch(line)}")

try:
    dispatch("quit 3")
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e), e.args)

try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit", e.code, e.args)
try:
    sys.exit(None)
except SystemExit as e:
    print("None exit", e.code)
try:
    raise SystemExit("text", 2)
except SystemExit as e:
    print("two args", e.code, e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(4)
    except Exception:
        print("not reached")
    finally:
        print("finally runs")
except SystemExit as e:
    print("outer caught", e.code)

with Cleanup("outer"):
    with Cleanup("inner"):
        try:
            sys.exit({"status": "failed", "code": 7})
        finally:
            print("finally before leaving")
print("never printed")
