# logging, threading locks and atexit on pyvm's single-thread _thread.
import atexit
import logging
import sys
import threading

def bye(who, punct="!"):
    print("bye", who + punct)
atexit.register(bye, "world", punct="?")
atexit.register(print, "registered second, runs first")
def dropped():
    print("never")
atexit.register(dropped)
atexit.unregister(dropped)

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s", level=logging.INFO)
logging.info("info %s", "shown")
logging.debug("debug hidden")
log = logging.getLogger("app.sub")
log.warning("warn %d", 42)
log.setLevel(logging.ERROR)
log.warning("hidden")
log.error("err")
try:
    {}["k"]
except KeyError:
    log.exception("boom") if False else log.error("caught %r", "k")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
other = logging.getLogger("other")
other.addHandler(handler)
other.propagate = False
other.critical("direct")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15))

lock = threading.Lock()
with lock:
    print("locked", lock.locked())
print("unlocked", lock.locked(), lock.acquire(False), lock.acquire(False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
r = threading.RLock()
with r:
    with r:
        print("reentrant")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), isinstance(threading.get_ident(), int))
cond = threading.Condition()
with cond:
    cond.notify_all()
ev = threading.Event()
ev.set()
print(ev.is_set(), ev.wait(0))
local = threading.local()
local.x = 5
print(local.x)
print("end of script")
