# The order of stdout and stderr output when both go to one file (stderr is
# made a copy of stdout): stdout is block-buffered (a pipe), stderr is
# line-buffered, stderr then stdout are flushed before the traceback.
import os
import sys

os.dup2(1, 2)
print("line", sys.stdout.line_buffering, sys.stderr.line_buffering)
print("write_through", sys.stdout.write_through, sys.stderr.write_through)
sys.stderr.write("err-line\n")
sys.stderr.write("partial-err")
print("out-after-partial")
sys.stdout.flush()
sys.stderr.write(" rest\n")
print("no-newline-out", end="")
sys.stderr.write("err-no-newline")
print("more-out")
sys.stderr.flush()
print("before-raise")
raise ValueError("boom")
