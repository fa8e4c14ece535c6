// The language side of weak references (runtime/weakref.h) at the C++ level:
// refs cleared by a collection, the eval-breaker flag, the registry that
// getweakrefcount reads, and its cleanup when refs themselves are swept.
#include <gtest/gtest.h>

#include "gc/heap.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/weakref.h"
#include "vm/pending_work.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

// The collector scans the native stack conservatively: objects that must die
// are made in functions that are not inlined, and the dead part of the stack
// is overwritten before collecting.
__attribute__((noinline)) void scrub_stack() {
  volatile char buffer[16384];
  for (size_t i = 0; i < sizeof(buffer); ++i) buffer[i] = 0;
}

class WeakrefTest : public ::testing::Test {
 protected:
  WeakrefTest() : roots_(vm_.heap()) {}

  runtime::WeakrefState& state() { return runtime::weakref_state(vm_); }
  Value ref_to(Value referent, Value callback = Value::null()) {
    return runtime::weakref_new(vm_, state().ref_type, referent, callback, nullptr, Value::null());
  }
  void collect() {
    scrub_stack();
    vm_.heap().collect(true);
  }
  size_t listed_for(Value referent) {
    auto it = state().registry.find(referent.object());
    return it == state().registry.end() ? 0 : it->second.size();
  }

  VM vm_;
  gc::RootedValues roots_;
};

// Keeps a ref (rooted) to a set that nothing else references.
__attribute__((noinline)) void make_ref_to_garbage(VM& vm, gc::RootedValues* roots) {
  Value s = runtime::set_new(vm);
  roots->push_back(runtime::weakref_new(vm, runtime::weakref_state(vm).ref_type, s, Value::null(),
                                        nullptr, Value::null()));
}

// Makes refs with callbacks to `referent` and drops them.
__attribute__((noinline)) void make_dropped_refs(VM& vm, Value referent, int count) {
  for (int i = 0; i < count; ++i) {
    Value callback = Value::from_object(runtime::list_new(vm));
    ASSERT_FALSE(runtime::weakref_new(vm, runtime::weakref_state(vm).ref_type, referent, callback,
                                      nullptr, Value::null())
                     .is_null());
  }
}

TEST_F(WeakrefTest, OnlyCPythonsWeakrefableTypesAreAccepted) {
  EXPECT_FALSE(runtime::is_weakrefable(vm_, Value::from_small_int(3)));
  EXPECT_FALSE(runtime::is_weakrefable(vm_, Value::from_object(runtime::list_new(vm_))));
  EXPECT_FALSE(runtime::is_weakrefable(vm_, vm_.none()));
  EXPECT_TRUE(runtime::is_weakrefable(vm_, runtime::set_new(vm_)));
  EXPECT_TRUE(runtime::is_weakrefable(vm_, Value::from_object(vm_.types().int_)));
  EXPECT_TRUE(ref_to(Value::from_small_int(3)).is_null());
  EXPECT_TRUE(vm_.has_exception());
  vm_.clear_exception();
}

TEST_F(WeakrefTest, BasicRefIsSharedAndCallbackRefsAreNot) {
  Value s = runtime::set_new(vm_);
  roots_.push_back(s);
  Value a = ref_to(s);
  Value b = ref_to(s);
  Value c = ref_to(s, Value::from_object(runtime::list_new(vm_)));
  roots_.push_back(c);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_EQ(listed_for(s), 2u);
  EXPECT_EQ(state().registry[s.object()][0], a.as<runtime::WeakRef>());
}

TEST_F(WeakrefTest, CollectionClearsRefAndRaisesTheEvalBreaker) {
  make_ref_to_garbage(vm_, &roots_);
  vm_.set_pending_work(false);
  collect();
  auto* ref = roots_.back().as<runtime::WeakRef>();
  EXPECT_TRUE(ref->referent.is_null());
  EXPECT_TRUE(vm_.has_pending_work());
  EXPECT_EQ(vm::run_pending_work(vm_), 0);
  EXPECT_FALSE(vm_.has_pending_work());
  // Processing unlisted it: the registry no longer names the dead referent.
  EXPECT_EQ(ref->state, nullptr);
}

TEST_F(WeakrefTest, SweptRefsLeaveTheRegistry) {
  Value s = runtime::set_new(vm_);
  roots_.push_back(s);
  make_dropped_refs(vm_, s, 20);
  EXPECT_EQ(listed_for(s), 20u);
  collect();
  EXPECT_EQ(listed_for(s), 0u);
  EXPECT_EQ(s.object()->type, vm_.types().set);
}

TEST_F(WeakrefTest, NoPendingWorkWithoutWeakrefsOrFinalizers) {
  Value s = runtime::set_new(vm_);
  roots_.push_back(s);
  roots_.push_back(ref_to(s));
  vm_.set_pending_work(false);
  collect();
  EXPECT_FALSE(vm_.has_pending_work());
  EXPECT_EQ(roots_.back().as<runtime::WeakRef>()->referent, s);
}

}  // namespace
}  // namespace pyvm
