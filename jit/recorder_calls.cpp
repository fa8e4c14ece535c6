// The recorder's call handling: LOAD_METHOD of a Python method, PRECALL,
// CALL of a Python function (followed into the callee: inlining), RETURN_VALUE
// of an inlined callee, and the multi-frame snapshot entries (see
// jit/recorder.h and jit/inline_frames.h).
#include <algorithm>

#include "jit/layout.h"
#include "jit/recorder.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/inline_cache.h"
#include "runtime/iteration.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/inline_cache.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

constexpr size_t kMaxInlineDepth = 8;
// How many activations of one code object the inlined frame chain (the root
// frame included) may hold before a call into it aborts the recording.
constexpr int kMaxRecursiveInline = 2;
constexpr size_t kMaxInlineFrames = 256;

constexpr uint32_t kUninlinableFlags = runtime::kCoGenerator | runtime::kCoCoroutine |
                                       runtime::kCoIterableCoroutine | runtime::kCoAsyncGenerator |
                                       runtime::kCoVarArgs | runtime::kCoVarKeywords;

bool has_type(Value v, runtime::Type* t) { return v.is_object() && v.object()->type == t; }

// The dunders BINARY_OP and COMPARE_OP call (runtime/user_class.cpp), by
// runtime::BinaryOp and runtime::CompareOp.
constexpr const char* kForwardDunders[] = {
    "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__",  "__mul__", "__mod__",
    "__or__",  "__pow__", "__rshift__",   "__sub__",    "__truediv__", "__xor__"};
constexpr const char* kInplaceDunders[] = {
    "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__",  "__imul__", "__imod__",
    "__ior__",  "__ipow__", "__irshift__",   "__isub__",    "__itruediv__", "__ixor__"};
constexpr const char* kCompareDunders[] = {"__lt__", "__le__", "__eq__",
                                           "__ne__", "__gt__", "__ge__"};

// Whether `code` may hand NotImplemented back to the operator that called it
// (then the interpreter would go on with the reflected method): it names
// NotImplemented, or `super` (object's comparisons return it).
bool may_return_not_implemented(const runtime::Code* code) {
  for (int64_t i = 0; i < code->names->length; ++i) {
    Value n = code->names->at(i);
    if (runtime::str_equals_ascii(n.as<runtime::Str>(), "NotImplemented") ||
        runtime::str_equals_ascii(n.as<runtime::Str>(), "super")) {
      return true;
    }
  }
  return false;
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr int32_t kFunctionGlobals = offsetof(runtime::Function, globals);
constexpr int32_t kFunctionDefaults = offsetof(runtime::Function, defaults);
constexpr int32_t kFunctionClosure = offsetof(runtime::Function, closure);
constexpr int32_t kDictUsed = offsetof(runtime::Dict, used);
constexpr int32_t kEnumerateIterator = offsetof(runtime::Enumerate, iterator);
constexpr int32_t kEnumerateCount = offsetof(runtime::Enumerate, count);
constexpr int32_t kMethodFunction = offsetof(runtime::Method, function);
constexpr int32_t kMethodSelf = offsetof(runtime::Method, self);
#pragma GCC diagnostic pop

}  // namespace

const std::vector<SnapEntry>& Recorder::snapshot_entries(int32_t depth) {
  std::vector<SnapEntry>& entries = snap_entries_;
  entries.clear();
  // An inlined frame's region starts one slot below its base: the slot of
  // its function when that is not a constant (jit/inline_frames.h).
  auto add_region = [&](int32_t base, int32_t count) {
    for (int32_t s = base == 0 ? 0 : -1; s < count; ++s) {
      Ref r = slots_[static_cast<size_t>(base + s)];
      if (r == kNoRef) continue;
      const Ins& ins = ir()[r];
      // Unchanged since the trace was entered (only root slots are loaded).
      if (base == 0 && ins.op == IrOp::SLOAD && ins.imm == s) continue;
      entries.push_back(SnapEntry{static_cast<uint32_t>(base + s), r});
    }
  };
  for (const CallerState& c : callers_) add_region(c.base, c.nlocals + c.depth);
  add_region(base_, nlocals_ + depth);
  return entries;
}

// The interpreter pushed the frame of the call the recorder just followed.
bool Recorder::enter_callee(vm::Frame* frame) {
  if (frame_ != nullptr || !inlined()) return false;
  const InlineFrame& f = trace_->inline_frames[static_cast<size_t>(inline_frame_)];
  if (f.generator && frame->generator == nullptr) return false;
  if (frame->previous != callers_.back().frame || frame->code != code_ ||
      (frame->function != f.function && !f.dynamic_function && !f.generator)) {
    return false;
  }
  frame_ = frame;
  return true;
}

// The inline cache entry of the attribute access being recorded, or, when it
// describes another type than `o`'s (a polymorphic site), `scratch` filled as
// the interpreter would fill it for `o`. Null when neither applies.
const runtime::InlineCache* Recorder::attribute_cache(runtime::InlineCache* scratch, Value o,
                                                      uint32_t name_index) {
  runtime::InlineCache* c = code_->caches == nullptr ? nullptr : &code_->caches[unit_];
  if (c == nullptr || !o.is_object()) return nullptr;
  if (const runtime::InlineCache* w = matching_way(c, o)) return w;  // jit/recorder_objects.cpp
  if (c->kind == runtime::CacheKind::kNativeMethod || vm::instance_guard(c, o.object())) return c;
  auto* name = code_->names->at(static_cast<int64_t>(name_index)).as<runtime::Str>();
  if (vm::describe_instance_load(vm_, scratch, o, name)) return scratch;
  return c;
}

// The same for STORE_ATTR: an overwrite of an existing instance attribute.
const runtime::InlineCache* Recorder::store_cache(runtime::InlineCache* scratch, Value o,
                                                  uint32_t name_index) {
  runtime::InlineCache* c = code_->caches == nullptr ? nullptr : &code_->caches[unit_];
  if (c == nullptr || !o.is_object()) return nullptr;
  if (const runtime::InlineCache* w = matching_way(c, o)) return w;  // jit/recorder_objects.cpp
  auto* name = code_->names->at(static_cast<int64_t>(name_index)).as<runtime::Str>();
  if (vm::describe_instance_store(vm_, scratch, o, name)) return scratch;
  if (vm::describe_instance_add(vm_, scratch, o, name)) return scratch;
  return c;
}

bool Recorder::rec_load_method(uint32_t oparg) {
  Ref owner = top(1);
  Value o = actual_top(1);

  if (has_type(o, vm_.types().module)) return rec_load_module_attr(owner, o, oparg, true);
  if (supers_.count(owner) != 0) return rec_super_method(owner, oparg);  // super().name
  runtime::InlineCache scratch{};
  const runtime::InlineCache* c = attribute_cache(&scratch, o, oparg);
  if (c == nullptr) return rec_other_attr(owner, o, oparg, c, true);
  if (c->kind == runtime::CacheKind::kMethod && vm::instance_guard(c, o.object())) {
    // A Python function found on the class: the type version fixes it.
    guard_instance_layout(owner, c);
    set_top(1, ir().kval(c->value.raw()));
    push(owner);
    return true;
  }
  if (c->kind == runtime::CacheKind::kNativeMethod && o.object()->type == c->owner &&
      o.object()->type->version == c->version) {
    // A native method of a built-in type (list.append): the type fixes it.
    guard_type(owner, static_cast<runtime::Type*>(c->owner));
    set_top(1, ir().kval(c->value.raw()));
    push(owner);
    return true;
  }
  if (c->kind == runtime::CacheKind::kSlot && vm::instance_guard(c, o.object())) {
    guard_instance_layout(owner, c);
    Ref slots = emit(IrOp::FLOAD, IrType::kPtr, owner, kNoRef, layout::kInstanceSlots);
    Ref v = emit(IrOp::ALOAD, IrType::kVal, slots, ir().kint(c->index));
    guard(IrOp::GUARD_TRUE, emit(IrOp::NE, IrType::kBool, v, ir().kval(0)));
    set_top(1, ir().kval(0));
    push(v);
    return true;
  }
  return rec_other_attr(owner, o, oparg, c, true);  // jit/recorder_objects.cpp
}

// A bound method object (`f = obj.method; f(x)`) is unpacked here by the
// interpreter into its function and receiver: the recorder guards the
// method's type and its function's identity (a constant from then on) and
// loads the receiver; CALL then sees a method call.
bool Recorder::rec_precall(uint32_t oparg) {
  auto n = static_cast<int32_t>(oparg);
  if (!actual_top(n + 2).is_null() || !has_type(actual_top(n + 1), vm_.types().method)) {
    return true;
  }
  if (!ir().is_const(top(n + 2))) return fail(AbortReason::kUnsupportedCall);
  // Already unpacked by the recorder (super().method: jit/recorder_super.cpp).
  if (ir().const_bits(top(n + 2)) != 0) return true;
  auto* method = actual_top(n + 1).as<runtime::Method>();
  Ref m = top(n + 1);
  guard_type(m, vm_.types().method);
  Ref fn = ir().kval(method->function.raw());
  Ref f = emit(IrOp::FLOADK, IrType::kVal, m, kNoRef, kMethodFunction);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, f, fn));
  Ref self = emit(IrOp::FLOADK, IrType::kVal, m, kNoRef, kMethodSelf);
  set_top(n + 2, fn);
  set_top(n + 1, self);
  return true;
}

bool Recorder::rec_call(uint32_t oparg) {
  if (frame_->kwnames != nullptr) return fail(AbortReason::kUnsupportedCall);
  auto n = static_cast<int32_t>(oparg);
  Ref head = top(n + 2);
  // The NULL or self slot comes from PUSH_NULL, LOAD_GLOBAL or LOAD_METHOD:
  // a constant, so whether it is null is fixed; or it is a comprehension's
  // function, called with the iterator as its "self".
  bool made = made_function(head);
  if (!made && !ir().is_const(head)) return fail(AbortReason::kUnsupportedCall);
  bool has_self = made || ir().const_bits(head) != 0;
  Value callable = has_self ? actual_top(n + 2) : actual_top(n + 1);
  Ref callable_ref = has_self ? head : top(n + 1);
  std::vector<Ref> args;
  for (int32_t k = has_self ? n + 1 : n; k >= 1; --k) args.push_back(top(k));
  const Value* actual_args = sp_ - args.size();
  int32_t call_depth = depth_ - n - 2;
  call_depth_ = call_depth;
  if (has_self && callable.is_null()) {  // jit/recorder_super.cpp
    return rec_unpacked_native_call(callable_ref, args, actual_top(n + 1));
  }
  if (is_zero_arg_super(callable, args.size())) return rec_super_call(callable_ref);
  if (has_type(callable, vm_.types().function)) {
    return rec_inline_call(callable.as<runtime::Function>(), callable_ref, args, call_depth);
  }
  if (!has_self && has_type(callable, vm_.types().type) &&
      runtime::as_user_type(callable.as<runtime::Type>()) != nullptr) {
    return rec_class_call(callable, callable_ref, args, call_depth);
  }
  if (inlined() && is_range_call(oparg)) {
    return rec_range_call(vm::CALL, oparg);  // a loop unrolled in a callee or generator
  }
  if (has_self && has_type(actual_args[0], vm_.types().generator) &&
      callable == runtime::type_lookup(vm_, vm_.types().generator, vm_.intern("send"))) {
    return rec_generator_send(callable, callable_ref, args, actual_args);
  }
  if (is_exception_init(callable)) return rec_exception_init(callable_ref, args, actual_args);
  return rec_builtin_call(callable, callable_ref, args, actual_args);
}

// True when `r` is a function this trace creates (gen_make_function).
bool Recorder::made_function(Ref r) {
  const Ins& ins = ir()[r];
  return ins.op == IrOp::CALLR && ins.imm == static_cast<int32_t>(Residual::make_function);
}

bool Recorder::rec_inline_call(runtime::Function* f, Ref callable, const std::vector<Ref>& args,
                               int32_t call_depth, bool dunder) {
  // An exit inside a callee of a generator frame could not rebuild it.
  if (in_generator()) return fail(AbortReason::kUnsupportedCallee);
  runtime::Code* code = f->code;
  auto nargs = static_cast<int32_t>(args.size());
  int32_t ndefaults = f->defaults == nullptr ? 0 : static_cast<int32_t>(f->defaults->length);
  if ((code->flags & kUninlinableFlags) != 0 || code->kwonlyargcount > 0 || code->ncells > 0 ||
      nargs > code->argcount || nargs + ndefaults < code->argcount) {
    return fail(AbortReason::kUnsupportedCallee);
  }
  if (!dunder && wants_opaque_call(f)) return rec_opaque_call(f, callable, args, call_depth);
  if (callers_.size() >= kMaxInlineDepth) return fail(AbortReason::kInlineTooDeep);
  int activations = code_ == code ? 1 : 0;
  for (const CallerState& c : callers_) activations += c.code == code ? 1 : 0;
  if (activations >= kMaxRecursiveInline) return fail(AbortReason::kRecursiveCall);
  if (trace_->inline_frames.size() >= kMaxInlineFrames) return fail(AbortReason::kTraceTooLong);
  if (inlined() && trace_->inline_frames[static_cast<size_t>(inline_frame_)].dunder) dunder = true;
  if (dunder && may_return_not_implemented(code)) {
    return fail(AbortReason::kDunderNotImplemented);
  }

  // The callee's identity (and with it its code and defaults). A closure
  // called through a variable (one of several closures of one code) is
  // guarded by its code and globals instead, and keeps its function value
  // in a slot (its cells are read from it).
  Ref fn = ir().kval(Value::from_object(f).raw());
  bool dynamic = false;
  if (made_function(callable)) {
    // Made by this trace (MAKE_FUNCTION): its code and globals are the
    // recorded ones by construction.
    if (nargs != code->argcount) return fail(AbortReason::kUnsupportedCallee);
    dynamic = true;
    fn = callable;
  } else if (!ir().is_const(callable)) {
    if (code->nfree > 0 && nargs == code->argcount) {
      dynamic = true;
      Ref fv = to_val(callable);
      guard_type(fv, vm_.types().function);
      Ref fcode = emit(IrOp::FLOADK, IrType::kVal, fv, kNoRef, layout::kFunctionCode);
      guard(IrOp::GUARD_TRUE,
            emit(IrOp::EQ, IrType::kBool, fcode, ir().kval(Value::from_object(code).raw())));
      Ref fglobals = emit(IrOp::FLOADK, IrType::kVal, fv, kNoRef, kFunctionGlobals);
      guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, fglobals,
                                   ir().kval(Value::from_object(f->globals).raw())));
      fn = fv;
    } else {
      guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, to_val(callable), fn));
    }
  } else if (callable != fn) {
    return fail(AbortReason::kUnsupportedCall);
  }
  if (!dynamic) {
    // f.__code__ can be reassigned: the inlined body holds while the
    // function keeps the code it had when recorded.
    Ref fcode = emit(IrOp::FLOADK, IrType::kVal, fn, kNoRef, layout::kFunctionCode);
    guard(IrOp::GUARD_TRUE,
          emit(IrOp::EQ, IrType::kBool, fcode, ir().kval(Value::from_object(code).raw())));
  }

  if (nargs < code->argcount) {
    // __defaults__ can be reassigned: the values below hold while the
    // function keeps the same (immutable) tuple.
    Ref defaults = emit(IrOp::FLOADK, IrType::kVal, fn, kNoRef, kFunctionDefaults);
    guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, defaults,
                                 ir().kval(Value::from_object(f->defaults).raw())));
  }
  pop(depth_ - call_depth);
  InlineFrame frame;
  frame.function = f;
  frame.parent = inline_frame_;
  frame.base = base_ + nlocals_ + code_->stacksize + 1;  // one slot for the function
  frame.dynamic_function = dynamic;
  frame.dunder = dunder;
  frame.call_unit = unit_;
  frame.return_unit = next_unit_;
  frame.caller_depth = depth_;
  frame.depth_in_trace = static_cast<int32_t>(callers_.size()) + 1;
  callers_.push_back(CallerState{frame_, code_, nlocals_, depth_, base_, inline_frame_});
  trace_->inline_frames.push_back(frame);
  trace_->max_inline_depth = std::max(trace_->max_inline_depth, frame.depth_in_trace);

  inline_frame_ = static_cast<int32_t>(trace_->inline_frames.size() - 1);
  frame_ = nullptr;  // set when the interpreter has pushed it (enter_callee)
  code_ = code;
  nlocals_ = code->nlocalsplus;
  depth_ = 0;
  base_ = frame.base;
  snap_unit_ = -1;
  auto end = static_cast<size_t>(base_ + nlocals_ + code->stacksize + 1);
  if (slots_.size() < end) slots_.resize(end, kNoRef);
  std::fill(slots_.begin() + base_ - 1, slots_.begin() + static_cast<std::ptrdiff_t>(end), kNoRef);
  if (dynamic) slot_ref(-1) = fn;
  for (int32_t i = 0; i < nargs; ++i) slot_ref(i) = args[static_cast<size_t>(i)];
  for (int32_t i = nargs; i < code->argcount; ++i) {
    Value d = f->defaults->at(i - (code->argcount - ndefaults));
    Ref r;
    if (d.is_small_int()) {
      r = ir().kint(d.small_int());
    } else if (d.is_object() && d.object()->type == vm_.types().float_) {
      r = ir().knum(runtime::float_value(d));
    } else {
      r = ir().kval(d.raw());
    }
    slot_ref(i) = r;
  }
  if (options_.dump) {
    trace_->recorded += "---- inline " + runtime::str_to_utf8(f->qualname) + " (depth " +
                        std::to_string(frame.depth_in_trace) + ")\n";
  }
  return true;
}

// Back from an inlined frame to its caller's recording state: the callee's
// slots are forgotten and the caller's code, depth and frame are current.
void Recorder::leave_inline_frame() {
  for (int32_t s = -1; s < nlocals_ + code_->stacksize; ++s) slot_ref(s) = kNoRef;
  CallerState c = callers_.back();
  callers_.pop_back();
  frame_ = c.frame;
  code_ = c.code;
  nlocals_ = c.nlocals;
  depth_ = c.depth;
  base_ = c.base;
  inline_frame_ = c.inline_frame;
  snap_unit_ = -1;
}

bool Recorder::rec_return_value(uint32_t) {
  // The trace's own frame returns: a function trace, or any side trace,
  // ends there (a side trace of a loop trace whose loop returns early, such
  // as nqueens' `ok`: its final exit leaves the frame at the RETURN_VALUE).
  if (!inlined()) {
    return function_mode_ || side_ ? rec_function_return() : fail(AbortReason::kLeftFrame);
  }
  // A generator returning ends the loop: the trace exits there instead.
  if (in_generator()) return fail(AbortReason::kLeftLoop);
  if (trace_->inline_frames[static_cast<size_t>(inline_frame_)].init) return rec_init_return();
  if (trace_->inline_frames[static_cast<size_t>(inline_frame_)].dunder &&
      actual_top(1) == vm_.not_implemented()) {
    return fail(AbortReason::kDunderNotImplemented);
  }
  Ref result = top(1);
  leave_inline_frame();
  push(result);
  if (options_.dump) trace_->recorded += "---- return\n";
  return true;
}

// BINARY_OP or COMPARE_OP whose left operand is an instance of a plain user
// class (its layout is object's) that defines the dunder as a Python
// function: the interpreter calls type(a).__op__(a, b) from native code
// (runtime/user_class.cpp), and the recorder follows it like a CALL. The
// guards fix what makes the interpreter pick that method first: a's exact
// type and its version (the method found along the MRO), and for a
// comparison b's exact type (a subclass of type(a) would be asked first).
// The inplace form uses __iop__ when the class has one, else __op__.
bool Recorder::rec_dunder_op(uint32_t oparg, bool compare) {
  Value a = actual_top(2);
  Value b = actual_top(1);
  if (!a.is_object()) return fail(AbortReason::kUnsupportedOperands);
  runtime::Type* ta = a.object()->type;
  runtime::UserType* user = runtime::as_user_type(ta);
  if (user == nullptr || user->layout != vm_.types().object) {
    return fail(AbortReason::kUnsupportedOperands);
  }
  Value method;
  if (compare) {
    runtime::Type* tb = runtime::type_of(vm_, b);
    if (tb != ta && runtime::is_subtype(tb, ta)) return fail(AbortReason::kUnsupportedOperands);
    method = runtime::type_lookup(vm_, ta, vm_.intern(kCompareDunders[oparg]));
  } else {
    bool inplace = oparg >= static_cast<uint32_t>(runtime::kInplaceOffset);
    uint32_t op = inplace ? oparg - runtime::kInplaceOffset : oparg;
    if (op >= std::size(kForwardDunders)) return fail(AbortReason::kUnsupportedOperands);
    if (inplace) method = runtime::type_lookup(vm_, ta, vm_.intern(kInplaceDunders[op]));
    if (method.is_null()) method = runtime::type_lookup(vm_, ta, vm_.intern(kForwardDunders[op]));
  }
  if (!has_type(method, vm_.types().function)) return fail(AbortReason::kUnsupportedOperands);
  Ref ra = top(2);
  Ref rb = top(1);
  guard_type(ra, ta);
  Ref version = emit(IrOp::FLOADK, IrType::kInt, kobj(ta), kNoRef, layout::kTypeVersion);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, version, kversion(ta->version)));
  if (compare) rb = guard_exact_type(rb, b);
  int32_t call_depth = depth_ - 2;
  call_depth_ = call_depth;
  auto* f = method.as<runtime::Function>();
  return rec_inline_call(f, ir().kval(method.raw()), {ra, rb}, call_depth, true);
}

// Guards that `r` (whose value is `actual`) keeps actual's exact type; an int
// or float comes back unboxed.
Ref Recorder::guard_exact_type(Ref r, Value actual) {
  switch (ir()[r].type) {
    case IrType::kInt:
    case IrType::kNum:
    case IrType::kBool:
      return r;
    default:
      break;
  }
  if (actual.is_small_int()) return to_int(r);
  if (has_type(actual, vm_.types().float_)) return to_num(r, Kind::kNum);
  if (!actual.is_object()) return r;
  return guard_type(r, actual.object()->type);
}

// JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP (`and`, `or` as values): a
// guard on the direction; the operand stays on the stack when the jump is
// taken.
bool Recorder::rec_jump_or_pop(uint8_t opcode) {
  int direction = branch(top(1), actual_top(1), opcode == vm::JUMP_IF_TRUE_OR_POP);
  if (direction < 0) return fail(AbortReason::kUnsupportedOperands);
  if (direction == 0) pop(1);
  return true;
}

// UNARY_INVERT of an int: ~x is x ^ -1 (never overflows).
bool Recorder::rec_unary_invert(uint32_t) {
  Ref a = top(1);
  if (kind_of(a, actual_top(1)) != Kind::kInt) return fail(AbortReason::kUnsupportedOperands);
  Ref r = emit(IrOp::BXOR, IrType::kInt, to_int(a), ir().kint(-1));
  pop(1);
  push(r);
  return true;
}

// The truth of a list, tuple or dict (`while todo:`, `if items:`): its length
// is not 0. Returns the bool to guard (and its value now in `truth`), or kNoRef
// for other types.
Ref Recorder::container_truth(Ref cond, Value actual, bool* truth) {
  Ref length;
  if (has_type(actual, vm_.types().list)) {
    guard_type(cond, vm_.types().list);
    length = emit(IrOp::FLOAD, IrType::kInt, cond, kNoRef, layout::kListLength);
    *truth = actual.as<runtime::List>()->length != 0;
  } else if (has_type(actual, vm_.types().tuple)) {
    guard_type(cond, vm_.types().tuple);
    length = emit(IrOp::FLOADK, IrType::kInt, cond, kNoRef, layout::kTupleLength);
    *truth = actual.as<runtime::Tuple>()->length != 0;
  } else if (has_type(actual, vm_.types().dict)) {
    guard_type(cond, vm_.types().dict);
    length = emit(IrOp::FLOAD, IrType::kInt, cond, kNoRef, kDictUsed);
    *truth = actual.as<runtime::Dict>()->used != 0;
  } else if (has_type(actual, vm_.types().str)) {
    length = str_length(cond, actual);
    *truth = actual.as<runtime::Str>()->length != 0;
  } else {
    return object_truth(cond, actual, truth);  // jit/recorder_objects.cpp
  }
  return emit(IrOp::NE, IrType::kBool, length, ir().kint(0));
}

// isinstance(x, C) with C a constant plain class (its metaclass is type, so
// no __instancecheck__): x's exact type is guarded and the answer is a
// constant.
bool Recorder::rec_isinstance(Ref callable_ref, const std::vector<Ref>& args,
                              const Value* actual_args) {
  Value cls = actual_args[1];
  if (has_type(cls, vm_.types().tuple)) {
    return rec_isinstance_tuple(callable_ref, args, actual_args);  // jit/recorder_objects.cpp
  }
  if (!ir().is_const(args[1]) || !has_type(cls, vm_.types().type)) {
    return fail(AbortReason::kUnsupportedCall);
  }
  guard_callable(
      callable_ref,
      ir().kval(runtime::dict_get_str(vm_, frame_->builtins, vm_.intern("isinstance")).raw()));
  guard_exact_type(args[0], actual_args[0]);
  bool result = runtime::is_subtype(runtime::type_of(vm_, actual_args[0]), cls.as<runtime::Type>());
  pop(depth_ - call_depth_);
  push(ir().kint(result ? 1 : 0, IrType::kBool));
  return true;
}

// FOR_ITER over enumerate of a list or range iterator, when UNPACK_SEQUENCE 2
// follows (`for i, x in enumerate(xs)`): the index and the item go straight
// to the UNPACK, no tuple is built. The guards (the index a small int whose
// successor is one too, then the inner iterator's) precede both stores (the
// inner iterator's position, the enumerate's count).
bool Recorder::rec_for_enumerate(Ref it, Value actual) {
  auto* e = actual.as<runtime::Enumerate>();
  uint16_t next_word = code_->instructions()[next_unit_];
  if ((next_word & 0xff) != vm::UNPACK_SEQUENCE || (next_word >> 8) != 2 ||
      !e->count.is_small_int() || e->count.small_int() >= Value::kSmallIntMax) {
    return fail(AbortReason::kUnsupportedIterator);
  }
  Value inner = e->iterator;
  bool list = has_type(inner, vm_.types().list_iterator);
  if (list) {
    auto* li = inner.as<runtime::ListIterator>();
    if (li->list == nullptr || li->index >= li->list->length) return fail(AbortReason::kLeftLoop);
  } else if (has_type(inner, vm_.types().range_iterator)) {
    if (inner.as<runtime::RangeIterator>()->remaining <= 0) return fail(AbortReason::kLeftLoop);
  } else {
    return fail(AbortReason::kUnsupportedIterator);
  }
  guard_type(it, vm_.types().enumerate);
  Ref count = to_int(emit(IrOp::FLOAD, IrType::kVal, it, kNoRef, kEnumerateCount));
  Ref next = to_val(guard(IrOp::ADDOV, count, ir().kint(1), 0, IrType::kInt));
  Ref inner_ref = emit(IrOp::FLOADK, IrType::kVal, it, kNoRef, kEnumerateIterator);
  if (!(list ? rec_for_list(inner_ref) : rec_for_range(inner_ref))) return false;
  // A small int is not a reference: no write barrier.
  emit(IrOp::FSTORE, IrType::kVoid, it, next, kEnumerateCount);
  pair_unit_ = next_unit_;
  pair_index_ = count;
  return true;
}

bool Recorder::unpack_enumerate_pair(uint32_t oparg) {
  if (pair_unit_ != unit_ || oparg != 2) return false;
  pair_unit_ = -1;
  Ref item = top(1);
  pop(1);
  push(item);
  push(pair_index_);
  return true;
}

// The builtins compiled to native ops: len of a list or tuple, abs, min and
// max of two ints or two floats, int() and float() of a number, math.sqrt.
// Their guards precede the pops: a failing one re-runs the CALL.
bool Recorder::rec_builtin_call(Value callable, Ref callable_ref, const std::vector<Ref>& args,
                                const Value* actual_args) {
  int name = -1;
  static constexpr const char* kNames[] = {"len", "abs", "min", "max", "int", "float"};
  for (int k = 0; k < 6 && name < 0; ++k) {
    Value b = runtime::dict_get_str(vm_, frame_->builtins, vm_.intern(kNames[k]));
    if (b == callable) name = k;
  }
  if (name < 0 && is_math_sqrt(callable)) name = 6;
  if (name < 0 && args.size() == 2 &&
      callable == runtime::dict_get_str(vm_, frame_->builtins, vm_.intern("isinstance"))) {
    return rec_isinstance(callable_ref, args, actual_args);
  }
  if (name < 0 && args.size() == 2 && has_type(actual_args[0], vm_.types().list) &&
      callable == runtime::dict_get_str(vm_, vm_.types().list->dict, vm_.intern("append"))) {
    // list.append(x) through LOAD_METHOD: the receiver's type is guarded.
    guard_callable(callable_ref, ir().kval(callable.raw()));
    guard_type(args[0], vm_.types().list);
    emit(IrOp::LIST_APPEND, IrType::kVoid, args[0], to_val(args[1]));
    pop(depth_ - call_depth_);
    push(ir().kval(vm_.none().raw()));
    return true;
  }
  if (name < 0 && args.size() == 1 && has_type(actual_args[0], vm_.types().list) &&
      actual_args[0].as<runtime::List>()->length > 0 &&
      callable == runtime::dict_get_str(vm_, vm_.types().list->dict, vm_.intern("pop"))) {
    // list.pop() of the last item: the guards keep the list non-empty, so
    // the runtime call cannot fail.
    Ref fn = ir().kval(callable.raw());
    guard_callable(callable_ref, fn);
    guard_type(args[0], vm_.types().list);
    Ref length = emit(IrOp::FLOAD, IrType::kInt, args[0], kNoRef, layout::kListLength);
    guard(IrOp::GUARD_TRUE, emit(IrOp::NE, IrType::kBool, length, ir().kint(0)));
    Ref item = emit(IrOp::LIST_POP, IrType::kVal, args[0], fn);
    pop(depth_ - call_depth_);
    push(item);
    return true;
  }
  size_t nargs = args.size();
  if (name < 0 || nargs != (name == 2 || name == 3 ? 2u : 1u)) {
    return rec_residual_call(callable, callable_ref, args, actual_args);
  }
  Ref fn = ir().kval(callable.raw());
  Ref result = kNoRef;
  Ref x = args[0];
  Kind kx = kind_of(x, actual_args[0]);
  switch (name) {
    case 0:  // len
      if (has_type(actual_args[0], vm_.types().list)) {
        guard_callable(callable_ref, fn);
        guard_type(x, vm_.types().list);
        result = emit(IrOp::FLOAD, IrType::kInt, x, kNoRef, layout::kListLength);
      } else if (has_type(actual_args[0], vm_.types().tuple)) {
        guard_callable(callable_ref, fn);
        guard_type(x, vm_.types().tuple);
        result = emit(IrOp::FLOADK, IrType::kInt, x, kNoRef, layout::kTupleLength);
      } else if (has_type(actual_args[0], vm_.types().str)) {
        guard_callable(callable_ref, fn);
        result = str_length(x, actual_args[0]);
      }
      break;
    case 1:  // abs
      if (kx == Kind::kInt) {
        guard_callable(callable_ref, fn);
        result = guard(IrOp::ABSOV, to_int(x), kNoRef, 0, IrType::kInt);
      } else if (kx == Kind::kNum) {
        guard_callable(callable_ref, fn);
        result = emit(IrOp::FABS, IrType::kNum, to_num(x, kx));
      }
      break;
    case 2:    // min
    case 3: {  // max
      Ref y = args[1];
      Kind ky = kind_of(y, actual_args[1]);
      // Mixed int/float operands return one of the two objects unchanged:
      // their types differ by outcome, not compiled.
      if (kx == Kind::kInt && ky == Kind::kInt) {
        guard_callable(callable_ref, fn);
        result = emit(name == 2 ? IrOp::IMIN : IrOp::IMAX, IrType::kInt, to_int(x), to_int(y));
      } else if (kx == Kind::kNum && ky == Kind::kNum) {
        guard_callable(callable_ref, fn);
        result =
            emit(name == 2 ? IrOp::FMIN : IrOp::FMAX, IrType::kNum, to_num(x, kx), to_num(y, ky));
      }
      break;
    }
    case 4:  // int
      if (kx == Kind::kInt) {
        guard_callable(callable_ref, fn);
        result = to_int(x);
      } else if (kx == Kind::kNum) {
        guard_callable(callable_ref, fn);
        result = guard(IrOp::FTOI, to_num(x, kx), kNoRef, 0, IrType::kInt);
      }
      break;
    case 5:  // float
      if (kx == Kind::kInt || kx == Kind::kNum) {
        guard_callable(callable_ref, fn);
        result = to_num(x, kx);
      }
      break;
    default:  // math.sqrt
      if (kx == Kind::kInt || kx == Kind::kNum) {
        guard_callable(callable_ref, fn);
        if (kx == Kind::kInt && !actual_args[0].is_small_int()) break;
        result = guard(IrOp::FSQRT, to_num(x, kx), kNoRef, 0, IrType::kNum);
      }
      break;
  }
  if (result == kNoRef) return rec_residual_call(callable, callable_ref, args, actual_args);
  pop(depth_ - call_depth_);
  push(result);
  return true;
}

void Recorder::guard_callable(Ref callable, Ref expected) {
  if (ir().is_const(callable)) return;  // from a guarded global or method cache
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, to_val(callable), expected));
}

bool Recorder::is_math_sqrt(Value callable) {
  Value math = runtime::dict_get_str(vm_, vm_.modules(), vm_.intern("math"));
  if (!has_type(math, vm_.types().module)) return false;
  Value sqrt = runtime::dict_get_str(vm_, math.as<runtime::Module>()->dict, vm_.intern("sqrt"));
  return !sqrt.is_null() && sqrt == callable;
}

// LOAD_ATTR or LOAD_METHOD on a module held in a constant (`math.sqrt(x)`):
// the module dict's keys version fixes the attribute while its values are
// quasi-constant (runtime/dict.h), its whole version after.
bool Recorder::rec_load_module_attr(Ref owner, Value o, uint32_t oparg, bool method) {
  if (!ir().is_const(owner)) return fail(AbortReason::kUnsupportedAttribute);
  auto* name = code_->names->at(static_cast<int64_t>(oparg)).as<runtime::Str>();
  runtime::Dict* d = o.as<runtime::Module>()->dict;
  Value v = runtime::dict_get_str(vm_, d, name);
  if (v.is_null()) return fail(AbortReason::kUnsupportedAttribute);
  if (runtime::dict_values_mutable(d)) {
    guard_dict_version(d);
  } else {
    guard_dict_keys(d);
  }
  Ref r;
  if (v.is_small_int()) {
    r = ir().kint(v.small_int());
  } else if (has_type(v, vm_.types().float_)) {
    r = ir().knum(runtime::float_value(v));
  } else {
    r = ir().kval(v.raw());
  }
  return replace_attribute_owner(r, method);
}

// COPY_FREE_VARS of an inlined closure: its cells, read from the function
// (a constant, or the function slot of a closure called through a variable).
bool Recorder::rec_copy_free_vars(uint32_t oparg) {
  if (!inlined()) return fail(AbortReason::kUnsupportedOpcode);
  auto n = static_cast<int32_t>(oparg);
  const InlineFrame& f = trace_->inline_frames[static_cast<size_t>(inline_frame_)];
  runtime::Tuple* closure = f.function->closure;
  if (closure == nullptr || closure->length < n) return fail(AbortReason::kUnsupportedCallee);
  int32_t offset = nlocals_ - n;
  Ref items = kNoRef;
  if (f.dynamic_function) {
    items = emit(IrOp::FLOADK, IrType::kVal, slot_ref(-1), kNoRef, kFunctionClosure);
  }
  for (int32_t i = 0; i < n; ++i) {
    slot_ref(offset + i) = items == kNoRef ? ir().kval(closure->at(i).raw())
                                           : emit(IrOp::FLOADK, IrType::kVal, items, kNoRef,
                                                  layout::kTupleItems + 8 * i);
  }
  return true;
}

bool Recorder::rec_load_deref(uint32_t oparg) {
  auto s = static_cast<int32_t>(oparg);
  Value cell = actual_slot(s);
  if (!has_type(cell, vm_.types().cell) || cell.as<runtime::Cell>()->contents.is_null()) {
    return fail(AbortReason::kUnsupportedOperands);
  }
  Ref c = guard_type(slot(s), vm_.types().cell);
  Ref v = emit(IrOp::FLOAD, IrType::kVal, c, kNoRef, layout::kCellContents);
  guard(IrOp::GUARD_TRUE, emit(IrOp::NE, IrType::kBool, v, ir().kval(0)));
  push(v);
  return true;
}

bool Recorder::rec_store_deref(uint32_t oparg) {
  auto s = static_cast<int32_t>(oparg);
  if (!has_type(actual_slot(s), vm_.types().cell)) return fail(AbortReason::kUnsupportedOperands);
  Ref c = guard_type(slot(s), vm_.types().cell);
  Ref boxed = to_val(top(1));
  emit(IrOp::CELL_STORE, IrType::kVoid, c, boxed);
  pop(1);
  return true;
}

}  // namespace pyvm::jit
