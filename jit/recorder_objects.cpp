// The recorder's object-model extras: attribute loads the instance-slot
// paths of jit/recorder.cpp do not cover (a class attribute read through a
// plain class, `Base.__init__(self, ...)`, `Kind.LIMIT`; a plain constant
// of the class read through an instance, `self.LIMIT`), and truth tests of
// values other than numbers and containers (`not flag` of a bool object,
// `if node:` of an instance whose class has neither __bool__ nor __len__).
//
// Invariants:
//   - A class attribute is a constant of the trace, fixed by the class's
//     identity (a constant after a guarded LOAD_GLOBAL, else a guard) and
//     its version: an assignment to the class or to any base changes it
//     (runtime::type_modified).
//   - The truth of an instance is a constant fixed by its exact type and
//     that type's version (adding __bool__ or __len__ later changes it).
#include <algorithm>

#include "jit/call_trace.h"
#include "jit/layout.h"
#include "jit/recorder.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/inline_cache.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/inline_cache.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

bool has_type(Value v, runtime::Type* t) { return v.is_object() && v.object()->type == t; }

bool is_dunder(const runtime::Str* name) {
  int64_t n = name->length;
  return n >= 4 && name->at(0) == '_' && name->at(1) == '_' && name->at(n - 1) == '_' &&
         name->at(n - 2) == '_';
}

// The names type.__getattribute__ answers before the class's MRO
// (runtime/user_class.cpp, type_special_attribute).
bool is_type_special(const runtime::Str* name) {
  static constexpr const char* kSpecial[] = {"__name__",  "__qualname__", "__mro__",
                                             "__bases__", "__base__",     "__dict__",
                                             "__class__", "__doc__",      "__module__"};
  for (const char* s : kSpecial) {
    if (runtime::str_equals_ascii(name, s)) return true;
  }
  return false;
}

// A value whose class access returns it unchanged and whose type is built
// in (immutable), as the interpreter's class caches admit
// (vm/inline_cache.cpp).
bool is_plain_constant(vm::VM& vm, Value v) {
  if (!v.is_object()) return true;
  const auto& t = vm.types();
  runtime::Type* type = v.object()->type;
  return type == t.none || type == t.int_ || type == t.bool_ || type == t.float_ || type == t.str ||
         type == t.bytes || type == t.tuple || type == t.frozenset || type == t.complex ||
         type == t.list || type == t.dict || type == t.set;
}

}  // namespace

// Loops in inlined callees (`for v in self.variables:` in a method) and in
// inlined generator bodies (`for _ in range(length):` between two yields)
// are unrolled: GET_ITER of a list or range there allocates the iterator
// (ITER_NEW), each FOR_ITER is recorded with its guards, the exhausted one
// guards the end (so the trace is specialised on the trip count), and each
// backward jump to that FOR_ITER is followed, at most `inline_unroll` (12)
// times per loop and call (a `while` loop's conditional backward jump at most
// `inline_while_unroll` (4) times: its trip count is data, and each other
// count would grow a chain of side traces), and only while the trace is short
// (`unroll_budget`). In the loop's own frame GET_ITER is still an inner
// loop; a generator body's other backward jumps (its loop around the
// yield) follow generator_backward's limit.
bool Recorder::rec_inline_get_iter() {
  if (!inlined()) return fail(AbortReason::kInnerLoop);
  if (!rec_get_iter()) return false;
  if (in_generator()) unrolled_heads_.emplace_back(inline_frame_, next_unit_);
  return true;
}

bool Recorder::rec_inline_exhausted() {
  if (!inlined()) return fail(AbortReason::kLeftLoop);
  return rec_for_exhausted();
}

// A loop too long to unroll in a callee the trace's own frame calls: the
// next recording calls that function (rec_opaque_call) instead of inlining
// it, and the callee's loop runs in its own trace.
// Only a function with a single loop: one with nested loops, called this way,
// got several root traces for its inner loop (mandelbrot's mandel_row).
// Recorder::abort marks the callee the same way whatever aborted recording
// inside it (an `enumerate()` loop, which the recorder does not unroll; the
// unroll budget used up before its loop).
void Recorder::prefer_call_for_long_loop() {
  if (callers_.size() != 1 || in_generator() || !function_entry_) return;
  if (loop_headers(code_) == 1) function_entry_(code_)->call_not_inline = true;
}

bool Recorder::inline_backward(int32_t target, uint32_t unroll) {
  auto key = std::make_pair(inline_frame_, target);
  if (in_generator() &&
      std::find(unrolled_heads_.begin(), unrolled_heads_.end(), key) == unrolled_heads_.end()) {
    return generator_backward(target);
  }
  if (ir().size() > static_cast<Ref>(options_.unroll_budget)) return fail(AbortReason::kInnerLoop);
  if (std::count(generator_back_targets_.begin(), generator_back_targets_.end(), key) >=
      static_cast<std::ptrdiff_t>(unroll)) {
    prefer_call_for_long_loop();
    return fail(AbortReason::kInnerLoop);
  }
  generator_back_targets_.push_back(key);
  return true;
}

// The way of the polymorphic inline cache at `c` (kAttributeWays entries)
// whose guard `o` passes, or null.
const runtime::InlineCache* Recorder::matching_way(const runtime::InlineCache* c, Value o) const {
  if (!o.is_object()) return nullptr;
  runtime::Object* obj = o.object();
  for (int way = 0; way < vm::kAttributeWays && vm::is_live_way(c + way); ++way) {
    const runtime::InlineCache* w = c + way;
    switch (w->kind) {
      case runtime::CacheKind::kNativeMethod:
        if (obj->type == w->owner && obj->type->version == w->version) return w;
        break;
      case runtime::CacheKind::kClassAttr:
        if (vm::class_guard(vm_, w, obj)) return w;
        break;
      case runtime::CacheKind::kSlot:
      case runtime::CacheKind::kMethod:
      case runtime::CacheKind::kClassValue:
      case runtime::CacheKind::kStoreSlot:
      case runtime::CacheKind::kStoreAdd:
        if (vm::instance_guard(w, obj)) return w;
        break;
      default:
        break;
    }
  }
  return nullptr;
}

// A plain value of the class as an IR constant (ints and floats unboxed).
Ref Recorder::class_constant(Value v) {
  if (v.is_small_int()) return ir().kint(v.small_int());
  if (has_type(v, vm_.types().float_)) return ir().knum(runtime::float_value(v));
  return ir().kval(v.raw());
}

// The guards that fix `cls` (whose IR value is `owner`) and its version.
void Recorder::guard_class(Ref owner, runtime::Type* cls) {
  guard_callable(owner, kobj(cls));
  Ref version = emit(IrOp::FLOADK, IrType::kInt, kobj(cls), kNoRef, layout::kTypeVersion);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, version, kversion(cls->version)));
}

// The end of a LOAD_ATTR (the owner replaced by `value`) or of a
// LOAD_METHOD that found no method to unpack (NULL, then `value`).
bool Recorder::replace_attribute_owner(Ref value, bool method) {
  if (method) {
    set_top(1, ir().kval(0));
    push(value);
  } else {
    set_top(1, value);
  }
  return true;
}

// LOAD_ATTR / LOAD_METHOD that the instance-slot paths did not record: a
// class attribute (through the class, or a plain constant through an
// instance). `c` is the inline cache entry they found (or null).
bool Recorder::rec_other_attr(Ref owner, Value o, uint32_t oparg, const runtime::InlineCache* c,
                              bool method) {
  Ref value = kNoRef;
  if (c != nullptr && c->kind == runtime::CacheKind::kClassValue && o.is_object() &&
      vm::instance_guard(c, o.object())) {
    // `self.LIMIT`: a plain constant found on the class, not shadowed by the
    // instance (its shape fixes that).
    guard_instance_layout(owner, c);
    value = class_constant(c->value);
  } else if (has_type(o, vm_.types().type) && runtime::is_user_class(o.as<runtime::Type>())) {
    auto* cls = o.as<runtime::Type>();
    auto* name = code_->names->at(static_cast<int64_t>(oparg)).as<runtime::Str>();
    if (cls->version == 0 || is_type_special(name)) {
      return fail(AbortReason::kUnsupportedAttribute);
    }
    Value found = runtime::type_lookup(vm_, cls, name);
    bool function = has_type(found, vm_.types().function);
    // A dunder other than a Python function (a slot wrapper, object's
    // fallbacks) is left to the interpreter.
    if (found.is_null() || (is_dunder(name) && !function) ||
        (!function && !is_plain_constant(vm_, found))) {
      return fail(AbortReason::kUnsupportedAttribute);
    }
    guard_class(owner, cls);
    value = class_constant(found);
  } else if (has_type(o, vm_.types().type)) {
    return rec_builtin_class_attr(owner, o, oparg, method);  // jit/recorder_exc_objects.cpp
  } else if (o.is_object() && (o.object()->type->flags & runtime::kTypeBaseException) != 0) {
    return rec_exception_getattr(owner, o, oparg, method);
  } else {
    return fail(AbortReason::kUnsupportedAttribute);
  }
  return replace_attribute_owner(value, method);
}

// The truth of an instance of a plain user class with neither __bool__ nor
// __len__ (always true), or of a bool object whose type is not known
// (loaded from an attribute or a list). Returns the IR bool and sets
// `truth`, or kNoRef.
Ref Recorder::object_truth(Ref cond, Value actual, bool* truth) {
  if (has_type(actual, vm_.types().bool_)) {
    guard_type(cond, vm_.types().bool_);
    *truth = actual == vm_.true_value();
    return emit(IrOp::EQ, IrType::kBool, cond, ir().kval(vm_.true_value().raw()));
  }
  if (!actual.is_object()) return kNoRef;
  runtime::UserType* user = runtime::as_user_type(actual.object()->type);
  if (user == nullptr || user->layout != vm_.types().object || user->version == 0) return kNoRef;
  if (!runtime::type_lookup(vm_, user, vm_.intern("__bool__")).is_null() ||
      !runtime::type_lookup(vm_, user, vm_.intern("__len__")).is_null()) {
    return kNoRef;
  }
  guard_type(cond, user);
  Ref version = emit(IrOp::FLOADK, IrType::kInt, kobj(user), kNoRef, layout::kTypeVersion);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, version, kversion(user->version)));
  *truth = true;
  return ir().kint(1, IrType::kBool);
}

// UNARY_NOT of a value that is not an IR bool or int: None, a bool object,
// a container, an instance (see object_truth).
bool Recorder::rec_not_other(Ref a, Value actual) {
  Ref r;
  if (actual == vm_.none()) {
    guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, a, ir().kval(actual.raw())));
    r = ir().kint(1, IrType::kBool);
  } else {
    bool truth = false;
    Ref t = container_truth(a, actual, &truth);
    if (t == kNoRef) return fail(AbortReason::kUnsupportedOperands);
    r = emit(IrOp::BXOR, IrType::kBool, t, ir().kint(1, IrType::kBool));
  }
  pop(1);
  push(r);
  return true;
}

// isinstance(x, (A, B)) with a tuple of plain classes (metaclass type, so no
// __instancecheck__) that is a constant or was built in the trace from
// constants (`(A, B)` of guarded globals): x's exact type is guarded and the
// answer is a constant.
bool Recorder::rec_isinstance_tuple(Ref callable_ref, const std::vector<Ref>& args,
                                    const Value* actual_args) {
  auto* classes = actual_args[1].as<runtime::Tuple>();
  if (!ir().is_const(args[1])) {
    auto built = built_tuples_.find(args[1]);
    if (built == built_tuples_.end()) return fail(AbortReason::kUnsupportedCall);
    for (Ref item : built->second) {
      if (!ir().is_const(item)) return fail(AbortReason::kUnsupportedCall);
    }
  }
  bool result = false;
  runtime::Type* tx = runtime::type_of(vm_, actual_args[0]);
  for (int64_t i = 0; i < classes->length; ++i) {
    Value c = classes->at(i);
    if (!has_type(c, vm_.types().type)) return fail(AbortReason::kUnsupportedCall);
    result = result || runtime::is_subtype(tx, c.as<runtime::Type>());
  }
  guard_callable(
      callable_ref,
      ir().kval(runtime::dict_get_str(vm_, frame_->builtins, vm_.intern("isinstance")).raw()));
  guard_exact_type(args[0], actual_args[0]);
  pop(depth_ - call_depth_);
  push(ir().kint(result ? 1 : 0, IrType::kBool));
  return true;
}

}  // namespace pyvm::jit
