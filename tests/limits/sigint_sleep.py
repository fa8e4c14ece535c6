# mode: sigint
# SIGINT interrupts time.sleep (EINTR), and a finally block still runs.
import time
print("ready", flush=True)
try:
    time.sleep(60)
except KeyboardInterrupt:
    print("caught in sleep")
print("ready", flush=True)
try:
    time.sleep(60)
finally:
    print("finally ran")
