// bytes: immutable byte strings stored inline after the header (plus a NUL).
#pragma once

#include <cstdint>
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

void init_bytes_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Bytes;
}  // namespace pyvm
