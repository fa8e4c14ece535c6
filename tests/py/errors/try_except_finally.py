# try/except/else/finally: ordering, re-raise, nested handlers, return through finally.
def run(x):
    log = []
    try:
        log.append("try")
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            log.append(str(10 // (x - 1)))
        log.append("body done")
    except ValueError as e:
        log.append("value error: " + str(e))
    except ZeroDivisionError:
        log.append("zero division")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


for x in (0, 1, 2):
    print(run(x))


def finally_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")


print(finally_return())


def reraise():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            print("handling, then re-raising")
            raise
    except KeyError as e:
        return "outer caught " + repr(e)


print(reraise())


def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out


print(loop_with_finally())

try:
    raise TypeError("custom message")
except Exception as e:
    print(type(e).__name__, e, e.args)

try:
    try:
        [][0]
    finally:
        print("inner finally")
except IndexError as e:
    print("propagated:", e)

count = 0
while count < 3:
    try:
        count += 1
        1 / (count - 2)
    except ZeroDivisionError:
        print("zero at", count)
print("done", count)

try:
    raise ValueError
except ValueError as e:
    print("bare class raised:", repr(e))
