// Load forwarding during IR emission (see jit/ir_forward.h).
#include "jit/ir_forward.h"

#include "jit/ir.h"
#include "jit/layout.h"

namespace pyvm::jit {

Ref LoadForwarder::find(const Ins& ins) const {
  if (ins.op == IrOp::FLOAD) {
    auto it = fields_.find(key(ins.a, ins.imm));
    if (it == fields_.end() || field_types_.at(it->first) != ins.type) return kNoRef;
    return it->second;
  }
  if (ins.op == IrOp::ALOAD && ins.type == IrType::kVal) {
    auto it = items_.find(key(ins.a, ins.b));
    return it == items_.end() ? kNoRef : it->second;
  }
  return kNoRef;
}

void LoadForwarder::kill_offset(int32_t offset) {
  for (auto it = fields_.begin(); it != fields_.end();) {
    if (static_cast<int32_t>(static_cast<uint32_t>(it->first)) == offset) {
      field_types_.erase(it->first);
      it = fields_.erase(it);
    } else {
      ++it;
    }
  }
}

void LoadForwarder::note(const IrBuffer& ir, Ref r) {
  const Ins& ins = ir[r];
  switch (ins.op) {
    case IrOp::FLOAD:
      fields_[key(ins.a, ins.imm)] = r;
      field_types_[key(ins.a, ins.imm)] = ins.type;
      return;
    case IrOp::ALOAD:
      if (ins.type == IrType::kVal) items_[key(ins.a, ins.b)] = r;
      return;
    case IrOp::FSTORE:
      kill_offset(ins.imm);
      items_.clear();
      return;
    case IrOp::LIST_STORE: {
      items_.clear();
      auto it = fields_.find(key(ins.a, layout::kListItems));
      if (it != fields_.end() && field_types_[it->first] == IrType::kPtr) {
        items_[key(it->second, ins.b)] = ins.imm;
      }
      return;
    }
    case IrOp::SLOT_STORE: {
      // Writes one slot of the instance's slot storage: no field (shape,
      // slots pointer) changes; the stored item is then known.
      items_.clear();
      auto it = fields_.find(key(ins.a, layout::kInstanceSlots));
      Ref index = ir.find_kint(ins.imm);
      if (it != fields_.end() && field_types_[it->first] == IrType::kPtr && index != kNoRef) {
        items_[key(it->second, index)] = ins.b;
      }
      return;
    }
    case IrOp::NEWINST:
    case IrOp::NEWTUPLE:
    case IrOp::TUPLE_INIT:
      return;
    default:
      if (ir_has(ins.op, kStore) || ins.op == IrOp::LOOP) clear();
      return;
  }
}

void LoadForwarder::clear() {
  fields_.clear();
  items_.clear();
  field_types_.clear();
}

}  // namespace pyvm::jit
