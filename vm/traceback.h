// Printing an uncaught exception the way CPython 3.11 does: the chain of
// causes and contexts, "Traceback (most recent call last):", one
// `File "...", line N, in name` entry per frame with its source line and the
// 3.11 caret line under the failing expression (from the code object's
// location table), repeated entries folded, and the final "Type: message" line.
#pragma once

#include <cstdio>
#include <string>

#include "runtime/object.h"

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

}  // namespace pyvm::vm
