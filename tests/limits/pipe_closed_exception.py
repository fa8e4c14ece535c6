# mode: closed-pipe
# An escaping exception prints its traceback, then stdout's flush at exit
# fails: the BrokenPipeError report comes last and the status is 120.
print("hello")
raise ValueError("boom")
