# Integer division by zero caught; then an uncaught modulo by zero ends the program.
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("caught:", e)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print("caught:", e)
try:
    print(1.5 % 0)
except ZeroDivisionError as e:
    print("caught:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("caught:", e)
print(10 % 0)
