# mode: tty
# On a terminal stdout is line-buffered: each line reaches the terminal when
# printed, before the program blocks reading stdin (the test answers `wait`).
import sys

print("line buffering:", sys.stdout.line_buffering)
print("wait")
line = sys.stdin.readline()
print("got", line.strip())
sys.stdout.write("partial ")
print("end")
