# os.remove / os.unlink and their errors; os.getcwd returns a str.
import os
import time

path = "/tmp/pyvm_os_remove_%d.txt" % time.time_ns()
with open(path, "w") as f:
    f.write("x")
os.remove(path)
try:
    os.remove(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == path)
try:
    os.unlink("/tmp")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.remove(3.5)
except TypeError as e:
    print(e)
print(type(os.getcwd()).__name__, os.name, os.sep)
