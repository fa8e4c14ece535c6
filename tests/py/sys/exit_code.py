# sys.exit(3): output before it is kept, the exit code is 3, nothing after runs.
import sys

print("before exit")
sys.exit(3)
print("after exit")
