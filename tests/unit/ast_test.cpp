// Tests for the marshal writer (vm/marshal_writer.*), which carries AST trees
// to the compile service: values written by pyvm load back in pyvm and in
// python3.11 to the same value; and for the _ast node table
// (runtime/ast_module.*): classes, fields and the tree conversion.
#include "vm/marshal_writer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "fixtures/h1_test_util.h"
#include "runtime/ast_module.h"
#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/marshal.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

class AstTest : public ::testing::Test {
 protected:
  std::string dump(Value v) {
    std::string out;
    EXPECT_TRUE(vm::marshal_dump(vm_, v, &out));
    return out;
  }
  std::string repr_of(Value v) {
    Value r = runtime::repr(vm_, v);
    EXPECT_FALSE(r.is_null());
    return r.is_null() ? "" : runtime::str_to_utf8(r.as<runtime::Str>());
  }
  Value str(const char* s) { return Value::from_object(runtime::str_from_utf8(vm_, s)); }
  Value big(const char* decimal) {
    Value text = str(decimal);
    return runtime::call_positional(vm_, Value::from_object(vm_.types().int_), &text, 1);
  }
  // A tuple mixing every type the writer handles.
  Value sample() {
    Value inner[2] = {big("-1267650600228229401496703205376"), str("h\xc3\xa9")};
    runtime::List* list = runtime::list_new(vm_);
    runtime::list_append(vm_, list, Value::from_small_int(-7));
    runtime::Dict* dict = runtime::dict_new(vm_);
    runtime::dict_set_str(vm_, dict, vm_.intern("k"), Value::from_object(list));
    Value items[] = {vm_.none(),
                     vm_.true_value(),
                     vm_.ellipsis(),
                     Value::from_small_int(2147483647),
                     big("2147483648"),
                     runtime::float_new(vm_, -0.5),
                     Value::from_object(runtime::bytes_new(vm_, std::string("\0\xff", 2))),
                     Value::from_object(runtime::tuple_from(vm_, inner, 2)),
                     Value::from_object(dict)};
    return Value::from_object(runtime::tuple_from(vm_, items, std::size(items)));
  }

  VM vm_;
};

TEST_F(AstTest, MarshalRoundTripInPyvm) {
  Value v = sample();
  std::string error;
  Value back = vm::marshal_load(vm_, dump(v), &error);
  ASSERT_FALSE(back.is_null()) << error;
  EXPECT_EQ(runtime::equals(vm_, v, back), 1);
  EXPECT_EQ(repr_of(v), repr_of(back));
}

TEST_F(AstTest, MarshalLoadsInCPython) {
  Value v = sample();
  std::string hex;
  for (unsigned char c : dump(v)) {
    char buf[3];
    std::snprintf(buf, sizeof buf, "%02x", c);
    hex += buf;
  }
  int status = 0;
  std::string out = testing::run_command(
      "python3.11 -c \"import marshal; print(repr(marshal.loads(bytes.fromhex('" + hex + "'))))\"",
      &status);
  ASSERT_EQ(status, 0);
  EXPECT_EQ(out, repr_of(v) + "\n");
}

TEST_F(AstTest, UnmarshallableRaises) {
  std::string out;
  EXPECT_FALSE(vm::marshal_dump(vm_, Value::from_object(vm_.types().int_), &out));
  EXPECT_TRUE(vm_.has_exception());
  vm_.clear_exception();
}

TEST_F(AstTest, NodeClassesFromTheTable) {
  Value module = runtime::create_ast_module(vm_);
  ASSERT_FALSE(module.is_null());
  runtime::Dict* d = module.as<runtime::Module>()->dict;
  Value constant = runtime::dict_get_str(vm_, d, vm_.intern("Constant"));
  ASSERT_FALSE(constant.is_null());
  Value fields = runtime::get_attr(vm_, constant, vm_.intern("_fields"));
  EXPECT_EQ(repr_of(fields), "('value', 'kind')");
  Value doc = runtime::get_attr(vm_, constant, vm_.intern("__doc__"));
  EXPECT_EQ(runtime::str_to_utf8(doc.as<runtime::Str>()), "Constant(constant value, string? kind)");
  Value kind = runtime::get_attr(vm_, constant, vm_.intern("kind"));
  EXPECT_EQ(kind, vm_.none());  // optional fields default to None on the class
  Value cmpop = runtime::dict_get_str(vm_, d, vm_.intern("cmpop"));
  Value cmpop_doc = runtime::get_attr(vm_, cmpop, vm_.intern("__doc__"));
  EXPECT_EQ(runtime::str_to_utf8(cmpop_doc.as<runtime::Str>()),
            "cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn");
}

TEST_F(AstTest, TreeConversionRoundTrip) {
  // ('Constant', (5, None), (1, 0, 1, 1)) -> a node -> the 4-tuple form.
  Value fields[2] = {Value::from_small_int(5), vm_.none()};
  Value attrs[4] = {Value::from_small_int(1), Value::from_small_int(0), Value::from_small_int(1),
                    Value::from_small_int(1)};
  Value node_items[3] = {str("Constant"), Value::from_object(runtime::tuple_from(vm_, fields, 2)),
                         Value::from_object(runtime::tuple_from(vm_, attrs, 4))};
  Value tree = Value::from_object(runtime::tuple_from(vm_, node_items, 3));
  Value node = runtime::ast_from_tree(vm_, tree);
  ASSERT_FALSE(node.is_null());
  EXPECT_TRUE(runtime::is_ast_node(vm_, node));
  Value back = runtime::ast_to_tree(vm_, node);
  ASSERT_FALSE(back.is_null());
  EXPECT_EQ(repr_of(back), "('Constant', (5, None), (1, 0, 1, 1), ())");
}

}  // namespace
}  // namespace pyvm
