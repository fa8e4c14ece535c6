// marshal: reads CPython's marshal format (version 4, plus every older type
// code a 3.11 reader accepts) into pyvm objects. This is the body of a .pyc.
//
// The reader trusts nothing in its input: every count is checked against the
// bytes that remain before anything is allocated, nesting is bounded
// (kMarshalMaxDepth, like CPython), back-references must name a finished
// object, and code-object fields are type-checked before code_new runs.
// Failures are returned as values with a one-line reason; the reader never
// leaves an exception pending in the VM.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/value.h"

namespace pyvm::vm {

class VM;

// Objects nested deeper than this (counting the innermost leaf) are rejected,
// as CPython does ("recursion limit exceeded").
inline constexpr int kMarshalMaxDepth = 2000;

// Reads one object from the start of `data`. On success returns it and, if
// `consumed` is non-null, stores the number of bytes read. On failure returns
// null and stores a human-readable reason in `*error` (if non-null).
[[nodiscard]] Value marshal_load_prefix(VM& vm, std::string_view data, size_t* consumed,
                                        std::string* error);

// Reads exactly one object that must span all of `data` (trailing bytes are an
// error). Null on failure, with the reason in `*error`.
[[nodiscard]] Value marshal_load(VM& vm, std::string_view data, std::string* error);

}  // namespace pyvm::vm
