# Guards, evaluation order, fall-through, and matching inside functions,
# loops and comprehensions.

log = []


def check(tag, result):
    log.append(tag)
    return result


def classify(x):
    match x:
        case int() if check("g1", x > 100):
            return "big int"
        case int() if check("g2", x < 0):
            return "negative int"
        case [a, b] if check("g3", a == b):
            return "pair of equal"
        case [a, b]:
            return f"pair {a} {b}"
        case str(s) if (n := len(s)) > 3:
            return f"long string of {n}"
    return "fallthrough"


for v in [500, -3, 7, [1, 1], [1, 2], "abcd", "ab"]:
    log.clear()
    print(repr(v), classify(v), log)


# The subject is evaluated once.
def subject():
    print("subject evaluated")
    return [1, 2, 3]


match subject():
    case [1]:
        print("no")
    case [1, 2]:
        print("no")
    case [1, 2, 3]:
        print("yes")

# Match in a loop with break/continue.
total = 0
for item in [1, "skip", 2, None, 3, "stop", 4]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case None:
            total += 100
        case int(v):
            total += v
print("total", total)

# Commands, a typical use.
def run(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"don't know how to {verb}"


for c in ["go north", "go up", "take apple pear", "take", "quit", "exit", "", "dance now"]:
    print(repr(c), "->", run(c))



def fizz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)


print(" ".join(fizz(i) for i in range(1, 16)))
