// bytearray: the mutable byte string. Its bytes live in a malloc'd buffer
// (freed by the finalizer) that grows geometrically on append.
// Invariants:
//   - `data` holds `capacity` bytes, of which the first `length` are the
//     contents; data is null exactly when capacity is 0.
//   - A bytearray holds no references, so its trace visits nothing.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/object.h"

namespace pyvm::runtime {

struct ByteArray : Object {
  int64_t length;
  int64_t capacity;
  uint8_t* data;  // malloc'd; owned, freed by the finalizer
};

struct ByteArrayIterator : Object {
  Value array;  // null once exhausted
  int64_t index;
};

ByteArray* bytearray_new(VM& vm, std::string_view contents);
// True for bytearray and its subclasses.
bool is_bytearray(VM& vm, Value v);
inline std::string_view bytearray_view(const ByteArray* a) {
  return std::string_view(reinterpret_cast<const char*>(a->data), static_cast<size_t>(a->length));
}

void init_bytearray_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::ByteArray;
}  // namespace pyvm
