// Tests for code objects (runtime/code.*): code_new's derived counts, the
// exception-table and line-table decoders against python3.11's own view
// (dis._parse_exception_table and co_positions, printed by
// fixtures/code_tables.py), handler lookup, and the code type's repr.
#include "runtime/code.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "fixtures/h1_test_util.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/marshal.h"
#include "vm/verifier.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

using runtime::ExceptionTableEntry;

void walk(VM& vm, Code* code, std::vector<Code*>* out) {
  out->push_back(code);
  for (int64_t i = 0; i < code->consts->length; i++) {
    Value c = code->consts->at(i);
    if (c.is_object() && c.object()->type == vm.types().code) walk(vm, c.as<Code>(), out);
  }
}

struct Expected {
  std::string name;
  int first_line = 0;
  std::vector<ExceptionTableEntry> entries;
  std::vector<int> lines;
};

class CodeTablesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    int status = 0;
    std::string out =
        testing::run_command("python3.11 " + testing::fixture("code_tables.py"), &status);
    ASSERT_EQ(status, 0);
    std::istringstream in(out);
    std::string hex, word;
    in >> hex;
    std::string data;
    for (size_t i = 0; i + 1 < hex.size(); i += 2) {
      data.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    }
    while (in >> word) {
      if (word == "CODE") {
        expected_.emplace_back();
        in >> expected_.back().name >> expected_.back().first_line;
      } else if (word == "EXC") {
        ExceptionTableEntry e{};
        int lasti = 0;
        in >> e.start >> e.end >> e.target >> e.depth >> lasti;
        e.lasti = lasti != 0;
        expected_.back().entries.push_back(e);
      } else if (word == "LINES") {
        std::string rest;
        std::getline(in, rest);
        std::istringstream nums(rest);
        int n;
        while (nums >> n) expected_.back().lines.push_back(n);
      }
    }
    std::string error;
    Value module = vm::marshal_load(vm_, data, &error);
    ASSERT_FALSE(module.is_null()) << error;
    ASSERT_TRUE(vm::verify_code(vm_, module.as<Code>(), &error)) << error;
    walk(vm_, module.as<Code>(), &codes_);
    ASSERT_EQ(codes_.size(), expected_.size());
  }

  VM vm_;
  std::vector<Code*> codes_;
  std::vector<Expected> expected_;
};

TEST_F(CodeTablesTest, ExceptionTableMatchesDis) {
  int total = 0;
  for (size_t i = 0; i < codes_.size(); i++) {
    auto entries = runtime::decode_exception_table(codes_[i]->exceptiontable);
    ASSERT_TRUE(entries.has_value());
    const std::vector<ExceptionTableEntry>& want = expected_[i].entries;
    ASSERT_EQ(entries->size(), want.size()) << expected_[i].name;
    for (size_t k = 0; k < want.size(); k++) {
      EXPECT_EQ((*entries)[k].start, want[k].start);
      EXPECT_EQ((*entries)[k].end, want[k].end);
      EXPECT_EQ((*entries)[k].target, want[k].target);
      EXPECT_EQ((*entries)[k].depth, want[k].depth);
      EXPECT_EQ((*entries)[k].lasti, want[k].lasti);
      total++;
    }
    // find_exception_handler agrees with a linear scan of the entries.
    for (int32_t unit = 0; unit < codes_[i]->unit_count(); unit++) {
      auto found = runtime::find_exception_handler(codes_[i], unit);
      const ExceptionTableEntry* expect = nullptr;
      for (const auto& e : want) {
        if (e.start <= unit && unit < e.end) expect = &e;
      }
      ASSERT_EQ(found.has_value(), expect != nullptr) << expected_[i].name << " unit " << unit;
      if (expect != nullptr) {
        EXPECT_EQ(found->target, expect->target);
      }
    }
  }
  EXPECT_GT(total, 10);
}

TEST_F(CodeTablesTest, LineTableMatchesCoPositions) {
  for (size_t i = 0; i < codes_.size(); i++) {
    const std::vector<int>& lines = expected_[i].lines;
    ASSERT_EQ(static_cast<int64_t>(lines.size()), codes_[i]->unit_count());
    for (size_t u = 0; u < lines.size(); u++) {
      EXPECT_EQ(runtime::code_line_for_unit(codes_[i], static_cast<int32_t>(u)), lines[u])
          << expected_[i].name << " unit " << u;
    }
    EXPECT_EQ(runtime::code_line_for_unit(codes_[i], static_cast<int32_t>(lines.size())), -1);
    EXPECT_EQ(runtime::code_line_for_unit(codes_[i], -1), -1);
  }
}

TEST_F(CodeTablesTest, DerivedCountsAndRepr) {
  Code* f = codes_[1];
  EXPECT_EQ(runtime::str_to_utf8(f->name), "f");
  EXPECT_EQ(f->argcount, 1);
  EXPECT_EQ(f->nlocals, 2);  // seq, x (python3.11: co_varnames)
  EXPECT_EQ(f->ncells + f->nfree, 0);
  Value r = runtime::repr(vm_, Value::from_object(f));
  ASSERT_FALSE(r.is_null());
  std::string text = runtime::str_to_utf8(r.as<runtime::Str>());
  EXPECT_EQ(text.rfind("<code object f at 0x", 0), 0u) << text;
  EXPECT_NE(text.find(", file \"tables.py\", line 2>"), std::string::npos) << text;
}

TEST(CodeTest, MalformedTablesAreSafe) {
  VM vm;
  runtime::Bytes* bad = runtime::bytes_new(vm, std::string("\x86\x0f\x16", 3));
  EXPECT_FALSE(runtime::decode_exception_table(bad).has_value());
  runtime::Bytes* no_start = runtime::bytes_new(vm, std::string("\x06\x0f\x16\x02", 4));
  EXPECT_FALSE(runtime::decode_exception_table(no_start).has_value());
  runtime::Bytes* huge = runtime::bytes_new(vm, std::string("\xff\x7f\x7f\x7f\x7f\x7f\x3f", 7));
  EXPECT_FALSE(runtime::decode_exception_table(huge).has_value());
  runtime::Bytes* empty = runtime::bytes_new(vm, "");
  ASSERT_TRUE(runtime::decode_exception_table(empty).has_value());
  EXPECT_TRUE(runtime::decode_exception_table(empty)->empty());
}

}  // namespace
}  // namespace pyvm
