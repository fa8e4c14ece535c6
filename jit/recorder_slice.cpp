// Recorder: list and str slices without a slice object. BUILD_SLICE
// followed by BINARY_SUBSCR or STORE_SUBSCR of an exact list, or by
// BINARY_SUBSCR of an exact str, with small-int or None bounds, records one
// residual call (slice_get, slice_set, str_slice) at the subscript, as the interpreter's own fast
// path does: no slice is allocated and the bounds are not read back out of one.
//
// The call resumes at BUILD_SLICE when it does not complete (a bound that is
// not a small int at run time, a zero step, a size mismatch in an extended
// slice assignment): that snapshot holds the bounds, not the slice, so the
// slice is never materialised. BUILD_SLICE pushes a placeholder that no
// snapshot captures, since the subscript follows at once and its handler
// takes no snapshot of its own.
#include <vector>

#include "jit/recorder.h"
#include "jit/residual.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

bool has_type(Value v, runtime::Type* t) { return v.is_object() && v.object()->type == t; }

}  // namespace

// 1: fused (the subscript records the call), -1: not fusable here.
int Recorder::gen_fused_slice(uint32_t oparg) {
  auto n = static_cast<int32_t>(oparg);
  if (n != 2 && n != 3) return -1;
  uint16_t next_word = code_->instructions()[next_unit_];
  uint8_t next = next_word & 0xff;
  if (next != vm::BINARY_SUBSCR && next != vm::STORE_SUBSCR) return -1;
  const auto& ty = vm_.types();
  bool str = next == vm::BINARY_SUBSCR && has_type(actual_top(n + 1), ty.str);
  if (!str && !has_type(actual_top(n + 1), ty.list)) return -1;
  if (next == vm::STORE_SUBSCR && !has_type(actual_top(n + 2), ty.list) &&
      !has_type(actual_top(n + 2), ty.tuple)) {
    return -1;
  }
  for (int32_t k = 1; k <= n; ++k) {
    Value b = actual_top(k);
    if (!b.is_small_int() && b != vm_.none()) return -1;
  }
  // Guards (resuming at BUILD_SLICE): the list's, the value's and the
  // bounds' exact types.
  std::vector<Ref> bounds;
  for (int32_t k = n; k >= 1; --k) bounds.push_back(exact_val(top(k), actual_top(k)));
  if (n == 2) bounds.push_back(ir().kint(0));
  Ref list = exact_val(top(n + 1), actual_top(n + 1));
  set_top(n + 1, list);
  if (next == vm::STORE_SUBSCR) set_top(n + 2, exact_val(top(n + 2), actual_top(n + 2)));
  fused_slice_.snapshot = snap();
  fused_slice_.bounds = std::move(bounds);
  fused_slice_.unit = next_unit_;
  pop(n);
  fused_slice_.placeholder = ir().kval(vm_.none().raw());
  push(fused_slice_.placeholder);
  return 1;
}

// The subscript after a fused BUILD_SLICE; any other instruction there
// aborts (the placeholder must not be read).
int Recorder::gen_fused_subscr(uint8_t opcode) {
  FusedSlice fused = std::move(fused_slice_);
  fused_slice_ = FusedSlice{};
  if (unit_ != fused.unit || top(1) != fused.placeholder ||
      (opcode != vm::BINARY_SUBSCR && opcode != vm::STORE_SUBSCR)) {
    return gen_fail(AbortReason::kStackMismatch);
  }
  std::vector<Ref> args{top(2)};
  args.insert(args.end(), fused.bounds.begin(), fused.bounds.end());
  bool store = opcode == vm::STORE_SUBSCR;
  if (store) args.push_back(top(3));
  Ref list = kNoRef;
  for (Ref a : args) list = list == kNoRef ? a : emit(IrOp::CARG, IrType::kPtr, list, a);
  // The container's exact type was guarded at BUILD_SLICE.
  bool str = !store && has_type(actual_top(2), vm_.types().str);
  Residual which = store ? Residual::slice_set : str ? Residual::str_slice : Residual::slice_get;
  Ref r = ir().emit(IrOp::CALLR, IrType::kVal, list, kNoRef, static_cast<int32_t>(which),
                    fused.snapshot);
  pop(store ? 3 : 2);
  if (!store) push(r);
  return 1;
}

}  // namespace pyvm::jit
