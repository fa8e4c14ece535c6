// Unit tests for bytearray and memoryview (runtime/bytearray.cpp,
// runtime/memoryview.cpp): growth, slice assignment, views that follow their
// exporter, and survival across collections. Expected reprs were produced by
// running python3.11 on the same operations.
#include <gtest/gtest.h>

#include "fixtures/outcome.h"

#include <string>
#include <vector>

#include "runtime/bytearray.h"
#include "runtime/bytes.h"
#include "runtime/memoryview.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

std::string outcome(VM& vm, Value r) { return pyvm::testing::repr_outcome(vm, r); }
Value I(int64_t v) { return Value::from_small_int(v); }

Value call_method(VM& vm, Value self, const char* name, std::vector<Value> args) {
  Value m = get_attr(vm, self, vm.intern(name));
  if (m.is_null()) return m;
  return call_positional(vm, m, args.data(), args.size());
}

TEST(ByteArrayTest, AppendGrowsAndKeepsContents) {
  VM vm;
  Value a = Value::from_object(bytearray_new(vm, "abc"));
  for (int i = 0; i < 1000; ++i) ASSERT_FALSE(call_method(vm, a, "append", {I(i % 256)}).is_null());
  EXPECT_EQ(length(vm, a), 1003);
  EXPECT_GE(a.as<ByteArray>()->capacity, 1003);
  EXPECT_EQ(outcome(vm, get_item(vm, a, I(-1))), "231");
  EXPECT_EQ(outcome(vm, get_item(vm, a, I(2))), "99");
}

TEST(ByteArrayTest, SliceAssignmentResizes) {
  VM vm;
  Value a = Value::from_object(bytearray_new(vm, "hello"));
  Value repl = Value::from_object(bytes_new(vm, "XYZW"));
  ASSERT_EQ(set_item(vm, a, slice_new(vm, I(1), I(3), Value::null()), repl), 0);
  EXPECT_EQ(outcome(vm, a), "bytearray(b'hXYZWlo')");
  ASSERT_EQ(del_item(vm, a, slice_new(vm, Value::null(), Value::null(), I(2))), 0);
  EXPECT_EQ(outcome(vm, a), "bytearray(b'XZl')");
  EXPECT_EQ(set_item(vm, a, I(0), I(256)), -1);
  EXPECT_EQ(pyvm::testing::exception_outcome(vm), "!ValueError: byte must be in range(0, 256)");
}

TEST(MemoryViewTest, ViewFollowsExporterAndSurvivesCollection) {
  VM vm;
  Value a = Value::from_object(bytearray_new(vm, "abcdef"));
  Value view_type = Value::from_object(vm.types().memoryview);
  Value m = call_positional(vm, view_type, &a, 1);
  ASSERT_FALSE(m.is_null());
  Value sub = get_item(vm, m, slice_new(vm, I(1), Value::null(), I(2)));
  ASSERT_FALSE(sub.is_null());
  ASSERT_EQ(set_item(vm, a, I(3), I(68)), 0);  // 'D'
  vm.heap().collect(true);
  EXPECT_EQ(outcome(vm, call_method(vm, sub, "tobytes", {})), "b'bDf'");
  EXPECT_EQ(outcome(vm, call_method(vm, sub, "tolist", {})), "[98, 68, 102]");
  ASSERT_FALSE(call_method(vm, m, "release", {}).is_null());
  EXPECT_TRUE(call_method(vm, m, "tobytes", {}).is_null());
  EXPECT_EQ(pyvm::testing::exception_outcome(vm),
            "!ValueError: operation forbidden on released memoryview object");
}

}  // namespace
}  // namespace pyvm::runtime
