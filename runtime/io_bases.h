// The io module's abstract base classes (io.IOBase, RawIOBase,
// BufferedIOBase, TextIOBase) as native types that user classes may derive
// from, and io.BytesIO, an in-memory binary stream.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct IoBaseTypes {
  Type* io_base;   // _io._IOBase (io.IOBase)
  Type* raw;       // _io._RawIOBase (io.RawIOBase)
  Type* buffered;  // _io._BufferedIOBase (io.BufferedIOBase)
  Type* text;      // _io._TextIOBase (io.TextIOBase)
};

// Creates the four base classes, with IOBase's generic methods (context
// manager, iteration over readline(), readlines, the readable/writable/
// seekable/isatty queries answering False).
IoBaseTypes new_io_base_types(VM& vm);

// Creates `_io.BytesIO`, deriving from `base` (BufferedIOBase).
Type* new_bytes_io_type(VM& vm, Type* base);

}  // namespace pyvm::runtime
