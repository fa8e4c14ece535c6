// W^X for JIT code (issue 7, "JIT memory"): while compiled traces are alive,
// /proc/self/maps must show their code as executable mappings and no mapping
// of the process may be writable and executable at once.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "fixtures/h1_test_util.h"
#include "jit/options.h"
#include "runtime/dict.h"
#include "vm/interpreter.h"
#include "vm/pyc.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

struct MapsSummary {
  int anonymous_executable = 0;  // r-x mappings backed by no file
  int writable_executable = 0;   // any mapping with both w and x
};

MapsSummary read_maps() {
  MapsSummary summary;
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line)) {
    std::istringstream fields(line);
    std::string range, perms, offset, device, inode, path;
    fields >> range >> perms >> offset >> device >> inode;
    std::getline(fields, path);
    if (perms.size() < 3) continue;
    bool writable = perms[1] == 'w';
    bool executable = perms[2] == 'x';
    if (writable && executable) ++summary.writable_executable;
    if (executable && path.find_first_not_of(' ') == std::string::npos) {
      ++summary.anonymous_executable;
    }
  }
  return summary;
}

constexpr const char* kHotLoops =
    "def f(n):\n"
    "    t = 0\n"
    "    x = 0.5\n"
    "    for i in range(n):\n"
    "        t = (t * 3 + i) & 0xffff\n"
    "        x = x * 0.5 + 1.0\n"
    "    return t, x\n"
    "def g(n):\n"
    "    s = 0\n"
    "    i = 0\n"
    "    while i < n:\n"
    "        s += i % 7\n"
    "        i += 1\n"
    "    return s\n"
    "r = [f(1000), g(1000)]\n";

TEST(JitWxTest, CompiledCodeIsNeverWritableAndExecutable) {
  std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/m.py", kHotLoops);
  int status = 0;
  testing::run_command("python3.11 -c \"import py_compile; py_compile.compile('" + dir +
                           "/m.py', cfile='" + dir + "/m.pyc', doraise=True)\"",
                       &status);
  ASSERT_EQ(status, 0);

  MapsSummary before = read_maps();
  vm::VMOptions options;
  options.jit = jit::JitOptions{};  // an embedded VM has the JIT off by default
  options.jit.threshold = 1;
  VM vm(options);
  std::string error;
  Code* code = vm::load_pyc_file(vm, dir + "/m.pyc", &error);
  ASSERT_NE(code, nullptr) << error;
  runtime::Dict* globals = runtime::dict_new(vm);
  ASSERT_FALSE(vm::run_module_code(vm, code, globals).is_null());

  // The VM (and its traces) is still alive here.
  MapsSummary after = read_maps();
  EXPECT_GT(after.anonymous_executable, before.anonymous_executable)
      << "no new executable mapping: the loops were not compiled";
  EXPECT_EQ(after.writable_executable, 0);
}

}  // namespace
}  // namespace pyvm
