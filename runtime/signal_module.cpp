// The native `_signal` module, created on first import, over which
// CPython's signal.py builds its Signals and Handlers enums: the signal
// numbers, SIG_DFL, SIG_IGN, NSIG, default_int_handler, getsignal, signal,
// strsignal, valid_signals and raise_signal.
//
// pyvm delivers one signal to Python code: SIGINT, as KeyboardInterrupt
// (vm/signals.h). signal() accepts SIG_DFL and SIG_IGN for any signal (the
// C library's dispositions) and default_int_handler for SIGINT (pyvm's own
// handler again); a Python callable as a handler raises NotImplementedError.
// The handlers Python code set are remembered in the module's dict for
// getsignal.
#include "runtime/signal_module.h"

#include <signal.h>

#include <cstring>
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "vm/signals.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr const char* kHandlersKey = "_pyvm_handlers";
constexpr int kSigDfl = 0;
constexpr int kSigIgn = 1;

struct SignalName {
  const char* name;
  int number;
};

const SignalName kSignals[] = {
    {"SIGHUP", SIGHUP},     {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},
    {"SIGILL", SIGILL},     {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT},
    {"SIGIOT", SIGIOT},     {"SIGBUS", SIGBUS},       {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL},   {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2},   {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},
    {"SIGTERM", SIGTERM},   {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD},
    {"SIGCONT", SIGCONT},   {"SIGSTOP", SIGSTOP},     {"SIGTSTP", SIGTSTP},
    {"SIGTTIN", SIGTTIN},   {"SIGTTOU", SIGTTOU},     {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU},   {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF},   {"SIGWINCH", SIGWINCH},   {"SIGIO", SIGIO},
    {"SIGPOLL", SIGPOLL},   {"SIGPWR", SIGPWR},       {"SIGSYS", SIGSYS},
    {"SIGRTMIN", SIGRTMIN}, {"SIGRTMAX", SIGRTMAX},
};

Value module_value(VM& vm, const char* name) { return module_attribute(vm, "_signal", name); }

bool signal_number(VM& vm, Value v, int* out) {
  int64_t n;
  if (!index_to_int64(vm, v, &n)) return false;
  if (n < 1 || n >= NSIG) {
    raise_value_error(vm, "signal number out of range");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

Value default_int_handler(VM& vm, CallArgs) {
  return raise_value(vm, exception_new(vm, vm.types().keyboard_interrupt, nullptr));
}

// The handler getsignal reports: the one Python code set, else
// default_int_handler for SIGINT and the disposition the process has for
// the others (SIG_IGN for SIGPIPE, which pyvm ignores as CPython does, and
// for signals ignored since the process started).
Value current_handler(VM& vm, int sig) {
  Value handlers = module_value(vm, kHandlersKey);
  if (handlers.is_object()) {
    Value set = dict_get(vm, handlers.as<Dict>(), Value::from_small_int(sig));
    if (!set.is_null()) return set;
    if (vm.has_exception()) return Value::null();
  }
  if (sig == SIGINT) return module_value(vm, "default_int_handler");
  struct sigaction current {};
  if (::sigaction(sig, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) {
    return Value::from_small_int(kSigIgn);
  }
  return Value::from_small_int(kSigDfl);
}

Value signal_getsignal(VM& vm, CallArgs args) {
  int sig;
  if (!signal_number(vm, args.args[0], &sig)) return Value::null();
  return current_handler(vm, sig);
}

Value signal_signal(VM& vm, CallArgs args) {
  int sig;
  if (!signal_number(vm, args.args[0], &sig)) return Value::null();
  Value handler = args.args[1];
  Value default_int = module_value(vm, "default_int_handler");
  bool is_dfl = handler == Value::from_small_int(kSigDfl);
  bool is_ign = handler == Value::from_small_int(kSigIgn);
  if (!is_dfl && !is_ign && !is_callable(vm, handler)) {
    return raise_type_error(
        vm, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  if (sig == SIGKILL || sig == SIGSTOP) return raise_os_error(vm, EINVAL, Value::null());
  Value previous = current_handler(vm, sig);
  if (previous.is_null()) return previous;
  if (handler == default_int && sig == SIGINT) {
    vm::install_signal_handlers(vm);
  } else if (is_dfl || is_ign) {
    if (::signal(sig, is_dfl ? SIG_DFL : SIG_IGN) == SIG_ERR) {
      return raise_os_error(vm, errno, Value::null());
    }
  } else {
    return raise(vm, vm.types().not_implemented_error,
                 "signal.signal(): Python signal handlers are not supported by pyvm");
  }
  Value handlers = module_value(vm, kHandlersKey);
  if (handlers.is_object() && dict_set(vm, handlers.as<Dict>(), args.args[0], handler) < 0) {
    return Value::null();
  }
  return previous;
}

Value signal_strsignal(VM& vm, CallArgs args) {
  int sig;
  if (!signal_number(vm, args.args[0], &sig)) return Value::null();
  const char* text = ::strsignal(sig);
  if (text == nullptr) return vm.none();
  return Value::from_object(str_from_utf8(vm, text));
}

Value signal_valid_signals(VM& vm, CallArgs) {
  Value set = set_new(vm);
  for (int sig = 1; sig < NSIG; ++sig) {
    if (sig == 32 || sig == 33) continue;  // used by the C library's threads
    if (set_add(vm, set, Value::from_small_int(sig)) < 0) return Value::null();
  }
  return set;
}

Value signal_raise_signal(VM& vm, CallArgs args) {
  int sig;
  if (!signal_number(vm, args.args[0], &sig)) return Value::null();
  if (::raise(sig) != 0) return raise_os_error(vm, errno, Value::null());
  if (vm::check_signals(vm) < 0) return Value::null();
  return vm.none();
}

}  // namespace

Value create_signal_module(VM& vm) {
  Module* module = module_new(vm, vm.intern("_signal"));
  for (const SignalName& s : kSignals) {
    dict_set_str(vm, module->dict, vm.intern(s.name), Value::from_small_int(s.number));
  }
  dict_set_str(vm, module->dict, vm.intern("SIG_DFL"), Value::from_small_int(kSigDfl));
  dict_set_str(vm, module->dict, vm.intern("SIG_IGN"), Value::from_small_int(kSigIgn));
  dict_set_str(vm, module->dict, vm.intern("NSIG"), Value::from_small_int(NSIG));
  dict_set_str(vm, module->dict, vm.intern(kHandlersKey), Value::from_object(dict_new(vm)));
  struct {
    const char* name;
    NativeFn fn;
    int min, max;
  } functions[] = {
      {"default_int_handler", default_int_handler, 0, -1},
      {"getsignal", signal_getsignal, 1, 1},
      {"signal", signal_signal, 2, 2},
      {"strsignal", signal_strsignal, 1, 1},
      {"valid_signals", signal_valid_signals, 0, 0},
      {"raise_signal", signal_raise_signal, 1, 1},
  };
  for (const auto& f : functions) {
    NativeFunction* native = native_function_new(vm, f.name, f.fn, f.min, f.max, 0);
    dict_set_str(vm, module->dict, native->name, Value::from_object(native));
  }
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  return Value::from_object(module);
}

}  // namespace pyvm::runtime
