# Repeating bytes and bytearray (also in place) by sys.maxsize raises, not hangs.
import sys
for b in b"abc", bytearray(b"abc"):
    try:
        c = b * sys.maxsize
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__)
    try:
        b *= sys.maxsize
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__)
