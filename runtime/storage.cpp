// Owned storage cells (see runtime/storage.h): a header followed by the
// payload, which is 8-byte aligned like every cell.
#include "runtime/storage.h"

#include <cstdio>
#include <cstdlib>

#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

Object* storage_of(const void* payload) {
  return reinterpret_cast<Object*>(const_cast<char*>(static_cast<const char*>(payload)) -
                                   sizeof(Object));
}

// The Values inside are visited by the owner's trace.
void trace_nothing(Object*, Tracer&) {}

}  // namespace

void* storage_allocate(VM& vm, const Object* owner, size_t bytes) {
  Object* cell = vm.heap().try_allocate_owned(sizeof(Object) + bytes, vm.types().storage, owner);
  if (cell == nullptr) {
    std::fflush(stdout);
    std::fputs("pyvm: out of memory\n", stderr);
    std::_Exit(1);
  }
  return reinterpret_cast<char*>(cell) + sizeof(Object);
}

void storage_release(VM& vm, void* payload) {
  if (payload != nullptr) vm.heap().release(storage_of(payload));
}

void trace_storage(const void* payload, Tracer& tracer) {
  if (payload != nullptr) tracer.visit_object(storage_of(payload));
}

void init_storage_type(VM& vm) {
  Type* t = vm.types().storage;
  t->instance_size = sizeof(Object);
  t->trace = trace_nothing;
  t->flags |= kTypeNoReferences;
}

}  // namespace pyvm::runtime
