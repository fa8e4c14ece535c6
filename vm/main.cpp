// The pyvm command line: `pyvm [options] FILE [ARGS...]`.
//
// FILE is a .pyc, or a .py that is compiled with python3.11 into
// __pycache__/NAME.cpython-311.pyc (a fresh cached file is reused, as CPython
// does). The file is loaded and verified, then run as __main__. Exit status:
// 0 on success, 1 for an uncaught exception or a bad file, SystemExit's code,
// 2 for a usage error.
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <memory>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <vector>

#include "jit/jit.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/finalizers.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/text_stream.h"
#include "runtime/thread_module.h"
#include "runtime/tuple.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/pyc.h"
#include "vm/signals.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace {

using pyvm::Value;

constexpr const char* kVersion = "pyvm 0.1.0 (runs CPython 3.11 bytecode)";

constexpr const char* kUsage =
    "usage: pyvm [options] FILE [ARGS...]\n"
    "Runs FILE, a CPython 3.11 .pyc file or a .py file (compiled with python3.11).\n"
    "\n"
    "options:\n"
    "  --help, -h     print this help and exit\n"
    "  --version, -V  print the version and exit\n"
    "  -u             unbuffered stdout and stderr (also PYTHONUNBUFFERED)\n"
    "  -X gc-young-bytes=N      allocation volume between minor collections\n"
    "  -X gc-growth-percent=N   major collection when the heap grows to N% of its\n"
    "                           size after the previous major collection\n"
    "  -X gc-stress=N           collect every N allocations (testing)\n"
    "  -X gc-verify             check the heap after every collection (testing)\n"
    "  -X gc-stats              print collector statistics at exit\n"
    "  -X max-heap=SIZE         cap the heap at SIZE bytes (K, M, G suffixes): past it\n"
    "                           allocations raise MemoryError\n"
    "  -X jit=off               disable the tracing JIT (on by default)\n"
    "  -X jit-threshold=N       loop iterations before a loop is compiled (default 57)\n"
    "  -X jit-log               one line per trace start, compile, abort, blacklist\n"
    "  -X jit-dump              print each trace's bytecode, IR, snapshots, machine code\n"
    "  -X jit-stats             print JIT statistics at exit\n"
    "  -X jit-opt=-fold,-cse,-dce,-loop,-fuse  switch optimisations off (bisecting)\n"
    "  -X jit-stress-exits=N    make every N-th guard fail (testing)\n"
    "\n"
    "environment:\n"
    "  PYVM_PYTHON    the CPython 3.11 used to compile .py files (default: python3.11)\n"
    "  PYVM_GC_YOUNG_BYTES, PYVM_GC_GROWTH_PERCENT, PYVM_GC_STRESS, PYVM_GC_VERIFY,\n"
    "  PYVM_GC_STATS  the same as the -X gc-* options\n"
    "  PYVM_MAX_HEAP  the same as -X max-heap\n"
    "  PYVM_JIT=off, PYVM_JIT_THRESHOLD, PYVM_JIT_LOG, PYVM_JIT_DUMP, PYVM_JIT_STATS,\n"
    "  PYVM_JIT_OPT, PYVM_JIT_STRESS_EXITS  the same as the -X jit* options\n";

struct Options {
  std::string file;
  std::vector<std::string> argv;  // sys.argv: FILE, ARGS...
  pyvm::gc::HeapOptions heap = pyvm::gc::HeapOptions::from_environment();
  bool gc_stats = false;
  bool unbuffered = false;  // -u
  pyvm::jit::JitOptions jit = pyvm::jit::JitOptions::from_environment();
};

bool parse_number(const std::string& text, uint64_t* out) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return false;
  *out = std::strtoull(text.c_str(), nullptr, 10);
  return true;
}

// Applies one -X option; false when it is unknown or malformed.
bool apply_x_option(const std::string& option, Options* options) {
  size_t eq = option.find('=');
  std::string name = option.substr(0, eq);
  std::string value = eq == std::string::npos ? "" : option.substr(eq + 1);
  uint64_t n = 0;
  size_t size = 0;
  if (name == "gc-verify" && value.empty()) {
    options->heap.verify = true;
  } else if (name == "gc-stats" && value.empty()) {
    options->gc_stats = true;
  } else if (name == "gc-young-bytes" && parse_number(value, &n) && n > 0) {
    options->heap.young_bytes = n;
  } else if (name == "gc-growth-percent" && parse_number(value, &n) && n >= 110) {
    options->heap.growth = static_cast<double>(n) / 100.0;
  } else if (name == "gc-stress" && parse_number(value, &n)) {
    options->heap.stress_every = n;
  } else if (name == "max-heap" && pyvm::gc::HeapOptions::parse_size(value.c_str(), &size)) {
    options->heap.max_heap_bytes = size;
  } else if (options->jit.apply_x_option(name, value)) {
    // a -X jit* option (jit/options.h)
  } else {
    return false;
  }
  return true;
}

// Parses the command line; returns an exit status >= 0 when pyvm should stop.
int parse_options(int argc, char** argv, Options* options) {
  int i = 1;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (arg == "--version" || arg == "-V") {
      std::printf("%s\n", kVersion);
      return 0;
    }
    if (arg == "-u") {
      options->unbuffered = true;
      continue;
    }
    if (arg == "--") {
      ++i;
      break;
    }
    if (arg.rfind("-X", 0) == 0) {
      std::string option = arg.size() > 2 ? arg.substr(2) : (i + 1 < argc ? argv[++i] : "");
      if (!apply_x_option(option, options)) {
        std::fprintf(stderr, "pyvm: unknown or malformed option -X %s\n%s", option.c_str(), kUsage);
        return 2;
      }
      continue;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      std::fprintf(stderr, "pyvm: unknown option %s\n%s", arg.c_str(), kUsage);
      return 2;
    }
    break;
  }
  if (i >= argc) {
    std::fprintf(stderr, "pyvm: no input file\n%s", kUsage);
    return 2;
  }
  options->file = argv[i];
  for (; i < argc; ++i) options->argv.push_back(argv[i]);
  return -1;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Resolves FILE to the .pyc to load, compiling a .py when needed.
bool resolve_pyc(const std::string& file, std::string* pyc) {
  if (!ends_with(file, ".py")) {
    *pyc = file;
    return true;
  }
  struct stat st;
  if (stat(file.c_str(), &st) != 0) {
    std::fprintf(stderr, "pyvm: can't open file '%s': [Errno %d] %s\n", file.c_str(), errno,
                 std::strerror(errno));
    return false;
  }
  *pyc = pyvm::vm::cached_pyc_path(file);
  if (pyvm::vm::pyc_is_fresh(file, *pyc)) return true;
  return pyvm::vm::compile_with_cpython(file, *pyc);
}

// The exit status for an uncaught SystemExit, printing its message if any.
int system_exit_status(pyvm::VM& vm, Value exception) {
  Value code = pyvm::runtime::get_attr(vm, exception, vm.intern("code"));
  if (code.is_null()) {
    vm.clear_exception();
    return 1;
  }
  if (code == vm.none()) return 0;
  int64_t status;
  if (pyvm::runtime::is_int(vm, code) && pyvm::runtime::int_to_int64(vm, code, &status)) {
    return static_cast<int>(status & 0xff);
  }
  Value text = pyvm::runtime::str(vm, code);
  if (!text.is_null()) {
    std::fflush(stdout);
    std::fprintf(stderr, "%s\n", pyvm::runtime::str_to_utf8(text.as<pyvm::Str>()).c_str());
  }
  return 1;
}

pyvm::runtime::Dict* create_main_globals(pyvm::VM& vm, const std::string& file) {
  pyvm::runtime::Module* main = pyvm::runtime::module_new(vm, vm.intern("__main__"));
  pyvm::runtime::Dict* globals = main->dict;
  pyvm::runtime::dict_set_str(vm, globals, vm.intern("__file__"),
                              Value::from_object(pyvm::runtime::str_from_utf8(vm, file)));
  pyvm::runtime::dict_set_str(vm, globals, vm.intern("__builtins__"),
                              pyvm::runtime::dict_get_str(vm, vm.modules(), vm.intern("builtins")));
  // As CPython's for a script: no package and no spec.
  for (const char* key : {"__package__", "__spec__", "__loader__"}) {
    pyvm::runtime::dict_set_str(vm, globals, vm.intern(key), vm.none());
  }
  pyvm::runtime::dict_set_str(vm, vm.modules(), vm.intern("__main__"), Value::from_object(main));
  return globals;
}

double percentile_ms(std::vector<uint64_t> pauses_ns, double fraction) {
  if (pauses_ns.empty()) return 0.0;
  std::sort(pauses_ns.begin(), pauses_ns.end());
  size_t index = static_cast<size_t>(fraction * static_cast<double>(pauses_ns.size() - 1) + 0.5);
  return static_cast<double>(pauses_ns[index]) / 1e6;
}

double cpu_ms(const struct rusage& usage) {
  auto ms = [](const timeval& t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
  return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// PYVM_GC_STATS / -X gc-stats: one line on stderr at exit.
void print_gc_stats(pyvm::VM& vm) {
  const pyvm::gc::HeapStats& stats = vm.heap().stats();
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::fprintf(stderr,
               "pyvm gc: minor=%llu major=%llu pause_total_ms=%.3f pause_max_ms=%.3f "
               "minor_p50_ms=%.3f minor_p99_ms=%.3f heap_peak_mb=%.1f objects_freed=%llu "
               "rss_peak_mb=%.1f gc_cpu_ms=%.3f major_cpu_ms=%.3f cpu_ms=%.3f "
               "minor_p99_old128_ms=%.3f minors_old128=%zu\n",
               static_cast<unsigned long long>(stats.minor_collections),
               static_cast<unsigned long long>(stats.major_collections), stats.total_pause_ns / 1e6,
               stats.max_pause_ns / 1e6, percentile_ms(stats.minor_pauses_ns, 0.50),
               percentile_ms(stats.minor_pauses_ns, 0.99),
               static_cast<double>(stats.peak_heap_bytes) / (1 << 20),
               static_cast<unsigned long long>(stats.objects_freed),
               static_cast<double>(usage.ru_maxrss) / 1024.0, stats.total_pause_cpu_ns / 1e6,
               stats.major_pause_cpu_ns / 1e6, cpu_ms(usage),
               percentile_ms(stats.large_heap_minor_pauses_ns, 0.99),
               stats.large_heap_minor_pauses_ns.size());
}

int run_program(pyvm::VM& vm, const Options& options, const std::string& pyc);

// An allocation failure that no native code turned into MemoryError ends
// pyvm with VM::allocate's one-line report instead of an abort.
[[noreturn]] void on_terminate() {
  bool out_of_memory = false;
  try {
    if (std::current_exception()) std::rethrow_exception(std::current_exception());
  } catch (const std::bad_alloc&) {
    out_of_memory = true;
  } catch (...) {
  }
  std::fflush(stdout);
  if (!out_of_memory) {
    std::fputs("pyvm: internal error: uncaught C++ exception\n", stderr);
    std::abort();
  }
  std::fputs("pyvm: out of memory\n", stderr);
  std::_Exit(1);
}

// run()'s status for an uncaught KeyboardInterrupt (no exit status is
// negative): main ends the process by SIGINT, as CPython does, so that a
// shell sees status 130.
constexpr int kStatusKeyboardInterrupt = -130;

int run(const Options& options) {
  std::string pyc;
  if (!resolve_pyc(options.file, &pyc)) return 1;
  pyvm::vm::VMOptions vm_options;
  vm_options.heap = options.heap;
  vm_options.jit = options.jit;
  if (options.gc_stats) vm_options.heap.record_pauses = true;
  // On the heap, not in this frame: the collector scans the native stack
  // conservatively at every collection, and the VM object is large (its own
  // references are roots it traces precisely).
  auto vm_owner = std::make_unique<pyvm::VM>(vm_options);
  pyvm::VM& vm = *vm_owner;
  pyvm::vm::install_signal_handlers(vm);
  int status = run_program(vm, options, pyc);
  pyvm::runtime::run_atexit_callbacks(vm);
  pyvm::runtime::finalize_at_exit(vm);
  // A failed flush of stdout (a closed pipe) ends with status 120, as CPython.
  if (!pyvm::runtime::flush_stdout_at_exit(vm) && status != kStatusKeyboardInterrupt) status = 120;
  if (options.gc_stats || vm.heap().options().record_pauses) print_gc_stats(vm);
  pyvm::jit::print_stats(vm);
  return status;
}

int run_program(pyvm::VM& vm, const Options& options, const std::string& pyc) {
  std::string error;
  pyvm::Code* code = pyvm::vm::load_pyc_file(vm, pyc, &error);
  if (code == nullptr) {
    std::fprintf(stderr, "pyvm: bad .pyc file %s: %s\n", pyc.c_str(), error.c_str());
    return 1;
  }
  vm.set_argv(options.argv);
  pyvm::vm::init_sys_path(vm, options.file);
  pyvm::runtime::Dict* globals = create_main_globals(vm, options.file);
  Value result = pyvm::vm::run_module_code(vm, code, globals);
  std::fflush(stderr);  // CPython flushes stderr, then stdout, before the traceback
  std::fflush(stdout);
  if (!result.is_null()) return 0;
  Value exception = vm.take_exception();
  if (pyvm::runtime::is_instance_of(vm, exception, vm.types().system_exit)) {
    return system_exit_status(vm, exception);
  }
  pyvm::vm::print_exception(vm, exception, stderr);
  if (pyvm::runtime::is_instance_of(vm, exception, vm.types().keyboard_interrupt)) {
    return kStatusKeyboardInterrupt;
  }
  return 1;
}

}  // namespace

// Lets the main thread's stack grow to 64 MiB (when the soft limit is
// lower and the hard limit allows). Native recursion (repr, comparison and
// native code calling back into Python, each level re-entering the
// interpreter loop) is bounded by sys.getrecursionlimit() first and by the
// stack (vm/recursion_guard.h) only as a backstop; with the default 8 MiB a
// build with bigger frames (the sanitizer build) hit the backstop before
// the limit and raised RecursionError without CPython's message suffix.
// The kernel checks the limit as the stack grows, and the VM computes its
// native stack limit after this call.
static void raise_stack_limit() {
  constexpr rlim_t kWanted = rlim_t{64} << 20;
  struct rlimit limit;
  if (getrlimit(RLIMIT_STACK, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY ||
      limit.rlim_cur >= kWanted) {
    return;
  }
  rlim_t wanted = limit.rlim_max == RLIM_INFINITY ? kWanted : std::min(kWanted, limit.rlim_max);
  if (wanted <= limit.rlim_cur) return;
  limit.rlim_cur = wanted;
  (void)setrlimit(RLIMIT_STACK, &limit);
}

int main(int argc, char** argv) {
#if defined(__x86_64__)
  // The build uses POPCNT (CMakeLists.txt): refuse cleanly rather than die
  // of an illegal instruction in the middle of a run.
  if (!__builtin_cpu_supports("popcnt")) {
    std::fputs("pyvm: this build needs an x86-64 CPU with the POPCNT instruction\n", stderr);
    return 1;
  }
#endif
  raise_stack_limit();
  Options options;
  int status = parse_options(argc, argv, &options);
  if (status >= 0) return status;
  // CPython's buffering of stdout and stderr (-u, PYTHONUNBUFFERED).
  pyvm::runtime::configure_std_buffering(options.unbuffered);
  std::set_terminate(on_terminate);
  status = run(options);
  std::fflush(stdout);
  if (status == kStatusKeyboardInterrupt) pyvm::vm::exit_by_sigint();
  return status;
}
