# sys.gettrace/settrace(None), get_int_max_str_digits, switch interval,
# io.BytesIO.getbuffer, os.pipe.
import io
import os
import sys

print(sys.gettrace(), sys.getprofile())
sys.settrace(None)
sys.setprofile(None)
print(sys.get_int_max_str_digits())
old = sys.getswitchinterval()
sys.setswitchinterval(0.01)
print(old, sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
b = io.BytesIO(b"hello")
view = b.getbuffer()
print(bytes(view), len(view), view[1])
r, w = os.pipe()
os.write(w, b"through the pipe")
os.close(w)
print(os.read(r, 100))
os.close(r)
import pickle
print(pickle.loads(pickle.dumps([1, (2, "x"), {3: 4.5}], 4)))
