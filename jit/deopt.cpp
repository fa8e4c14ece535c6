// The exit restorer (see jit/deopt.h).
#include "jit/deopt.h"

#include <cstring>
#include <utility>
#include <vector>

#include "jit/sink.h"
#include "jit/trace.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "vm/vm.h"

namespace pyvm::jit {

Value box_value(vm::VM& vm, IrType type, uint64_t bits) {
  switch (type) {
    case IrType::kInt:
      return runtime::int_from_int64(vm, static_cast<int64_t>(bits));
    case IrType::kNum: {
      double d;
      std::memcpy(&d, &bits, sizeof d);
      return runtime::float_new(vm, d);
    }
    case IrType::kBool:
      return vm.bool_value(bits != 0);
    default:
      return Value::from_raw(bits);
  }
}

namespace {

// The restore plan of a snapshot without inlined frames or sunk objects
// (Trace::restore_plans): one step per entry, computed at the first exit, so
// that hot exits (a side trace's link, an exit without side trace) do not
// look the IR up again.
std::vector<RestoreStep> make_plan(const Trace& trace, const Snapshot& snap) {
  std::vector<RestoreStep> plan;
  const SnapEntry* entries = trace.snapshots.entries(snap);
  for (uint32_t k = 0; k < snap.count; ++k) {
    Ref ref = entries[k].ref;
    const Ins& ins = trace.ir[ref];
    if (ins.op == IrOp::SUNKINST) return {};
    RestoreStep step{entries[k].slot, k, ins.type, RestoreStep::kBuffer};
    if (trace.ir.is_const(ref)) {
      step.kind = RestoreStep::kConst;
      step.source = static_cast<uint32_t>(ref);
    } else if (ins.type == IrType::kNum) {
      // Slots holding the same unboxed float get the same float object.
      for (uint32_t j = 0; j < k; ++j) {
        if (entries[j].ref != ref) continue;
        step.kind = RestoreStep::kSame;
        step.source = entries[j].slot;
        break;
      }
    }
    plan.push_back(step);
  }
  plan.push_back(RestoreStep{0, 0, IrType::kVoid, RestoreStep::kEnd});
  return plan;
}

}  // namespace

void restore_exit(vm::VM& vm, vm::Frame* frame, const Trace& trace, uint32_t snapshot,
                  const uint64_t* exit_values) {
  const Snapshot& snap = trace.snapshots[snapshot];
  if (snap.frame >= 0) return restore_inline_exit(vm, frame, trace, snapshot, exit_values);
  if (trace.restore_plans.size() != trace.snapshots.size())
    trace.restore_plans.resize(trace.snapshots.size());
  std::vector<RestoreStep>& plan = trace.restore_plans[snapshot];
  if (plan.empty()) plan = make_plan(trace, snap);
  if (!plan.empty()) {
    Value* slots = frame->localsplus();
    for (const RestoreStep* step = plan.data(); step->kind != RestoreStep::kEnd; ++step) {
      // The frame stack is a root, not a heap object: no write barrier.
      switch (step->kind) {
        case RestoreStep::kBuffer:
          slots[step->slot] = box_value(vm, step->type, exit_values[step->source]);
          break;
        case RestoreStep::kConst:
          slots[step->slot] = box_value(vm, step->type, trace.ir.const_bits(step->source));
          break;
        default:
          slots[step->slot] = slots[step->source];
          break;
      }
    }
    frame->pc = frame->first_instruction() + snap.pc;
    frame->sp = frame->stack_base() + snap.depth;
    frame->current_unit = snap.pc;
    return;
  }
  const SnapEntry* entries = trace.snapshots.entries(snap);
  Value* slots = frame->localsplus();
  std::vector<std::pair<Ref, uint64_t>> sunk;  // objects materialised (jit/sink.h)
  for (uint32_t k = 0; k < snap.count; ++k) {
    Ref ref = entries[k].ref;
    // Slots holding the same unboxed float get the same float object.
    uint32_t same = k;
    if (trace.ir[ref].type == IrType::kNum) {
      for (uint32_t j = 0; j < k && same == k; ++j) same = entries[j].ref == ref ? j : k;
    }
    if (same != k) {
      slots[entries[k].slot] = slots[entries[same].slot];
      continue;
    }
    if (trace.ir[ref].op == IrOp::SUNKINST) {
      slots[entries[k].slot] = materialize_sunk(vm, trace, snapshot, ref, exit_values, &sunk);
      continue;
    }
    uint64_t bits = trace.ir.is_const(ref) ? trace.ir.const_bits(ref) : exit_values[k];
    // The frame stack is a root, not a heap object: no write barrier.
    slots[entries[k].slot] = box_value(vm, trace.ir[ref].type, bits);
  }
  frame->pc = frame->first_instruction() + snap.pc;
  frame->sp = frame->stack_base() + snap.depth;
  frame->current_unit = snap.pc;
}

}  // namespace pyvm::jit
