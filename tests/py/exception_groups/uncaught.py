# An uncaught exception group: traceback layout on stderr and exit code 1.
def fail():
    raise ExceptionGroup("things went wrong", [ValueError("bad value"), TypeError("bad type")])


print("before")
try:
    fail()
except* ValueError:
    print("handled the ValueError part")
