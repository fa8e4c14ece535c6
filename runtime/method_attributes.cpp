// The attributes, equality and hash of bound methods (`types.MethodType`):
// __self__, __func__, the function's own attributes read through the method,
// `==` by identity of __self__ and equality of __func__, and construction
// (`types.MethodType(f, obj)`), as CPython 3.11.
#include <cstdint>
#include <string>

#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

void init_method_extras(VM& vm, Type* method);

namespace {

Value method_getattr(VM& vm, Value self, Str* name) {
  auto* m = self.as<Method>();
  if (str_equals_ascii(name, "__self__")) return m->self;
  if (str_equals_ascii(name, "__func__")) return m->function;
  // The function's docstring, not the method type's (CPython's getset).
  if (str_equals_ascii(name, "__doc__")) return get_attr(vm, m->function, name);
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return get_attr(vm, m->function, name);  // __name__, __doc__, __wrapped__, ...
}

Value method_compare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !b.is_object() ||
      b.object()->type != vm.types().method) {
    return vm.not_implemented();
  }
  auto* x = a.as<Method>();
  auto* y = b.as<Method>();
  int equal = 0;
  if (x->self == y->self) {
    equal = rich_compare_bool(vm, x->function, y->function, CompareOp::kEq);
    if (equal < 0) return Value::null();
  }
  return vm.bool_value(op == CompareOp::kEq ? equal != 0 : equal == 0);
}

int64_t method_hash(VM& vm, Value self) {
  auto* m = self.as<Method>();
  int64_t h = hash(vm, m->function);
  if (h == -1) return -1;
  auto identity = static_cast<int64_t>(m->self.raw() >> 4);
  int64_t result = identity ^ h;
  return result == -1 ? -2 : result;
}

// types.MethodType(function, instance), as CPython 3.11 checks it.
Value method_construct(VM& vm, Type*, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "method() takes no keyword arguments");
  }
  if (args.npos != 2) {
    return raise_type_error(vm, "method expected 2 arguments, got " + std::to_string(args.npos));
  }
  if (!is_callable(vm, args.args[0]))
    return raise_type_error(vm, "first argument must be callable");
  if (args.args[1] == vm.none()) return raise_type_error(vm, "instance must not be None");
  return Value::from_object(method_new(vm, args.args[0], args.args[1]));
}

}  // namespace

void init_method_extras(VM&, Type* method) {
  method->construct = method_construct;
  method->getattr = method_getattr;
  method->richcompare = method_compare;
  method->hash = method_hash;
}

}  // namespace pyvm::runtime
