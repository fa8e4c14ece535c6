// The recorder's zero-argument `super()` in an inlined method, and the
// method it finds (`super().__init__(msg)` in an exception's __init__,
// `super().method(x)` in a plain class): the super object is made by the
// `super_new` residual call (the two-argument form: the inlined frame is not
// the interpreter's top frame, which the zero-argument form reads), and the
// LOAD_METHOD on it is resolved at record time.
//
// Invariants:
//   - `super()` reads the first local and the `__class__` cell of its frame:
//     the cell's contents are guarded (a constant class), and the exact type
//     of the first local and that type's version are guarded, which fixes
//     the MRO and every class dict along it (built-in classes are
//     immutable). The method found is then a constant.
//   - LOAD_METHOD on the super object leaves the recorder's stack in the
//     unpacked form `[method, self]` where the interpreter holds `[NULL,
//     bound method]`: both resume the same way (PRECALL unpacks a bound
//     Python method; CALL calls `method(self, args)` either way), so a
//     snapshot of either is valid. PRECALL and CALL recognise the form by
//     the recorder's non-null constant method below the arguments.
#include "jit/layout.h"
#include "jit/recorder.h"
#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

bool has_type(Value v, runtime::Type* t) { return v.is_object() && v.object()->type == t; }

// The `__class__` free variable's slot in `code`, or -1.
int32_t class_cell_slot(const runtime::Code* code) {
  runtime::Tuple* names = code->localsplusnames;
  for (int64_t i = 0; i < names->length; ++i) {
    if (runtime::str_equals_ascii(names->at(i).as<runtime::Str>(), "__class__")) {
      return static_cast<int32_t>(i);
    }
  }
  return -1;
}

// What super_getattr finds for `name`: the first class after `start` in
// `type`'s MRO whose dict holds it (null when none does).
Value super_lookup(vm::VM& vm, runtime::Type* type, runtime::Type* start, runtime::Str* name) {
  runtime::Tuple* mro = type->mro;
  int64_t i = 0;
  while (i < mro->length && mro->at(i).as<runtime::Type>() != start) ++i;
  for (++i; i < mro->length; ++i) {
    auto* t = mro->at(i).as<runtime::Type>();
    Value v = t->dict == nullptr ? Value::null() : runtime::dict_get_str(vm, t->dict, name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

}  // namespace

bool Recorder::is_zero_arg_super(Value callable, size_t nargs) const {
  return nargs == 0 && callable == Value::from_object(vm_.types().super);
}

// CALL of `super` with no arguments in an inlined method.
bool Recorder::rec_super_call(Ref callable_ref) {
  if (!inlined() || in_generator() || code_->argcount == 0) {
    return fail(AbortReason::kUnsupportedCall);
  }
  int32_t cell_slot = class_cell_slot(code_);
  Value self = actual_slot(0);
  Value cell = cell_slot < 0 ? Value::null() : actual_slot(cell_slot);
  if (self.is_null() || !self.is_object() || !has_type(cell, vm_.types().cell)) {
    return fail(AbortReason::kUnsupportedCall);
  }
  Value start = cell.as<runtime::Cell>()->contents;
  runtime::Type* type = self.object()->type;
  if (!has_type(start, vm_.types().type) || runtime::as_user_type(type) == nullptr ||
      type->version == 0 || !runtime::is_subtype(type, start.as<runtime::Type>())) {
    return fail(AbortReason::kUnsupportedCall);
  }
  guard_callable(callable_ref, kobj(vm_.types().super));
  Ref c = guard_type(slot(cell_slot), vm_.types().cell);
  Ref contents = emit(IrOp::FLOAD, IrType::kVal, c, kNoRef, layout::kCellContents);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, contents, ir().kval(start.raw())));
  Ref self_ref = to_val(slot(0));
  guard_type(self_ref, type);
  Ref version = emit(IrOp::FLOADK, IrType::kInt, kobj(type), kNoRef, layout::kTypeVersion);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, version, kversion(type->version)));
  Ref s = residual(Residual::super_new, {ir().kval(start.raw()), self_ref});
  supers_[s] = SuperCall{start.as<runtime::Type>(), type, self_ref};
  pop(depth_ - call_depth_);
  push(s);
  return true;
}

// LOAD_METHOD on the result of `super()`: a Python function, or
// BaseException.__init__, found after `__class__` in the MRO.
bool Recorder::rec_super_method(Ref owner, uint32_t oparg) {
  const SuperCall& s = supers_.at(owner);
  auto* name = code_->names->at(static_cast<int64_t>(oparg)).as<runtime::Str>();
  Value found = super_lookup(vm_, s.object_type, s.start, name);
  if (!has_type(found, vm_.types().function) && !is_exception_init(found)) {
    return fail(AbortReason::kUnsupportedAttribute);
  }
  set_top(1, ir().kval(found.raw()));
  push(s.self);
  return true;
}

// CALL of `[BaseException.__init__, self, args...]` from rec_super_method,
// where the interpreter holds the bound method: `actual_bound` (the native
// function bound to self) and the arguments above it.
bool Recorder::rec_unpacked_native_call(Ref callable_ref, const std::vector<Ref>& args,
                                        Value actual_bound) {
  Value method = Value::from_raw(ir().const_bits(callable_ref));
  if (!is_exception_init(method) || !has_type(actual_bound, vm_.types().builtin_function)) {
    return fail(AbortReason::kUnsupportedCall);
  }
  std::vector<Value> actual{actual_bound.as<runtime::NativeFunction>()->self};
  for (size_t i = 1; i < args.size(); ++i) {
    actual.push_back(
        sp_[static_cast<std::ptrdiff_t>(i) - static_cast<std::ptrdiff_t>(args.size())]);
  }
  return rec_exception_init(callable_ref, args, actual.data());
}

}  // namespace pyvm::jit
