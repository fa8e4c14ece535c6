# RecursionError caught with try/except; the interpreter keeps working afterwards.
reached = 0


def dive(n):
    global reached
    reached = n
    return dive(n + 1)


try:
    dive(1)
except RecursionError as e:
    print("caught:", e)
    print("depth plausible:", 900 < reached <= 1000)

try:
    dive(1)
except RecursionError:
    print("caught again")


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20))


def guarded(n):
    try:
        return guarded(n + 1)
    except RecursionError:
        return n


print(guarded(0) > 500)
