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

// Line `line` of file `filename` as read, without its line ending ("" when
// unavailable).
std::string raw_source_line(const std::string& filename, int line);

}  // namespace pyvm::vm
