// bytes: immutable byte strings stored inline after the header (plus a NUL).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace pyvm::runtime {

struct Bytes : Object {
  int64_t length;
  int64_t hash;  // -1 until computed
  uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  std::string_view view() const {
    return std::string_view(reinterpret_cast<const char*>(data()), static_cast<size_t>(length));
  }
};

Bytes* bytes_new(VM& vm, std::string_view contents);
// The literal b'...' for `data`, as repr(bytes) writes it.
std::string bytes_literal(std::string_view data);

void init_bytes_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Bytes;
}  // namespace pyvm

namespace pyvm::runtime {
// True for bytes and its subclasses.
bool is_bytes(VM& vm, Value v);
// Decodes `data` with `encoding` (utf-8, ascii, latin-1) and `errors`
// (strict, replace, ignore, surrogatepass); null with an exception on failure.
[[nodiscard]] Value bytes_decode(VM& vm, std::string_view data, std::string_view encoding,
                                 std::string_view errors);
// Encodes `s` (utf-8, ascii, latin-1; errors strict, replace, ignore,
// surrogatepass); null with an exception on failure.
[[nodiscard]] Value str_encode(VM& vm, const Str* s, std::string_view encoding,
                               std::string_view errors);
}  // namespace pyvm::runtime
