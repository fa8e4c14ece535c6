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
Value g_weak_slot;

__attribute__((noinline)) void make_weakly_referenced_list(VM& vm, runtime::Object* holder) {
  runtime::List* l = runtime::list_new(vm);
  for (int64_t i = 0; i < 10; ++i) runtime::list_append(vm, l, Value::from_small_int(i));
  g_weak_slot = Value::from_object(l);
  vm.heap().add_weak_slot(holder, &g_weak_slot);
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

TEST_F(GcHooksTest, WeakSlotIsClearedWhenTheReferentDies) {
  runtime::Tuple* holder = runtime::tuple_new(vm_, 1);
  roots_.push_back(Value::from_object(holder));
  make_weakly_referenced_list(vm_, holder);
  ASSERT_TRUE(g_weak_slot.is_object());
  scrub_stack();
  vm_.heap().collect(true);
  EXPECT_TRUE(g_weak_slot.is_null());
  std::vector<Object*> cleared = vm_.heap().take_cleared_weak_holders();
  ASSERT_EQ(cleared.size(), 1u);
  EXPECT_EQ(cleared[0], holder);
}

TEST_F(GcHooksTest, WeakSlotSurvivesWhileTheReferentIsReachable) {
  runtime::Tuple* holder = runtime::tuple_new(vm_, 1);
  roots_.push_back(Value::from_object(holder));
  make_weakly_referenced_list(vm_, holder);
  roots_.push_back(g_weak_slot);  // strongly reachable too
  vm_.heap().collect(false);
  vm_.heap().collect(true);
  EXPECT_EQ(g_weak_slot, roots_.back());
  EXPECT_TRUE(vm_.heap().take_cleared_weak_holders().empty());
  roots_.pop_back();  // now only weakly reachable
  scrub_stack();
  vm_.heap().collect(true);
  EXPECT_TRUE(g_weak_slot.is_null());
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
