// Unit tests for runtime/str_format.cpp: str % args and str.format, called
// directly. Expected strings were produced by running python3.11 on the same
// inputs.
#include <gtest/gtest.h>

#include "fixtures/outcome.h"

#include <string>

#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/str_format.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

std::string outcome(VM& vm, Value r) {
  if (r.is_null()) return pyvm::testing::exception_outcome(vm);
  return str_to_utf8(r.as<Str>());
}

Value S(VM& vm, const char* utf8) { return Value::from_object(str_from_utf8(vm, utf8)); }
Value I(int64_t v) { return Value::from_small_int(v); }

std::string percent(VM& vm, const char* format, Value args) {
  return outcome(vm, str_percent_format(vm, str_from_utf8(vm, format), args));
}

std::string method(VM& vm, const char* format, const Value* args, size_t n) {
  Value self = S(vm, format);
  Value fn = get_attr(vm, self, vm.intern("format"));
  EXPECT_FALSE(fn.is_null());
  return outcome(vm, call_positional(vm, fn, args, n));
}

TEST(StrFormatTest, PercentConversions) {
  VM vm;
  Value items[3] = {I(255), float_new(vm, 2.25), S(vm, "q")};
  Value t = Value::from_object(tuple_from(vm, items, 3));
  EXPECT_EQ(percent(vm, "%#06x|%-7.3e|%5r", t), "0x00ff|2.250e+00|  'q'");
  EXPECT_EQ(percent(vm, "%s", S(vm, "single")), "single");
  EXPECT_EQ(percent(vm, "%.3d%%", I(-5)), "-005%");
}

TEST(StrFormatTest, PercentErrors) {
  VM vm;
  Value t = Value::from_object(tuple_from(vm, nullptr, 0));
  EXPECT_EQ(percent(vm, "%s", t), "!TypeError: not enough arguments for format string");
  EXPECT_EQ(percent(vm, "ab", I(1)),
            "!TypeError: not all arguments converted during string formatting");
  EXPECT_EQ(percent(vm, "%d", S(vm, "a")),
            "!TypeError: %d format: a real number is required, not str");
  EXPECT_EQ(percent(vm, "%y", I(1)),
            "!ValueError: unsupported format character 'y' (0x79) at index 1");
}

TEST(StrFormatTest, FormatMethod) {
  VM vm;
  Value args[3] = {S(vm, "a"), I(5), float_new(vm, 3.14159)};
  EXPECT_EQ(method(vm, "{0:>{1}}|{2:.2f}|{{}}|{0!r}", args, 3), "    a|3.14|{}|'a'");
  EXPECT_EQ(method(vm, "{}{0}", args, 3),
            "!ValueError: cannot switch from automatic field numbering to manual field "
            "specification");
  EXPECT_EQ(method(vm, "{3}", args, 3),
            "!IndexError: Replacement index 3 out of range for positional args tuple");
}

}  // namespace
}  // namespace pyvm::runtime
