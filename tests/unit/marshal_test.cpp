// Tests for the marshal reader (vm/marshal.*): every type code, the reference
// table rules, and malformed input of every kind. Byte strings come from
// CPYTHON311-FORMATS.md section 2 (checked there against python3.11) or from
// python3.11 at test time.
#include "vm/marshal.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fixtures/h1_test_util.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

using runtime::Str;
using runtime::Tuple;

std::string b(std::initializer_list<int> bytes) {
  std::string s;
  for (int x : bytes) s.push_back(static_cast<char>(x));
  return s;
}

std::string i32(int32_t v) {
  std::string s;
  for (int i = 0; i < 4; i++)
    s.push_back(static_cast<char>((static_cast<uint32_t>(v) >> (8 * i)) & 0xFF));
  return s;
}

class MarshalTest : public ::testing::Test {
 protected:
  Value load(const std::string& data) {
    error_.clear();
    Value v = vm::marshal_load(vm_, data, &error_);
    EXPECT_FALSE(vm_.has_exception());
    return v;
  }
  // Expects failure and returns the reason.
  std::string load_error(const std::string& data) {
    Value v = load(data);
    EXPECT_TRUE(v.is_null()) << "unexpectedly loaded " << ::testing::PrintToString(data);
    EXPECT_FALSE(error_.empty());
    return error_;
  }
  int64_t as_int(Value v) {
    int64_t out = 0;
    EXPECT_TRUE(runtime::int_to_int64(vm_, v, &out));
    return out;
  }
  std::string as_utf8(Value v) {
    EXPECT_TRUE(v.is_object() && v.object()->type == vm_.types().str);
    return runtime::str_to_utf8(v.as<Str>());
  }

  VM vm_;
  std::string error_;
};

TEST_F(MarshalTest, Singletons) {
  EXPECT_EQ(load("N"), vm_.none());
  EXPECT_EQ(load("F"), vm_.false_value());
  EXPECT_EQ(load("T"), vm_.true_value());
  EXPECT_EQ(load("."), vm_.ellipsis());
  EXPECT_EQ(load("S"), Value::from_object(vm_.types().stop_iteration));
  EXPECT_EQ(load(b({0xCE})), vm_.none());  // FLAG_REF on N is ignored
}

TEST_F(MarshalTest, Ints) {
  EXPECT_EQ(as_int(load(b({0xE9, 1, 0, 0, 0}))), 1);
  EXPECT_EQ(as_int(load("i" + i32(-5))), -5);
  EXPECT_EQ(as_int(load("I" + i32(0) + i32(1))), int64_t{1} << 32);
  Value big = load(b({0xEC, 3, 0, 0, 0, 0, 0, 0, 0, 2, 0}));
  EXPECT_EQ(runtime::int_to_decimal(vm_, big), "2147483648");
  Value neg = load("l" + i32(-3) + b({1, 0, 0, 0, 2, 0}));
  EXPECT_EQ(runtime::int_to_decimal(vm_, neg), "-2147483649");
  EXPECT_EQ(as_int(load("l" + i32(0))), 0);
}

TEST_F(MarshalTest, FloatsAndStrings) {
  Value f = load(b({0xE7, 0, 0, 0, 0, 0, 0, 0xF8, 0x3F}));
  ASSERT_FALSE(f.is_null());
  EXPECT_EQ(runtime::float_value(f), 1.5);
  Value text = load(std::string("f\x13") + "0.10000000000000001");
  ASSERT_FALSE(text.is_null());
  EXPECT_EQ(runtime::float_value(text), 0.1);
  Value ab = load(b({0xDA, 2, 'a', 'b'}));
  EXPECT_EQ(as_utf8(ab), "ab");
  EXPECT_TRUE(ab.as<Str>()->is_interned);
  EXPECT_EQ(as_utf8(load(b({0xF5, 3, 0, 0, 0, 'h', 0xC3, 0xA9}))), "h\xC3\xA9");
  EXPECT_EQ(as_utf8(load(b({'z', 1, 0xE9}))), "\xC3\xA9");  // Latin-1, not checked as ASCII
  EXPECT_EQ(as_utf8(load("a" + i32(3) + "xyz")), "xyz");
  Value by = load("s" + i32(3) + b({0, 1, 2}));
  ASSERT_TRUE(by.is_object() && by.object()->type == vm_.types().bytes);
  EXPECT_EQ(by.as<runtime::Bytes>()->view(), b({0, 1, 2}));
  // A lone surrogate survives ("surrogatepass").
  EXPECT_FALSE(load("u" + i32(3) + b({0xED, 0xA0, 0x80})).is_null());
}

TEST_F(MarshalTest, ContainersAndReferences) {
  Value t = load(b({0xA9, 2, 0xE9, 1, 0, 0, 0, 0xE9, 2, 0, 0, 0}));
  ASSERT_TRUE(t.is_object() && t.object()->type == vm_.types().tuple);
  EXPECT_EQ(t.as<Tuple>()->length, 2);
  EXPECT_EQ(as_int(t.as<Tuple>()->at(1)), 2);
  // ('k', r0): both items are the same object.
  Value shared = load(b({')', 2, 0xDA, 1, 'k', 'r', 0, 0, 0, 0}));
  ASSERT_FALSE(shared.is_null());
  EXPECT_EQ(shared.as<Tuple>()->at(0), shared.as<Tuple>()->at(1));
  Value d = load(b({0xFB, 0xDA, 1, 'k', 0xE9, 1, 0, 0, 0, '0'}));
  ASSERT_TRUE(d.is_object() && d.object()->type == vm_.types().dict);
  EXPECT_EQ(as_int(runtime::dict_get_str(vm_, d.as<runtime::Dict>(), vm_.intern("k"))), 1);
  // A list that contains itself.
  Value l = load(b({0xDB, 1, 0, 0, 0, 'r', 0, 0, 0, 0}));
  ASSERT_TRUE(l.is_object() && l.object()->type == vm_.types().list);
  EXPECT_EQ(l.as<runtime::List>()->items[0], l);
  // CPython's quirk: a NULL in the value position ends a dict.
  EXPECT_FALSE(load(b({'{', 'N', '0'})).is_null());
}

TEST_F(MarshalTest, MatchesPythonRepr) {
  int status = 0;
  std::string script =
      "import marshal,sys;v=(0,-1,2**31,-2**31-1,2**100,-2**62,2**62,1.5,-0.0,1e300,'ab',"
      "'h\\u00e9','\\u20ac'*3,'x'*300,b'\\x00\\xff',(),(None,True,False),tuple(range(300)));"
      "sys.stdout.write(marshal.dumps(v).hex()+'\\n'+repr(v))";
  std::string out = testing::run_command("python3.11 -c \"" + script + "\"", &status);
  ASSERT_EQ(status, 0);
  size_t nl = out.find('\n');
  std::string hex = out.substr(0, nl), expected = out.substr(nl + 1);
  std::string data;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    data.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  Value v = load(data);
  ASSERT_FALSE(v.is_null()) << error_;
  Value r = runtime::repr(vm_, v);
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(as_utf8(r), expected);
}

TEST_F(MarshalTest, TruncationAndLengths) {
  EXPECT_EQ(load_error(""), "EOF read where object expected");
  EXPECT_EQ(load_error("i\x01"), "marshal data too short");
  EXPECT_EQ(load_error("g\x01\x02"), "marshal data too short");
  EXPECT_EQ(load_error("s" + i32(5) + "ab"), "marshal data too short");
  EXPECT_EQ(load_error("z\x05"
                       "ab"),
            "marshal data too short");
  EXPECT_EQ(load_error("s" + i32(-1)), "bad marshal data (bytes object size out of range)");
  EXPECT_EQ(load_error("u" + i32(-7)), "bad marshal data (string size out of range)");
  EXPECT_EQ(load_error("(" + i32(-1)), "bad marshal data (tuple size out of range)");
  for (char code : std::string("([<>su")) {
    EXPECT_EQ(load_error(std::string(1, code) + i32(0x7FFFFFFF) + "NN"), "marshal data too short");
  }
  EXPECT_EQ(load_error(")\x05NN"), "marshal data too short");
  EXPECT_EQ(load_error("l" + i32(0x7FFFFFFF) + "\x01\x00"), "marshal data too short");
  EXPECT_EQ(load_error("l" + i32(INT32_MIN)), "bad marshal data (long size out of range)");
  EXPECT_EQ(load_error("NN"), "1 trailing bytes after marshal data");
  size_t consumed = 0;
  EXPECT_FALSE(vm::marshal_load_prefix(vm_, "NN", &consumed, &error_).is_null());
  EXPECT_EQ(consumed, 1u);
}

TEST_F(MarshalTest, BadCodesDigitsAndText) {
  EXPECT_EQ(load_error("?"), "unknown type code 0x3f at offset 0");
  EXPECT_EQ(load_error(b({')', 2, 'N', 0xBF})), "unknown type code 0xbf at offset 3");
  EXPECT_EQ(load_error("l" + i32(1) + b({0x00, 0x80})),
            "bad marshal data (digit out of range in long)");
  EXPECT_EQ(load_error("l" + i32(2) + b({1, 0, 0, 0})),
            "bad marshal data (unnormalized long data)");
  EXPECT_EQ(load_error("l" + i32(-1) + b({0, 0})), "bad marshal data (unnormalized long data)");
  EXPECT_EQ(load_error("f\x03"
                       "1x2"),
            "bad marshal data (invalid float text)");
  EXPECT_EQ(load_error("u" + i32(1) + b({0xFF})), "bad marshal data (invalid UTF-8 in string)");
  EXPECT_EQ(load_error("u" + i32(2) + b({0xC0, 0x80})),
            "bad marshal data (invalid UTF-8 in string)");
  EXPECT_NE(load_error("0").find("NULL"), std::string::npos);
  EXPECT_NE(load_error(")\x01"
                       "0")
                .find("NULL"),
            std::string::npos);
  EXPECT_NE(load_error("[" + i32(1) + "0").find("NULL"), std::string::npos);
}

TEST_F(MarshalTest, BadReferences) {
  EXPECT_EQ(load_error("r" + i32(0)), "bad marshal data (invalid reference 0)");
  EXPECT_EQ(load_error("r" + i32(-1)), "bad marshal data (invalid reference -1)");
  EXPECT_EQ(load_error(b({')', 2, 0xE9, 1, 0, 0, 0}) + "r" + i32(1)),
            "bad marshal data (invalid reference 1)");
  // A tuple, frozenset or code object may not reach itself while being read.
  EXPECT_EQ(load_error(b({0xA9, 1}) + "r" + i32(0)), "bad marshal data (invalid reference 0)");
  EXPECT_EQ(load_error(b({0xBE}) + i32(1) + "r" + i32(0)),
            "bad marshal data (invalid reference 0)");
  EXPECT_EQ(load_error(b({0xE3}) + i32(0) + i32(0) + i32(0) + i32(0) + i32(0) + "r" + i32(0)),
            "bad marshal data (invalid reference 0)");
}

TEST_F(MarshalTest, NestingDepth) {
  std::string ok;
  for (int i = 0; i < vm::kMarshalMaxDepth - 1; i++) ok += ")\x01";
  EXPECT_FALSE(load(ok + "N").is_null()) << error_;  // 2000 objects deep, like CPython
  EXPECT_EQ(load_error(ok + ")\x01N"), "recursion limit exceeded");
  std::string deep;
  for (int i = 0; i < 100000; i++) deep += ")\x01";
  EXPECT_EQ(load_error(deep), "recursion limit exceeded");
  std::string lists;
  for (int i = 0; i < 100000; i++) lists += "[" + i32(1);
  EXPECT_EQ(load_error(lists), "recursion limit exceeded");
}

TEST_F(MarshalTest, UnhashableDictKey) {
  std::string reason = load_error("{[" + i32(0) + "N0");
  EXPECT_NE(reason.find("unhashable"), std::string::npos) << reason;
}

// ---- hand-assembled code objects ----

std::string bytes_obj(const std::string& s) {
  return "s" + i32(static_cast<int32_t>(s.size())) + s;
}
std::string str_obj(const std::string& s) {
  return "z" + std::string(1, static_cast<char>(s.size())) + s;
}
std::string tuple_of(const std::vector<std::string>& items) {
  std::string out = ")" + std::string(1, static_cast<char>(items.size()));
  for (const std::string& item : items) out += item;
  return out;
}

struct CodeSpec {
  int32_t argcount = 0, posonly = 0, kwonly = 0, stacksize = 1, flags = 0;
  std::string code = bytes_obj(b({100, 0, 83, 0}));  // LOAD_CONST 0; RETURN_VALUE
  std::string consts = tuple_of({"N"});
  std::string names = tuple_of({});
  std::string localsplusnames = tuple_of({});
  std::string kinds = bytes_obj("");
  std::string filename = str_obj("x.py"), name = str_obj("f"), qualname = str_obj("f");
  std::string linetable = bytes_obj(""), exceptiontable = bytes_obj("");

  std::string dump() const {
    return "c" + i32(argcount) + i32(posonly) + i32(kwonly) + i32(stacksize) + i32(flags) + code +
           consts + names + localsplusnames + kinds + filename + name + qualname + i32(1) +
           linetable + exceptiontable;
  }
};

TEST_F(MarshalTest, CodeObject) {
  CodeSpec spec;
  spec.argcount = 1;
  spec.localsplusnames = tuple_of({str_obj("a"), str_obj("c"), str_obj("d")});
  spec.kinds = bytes_obj(b({0x60, 0x40, 0x80}));
  Value v = load(spec.dump());
  ASSERT_FALSE(v.is_null()) << error_;
  ASSERT_EQ(v.object()->type, vm_.types().code);
  Code* code = v.as<Code>();
  EXPECT_EQ(code->argcount, 1);
  EXPECT_EQ(code->nlocalsplus, 3);
  EXPECT_EQ(code->nlocals, 1);
  EXPECT_EQ(code->ncells, 2);
  EXPECT_EQ(code->nfree, 1);
  EXPECT_EQ(code->unit_count(), 2);
  EXPECT_EQ(code->verified, 0);
  EXPECT_TRUE(code->localsplusnames->at(0).as<Str>()->is_interned);  // names are interned
  ASSERT_NE(code->counters, nullptr);
  EXPECT_EQ(code->counters[1], 0);
}

TEST_F(MarshalTest, CodeFieldChecks) {
  struct Case {
    const char* expect;
    void (*mutate)(CodeSpec&);
  };
  const Case cases[] = {
      {"co_code has odd length", [](CodeSpec& s) { s.code = bytes_obj("abc"); }},
      {"co_code is not bytes", [](CodeSpec& s) { s.code = "N"; }},
      {"co_consts is not a tuple", [](CodeSpec& s) { s.consts = "N"; }},
      {"co_names item is not a str", [](CodeSpec& s) { s.names = tuple_of({"N"}); }},
      {"co_localsplusnames is not a tuple", [](CodeSpec& s) { s.localsplusnames = "[" + i32(0); }},
      {"differ in length", [](CodeSpec& s) { s.kinds = bytes_obj(b({0x20})); }},
      {"bad local kind 0x10",
       [](CodeSpec& s) {
         s.localsplusnames = tuple_of({str_obj("a")});
         s.kinds = bytes_obj(b({0x10}));
       }},
      {"free variables not last",
       [](CodeSpec& s) {
         s.localsplusnames = tuple_of({str_obj("a"), str_obj("b")});
         s.kinds = bytes_obj(b({0x80, 0x20}));
       }},
      {"co_varnames is too small", [](CodeSpec& s) { s.argcount = 1; }},
      {"co_varnames is too small",
       [](CodeSpec& s) {
         s.flags = runtime::kCoVarArgs;
         s.localsplusnames = tuple_of({str_obj("a")});
         s.kinds = bytes_obj(b({0x40}));
       }},
      {"negative", [](CodeSpec& s) { s.stacksize = -1; }},
      {"posonlyargcount exceeds argcount", [](CodeSpec& s) { s.posonly = 1; }},
      {"co_filename is not a str", [](CodeSpec& s) { s.filename = "s" + i32(0); }},
      {"co_qualname is not a str", [](CodeSpec& s) { s.qualname = "N"; }},
      {"co_exceptiontable is not bytes", [](CodeSpec& s) { s.exceptiontable = str_obj(""); }},
  };
  for (const Case& c : cases) {
    CodeSpec spec;
    c.mutate(spec);
    std::string reason = load_error(spec.dump());
    EXPECT_NE(reason.find(c.expect), std::string::npos) << c.expect << " vs " << reason;
  }
  // Truncating a valid code object anywhere fails cleanly.
  std::string whole = CodeSpec().dump();
  for (size_t n = 0; n < whole.size(); n++) {
    EXPECT_TRUE(load(whole.substr(0, n)).is_null()) << n;
  }
}

}  // namespace
}  // namespace pyvm
