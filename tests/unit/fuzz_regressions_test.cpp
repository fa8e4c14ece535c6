// Replays the fuzzers' inputs through the normal (GCC) build: every file in
// tests/fuzz/regressions/ (crashes found by fuzzing, kept after the fix) and
// a few hand-made hostile inputs go through the marshal loader, the verifier
// and load+verify+run with a step budget, exactly as the fuzz targets do.
// Each must end with a result or an exception, never a crash or a hang.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/marshal.h"
#include "vm/pending_work.h"
#include "vm/pyc.h"
#include "vm/verifier.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

// The same pipeline as tests/fuzz/fuzz_run_pyc.cpp and fuzz_verifier.cpp.
void replay(VM& vm, const std::string& bytes) {
  std::string error;
  Value v = vm::marshal_load(vm, bytes, &error);
  if (!v.is_null() && v.is_object() && v.object()->type == vm.types().code) {
    (void)vm::verify_code(vm, v.as<runtime::Code>(), &error);
  }
  vm.clear_exception();
  runtime::Code* code = vm::load_pyc_bytes(vm, bytes, &error);
  if (code != nullptr) {
    runtime::Module* main = runtime::module_new(vm, vm.intern("__main__"));
    runtime::dict_set_str(vm, main->dict, vm.intern("__builtins__"),
                          runtime::dict_get_str(vm, vm.modules(), vm.intern("builtins")));
    vm::set_step_budget(vm, 20000);
    (void)vm::run_module_code(vm, code, main->dict);
    vm::set_step_budget(vm, 0);
  }
  vm.clear_exception();
  EXPECT_EQ(vm.frames().depth(), 0);
}

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(FuzzRegressions, ReplayRegressionInputs) {
  VM vm;
  std::filesystem::path dir = std::filesystem::path(PYVM_SOURCE_DIR) / "tests/fuzz/regressions";
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() == ".md") continue;
    SCOPED_TRACE(entry.path().string());
    replay(vm, read_all(entry.path()));
    ++count;
  }
  EXPECT_GT(count, 0);
}

TEST(FuzzRegressions, HostileMarshalInputs) {
  VM vm;
  // Deep nesting of tuples ('(' with one item) and lists ('['), truncated
  // headers and a huge declared length.
  std::string deep_tuples;
  for (int i = 0; i < 100000; ++i) deep_tuples += std::string("(\x01\x00\x00\x00", 5);
  replay(vm, deep_tuples);
  std::string deep_lists;
  for (int i = 0; i < 100000; ++i) deep_lists += std::string("[\x01\x00\x00\x00", 5);
  replay(vm, deep_lists);
  replay(vm, std::string("\xa7\x0d\x0d\x0a", 4));
  replay(vm, std::string("\xa7\x0d\x0d\x0a\0\0\0\0\0\0\0\0\0\0\0\0[\xff\xff\xff\x7f", 21));
  replay(vm, "");
}

TEST(FuzzRegressions, StepBudgetStopsEndlessLoop) {
  VM vm;
  // Compiled by python3.11: `while True: pass`.
  std::string dir = ::testing::TempDir() + "pyvm_fuzz_budget";
  std::filesystem::create_directories(dir);
  { std::ofstream(dir + "/m.py") << "while True:\n    pass\n"; }
  std::string cmd = "python3.11 -c \"import py_compile; py_compile.compile('" + dir +
                    "/m.py', cfile='" + dir + "/m.pyc', doraise=True)\"";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  replay(vm, read_all(dir + "/m.pyc"));
}

}  // namespace
}  // namespace pyvm
