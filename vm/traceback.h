// Printing an uncaught exception the way CPython 3.11 does: the chain of
// causes and contexts, "Traceback (most recent call last):", one
// `File "...", line N, in name` entry per frame with its source line and the
// 3.11 caret line under the failing expression (from the code object's
// location table), repeated entries folded, and the final "Type: message" line.
#pragma once

#include <cstdio>
#include <string>

#include "runtime/object.h"

namespace pyvm::runtime {
struct Code;
}  // namespace pyvm::runtime

namespace pyvm::vm {

class VM;

void print_exception(VM& vm, Value exception, std::FILE* out);

// The last line of an exception's report: the type's qualified name (prefixed
// by its module unless that is builtins or __main__), the message, and the
// "Did you mean" suggestion of AttributeError and NameError.
std::string exception_report_line(VM& vm, Value exception);

// Line `line` of file `filename` as read, without its line ending ("" when
// unavailable).
std::string raw_source_line(const std::string& filename, int line);

// The caret line CPython 3.11 prints under `line` (the raw source line of the
// traceback entry at code unit `unit` of `code`), starting with its four-space
// indent; "" when CPython prints none.
std::string traceback_caret_line(const runtime::Code* code, int64_t unit, const std::string& line);

}  // namespace pyvm::vm
