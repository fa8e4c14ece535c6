# open() errors: missing files, bad modes and arguments, OSError attributes.
import time

missing = "/tmp/pyvm_io_missing_dir_%d/x.txt" % time.time_ns()
try:
    open(missing)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == missing)
    print(str(e) == "[Errno 2] No such file or directory: %r" % missing)
    print(e.args)
    print(isinstance(e, OSError))

try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e)

try:
    open("/tmp", "x")
except FileExistsError as e:
    print(type(e).__name__, e)

for mode in ["z", "rw", "rtb", "", "rU", "rr", "w+a", 3]:
    try:
        open(missing, mode)
    except (ValueError, TypeError) as e:
        print(repr(mode), type(e).__name__, e)

for kwargs in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}]:
    try:
        open(missing, "rb", **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)

try:
    open()
except TypeError as e:
    print("TypeError")

for cls in (FileNotFoundError, PermissionError, IsADirectoryError, FileExistsError,
            NotADirectoryError):
    print(cls.__name__, issubclass(cls, OSError), cls.__mro__[1].__name__)

e = OSError(2, "No such file or directory", "f")
print(type(e).__name__, e, e.errno, e.args)
e = OSError(13, "Permission denied")
print(type(e).__name__, e, e.filename)
e = OSError("plain")
print(type(e).__name__, e, e.errno, e.args)
e = OSError()
print(repr(str(e)), e.errno)
e = FileExistsError(17, "File exists", "p")
print(e, repr(e))
try:
    raise FileNotFoundError(2, "nope", "q")
except OSError as exc:
    print(type(exc).__name__, exc)

import io

print(io.open is open, issubclass(io.UnsupportedOperation, OSError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

for kwargs in [{"buffering": 0}, {"closefd": False}]:
    try:
        open(missing, "w", **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
    except FileNotFoundError as e:
        print(type(e).__name__)
tmp = "/tmp/pyvm_io_errors_%d.txt" % time.time_ns()
for kwargs in [{"buffering": 0}, {"closefd": False}, {"buffering": 1}]:
    try:
        open(tmp, "w", **kwargs).close()
        print("ok", kwargs)
    except ValueError as e:
        print(type(e).__name__, e)

import os

os.remove(tmp)
