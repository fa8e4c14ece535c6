# args: first 2nd "three words" --flag=x
# sys.argv holds the arguments after the script path.
import sys

print(len(sys.argv))
print(sys.argv[1:])
for arg in sys.argv[1:]:
    print(arg, len(arg))
print(sys.argv[0].endswith("argv.py") or sys.argv[0].endswith("argv.pyc"))
