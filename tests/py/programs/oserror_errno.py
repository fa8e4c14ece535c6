# A file-access layer that maps OSError subclasses and errno values to user-facing messages.
import errno
import os

MESSAGES = {
    errno.ENOENT: "missing",
    errno.EACCES: "denied",
    errno.EEXIST: "already there",
    errno.EISDIR: "is a directory",
}


def classify(exc):
    kind = type(exc).__name__
    code = exc.errno
    label = MESSAGES.get(code, "other")
    name = errno.errorcode.get(code, "?") if code is not None else "-"
    return f"{kind:<22} errno={code!s:<5} {name:<8} {label}"


def try_open(path, mode="r"):
    try:
        with open(path, mode) as f:
            return f.read(10)
    except FileNotFoundError as e:
        print("FNF:", e.filename, e.strerror)
        return classify(e)
    except IsADirectoryError as e:
        print("DIR:", e.filename)
        return classify(e)
    except OSError as e:
        return "generic " + classify(e)


print(try_open("/definitely/not/here.txt"))
print(try_open("/"))
print(try_open("."))

built = [
    OSError(errno.ENOENT, "No such file"),
    OSError(errno.EEXIST, "exists", "a.txt"),
    OSError(errno.EPERM, "not permitted", "b.txt", None, "c.txt"),
    OSError(errno.EAGAIN, "try again"),
    OSError(errno.ECONNREFUSED, "refused"),
    OSError(errno.ECONNRESET, "reset"),
    OSError(errno.ETIMEDOUT, "timed out"),
    OSError(errno.ESRCH, "no process"),
    OSError(errno.ECHILD, "no child"),
    OSError(errno.EINTR, "interrupted"),
    OSError(errno.EPIPE, "pipe"),
    OSError(9999, "unknown"),
    OSError("just a message"),
    OSError(),
]
for exc in built:
    print(classify(exc), "|", str(exc), "|", exc.args)

print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(ConnectionRefusedError, ConnectionError))
print(issubclass(BlockingIOError, OSError), issubclass(TimeoutError, OSError))
print([c.__name__ for c in ConnectionResetError.__mro__])

hierarchy = {}
for cls in [FileNotFoundError, PermissionError, BlockingIOError, ChildProcessError,
            ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
            BrokenPipeError, InterruptedError, ProcessLookupError, TimeoutError,
            IsADirectoryError, NotADirectoryError, FileExistsError]:
    hierarchy.setdefault(cls.__bases__[0].__name__, []).append(cls.__name__)
for base in sorted(hierarchy):
    print(base, "->", ", ".join(sorted(hierarchy[base])))


def retry(op, attempts=3):
    for i in range(attempts):
        try:
            return op(i)
        except (BlockingIOError, InterruptedError) as e:
            print(f"attempt {i}: {type(e).__name__} [{e.errno}] retrying")
    raise TimeoutError(errno.ETIMEDOUT, "gave up after retries")


def flaky(i):
    if i == 0:
        raise OSError(errno.EWOULDBLOCK, "would block")
    if i == 1:
        raise OSError(errno.EINTR, "signal")
    return "done at %d" % i


print(retry(flaky))
try:
    retry(lambda i: (_ for _ in ()).throw(InterruptedError(errno.EINTR, "again")))
except TimeoutError as e:
    print("final:", e, e.errno == errno.ETIMEDOUT)

e = BlockingIOError(errno.EAGAIN, "partial write", 17)
print(e.characters_written, e.args, e)
e.filename = "log.txt"
print(e)
print(errno.errorcode[errno.ENOENT], errno.EWOULDBLOCK == errno.EAGAIN)
try:
    os.remove("/no/such/dir/file")
except OSError as e:
    print(type(e).__name__, e.errno, errno.errorcode[e.errno], repr(e.filename))
