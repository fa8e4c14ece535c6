# BrokenPipeError and ConnectionError: the class hierarchy, OSError(32, ...)
# choosing the subclass by errno, and catching it as ConnectionError/OSError.
print(BrokenPipeError.__mro__)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))
e = OSError(32, "Broken pipe")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
for cls in (BrokenPipeError, ConnectionError):
    try:
        raise cls(32, "Broken pipe")
    except OSError as caught:
        print("caught", type(caught).__name__, repr(caught), caught.errno, str(caught))
try:
    raise BrokenPipeError("plain")
except ConnectionError as caught:
    print(repr(caught), caught.errno, caught.args)
print(isinstance(OSError(2, "x"), BrokenPipeError), type(OSError(32, "x", "f")).__name__)
