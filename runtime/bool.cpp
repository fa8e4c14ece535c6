// bool: the int subtype with the two instances True and False (created by the
// VM as Bool objects). Arithmetic is int arithmetic, except that & | ^ between
// two bools give a bool.
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

bool is_bool(VM& vm, Value v) { return v.is_object() && v.object()->type == vm.types().bool_; }

void trace_bool(Object*, Tracer&) {}  // a Bool holds no references

Value bool_repr(VM& vm, Value self) {
  return Value::from_object(vm.intern(self.as<Bool>()->value != 0 ? "True" : "False"));
}

int64_t bool_hash(VM& vm, Value self) { return self.as<Bool>()->value; }

int bool_truth(VM& vm, Value self) { return self.as<Bool>()->value != 0 ? 1 : 0; }

Value bool_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (is_bool(vm, a) && is_bool(vm, b)) {
    int64_t x = a.as<Bool>()->value, y = b.as<Bool>()->value;
    switch (op) {
      case BinaryOp::kAnd:
        return vm.bool_value((x & y) != 0);
      case BinaryOp::kOr:
        return vm.bool_value((x | y) != 0);
      case BinaryOp::kXor:
        return vm.bool_value((x ^ y) != 0);
      default:
        break;
    }
  }
  return int_binary(vm, op, a, b);
}

Value bool_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "bool() takes no keyword arguments");
  }
  if (args.npos > 1) {
    return raise_type_error(vm,
                            "bool expected at most 1 argument, got " + std::to_string(args.npos));
  }
  if (args.npos == 0) return vm.false_value();
  int t = truth(vm, args.args[0]);
  if (t < 0) return Value::null();
  return vm.bool_value(t != 0);
}

}  // namespace

void init_bool_type(VM& vm) {
  Type* t = vm.types().bool_;
  Type* int_type = vm.types().int_;
  if (int_type->binary == nullptr) init_int_type(vm);  // bool borrows int's slots
  t->instance_size = sizeof(Bool);
  t->trace = trace_bool;
  t->repr = bool_repr;
  t->str = bool_repr;
  t->hash = bool_hash;
  t->richcompare = int_type->richcompare;
  t->binary = bool_binary;
  t->unary = int_type->unary;
  t->truth = bool_truth;
  t->construct = bool_construct;
  t->getattr = int_type->getattr;
}

}  // namespace pyvm::runtime
