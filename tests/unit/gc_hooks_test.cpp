// The collector-side hooks for weak references and Python finalizers
// (gc::Heap::add_weak_slot, register_finalizer), tested on plain lists: a
// list's second item slot stands in for a weakref's referent field.
#include <gtest/gtest.h>

#include <algorithm>

#include "gc/heap.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

// The collector scans the native stack conservatively, so a test must not keep
// pointers to the objects it expects to die: they are built in functions that
// are not inlined, addresses are compared disguised, and the dead part of the
// stack is overwritten before collecting.
constexpr uintptr_t kDisguise = 0x5a5a5a5a5a5a5a5a;

__attribute__((noinline)) void scrub_stack() {
  volatile char buffer[16384];
  for (size_t i = 0; i < sizeof(buffer); ++i) buffer[i] = 0;
}

// Weak slots live outside the heap and are not roots: weak by construction.
constexpr int kWeakSlots = 64;
Value g_weak_slots[kWeakSlots];

__attribute__((noinline)) void make_weakly_referenced_lists(VM& vm, runtime::Object* holder) {
  for (Value& slot : g_weak_slots) {
    runtime::List* l = runtime::list_new(vm);
    for (int64_t i = 0; i < 10; ++i) runtime::list_append(vm, l, Value::from_small_int(i));
    slot = Value::from_object(l);
    vm.heap().add_weak_slot(holder, &slot);
  }
}

int cleared_weak_slots() {
  int cleared = 0;
  for (Value slot : g_weak_slots) cleared += slot.is_null() ? 1 : 0;
  return cleared;
}

// Returns the disguised address of an unreachable, finalizable [[42]].
__attribute__((noinline)) uintptr_t make_finalizable_list(VM& vm, int64_t item) {
  runtime::List* inner = runtime::list_new(vm);
  runtime::list_append(vm, inner, Value::from_small_int(item));
  runtime::List* outer = runtime::list_new(vm);
  runtime::list_append(vm, outer, Value::from_object(inner));
  vm.heap().register_finalizer(outer);
  return reinterpret_cast<uintptr_t>(outer) ^ kDisguise;
}

class GcHooksTest : public ::testing::Test {
 protected:
  GcHooksTest() : roots_(vm_.heap()) {}

  // A fresh list that nothing references.
  Value garbage_list(int64_t n) {
    runtime::List* l = runtime::list_new(vm_);
    for (int64_t i = 0; i < n; ++i) runtime::list_append(vm_, l, Value::from_small_int(i));
    return Value::from_object(l);
  }

  VM vm_;
  gc::RootedValues roots_;
};

// A stale word on the stack can keep any one object alive (the scan is
// conservative), so the weak-slot tests use many referents and allow a few to
// linger.
TEST_F(GcHooksTest, WeakSlotsAreClearedWhenTheirReferentsDie) {
  runtime::Tuple* holder = runtime::tuple_new(vm_, 1);
  roots_.push_back(Value::from_object(holder));
  make_weakly_referenced_lists(vm_, holder);
  ASSERT_EQ(cleared_weak_slots(), 0);
  scrub_stack();
  vm_.heap().collect(true);
  int cleared = cleared_weak_slots();
  EXPECT_GE(cleared, kWeakSlots - 4);
  std::vector<Object*> holders = vm_.heap().take_cleared_weak_holders();
  ASSERT_EQ(holders.size(), static_cast<size_t>(cleared));
  for (Object* h : holders) EXPECT_EQ(h, holder);
}

TEST_F(GcHooksTest, WeakSlotsSurviveWhileTheirReferentsAreReachable) {
  runtime::Tuple* holder = runtime::tuple_new(vm_, 1);
  roots_.push_back(Value::from_object(holder));
  make_weakly_referenced_lists(vm_, holder);
  for (Value slot : g_weak_slots) roots_.push_back(slot);  // strongly reachable too
  vm_.heap().collect(false);
  vm_.heap().collect(true);
  EXPECT_EQ(cleared_weak_slots(), 0);
  for (int i = 0; i < kWeakSlots; ++i) EXPECT_EQ(g_weak_slots[i], roots_[i + 1]);
  EXPECT_TRUE(vm_.heap().take_cleared_weak_holders().empty());
  roots_.resize(1);  // now only weakly reachable
  scrub_stack();
  vm_.heap().collect(true);
  EXPECT_GE(cleared_weak_slots(), kWeakSlots - 4);
}

// A stale word on the stack can keep any one object alive (the scan is
// conservative), so this works on many objects and allows a few to linger.
TEST_F(GcHooksTest, UnreachableFinalizableObjectsAreResurrectedOnceWithTheirReferents) {
  constexpr int kObjects = 64;
  for (int i = 0; i < kObjects; ++i) make_finalizable_list(vm_, 1000 + i);
  scrub_stack();
  vm_.heap().collect(true);
  std::vector<Object*> pending = vm_.heap().take_pending_finalization();
  EXPECT_GE(pending.size(), static_cast<size_t>(kObjects - 4));
  EXPECT_LE(pending.size(), static_cast<size_t>(kObjects));
  // Resurrected with what they reference, until their finalizers have run.
  for (Object* object : pending) {
    auto* outer = static_cast<runtime::List*>(object);
    ASSERT_EQ(outer->length, 1);
    Value item = outer->items[0].as<runtime::List>()->items[0];
    ASSERT_TRUE(item.is_small_int());
    EXPECT_GE(item.small_int(), 1000);
    EXPECT_LT(item.small_int(), 1000 + kObjects);
  }
  // A finalizer runs once: the objects already queued are never queued again.
  std::vector<uintptr_t> queued;
  for (Object* object : pending) queued.push_back(reinterpret_cast<uintptr_t>(object) ^ kDisguise);
  pending.clear();
  scrub_stack();
  vm_.heap().collect(true);
  for (Object* object : vm_.heap().take_pending_finalization()) {
    uintptr_t disguised = reinterpret_cast<uintptr_t>(object) ^ kDisguise;
    EXPECT_EQ(std::count(queued.begin(), queued.end(), disguised), 0);
  }
}

TEST_F(GcHooksTest, QueuedObjectsSurviveCollectionsUntilTaken) {
  make_finalizable_list(vm_, 7);
  scrub_stack();
  vm_.heap().collect(true);
  for (int i = 0; i < 3; ++i) {
    (void)garbage_list(100);
    vm_.heap().collect(i % 2 == 0);
  }
  std::vector<Object*> pending = vm_.heap().take_pending_finalization();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_TRUE(vm_.heap().is_allocated(pending[0]));
  auto* inner = static_cast<runtime::List*>(pending[0])->items[0].as<runtime::List>();
  EXPECT_EQ(inner->items[0], Value::from_small_int(7));
}

}  // namespace
}  // namespace pyvm
