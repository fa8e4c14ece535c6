// memoryview: a one-dimensional view of the bytes of a bytes or bytearray
// object, possibly strided after slicing; format 'B', or after cast() one of
// the native integer formats (read-only access to those items).
// Invariants:
//   - `obj` is the exporting bytes or bytearray and is traced; the view reads
//     the exporter's current buffer on every access (a bytearray may move it).
//   - Item k of the view is the `itemsize` bytes at byte start + k * step of
//     the exporter, for 0 <= k < length; after release() every access raises ValueError.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/object.h"

namespace pyvm::runtime {

struct MemoryView : Object {
  Value obj;
  int64_t start;
  int64_t step;
  int64_t length;
  int64_t released;  // 0 or 1
  int64_t readonly;  // 0 or 1
  int64_t itemsize;  // bytes per item: 1 unless made by cast()
  int64_t format;    // the struct format character: 'B' unless made by cast()
};

struct MemoryIterator : Object {
  Value view;  // null once exhausted
  int64_t index;
};

// True for memoryview objects.
bool is_memoryview(VM& vm, Value v);
// Copies the viewed bytes into *out; false with ValueError if released.
[[nodiscard]] bool memoryview_contents(VM& vm, Value view, std::string* out);

void init_memoryview_type(VM& vm);

}  // namespace pyvm::runtime
