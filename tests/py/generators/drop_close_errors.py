# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# Errors while closing a dropped generator are reported and ignored; a
# generator that yields in finally is reported as ignoring GeneratorExit.
import sys


def noisy():
    try:
        yield 1
    finally:
        raise KeyError("in finally")


def stubborn():
    try:
        yield 1
    finally:
        yield 2


def nested():
    try:
        yield from noisy_free()
    finally:
        print("outer finally")


def noisy_free():
    try:
        yield "inner"
    finally:
        print("inner finally")


for x in noisy():
    break
print("after noisy")

for x in stubborn():
    break
print("after stubborn")

for x in nested():
    print("got", x)
    break
print("after nested")


def delegate_only():
    yield from noisy_free()


for x in delegate_only():
    break
print("after delegate")

sys.stderr.write("done\n")
