// The recorder's allocations: `C(args)` of a plain user class (the instance
// is allocated in the trace, its __init__ inlined like a method call) and
// STORE_ATTR that adds an attribute to an instance (a shape transition, as
// `self.x = x` in __init__ does). See jit/recorder.h, and jit/inline_frames.h
// for how an exit inside an inlined __init__ rebuilds its frame.
//
// Invariants:
//   - The class is fixed by the callable's identity (a constant after a
//     guarded LOAD_GLOBAL, else a guard) and its version: __new__, __init__,
//     __del__ and the MRO cannot change without changing the version.
//   - Every guard of the CALL precedes the allocation, so an exit re-runs the
//     CALL in the interpreter; the snapshot is taken at the CALL's start.
//   - While __init__ runs, the caller's stack holds the instance above the
//     depth below the call (InlineFrame::init), which the snapshots inside
//     __init__ carry; RETURN_VALUE of __init__ pushes nothing.
#include "jit/layout.h"
#include "jit/recorder.h"
#include "runtime/function.h"
#include "runtime/inline_cache.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/user_class.h"
#include "vm/inline_cache.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

bool has_type(Value v, runtime::Type* t) { return v.is_object() && v.object()->type == t; }

}  // namespace

// The Python __init__ `C(args)` runs (null: object.__init__, nothing runs),
// or false when the recorder cannot compile the instantiation.
bool Recorder::plain_class_init(runtime::Type* cls, size_t nargs, Value* init) {
  runtime::UserType* user = runtime::as_user_type(cls);
  if (user == nullptr || user->layout != vm_.types().object || cls->version == 0 ||
      (user->class_flags & runtime::kClassObjectNew) == 0) {
    return false;
  }
  // A finalizer to register, or an abstract class that refuses instances.
  if (!runtime::type_lookup(vm_, cls, vm_.intern("__del__")).is_null() ||
      !runtime::type_lookup(vm_, cls, vm_.intern("__abstractmethods__")).is_null()) {
    return false;
  }
  if ((user->class_flags & runtime::kClassObjectInit) != 0) {
    *init = Value::null();
    return nargs == 0;  // else object.__init__ raises
  }
  *init = runtime::type_lookup(vm_, cls, vm_.intern("__init__"));
  return has_type(*init, vm_.types().function);
}

bool Recorder::rec_class_call(Value callable, Ref callable_ref, const std::vector<Ref>& args,
                              int32_t call_depth) {
  auto* cls = callable.as<runtime::Type>();
  Value init;
  bool exception = (cls->flags & runtime::kTypeBaseException) != 0;
  if (exception ? !exception_class_init(cls, &init) ||
                      static_cast<int64_t>(args.size()) + 1 >= kMaxResidualArgs
                : !plain_class_init(cls, args.size(), &init)) {
    return fail(AbortReason::kUnsupportedCall);
  }
  // A recursive __init__ would become an opaque call, which pushes no inline
  // frame to mark as the __init__ one (and leaves its None on the stack).
  if (!init.is_null() && wants_opaque_call(init.as<runtime::Function>())) {
    return fail(AbortReason::kUnsupportedCall);
  }
  Ref k = kobj(cls);
  guard_callable(callable_ref, k);
  Ref version = emit(IrOp::FLOADK, IrType::kInt, k, kNoRef, layout::kTypeVersion);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, version, kversion(cls->version)));
  // An exception (jit/recorder_exc_objects.cpp) keeps the call's arguments.
  Ref instance = exception ? new_exception(k, args) : emit(IrOp::NEWINST, IrType::kVal, k);
  pop(depth_ - call_depth);
  push(instance);
  if (init.is_null()) return true;
  std::vector<Ref> init_args;
  init_args.reserve(args.size() + 1);
  init_args.push_back(instance);
  for (Ref a : args) init_args.push_back(a);
  auto* f = init.as<runtime::Function>();
  if (!rec_inline_call(f, ir().kval(init.raw()), init_args, depth_)) return false;
  trace_->inline_frames.back().init = true;
  return true;
}

// RETURN_VALUE of an inlined __init__: the result must be None (a guard when
// it is not a constant); the instance already lies on the caller's stack.
bool Recorder::rec_init_return() {
  Value none = vm_.none();
  if (actual_top(1) != none) return fail(AbortReason::kUnsupportedCall);
  Ref result = top(1);
  if (!ir().is_const(result)) {
    guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, to_val(result), ir().kval(none.raw())));
  } else if (ir().const_bits(result) != none.raw()) {
    return fail(AbortReason::kUnsupportedCall);
  }
  leave_inline_frame();
  if (options_.dump) trace_->recorded += "---- return (the instance)\n";
  return true;
}

// STORE_ATTR that adds the attribute (the cache's kStoreAdd: the instance
// moves from the cached shape to its child): guarded like an overwrite, then
// a runtime call that stores the slot and the new shape.
bool Recorder::rec_store_add(const runtime::InlineCache* c) {
  Ref owner = top(1);
  Ref value = top(2);
  guard_instance_layout(owner, c);
  Ref boxed = to_val(value);
  Ref next = ir().kval(reinterpret_cast<uint64_t>(c->next), IrType::kPtr);
  emit(IrOp::SLOT_ADD, IrType::kVoid, owner, boxed, next);
  pop(2);
  return true;
}

}  // namespace pyvm::jit
