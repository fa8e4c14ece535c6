// SyntaxError (and IndentationError, TabError): the location attributes
// (msg, filename, lineno, offset, text, end_lineno, end_offset,
// print_file_and_line) parsed from the constructor's args, str() with the
// "(file, line N)" suffix, and the location block an uncaught one prints.
#pragma once

#include <string>

#include "runtime/object.h"

namespace pyvm::runtime {

// Installs the construct and str slots on SyntaxError and its subclasses.
void init_syntax_error_types(VM& vm);

// True when `exception` is a SyntaxError (or subclass) instance.
bool is_syntax_error(VM& vm, Value exception);

// What an uncaught SyntaxError prints after the traceback entries:
//   File "<string>", line 1
//     1 +
//        ^
// SyntaxError: invalid syntax
// (without the final newline).
std::string syntax_error_report(VM& vm, Value exception);

}  // namespace pyvm::runtime
