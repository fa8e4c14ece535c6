// The native `_struct` module behind the standard library's `struct`:
// pack, unpack, calcsize, iter_unpack, pack_into, unpack_from, the Struct
// type and struct.error, with every format code and byte order of CPython.
#pragma once

#include "gc/heap.h"
#include "runtime/object.h"

namespace pyvm::runtime {

// The module's native types, kept alive as a root set; owned by the VM
// (vm.struct_state), created with the module.
struct StructState : gc::RootSet {
  explicit StructState(gc::Heap& heap) : gc::RootSet(heap) {}
  void trace(Tracer& tracer) override {
    tracer.visit(error);
    tracer.visit(struct_type);
  }
  Type* error = nullptr;        // struct.error
  Type* struct_type = nullptr;  // _struct.Struct
};

// Creates `_struct` and registers it in sys.modules.
[[nodiscard]] Value create_struct_module(VM& vm);
void destroy_struct_state(VM& vm);

}  // namespace pyvm::runtime
