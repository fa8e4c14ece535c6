# mode: sigint
# SIGINT arrives while a loop runs: KeyboardInterrupt at the next
# instruction boundary, catchable; then uncaught: traceback, status -SIGINT.
print("ready", flush=True)
try:
    while True:
        pass
except KeyboardInterrupt as e:
    print("caught", repr(e))
print("ready", flush=True)
n = 0
while True:
    n += 1
