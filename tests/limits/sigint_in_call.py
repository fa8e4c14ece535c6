# mode: sigint
# SIGINT during deep Python calls and inside a native callback (sorted key).
def spin(n):
    while True:
        n += 1
def key(k):
    spin(0)
print("ready", flush=True)
try:
    sorted([3, 1, 2], key=key)
except KeyboardInterrupt:
    print("caught in key")
print("ready", flush=True)
def rec(n):
    return rec(n + 1) if n < 50 else spin(0)
try:
    rec(0)
except KeyboardInterrupt:
    print("caught in rec")
