# mode: head
# `pyvm x.py | head -1` on an endless printer: BrokenPipeError traceback,
# status 1; never killed by SIGPIPE, never a hang.
i = 0
while True:
    print(i)
    i += 1
