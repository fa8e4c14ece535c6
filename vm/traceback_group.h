// Printing an uncaught exception whose chain holds an exception group, in
// CPython 3.11's nested-box layout:
//
//   + Exception Group Traceback (most recent call last):
//   |   File "x.py", line 1, in <module>
//   | ExceptionGroup: msg (2 sub-exceptions)
//   +-+---------------- 1 ----------------
//     | ValueError: 1
//     +---------------- 2 ----------------
//     | TypeError: 2
//     +------------------------------------
//
// Every line inside a group gets a margin of two spaces per nesting level
// and "| "; at most 15 members and 10 levels are shown, as CPython does.
#pragma once

#include <cstdio>

#include "runtime/object.h"

namespace pyvm::vm {

class VM;

// Prints `exception` as above and returns true when it, or an exception in
// its cause/context chain, is an exception group; prints nothing and returns
// false otherwise (vm/traceback.cpp prints those).
bool print_exception_with_groups(VM& vm, Value exception, std::FILE* out);

}  // namespace pyvm::vm
