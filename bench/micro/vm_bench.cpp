// Micro-benchmarks of the interpreter (Google Benchmark): the dispatch loop,
// Python call overhead, an attribute load on a shaped instance, dict get/set,
// int and float arithmetic, and allocation through Python code. Each one
// compiles a small Python module with python3.11, then times calls of its
// `run(n)`, which repeats the operation n times; the figure reported is the
// time per operation (items_per_second is operations per second). The
// allocator's own fast path is in gc_bench.cpp (BM_Allocate).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/pyc.h"
#include "vm/vm.h"

namespace pyvm::bench {
namespace {

using runtime::Dict;
using vm::VM;

constexpr int64_t kOpsPerCall = 10000;

// Compiles `source` into a module of a fresh namespace and returns its
// `run` function; aborts the benchmark binary when that fails.
Value load_run_function(VM& vm, const std::string& source) {
  char dir_template[] = "/tmp/pyvm_vm_bench_XXXXXX";
  const char* dir = mkdtemp(dir_template);
  if (dir == nullptr) std::abort();
  std::string py = std::string(dir) + "/bench.py";
  std::string pyc = std::string(dir) + "/bench.pyc";
  std::ofstream(py) << source;
  std::string error;
  runtime::Code* code = nullptr;
  if (vm::compile_with_cpython(py, pyc)) code = vm::load_pyc_file(vm, pyc, &error);
  std::remove(py.c_str());
  std::remove(pyc.c_str());
  rmdir(dir);
  if (code == nullptr) {
    std::fprintf(stderr, "vm_bench: cannot compile the benchmark module: %s\n", error.c_str());
    std::abort();
  }
  runtime::Module* module = runtime::module_new(vm, vm.intern("__main__"));
  Dict* globals = module->dict;
  runtime::dict_set_str(vm, globals, vm.intern("__builtins__"),
                        runtime::dict_get_str(vm, vm.modules(), vm.intern("builtins")));
  if (vm::run_module_code(vm, code, globals).is_null()) std::abort();
  return runtime::dict_get_str(vm, globals, vm.intern("run"));
}

void run_python(benchmark::State& state, const char* source) {
  VM vm;
  Value run = load_run_function(vm, source);
  Value n = Value::from_small_int(kOpsPerCall);
  for (auto _ : state) {
    if (runtime::call_positional(vm, run, &n, 1).is_null()) std::abort();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * kOpsPerCall);
}

void BM_DispatchLoop(benchmark::State& state) {
  run_python(state,
             "def run(n):\n"
             "    i = 0\n"
             "    while i < n:\n"
             "        i += 1\n");
}
BENCHMARK(BM_DispatchLoop);

void BM_PythonCall(benchmark::State& state) {
  run_python(state,
             "def f(x):\n"
             "    return x\n"
             "def run(n):\n"
             "    for i in range(n):\n"
             "        f(i)\n");
}
BENCHMARK(BM_PythonCall);

void BM_ShapedAttributeLoad(benchmark::State& state) {
  run_python(state,
             "class P:\n"
             "    def __init__(self):\n"
             "        self.x = 1\n"
             "        self.y = 2\n"
             "def run(n):\n"
             "    p = P()\n"
             "    s = 0\n"
             "    for i in range(n):\n"
             "        s += p.y\n"
             "    return s\n");
}
BENCHMARK(BM_ShapedAttributeLoad);

void BM_DictGetSet(benchmark::State& state) {
  run_python(state,
             "def run(n):\n"
             "    d = {}\n"
             "    s = 0\n"
             "    for i in range(n):\n"
             "        k = i & 1023\n"
             "        d[k] = i\n"
             "        s += d[k]\n"
             "    return s\n");
}
BENCHMARK(BM_DictGetSet);

void BM_IntArithmetic(benchmark::State& state) {
  run_python(state,
             "def run(n):\n"
             "    s = 0\n"
             "    for i in range(n):\n"
             "        s = (s + i * 3) & 65535\n"
             "    return s\n");
}
BENCHMARK(BM_IntArithmetic);

void BM_FloatArithmetic(benchmark::State& state) {
  run_python(state,
             "def run(n):\n"
             "    x = 0.0\n"
             "    for i in range(n):\n"
             "        x = x * 0.5 + 1.25\n"
             "    return x\n");
}
BENCHMARK(BM_FloatArithmetic);

void BM_TupleAllocation(benchmark::State& state) {
  run_python(state,
             "def run(n):\n"
             "    t = None\n"
             "    for i in range(n):\n"
             "        t = (i, t is None)\n"
             "    return t\n");
}
BENCHMARK(BM_TupleAllocation);

}  // namespace
}  // namespace pyvm::bench

BENCHMARK_MAIN();
