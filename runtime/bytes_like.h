// Helpers shared by bytes, bytearray and memoryview: reading any bytes-like
// object's contents, building results of the receiver's kind, and the
// methods bytes and bytearray have in common (runtime/bytes_methods.cpp).
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace pyvm::runtime {

// Reads the contents of a bytes-like object (bytes, bytearray, memoryview)
// into *out, copying through *storage when needed. Returns false, with no
// exception, when `v` is not bytes-like; raises and returns false for a
// released memoryview (then vm.has_exception()).
[[nodiscard]] bool bytes_like_view(VM& vm, Value v, std::string* storage, std::string_view* out);
// Like bytes_like_view, but raises TypeError "a bytes-like object is
// required, not 'T'" when `v` is not bytes-like.
[[nodiscard]] bool require_bytes_like(VM& vm, Value v, std::string* storage, std::string_view* out);
// A new bytes or bytearray (the kind of `self`) holding `data`.
Value bytes_like_result(VM& vm, Value self, std::string_view data);
// Lowercase hex of `data`, with `sep` every `group` bytes counted from the
// right (from the left when group < 0), as bytes.hex(sep, bytes_per_sep).
std::string bytes_to_hex(std::string_view data, std::string_view sep, int64_t group);
// The common methods (find, split, strip, upper, hex, decode...) on `t`.
void add_bytes_methods(VM& vm, Type* t);
// fromhex for `t` (bytes or bytearray), a plain function in t's dict.
void add_bytes_fromhex(VM& vm, Type* t);
// bytes % args and bytearray % args (printf-style), as bytes.
[[nodiscard]] Value bytes_percent_format(VM& vm, std::string_view format, Value args);

}  // namespace pyvm::runtime
