// The process-status part of the native `os` module that subprocess reads at
// import: pipe(), waitpid(pid, options), waitstatus_to_exitcode(status), the
// W*(status) predicates and accessors, and WNOHANG/WUNTRACED/WCONTINUED.
// pyvm cannot start child processes (_posixsubprocess.fork_exec raises), so
// these mostly serve pids that do not exist, as in CPython they raise
// ChildProcessError.
#include <fcntl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/text_stream.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

bool int_arg(VM& vm, Value v, int* out) {
  int64_t wide;
  if (!index_to_int64(vm, v, &wide)) return false;
  *out = static_cast<int>(wide);
  return true;
}

Value os_waitpid(VM& vm, CallArgs args) {
  int pid, options;
  if (!int_arg(vm, args.args[0], &pid) || !int_arg(vm, args.args[1], &options)) {
    return Value::null();
  }
  int status = 0;
  pid_t done = ::waitpid(pid, &status, options);
  if (done < 0) return raise_errno_error(vm, errno, Value::null());
  Value items[2] = {int_from_int64(vm, done), int_from_int64(vm, status)};
  return Value::from_object(tuple_from(vm, items, 2));
}

Value os_waitstatus_to_exitcode(VM& vm, CallArgs args) {
  int status;
  if (!int_arg(vm, args.args[0], &status)) return Value::null();
  if (WIFEXITED(status)) return Value::from_small_int(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return Value::from_small_int(-WTERMSIG(status));
  return raise(vm, vm.types().value_error, "invalid wait status: " + std::to_string(status));
}

#define PYVM_STATUS_FUNCTION(NAME, EXPR)       \
  Value os_##NAME(VM& vm, CallArgs args) {     \
    int status;                                \
    if (!int_arg(vm, args.args[0], &status)) { \
      return Value::null();                    \
    }                                          \
    return as_result(vm, EXPR(status));        \
  }

Value as_result(VM& vm, bool b) { return b ? vm.true_value() : vm.false_value(); }
Value as_result(VM&, int i) { return Value::from_small_int(i); }

PYVM_STATUS_FUNCTION(WIFEXITED, static_cast<bool> WIFEXITED)
PYVM_STATUS_FUNCTION(WIFSIGNALED, static_cast<bool> WIFSIGNALED)
PYVM_STATUS_FUNCTION(WIFSTOPPED, static_cast<bool> WIFSTOPPED)
PYVM_STATUS_FUNCTION(WIFCONTINUED, static_cast<bool> WIFCONTINUED)
PYVM_STATUS_FUNCTION(WEXITSTATUS, WEXITSTATUS)
PYVM_STATUS_FUNCTION(WTERMSIG, WTERMSIG)
PYVM_STATUS_FUNCTION(WSTOPSIG, WSTOPSIG)
#undef PYVM_STATUS_FUNCTION

// os.pipe(): (read end, write end), both close-on-exec as CPython's.
Value os_pipe(VM& vm, CallArgs) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return raise_errno_error(vm, errno, Value::null());
  Value items[2] = {Value::from_small_int(fds[0]), Value::from_small_int(fds[1])};
  return Value::from_object(tuple_from(vm, items, 2));
}

}  // namespace

void add_os_process(VM& vm, Module* os) {
  struct {
    const char* name;
    NativeFn fn;
    int min, max;
  } functions[] = {
      {"waitpid", os_waitpid, 2, 2},
      {"pipe", os_pipe, 0, 0},
      {"waitstatus_to_exitcode", os_waitstatus_to_exitcode, 1, 1},
      {"WIFEXITED", os_WIFEXITED, 1, 1},
      {"WIFSIGNALED", os_WIFSIGNALED, 1, 1},
      {"WIFSTOPPED", os_WIFSTOPPED, 1, 1},
      {"WIFCONTINUED", os_WIFCONTINUED, 1, 1},
      {"WEXITSTATUS", os_WEXITSTATUS, 1, 1},
      {"WTERMSIG", os_WTERMSIG, 1, 1},
      {"WSTOPSIG", os_WSTOPSIG, 1, 1},
  };
  for (const auto& f : functions) {
    NativeFunction* native = native_function_new(vm, f.name, f.fn, f.min, f.max);
    dict_set_str(vm, os->dict, native->name, Value::from_object(native));
  }
  dict_set_str(vm, os->dict, vm.intern("WNOHANG"), Value::from_small_int(WNOHANG));
  dict_set_str(vm, os->dict, vm.intern("WUNTRACED"), Value::from_small_int(WUNTRACED));
  dict_set_str(vm, os->dict, vm.intern("WCONTINUED"), Value::from_small_int(WCONTINUED));
}

}  // namespace pyvm::runtime
