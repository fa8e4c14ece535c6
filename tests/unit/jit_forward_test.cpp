// Load forwarding on IR emission (jit/ir_forward.h): which loads are reused
// and which instructions kill them.
#include <gtest/gtest.h>

#include "jit/ir.h"
#include "jit/layout.h"

namespace pyvm {
namespace {

using jit::IrBuffer;
using jit::IrConfig;
using jit::IrOp;
using jit::IrType;
using jit::kNoRef;
using jit::Ref;

Ref sload(IrBuffer& ir, int32_t slot) { return ir.emit(IrOp::SLOAD, IrType::kVal, 0, 0, slot, 0); }

TEST(JitForwardTest, ReusesFieldLoadsUntilAStoreToTheirOffset) {
  IrBuffer ir;
  Ref list = sload(ir, 1);
  Ref other = sload(ir, 2);
  Ref len1 = ir.emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, jit::layout::kListLength);
  Ref len2 = ir.emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, jit::layout::kListLength);
  EXPECT_EQ(len1, len2);
  Ref items = ir.emit(IrOp::FLOAD, IrType::kPtr, list, kNoRef, jit::layout::kListItems);
  // A store to the length offset of any object kills every length load.
  ir.emit(IrOp::FSTORE, IrType::kVoid, other, ir.kint(3), jit::layout::kListLength);
  Ref len3 = ir.emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, jit::layout::kListLength);
  EXPECT_NE(len3, len1);
  Ref items2 = ir.emit(IrOp::FLOAD, IrType::kPtr, list, kNoRef, jit::layout::kListItems);
  EXPECT_EQ(items2, items);
  // Another type at the same place is another load.
  Ref as_int = ir.emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, jit::layout::kListItems);
  EXPECT_NE(as_int, items);
}

TEST(JitForwardTest, ListStoreForwardsItsValueAndKillsOtherItems) {
  IrBuffer ir;
  Ref list = sload(ir, 1);
  Ref value = sload(ir, 2);
  Ref items = ir.emit(IrOp::FLOAD, IrType::kPtr, list, kNoRef, jit::layout::kListItems);
  Ref zero = ir.kint(0);
  Ref one = ir.kint(1);
  Ref a0 = ir.emit(IrOp::ALOAD, IrType::kVal, items, zero);
  Ref a1 = ir.emit(IrOp::ALOAD, IrType::kVal, items, one);
  EXPECT_EQ(ir.emit(IrOp::ALOAD, IrType::kVal, items, zero), a0);
  ir.emit(IrOp::LIST_STORE, IrType::kVoid, list, zero, value);
  EXPECT_EQ(ir.emit(IrOp::ALOAD, IrType::kVal, items, zero), value);
  // Index 1 may be the same item (the refs differ, the values need not).
  EXPECT_NE(ir.emit(IrOp::ALOAD, IrType::kVal, items, one), a1);
  // The length survives a list store.
  Ref len = ir.emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, jit::layout::kListLength);
  ir.emit(IrOp::LIST_STORE, IrType::kVoid, list, one, value);
  EXPECT_EQ(ir.emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, jit::layout::kListLength), len);
}

TEST(JitForwardTest, SlotStoreKeepsFieldsAndForwardsItsValue) {
  IrBuffer ir;
  Ref obj = sload(ir, 1);
  Ref other = sload(ir, 2);
  Ref value = sload(ir, 3);
  Ref shape = ir.emit(IrOp::FLOAD, IrType::kPtr, obj, kNoRef, jit::layout::kInstanceShape);
  Ref slots = ir.emit(IrOp::FLOAD, IrType::kPtr, obj, kNoRef, jit::layout::kInstanceSlots);
  Ref other_slots = ir.emit(IrOp::FLOAD, IrType::kPtr, other, kNoRef, jit::layout::kInstanceSlots);
  Ref two = ir.kint(2);
  Ref item = ir.emit(IrOp::ALOAD, IrType::kVal, other_slots, two);
  ir.emit(IrOp::SLOT_STORE, IrType::kVoid, obj, value, 2);
  // A store into an existing slot changes neither the shape nor the slots.
  EXPECT_EQ(ir.emit(IrOp::FLOAD, IrType::kPtr, obj, kNoRef, jit::layout::kInstanceShape), shape);
  EXPECT_EQ(ir.emit(IrOp::FLOAD, IrType::kPtr, obj, kNoRef, jit::layout::kInstanceSlots), slots);
  // The stored slot reads back as the stored value.
  EXPECT_EQ(ir.emit(IrOp::ALOAD, IrType::kVal, slots, two), value);
  // Another instance's slot may be the same object's (aliases): loaded again.
  EXPECT_NE(ir.emit(IrOp::ALOAD, IrType::kVal, other_slots, two), item);
  // Adding an attribute may move the slots: everything is loaded again.
  ir.emit(IrOp::SLOT_ADD, IrType::kVoid, obj, value, 0);
  EXPECT_NE(ir.emit(IrOp::FLOAD, IrType::kPtr, obj, kNoRef, jit::layout::kInstanceSlots), slots);
}

TEST(JitForwardTest, CallsAndTheCseFloorKillEverything) {
  IrBuffer ir;
  Ref list = sload(ir, 1);
  Ref value = sload(ir, 2);
  Ref len = ir.emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, jit::layout::kListLength);
  ir.emit(IrOp::NEWTUPLE, IrType::kVal, kNoRef, kNoRef, 2);
  EXPECT_EQ(ir.emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, jit::layout::kListLength), len);
  ir.emit(IrOp::LIST_APPEND, IrType::kVoid, list, value);
  Ref len2 = ir.emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, jit::layout::kListLength);
  EXPECT_NE(len2, len);
  ir.set_cse_floor(ir.size());
  EXPECT_NE(ir.emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, jit::layout::kListLength), len2);
}

TEST(JitForwardTest, SwitchedOffEveryLoadIsEmitted) {
  IrConfig config;
  config.forward = false;
  IrBuffer ir(config);
  Ref list = sload(ir, 1);
  Ref len = ir.emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, jit::layout::kListLength);
  EXPECT_NE(ir.emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, jit::layout::kListLength), len);
}

}  // namespace
}  // namespace pyvm
