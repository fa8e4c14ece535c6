# importlib bootstrapped on pyvm's importer through _imp, _thread, _warnings.
import importlib.machinery
import sys
import _imp

print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.machinery.all_suffixes()[:2], _imp.is_builtin("sys"), _imp.is_builtin("json"))
print("sys" in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(sys.modules["sys"], sys.modules["_thread"])
print(sys.flags.optimize, sys.flags.verbose, sys.flags.dev_mode, len(sys.flags))
import _thread

lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked(), type(lock).__name__, isinstance(lock, _thread.LockType))
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
with lock:
    print("held", lock.locked())
r = _thread.RLock()
with r:
    with r:
        print("reentrant", r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(_thread.get_ident() == _thread.get_ident(), _thread.TIMEOUT_MAX > 1e9, _thread.error is RuntimeError)
import reprlib


class R:
    @reprlib.recursive_repr()
    def __repr__(self):
        return "R(" + repr(self.items) + ")"


x = R()
x.items = [1, x]
print(repr(x), reprlib.repr(list(range(20))))
