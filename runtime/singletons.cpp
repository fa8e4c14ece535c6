// Slots of NoneType, NotImplementedType and ellipsis. Their single instances
// are created by the VM; none of them holds references.
#include "runtime/singletons.h"

#include "runtime/exceptions.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

Value none_repr(VM& vm, Value) { return Value::from_object(vm.intern("None")); }
Value not_implemented_repr(VM& vm, Value) {
  return Value::from_object(vm.intern("NotImplemented"));
}
Value ellipsis_repr(VM& vm, Value) { return Value::from_object(vm.intern("Ellipsis")); }
int none_truth(VM&, Value) { return 0; }

Value none_construct(VM& vm, Type*, CallArgs args) {
  if (args.npos != 0 || args.kwnames != nullptr) {
    return raise_type_error(vm, "NoneType takes no arguments");
  }
  return vm.none();
}

}  // namespace

void init_singleton_types(VM& vm) {
  Type* none = vm.types().none;
  none->repr = none_repr;
  none->truth = none_truth;
  none->construct = none_construct;
  none->instance_size = sizeof(Object);
  vm.types().not_implemented->repr = not_implemented_repr;
  vm.types().not_implemented->instance_size = sizeof(Object);
  vm.types().ellipsis->repr = ellipsis_repr;
  vm.types().ellipsis->instance_size = sizeof(Object);
}

}  // namespace pyvm::runtime
