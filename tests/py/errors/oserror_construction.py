# OSError(errno, ...) picks the subclass from errno; errno/strerror/filename/filename2 attributes, str(), the new exception types and their hierarchy.
import errno
cases = [(), (1,), ('x',), (2, 'x'), (2, 'x', 'f'), (2, 'x', None), (2, 'x', 'f', None, 'g'), (1,2,3,4,5,6), (13, 'perm'), (11, 'again'), (4, 'intr'), (110, 'to'), (3, 'srch'), (10, 'child'), (111, 'ref'), (104, 'reset'), (103, 'abort'), (32, 'pipe'), (115, 'inprog'), ('2', 'x'), (True, 'x'), (2.0, 'x'), (2, 'x', 'f', 5)]
for c in cases:
    e = OSError(*c)
    print(type(e).__name__, e.args, repr(str(e)), e.errno, e.strerror, e.filename, e.filename2, repr(e))
for name in ['BlockingIOError','ChildProcessError','ConnectionAbortedError','ConnectionRefusedError','ConnectionResetError','ProcessLookupError','TimeoutError','InterruptedError','FloatingPointError','BufferError','StopAsyncIteration','UnicodeTranslateError']:
    t = getattr(__builtins__, name)
    print(name, [b.__name__ for b in t.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
e = FileNotFoundError(2, 'nope', 'a.txt')
print(e, e.args)
e = FileNotFoundError('plain')
print(e, e.errno)
try:
    open('/nonexistent/zz')
except IOError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e)
e = BlockingIOError(11, 'again', 5)
print(e.characters_written, e, e.args)
e = UnicodeTranslateError('abc', 1, 2, 'bad')
print(e, e.object, e.start, e.end, e.reason, e.args)
class MyErr(OSError):
    pass
e = MyErr(2, 'x')
print(type(e).__name__, e.errno, e)
e = OSError(2, 'x'); e.errno = 5; print(e, e.errno)
try:
    raise TimeoutError('timed out')
except OSError as e:
    print(repr(e))
print(issubclass(ConnectionResetError, ConnectionError))
