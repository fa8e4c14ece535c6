// Tuples in traces: BUILD_TUPLE allocates the tuple for real (NEWTUPLE and
// one TUPLE_INIT per item, runtime calls), and the recorder remembers which
// refs went in, so that UNPACK_SEQUENCE of a tuple built in the same trace
// (a tuple returned by an inlined call and unpacked by the caller, `t = a, b`
// then `x, y = t`) needs no guard and no load: the items stay in registers,
// floats unboxed.
#include "jit/recorder.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {
// Longer displays are left to the interpreter (the trace would hold one
// runtime call per item).
constexpr uint32_t kMaxTupleItems = 32;
}  // namespace

bool Recorder::rec_build_tuple(uint32_t oparg) {
  if (oparg > kMaxTupleItems) return fail(AbortReason::kUnsupportedOperands);
  auto n = static_cast<int32_t>(oparg);
  if (n == 0) {
    push(kobj(runtime::tuple_empty(vm_)));
    return true;
  }
  std::vector<Ref> items;
  std::vector<Ref> boxed;
  items.reserve(oparg);
  boxed.reserve(oparg);
  // Item i lies at depth n - i; every box is made before the tuple, so no
  // allocation runs while the tuple holds null items.
  for (int32_t i = 0; i < n; ++i) {
    Ref item = top(n - i);
    items.push_back(item);
    boxed.push_back(to_val(item));
  }
  Ref tuple = emit(IrOp::NEWTUPLE, IrType::kVal, kNoRef, kNoRef, n);
  for (int32_t i = 0; i < n; ++i) {
    emit(IrOp::TUPLE_INIT, IrType::kVoid, tuple, boxed[static_cast<size_t>(i)], i);
  }
  pop(n);
  push(tuple);
  built_tuples_[tuple] = std::move(items);
  return true;
}

// UNPACK_SEQUENCE of a tuple this trace built: its length is known.
bool Recorder::unpack_built_tuple(uint32_t oparg) {
  auto it = built_tuples_.find(top(1));
  if (it == built_tuples_.end() || it->second.size() != oparg) return false;
  std::vector<Ref> items = it->second;
  pop(1);
  for (size_t i = items.size(); i-- > 0;) push(items[i]);
  return true;
}

}  // namespace pyvm::jit
