// Unit tests for str (runtime/str.cpp, runtime/str_methods.cpp) and bytes
// (runtime/bytes.cpp). Expected strings were produced by running python3.11
// on the same inputs; they are not written by hand.
#include <gtest/gtest.h>

#include "fixtures/outcome.h"

#include <string>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/exceptions.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

std::string outcome(VM& vm, Value r) { return pyvm::testing::repr_outcome(vm, r); }

Value S(VM& vm, const char* utf8) { return Value::from_object(str_from_utf8(vm, utf8)); }
Value I(int64_t v) { return Value::from_small_int(v); }

// Calls method `name` of `self` with positional `args`.
Value call_method(VM& vm, Value self, const char* name, std::vector<Value> args) {
  Value m = get_attr(vm, self, vm.intern(name));
  if (m.is_null()) return m;
  return call_positional(vm, m, args.data(), args.size());
}

TEST(StrTest, KindsAndUtf8RoundTrip) {
  VM vm;
  Str* a = str_from_utf8(vm, "abc");
  EXPECT_EQ(a->kind, 1);
  EXPECT_TRUE(a->is_ascii);
  Str* b = str_from_utf8(vm, "\xc3\xa9t\xc3\xa9");  // été
  EXPECT_EQ(b->kind, 1);
  EXPECT_EQ(b->length, 3);
  Str* c = str_from_utf8(vm, "\xe2\x82\xac");  // €
  EXPECT_EQ(c->kind, 2);
  Str* d = str_from_utf8(vm, "\xf0\x9f\x98\x80");  // U+1F600
  EXPECT_EQ(d->kind, 4);
  EXPECT_EQ(d->at(0), 0x1F600u);
  EXPECT_EQ(str_to_utf8(d), "\xf0\x9f\x98\x80");
  // A lone surrogate as marshal's surrogatepass writes it.
  Str* e = str_from_utf8(vm, "\xed\xa0\x80");
  EXPECT_EQ(e->length, 1);
  EXPECT_EQ(e->at(0), 0xD800u);
}

TEST(StrTest, InternAndEquality) {
  VM vm;
  Str* a = vm.intern("hello");
  Str* b = vm.intern(str_from_utf8(vm, "hello"));
  EXPECT_EQ(a, b);
  EXPECT_TRUE(a->is_interned);
  EXPECT_TRUE(str_equal(a, str_from_utf8(vm, "hello")));
  EXPECT_NE(str_hash(a), -1);
  EXPECT_EQ(str_hash(a), str_hash(str_from_utf8(vm, "hello")));
  for (int i = 0; i < 5000; ++i) vm.intern("k" + std::to_string(i));  // forces growth
  EXPECT_EQ(vm.intern("k1234"), vm.intern("k1234"));
  EXPECT_EQ(str_from_char(vm, 'x'), str_from_char(vm, 'x'));
}

TEST(StrTest, ReprMatchesCPython) {
  VM vm;
  // python3.11: repr() of each input.
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"it's", "\"it's\""},
      {"a\"b'c", "'a\"b\\'c'"},
      {"\n\t\r\\", "'\\n\\t\\r\\\\'"},
      {"\x01\x7f", "'\\x01\\x7f'"},
      {"\xc2\x80\xc2\xa0\xc2\xad\xc3\xa9", "'\\x80\\xa0\\xad\xc3\xa9'"},
      {"\xe2\x80\xa8\xcd\xb8\xe2\x82\xac", "'\\u2028\\u0378\xe2\x82\xac'"},
      {"\xf0\x9f\x98\x80\xf3\xa0\x80\x81", "'\xf0\x9f\x98\x80\\U000e0001'"},
      {"\xed\xa0\x80", "'\\ud800'"},
  };
  for (const auto& [in, expected] : cases) {
    EXPECT_EQ(str_to_utf8(str_repr(vm, str_from_utf8(vm, in))), expected) << in;
  }
}

TEST(StrTest, IndexingSlicingAndOperators) {
  VM vm;
  Value s = S(vm, "hello world");
  EXPECT_EQ(outcome(vm, get_item(vm, s, I(-1))), "'d'");
  EXPECT_EQ(outcome(vm, get_item(vm, s, I(11))), "!IndexError: string index out of range");
  EXPECT_EQ(outcome(vm, get_item(vm, s, S(vm, "x"))),
            "!TypeError: string indices must be integers, not 'str'");
  EXPECT_EQ(outcome(vm, binary_op(vm, BinaryOp::kAdd, s, I(1))),
            "!TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(outcome(vm, binary_op(vm, BinaryOp::kMul, I(3), S(vm, "ab"))), "'ababab'");
  EXPECT_EQ(outcome(vm, binary_op(vm, BinaryOp::kMul, S(vm, "ab"), I(-1))), "''");
  EXPECT_EQ(contains(vm, s, S(vm, "lo w")), 1);
  EXPECT_EQ(contains(vm, s, S(vm, "xyz")), 0);
  EXPECT_EQ(rich_compare_bool(vm, S(vm, "abc"), S(vm, "abd"), CompareOp::kLt), 1);
  EXPECT_EQ(rich_compare_bool(vm, S(vm, "\xe2\x82\xac"), S(vm, "z"), CompareOp::kGt), 1);
  Value it = get_iter(vm, S(vm, "ab"));
  EXPECT_EQ(outcome(vm, iter_next(vm, it)), "'a'");
  EXPECT_EQ(outcome(vm, iter_next(vm, it)), "'b'");
  EXPECT_TRUE(iter_next(vm, it).is_null());
  EXPECT_FALSE(vm.has_exception());
}

TEST(StrTest, MethodsMatchCPython) {
  VM vm;
  // python3.11 outputs for the same calls.
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "a b  c "), "split", {vm.none(), I(1)})),
            "['a', 'b  c ']");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "  a b  c "), "rsplit", {vm.none(), I(1)})),
            "['  a b', 'c']");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "a,b,,c"), "split", {S(vm, ","), I(2)})),
            "['a', 'b', ',c']");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "a,b,,c"), "rsplit", {S(vm, ","), I(2)})),
            "['a,b', '', 'c']");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, ""), "split", {S(vm, "")})),
            "!ValueError: empty separator");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "ab"), "center", {I(7), S(vm, "*")})), "'***ab**'");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "-42"), "zfill", {I(6)})), "'-00042'");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "ab"), "replace", {S(vm, ""), S(vm, "-"), I(2)})),
            "'-a-b'");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "abc"), "find", {S(vm, ""), I(10)})), "-1");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "abc"), "count", {S(vm, ""), I(1)})), "3");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "abc"), "index", {S(vm, "x")})),
            "!ValueError: substring not found");
  EXPECT_EQ(outcome(vm, call_method(vm,
                                    S(vm,
                                      "a\nb\r\nc\rd\x0b"
                                      "e"),
                                    "splitlines", {})),
            "['a', 'b', 'c', 'd', 'e']");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "hELLO wORLD"), "capitalize", {})), "'Hello world'");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "hello world foo"), "title", {})),
            "'Hello World Foo'");
  EXPECT_EQ(outcome(vm, call_method(vm,
                                    S(vm,
                                      "\xc3\x9ftra\xc3\x9f"
                                      "e"),
                                    "upper", {})),
            "'SSTRASSE'");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "\xce\x9f\xce\x94\xce\x9f\xce\xa3"), "lower", {})),
            "'\xce\xbf\xce\xb4\xce\xbf\xcf\x82'");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "x"), "join", {S(vm, "abc")})), "'axbxc'");
  Value items[2] = {S(vm, "a"), I(1)};
  Value bad = Value::from_object(list_from(vm, items, 2));
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, ","), "join", {bad})),
            "!TypeError: sequence item 1: expected str instance, int found");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "abc"), "startswith", {I(1)})),
            "!TypeError: startswith first arg must be str or a tuple of str, not int");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "xx a xx"), "strip", {S(vm, "x")})), "' a '");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "a=b=c"), "rpartition", {S(vm, "=")})),
            "('a=b', '=', 'c')");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "\xc2\xb2"), "isdigit", {})), "True");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "\xc2\xb2"), "isdecimal", {})), "False");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "_x1"), "isidentifier", {})), "True");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "\xc3\xa9"), "encode", {})), "b'\\xc3\\xa9'");
}

TEST(StrTest, FullCaseMappingsAndFinalSigma) {
  VM vm;
  // python3.11 outputs: 'A.\u03a3'.lower(), 'a\u03a3\'b'.lower(), '\u0149'.title(),
  // '\ufb01x'.casefold(), '\u0130'.lower().
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "A.\xce\xa3"), "lower", {})), "'a.\xcf\x82'");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "a\xce\xa3'b"), "lower", {})), "\"a\xcf\x83'b\"");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "\xc5\x89"), "title", {})), "'\xca\xbcN'");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "\xef\xac\x81x"), "casefold", {})), "'fix'");
  EXPECT_EQ(outcome(vm, call_method(vm, S(vm, "\xc4\xb0"), "lower", {})), "'i\xcc\x87'");
  // U+0CF3 is assigned in Unicode 15 but not in python3.11's 14.0: not printable.
  EXPECT_FALSE(unicode_is_printable(0xCF3));
  EXPECT_EQ(str_to_utf8(str_repr(vm, str_from_utf8(vm, "\xe0\xb3\xb3"))), "'\\u0cf3'");
}

TEST(BytesTest, ReprAndOperations) {
  VM vm;
  Value b = Value::from_object(bytes_new(vm, std::string_view("ab'\x00\xff\n", 6)));
  EXPECT_EQ(outcome(vm, b), "b\"ab'\\x00\\xff\\n\"");
  EXPECT_EQ(outcome(vm, get_item(vm, b, I(0))), "97");
  EXPECT_EQ(outcome(vm, get_item(vm, b, I(6))), "!IndexError: index out of range");
  EXPECT_EQ(outcome(vm, binary_op(vm, BinaryOp::kAdd, b, S(vm, "a"))),
            "!TypeError: can't concat str to bytes");
  Value decoded = call_method(vm, Value::from_object(bytes_new(vm, "\xc3\xa9")), "decode", {});
  EXPECT_EQ(outcome(vm, decoded), "'\xc3\xa9'");
  Value bytes_type = Value::from_object(vm.types().bytes);
  Value three = I(3);
  EXPECT_EQ(outcome(vm, call_positional(vm, bytes_type, &three, 1)), "b'\\x00\\x00\\x00'");
  Value neg = I(-1);
  EXPECT_EQ(outcome(vm, call_positional(vm, bytes_type, &neg, 1)), "!ValueError: negative count");
}

}  // namespace
}  // namespace pyvm::runtime
