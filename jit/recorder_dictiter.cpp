// Recorder: FOR_ITER over dict, dict-view and set iterators (`for k in d`,
// `for v in d.values()`, `for k, v in d.items()`, `for x in s`).
//
// The step is one residual call (`iter_next`, jit/residual.h) guarded by the
// iterator's exact type: the runtime's own `next` slot, so the iteration
// order, the pair tuples of items() and the size check that raises
// "changed size during iteration" are the runtime's. When it has no next
// item (the iterator is exhausted, or its container changed size) the call
// returns 0 and the trace exits to the snapshot before FOR_ITER: the
// interpreter re-runs FOR_ITER, which ends the loop (an exhausted iterator
// has dropped its container) or raises the RuntimeError (a failed iterator
// keeps failing). A side trace that starts at that exit records the
// exhaustion: a guard that the iterator's container word is null.
//
// The runtime's iterators (runtime/dict.cpp, runtime/set.cpp) all start with
// the container pointer right after the object header, nulled once the
// iterator is exhausted; `ContainerIterator` mirrors that prefix.
#include <cstddef>

#include "jit/recorder.h"
#include "jit/residual.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

struct ContainerIterator : runtime::Object {
  runtime::Object* container;  // nullptr once exhausted
};

// Not standard-layout (the header is a base class), but laid out as a plain
// struct, which is all offsetof needs (as in jit/layout.h).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr int32_t kIterContainer = static_cast<int32_t>(offsetof(ContainerIterator, container));
#pragma GCC diagnostic pop

bool is_type(Value v, runtime::Type* t) { return v.is_object() && v.object()->type == t; }

}  // namespace

bool Recorder::is_container_iterator(Value v) const {
  const auto& ty = vm_.types();
  return is_type(v, ty.dict_keyiterator) || is_type(v, ty.dict_valueiterator) ||
         is_type(v, ty.dict_itemiterator) || is_type(v, ty.set_iterator);
}

// Exact dicts, sets, frozensets and dict views: iter() of them runs no
// Python code (GET_ITER in side traces, jit/side_recorder.cpp).
bool Recorder::iterable_container(Value v) const {
  const auto& ty = vm_.types();
  return is_type(v, ty.dict) || is_type(v, ty.set) || is_type(v, ty.frozenset) ||
         is_type(v, ty.dict_keys) || is_type(v, ty.dict_values) || is_type(v, ty.dict_items);
}

bool Recorder::container_exhausted(Value it) const {
  return it.as<ContainerIterator>()->container == nullptr;
}

bool Recorder::rec_for_container(Ref it, Value actual) {
  if (ir()[it].type != IrType::kVal || !options_.opt_residual)
    return fail(AbortReason::kUnsupportedIterator);
  if (container_exhausted(actual)) return rec_inline_exhausted();
  guard_type(it, actual.object()->type);
  push(residual(Residual::iter_next, {it}));
  return true;
}

// FOR_ITER of an exhausted container iterator: the interpreter pops it and
// jumps past the loop.
bool Recorder::rec_for_container_exhausted(Ref it, Value actual) {
  if (ir()[it].type != IrType::kVal || !container_exhausted(actual))
    return fail(AbortReason::kUnsupportedIterator);
  guard_type(it, actual.object()->type);
  Ref container = emit(IrOp::FLOAD, IrType::kVal, it, kNoRef, kIterContainer);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, container, ir().kval(0)));
  pop(1);
  return true;
}

}  // namespace pyvm::jit
