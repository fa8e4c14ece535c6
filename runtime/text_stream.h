// The `io` module's file objects: open() and the standard streams
// sys.stdin, sys.stdout and sys.stderr as
// `_io.TextIOWrapper` objects over the C stdio streams, each with a binary
// `buffer` (`_io.BufferedWriter` / `_io.BufferedReader`), plus the helpers
// print() and input() use to write to and read from any file-like object.
//
// Writes to a native stream go straight into the C stdio buffer (stdout is
// block-buffered when it is not a terminal, as CPython's is), so print()
// stays cheap; an object of any other type is written through its `write`
// method, as CPython's PyFile_WriteObject does.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Sets the C buffering of stdout and stderr as CPython's standard streams
// buffer: with `unbuffered` (-u) or a non-empty PYTHONUNBUFFERED both are
// write-through; otherwise stdout is line-buffered on a terminal and
// block-buffered elsewhere, and stderr is line-buffered. Call before any
// output.
void configure_std_buffering(bool unbuffered);
// True once configure_std_buffering chose write-through streams.
bool std_streams_unbuffered();

// Creates the three streams and stores them in `sys_dict` as stdin, stdout,
// stderr and __stdin__, __stdout__, __stderr__.
void install_std_streams(VM& vm, Dict* sys_dict);

// The builtin open(file, mode, buffering, encoding, errors, newline,
// closefd) (also io.open): a TextIOWrapper over a BufferedReader/Writer/Random
// that owns a C FILE, or that binary stream alone in a binary mode. Also
// registers the `io`/`_io` module and OSError's errno/strerror/filename form.
[[nodiscard]] Value builtin_open(VM& vm, CallArgs args);

// True when `v` is a native text stream (sys.__stdout__ and its siblings).
bool is_native_text_stream(Value v);

// print()'s PyFile_WriteObject: writes str(v) to `file` (a native stream
// directly; anything else through file.write, looked up before str(v) is
// computed). False with an exception pending on failure.
[[nodiscard]] bool file_write_object(VM& vm, Value file, Value v);
// Calls file.flush() (a native stream flushes its C buffer).
[[nodiscard]] bool file_flush(VM& vm, Value file);
// PyFile_GetLine(file, -1) for input(): one line from file.readline(), with
// EOFError at end of input and the trailing newline removed.
[[nodiscard]] Value file_read_input_line(VM& vm, Value file);

// CPython's flush of sys.stdout at exit: flushes the C stream and, when that
// fails now or an earlier flush left data unwritten (a closed pipe), reports
// "Exception ignored in: <stdout>" with the OSError (BrokenPipeError) on
// stderr and returns false: the process then exits with status 120.
[[nodiscard]] bool flush_stdout_at_exit(VM& vm);

// Raises the OSError subclass for `error` (errno) as OSError(errno,
// strerror, filename) would; `filename` may be null. Returns null.
Value raise_errno_error(VM& vm, int error, Value filename);

}  // namespace pyvm::runtime
