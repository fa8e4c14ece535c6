// The recorder's side-trace mode (see jit/recorder.h and jit/side_trace.h):
// a side trace starts at an exit's resume pc and follows the interpreter
// through forward jumps, exhausted for-loops and outer back-edges until it
// reaches a loop header that has a compiled trace; there it ends with a
// snapshot at that header, and the JIT links it to that trace. A side trace
// also records what connects the loops of a nest: a loop's exhaustion
// (FOR_ITER at its end), `range(a, b)` and GET_ITER of a list or range.
#include <algorithm>

#include "jit/layout.h"
#include "jit/recorder.h"
#include "runtime/dict.h"
#include "runtime/inline_cache.h"
#include "runtime/iterators.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

bool has_exact_type(Value v, runtime::Type* t) { return v.is_object() && v.object()->type == t; }

}  // namespace

void Recorder::start_side(vm::Frame* frame, int32_t pc, int trace_id, LinkQuery link_depth) {
  start(frame, pc, trace_id);
  side_ = true;
  back_targets_.clear();
  append_method_ = Value::null();
  link_depth_ = std::move(link_depth);
}

Recorder::Status Recorder::side_link(int32_t unit) {
  int32_t depth = link_depth_(unit);
  if (depth < 0) return Status::kContinue;
  if (depth != depth_) {
    abort(AbortReason::kStackMismatch);
    return Status::kAborted;
  }
  // The last snapshot resumes at the header: the trace's final EXIT
  // (jit/optimizer.cpp) uses it, and the JIT runs the linked trace.
  snap_at(unit, depth_);
  trace_->side.link_unit = unit;
  return Status::kDone;
}

// A backward jump in a side trace is an outer loop's back-edge (or the
// start of a loop without a trace): follow it once, abort if it comes round.
bool Recorder::side_backward(int32_t target) {
  if (std::find(back_targets_.begin(), back_targets_.end(), target) != back_targets_.end()) {
    return fail(AbortReason::kSideLooped);
  }
  back_targets_.push_back(target);
  return true;
}

int Recorder::dispatch_side(uint8_t opcode, uint32_t oparg) {
  switch (opcode) {
    case vm::JUMP_BACKWARD:
      return side_backward(next_unit_ - static_cast<int32_t>(oparg)) ? 1 : 0;
    case vm::FOR_ITER: {
      Value it = actual_top(1);
      bool exhausted = false;
      if (has_exact_type(it, vm_.types().range_iterator)) {
        exhausted = it.as<runtime::RangeIterator>()->remaining <= 0;
      } else if (has_exact_type(it, vm_.types().list_iterator)) {
        auto* li = it.as<runtime::ListIterator>();
        exhausted = li->list == nullptr || li->index >= li->list->length;
      } else if (is_container_iterator(it)) {
        exhausted = container_exhausted(it);
      }
      return exhausted ? (rec_for_exhausted() ? 1 : 0) : -1;
    }
    case vm::GET_ITER:
      return rec_get_iter() ? 1 : 0;
    case vm::LOAD_METHOD:
      return rec_load_append(oparg) ? 1 : -1;
    case vm::PRECALL:
      return is_range_call(oparg) || is_append_call(oparg) ? 1 : -1;
    case vm::CALL:
      if (is_append_call(oparg)) return rec_append_call() ? 1 : 0;
      return is_range_call(oparg) ? (rec_range_call(opcode, oparg) ? 1 : 0) : -1;
    default:
      return -1;
  }
}

// FOR_ITER of an exhausted range or list iterator: guards that it is
// exhausted, pops it (the interpreter jumps past the loop).
bool Recorder::rec_for_exhausted() {
  Ref it = top(1);
  Value actual = actual_top(1);
  if (is_container_iterator(actual)) return rec_for_container_exhausted(it, actual);
  if (has_exact_type(actual, vm_.types().range_iterator)) {
    guard_type(it, vm_.types().range_iterator);
    Ref remaining = emit(IrOp::FLOAD, IrType::kInt, it, kNoRef, layout::kRangeIterRemaining);
    guard(IrOp::GUARD_FALSE, emit(IrOp::GT, IrType::kBool, remaining, ir().kint(0)));
  } else {
    guard_type(it, vm_.types().list_iterator);
    Ref list = emit(IrOp::FLOAD, IrType::kVal, it, kNoRef, layout::kListIterList);
    if (actual.as<runtime::ListIterator>()->list == nullptr) {
      guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, list, ir().kval(0)));
    } else {
      guard(IrOp::GUARD_TRUE, emit(IrOp::NE, IrType::kBool, list, ir().kval(0)));
      Ref index = emit(IrOp::FLOAD, IrType::kInt, it, kNoRef, layout::kListIterIndex);
      Ref length = emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, layout::kListLength);
      guard(IrOp::GUARD_FALSE, emit(IrOp::LT, IrType::kBool, index, length));
      // The interpreter drops the list of an exhausted iterator (a null
      // store needs no write barrier).
      emit(IrOp::FSTORE, IrType::kVoid, it, ir().kint(0), layout::kListIterList);
    }
  }
  pop(1);
  return true;
}

// GET_ITER of an exact list or range: a fresh iterator (runtime call).
bool Recorder::rec_get_iter() {
  Ref obj = top(1);
  Value actual = actual_top(1);
  runtime::Type* type = nullptr;
  if (has_exact_type(actual, vm_.types().list)) {
    type = vm_.types().list;
  } else if (has_exact_type(actual, vm_.types().range)) {
    type = vm_.types().range;
  } else if (iterable_container(actual)) {
    type = actual.object()->type;
  } else {
    return fail(AbortReason::kUnsupportedIterator);
  }
  if (ir()[obj].type != IrType::kVal) return fail(AbortReason::kUnsupportedIterator);
  if (ir()[obj].op != IrOp::NEWRANGE) guard_type(obj, type);
  set_top(1, emit(IrOp::ITER_NEW, IrType::kVal, obj));
  return true;
}

// PRECALL/CALL of the builtin `range` with one or two small-int arguments
// and no keywords.
bool Recorder::is_range_call(uint32_t argc) const {
  if (argc < 1 || argc > 2 || frame_->kwnames != nullptr) return false;
  if (!actual_top(static_cast<int32_t>(argc) + 2).is_null()) return false;
  Value callable = actual_top(static_cast<int32_t>(argc) + 1);
  Value range = runtime::dict_get_str(vm_, frame_->builtins, vm_.intern("range"));
  if (callable != range) return false;
  for (int32_t i = 1; i <= static_cast<int32_t>(argc); ++i) {
    if (!actual_top(i).is_small_int()) return false;
  }
  return true;
}

bool Recorder::rec_range_call(uint8_t, uint32_t argc) {
  auto n = static_cast<int32_t>(argc);
  Ref callable = top(n + 1);
  if (!is_const_value(callable, actual_top(n + 1))) {
    Ref expected = ir().kval(actual_top(n + 1).raw());
    guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, to_val(callable), expected));
  }
  for (int32_t i = 1; i <= n; ++i) {
    if (kind_of(top(i), actual_top(i)) != Kind::kInt) return fail(AbortReason::kUnsupportedCall);
  }
  Ref start = n == 2 ? to_int(top(2)) : ir().kint(0);
  Ref stop = to_int(top(1));
  Ref r = emit(IrOp::NEWRANGE, IrType::kVal, start, stop);
  pop(n + 2);
  push(r);
  return true;
}

// LOAD_METHOD `append` of an exact list whose inline cache holds the list
// type's native method: the method is a constant (builtin types are
// immutable), the list the receiver. Returns false (not handled) otherwise.
bool Recorder::rec_load_append(uint32_t oparg) {
  Value owner = actual_top(1);
  if (!has_exact_type(owner, vm_.types().list)) return false;
  if (runtime::str_to_utf8(code_->names->at(oparg).as<runtime::Str>()) != "append") return false;
  const runtime::InlineCache* c = code_->caches == nullptr ? nullptr : &code_->caches[unit_];
  if (c == nullptr || c->kind != runtime::CacheKind::kNativeMethod ||
      c->owner != vm_.types().list || c->value.is_null()) {
    return false;
  }
  Ref list = top(1);
  if (ir()[list].type != IrType::kVal) return false;
  guard_type(list, vm_.types().list);
  append_method_ = c->value;
  set_top(1, ir().kval(c->value.raw()));
  push(list);
  return true;
}

bool Recorder::is_const_value(Ref r, Value v) const {
  return r != kNoRef && trace_->ir[r].op == IrOp::KVAL && trace_->ir.const_bits(r) == v.raw();
}

bool Recorder::is_append_call(uint32_t argc) const {
  return argc == 1 && frame_->kwnames == nullptr && !append_method_.is_null() &&
         actual_top(3) == append_method_ && has_exact_type(actual_top(2), vm_.types().list) &&
         is_const_value(slots_[static_cast<size_t>(nlocals_ + depth_ - 3)], append_method_);
}

bool Recorder::rec_append_call() {
  Ref list = top(2);
  Ref item = to_val(top(1));
  emit(IrOp::LIST_APPEND, IrType::kVoid, list, item);
  pop(3);
  push(ir().kval(vm_.none().raw()));
  return true;
}

}  // namespace pyvm::jit
