# TypeErrors and ValueErrors raised by malformed patterns at run time.


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


class BadNames:
    __match_args__ = (1,)


class Two:
    __match_args__ = ("a", "a")
    a = 10


class One:
    __match_args__ = ("a",)
    a = 5


def m1():
    match NoArgs():
        case NoArgs(1):
            return "matched"


def m2():
    match 5:
        case int(1, 2):
            return "matched"


def m3():
    match BadArgs():
        case BadArgs(1):
            return "matched"


def m4():
    match BadNames():
        case BadNames(1):
            return "matched"


def m5():
    match Two():
        case Two(10, 10):
            return "matched"


def m6():
    match One():
        case One(5, a=5):
            return "matched"


not_a_class = len


def m7():
    match 3:
        case not_a_class():
            return "matched"


def m8():
    match One():
        case One(1, 2):
            return "matched"


def m9():
    match "not an instance":
        case NoArgs(1):
            return "matched"
    return "no match, no error"


for i, f in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9], 1):
    attempt(f"m{i}", f)

# An uncaught error from a pattern ends the program with a traceback.
match One():
    case One(1, 2, 3):
        pass
