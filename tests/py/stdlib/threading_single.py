# threading on one thread: locks, conditions, events, semaphores, local, queue; sys.excepthook.
import threading
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.get_ident() == threading.current_thread().ident, threading.active_count())
lock = threading.Lock()
rl = threading.RLock()
with lock, rl, rl:
    print("locked", lock.locked())
cond = threading.Condition()
with cond:
    print(cond.wait(0.001))
ev = threading.Event()
ev.set()
print(ev.is_set(), ev.wait(0.01))
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
local = threading.local()
local.x = 5
print(local.x)
import queue
q = queue.Queue()
q.put(1); q.put(2)
print(q.get(), q.qsize(), q.empty())
import sys
print(sys.excepthook is sys.__excepthook__)
try:
    1 / 0
except ZeroDivisionError as e:
    sys.excepthook(type(e), e, e.__traceback__)
print("after")
