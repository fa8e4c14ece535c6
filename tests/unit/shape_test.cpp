// Unit tests for shapes and instance attributes (runtime/instance.cpp) and the
// class-level pieces built on them (runtime/user_class.cpp): shared
// transitions, __slots__ initial shapes with fixed indices, deletion that
// keeps the fixed part, and class creation through type.__new__.
#include <gtest/gtest.h>

#include "runtime/dict.h"
#include "runtime/instance.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

Type* new_class(VM& vm, const char* name, Dict* ns) {
  Value object = Value::from_object(vm.types().object);
  Value cls =
      create_class(vm, vm.types().type, vm.intern(name), tuple_from(vm, &object, 1), ns, nullptr);
  EXPECT_FALSE(cls.is_null());
  return cls.as<Type>();
}

TEST(ShapeTest, InstancesBuiltAlikeShareShapes) {
  VM vm;
  Type* cls = new_class(vm, "P", dict_new(vm));
  Shape* initial = static_cast<UserType*>(cls)->initial_shape;
  Instance* a = instance_new(vm, cls, initial);
  Instance* b = instance_new(vm, cls, initial);
  for (Instance* i : {a, b}) {
    instance_set(vm, i, vm.intern("x"), Value::from_small_int(1));
    instance_set(vm, i, vm.intern("y"), Value::from_small_int(2));
  }
  EXPECT_EQ(a->attributes.shape, b->attributes.shape);
  EXPECT_EQ(shape_lookup(a->attributes.shape, vm.intern("y")), 1);
  EXPECT_EQ(instance_get(b, vm.intern("x")).small_int(), 1);
}

TEST(ShapeTest, SlotsHaveFixedIndicesAndSurviveDeletion) {
  VM vm;
  Dict* ns = dict_new(vm);
  Value names[2] = {Value::from_object(vm.intern("a")), Value::from_object(vm.intern("b"))};
  Value slots = Value::from_object(tuple_from(vm, names, 2));
  dict_set_str(vm, ns, vm.intern("__slots__"), slots);
  Type* cls = new_class(vm, "S", ns);
  auto* user = static_cast<UserType*>(cls);
  EXPECT_EQ(user->initial_shape->fixed, 2);
  EXPECT_EQ(user->class_flags & kClassHasDict, 0u);
  Instance* i = instance_new(vm, cls, user->initial_shape);
  EXPECT_TRUE(instance_get(i, vm.intern("b")).is_null());  // unset slot
  Value v = Value::from_small_int(7);
  ASSERT_EQ(set_attr(vm, Value::from_object(i), vm.intern("b"), v), 0);
  EXPECT_EQ(i->attributes.slots[1], v);  // the member's fixed index
  EXPECT_EQ(set_attr(vm, Value::from_object(i), vm.intern("c"), v), -1);  // no __dict__
  vm.clear_exception();
  // A fixed entry is not removed by the dict path.
  EXPECT_EQ(attributes_delete(vm, i, &i->attributes, vm.intern("a")), 0);
  EXPECT_EQ(i->attributes.shape, user->initial_shape);
}

TEST(ShapeTest, DeletingRebuildsAfterTheFixedPart) {
  VM vm;
  Type* cls = new_class(vm, "D", dict_new(vm));
  Shape* initial = static_cast<UserType*>(cls)->initial_shape;
  Instance* i = instance_new(vm, cls, initial);
  for (const char* n : {"p", "q", "r"}) {
    instance_set(vm, i, vm.intern(n), Value::from_object(vm.intern(n)));
  }
  EXPECT_EQ(attributes_delete(vm, i, &i->attributes, vm.intern("q")), 1);
  EXPECT_EQ(i->attributes.shape->count, 2);
  EXPECT_EQ(shape_lookup(i->attributes.shape, vm.intern("r")), 1);
  EXPECT_EQ(instance_get(i, vm.intern("r")), Value::from_object(vm.intern("r")));
  EXPECT_TRUE(instance_get(i, vm.intern("q")).is_null());
}

}  // namespace
}  // namespace pyvm::runtime
