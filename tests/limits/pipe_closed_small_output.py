# mode: closed-pipe
# A short output stays in stdout's buffer until exit; the flush at exit fails
# (the reader is gone): "Exception ignored ... BrokenPipeError", status 120.
print("hello")
print("world")
