// Loop traces entered at a for loop's first iteration (see jit/loop_entry.h).
#include "jit/loop_entry.h"

#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/tuple.h"

namespace pyvm::jit {

bool iterator_empty(vm::VM& vm, Value iterator) {
  if (!iterator.is_object()) return false;
  const runtime::Type* type = iterator.object()->type;
  if (type == vm.types().list_iterator) {
    const auto* it = iterator.as<runtime::ListIterator>();
    return it->list == nullptr || it->index >= it->list->length;
  }
  if (type == vm.types().tuple_iterator) {
    const auto* it = iterator.as<runtime::TupleIterator>();
    return it->tuple == nullptr || it->index >= it->tuple->length;
  }
  if (type == vm.types().range_iterator) {
    return iterator.as<runtime::RangeIterator>()->remaining <= 0;
  }
  return false;
}

bool loop_entry_slots_bound(HotLoop& loop, const Trace& trace, vm::Frame* frame) {
  if (loop.entry_slots_of != &trace || loop.entry_slots_id != trace.id) {
    loop.entry_slots.clear();
    for (Ref r = 1; r < trace.ir.size(); ++r) {
      const Ins& ins = trace.ir[r];
      if (ins.op == IrOp::SLOAD && ins.imm < trace.nlocals) loop.entry_slots.push_back(ins.imm);
    }
    loop.entry_slots_of = &trace;
    loop.entry_slots_id = trace.id;
  }
  const Value* slots = frame->localsplus();
  for (int32_t s : loop.entry_slots) {
    if (slots[s].is_null()) return false;
  }
  return true;
}

void note_early_run(HotLoop& loop, bool left_in_callee) {
  ++loop.early_runs;
  if (left_in_callee) ++loop.early_callee_exits;
  if (loop.early_runs == kEarlyProbe) {
    loop.early_off = loop.early_callee_exits * kEarlyCalleeShare > loop.early_runs;
  }
}

}  // namespace pyvm::jit
