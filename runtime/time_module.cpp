// The native `time` module (see runtime/time_module.h).
//
// Every clock reads clock_gettime. Values in seconds are floats built from the
// nanosecond count, as CPython builds them, so `time()` and `time_ns()` agree
// to the float's precision. sleep() converts its argument to whole
// nanoseconds first (rounding up, so a sleep is never shorter than asked) with
// CPython's checks: NaN is a ValueError, a value whose nanosecond count does
// not fit in 64 bits is an OverflowError, and a negative one a ValueError.
// struct_time and the calendar functions (gmtime, localtime, strftime, ...)
// are in runtime/time_calendar.cpp.
#include "runtime/time_module.h"

#include <cerrno>
#include <cmath>
#include <ctime>
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/signals.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr int64_t kNanosPerSecond = 1000000000;

int64_t clock_ns(clockid_t clock) {
  struct timespec ts;
  if (clock_gettime(clock, &ts) != 0) return 0;
  return static_cast<int64_t>(ts.tv_sec) * kNanosPerSecond + ts.tv_nsec;
}

Value seconds_value(VM& vm, clockid_t clock) {
  return float_new(vm, static_cast<double>(clock_ns(clock)) / 1e9);
}

Value time_time(VM& vm, CallArgs) { return seconds_value(vm, CLOCK_REALTIME); }
Value time_time_ns(VM& vm, CallArgs) { return int_from_int64(vm, clock_ns(CLOCK_REALTIME)); }
Value time_monotonic(VM& vm, CallArgs) { return seconds_value(vm, CLOCK_MONOTONIC); }
Value time_monotonic_ns(VM& vm, CallArgs) { return int_from_int64(vm, clock_ns(CLOCK_MONOTONIC)); }
Value time_process_time(VM& vm, CallArgs) { return seconds_value(vm, CLOCK_PROCESS_CPUTIME_ID); }
Value time_process_time_ns(VM& vm, CallArgs) {
  return int_from_int64(vm, clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}
Value time_thread_time(VM& vm, CallArgs) { return seconds_value(vm, CLOCK_THREAD_CPUTIME_ID); }
Value time_thread_time_ns(VM& vm, CallArgs) {
  return int_from_int64(vm, clock_ns(CLOCK_THREAD_CPUTIME_ID));
}

// A float number of seconds as nanoseconds, rounded up.
bool float_seconds_to_ns(VM& vm, double seconds, int64_t* out) {
  if (std::isnan(seconds)) {
    raise_value_error(vm, "Invalid value NaN (not a number)");
    return false;
  }
  double ns = std::ceil(seconds * 1e9);
  // 2^63 as a double: the range of a signed 64-bit count.
  constexpr double kLimit = 9223372036854775808.0;
  if (!(ns >= -kLimit && ns < kLimit)) {
    raise_overflow_error(vm, "timestamp out of range for platform time_t");
    return false;
  }
  *out = static_cast<int64_t>(ns);
  return true;
}

// An int (or __index__) number of seconds as nanoseconds.
bool int_seconds_to_ns(VM& vm, Value seconds, int64_t* out) {
  int64_t whole = 0;
  bool fits;
  if (is_int(vm, seconds)) {
    fits = int_to_int64(vm, seconds, &whole);
  } else {
    if (!index_to_int64(vm, seconds, &whole)) return false;
    fits = true;
  }
  if (!fits || __builtin_mul_overflow(whole, kNanosPerSecond, out)) {
    raise_overflow_error(vm, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  return true;
}

Value time_sleep(VM& vm, CallArgs args) {
  Value seconds = args.args[0];
  int64_t ns = 0;
  bool ok = seconds.is_object() && is_subtype(seconds.object()->type, vm.types().float_)
                ? float_seconds_to_ns(vm, float_value(seconds), &ns)
                : int_seconds_to_ns(vm, seconds, &ns);
  if (!ok) return Value::null();
  if (ns < 0) return raise_value_error(vm, "sleep length must be non-negative");
  struct timespec request;
  request.tv_sec = static_cast<time_t>(ns / kNanosPerSecond);
  request.tv_nsec = static_cast<long>(ns % kNanosPerSecond);
  struct timespec remaining;
  while (nanosleep(&request, &remaining) != 0 && errno == EINTR) {
    if (vm::check_signals(vm) < 0) return Value::null();  // KeyboardInterrupt
    request = remaining;
  }
  return vm.none();
}

// The clock behind each name of get_clock_info, and its properties.
struct ClockInfo {
  const char* name;
  const char* implementation;
  clockid_t clock;
  bool monotonic;
  bool adjustable;
};

constexpr ClockInfo kClocks[] = {
    {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true},
    {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
    {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
    {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true,
     false},
    {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true, false},
};

// get_clock_info(name): a types.SimpleNamespace (the type of
// sys.implementation) with implementation, monotonic, adjustable and
// resolution (clock_getres), as CPython's.
Value time_get_clock_info(VM& vm, CallArgs args) {
  Value name = args.args[0];
  if (!is_str(vm, name)) {
    return raise_type_error(vm,
                            "get_clock_info() argument 1 must be str, not " + type_name(vm, name));
  }
  const ClockInfo* info = nullptr;
  for (const ClockInfo& c : kClocks) {
    if (str_equals_ascii(name.as<Str>(), c.name)) info = &c;
  }
  if (info == nullptr) return raise_value_error(vm, "unknown clock");
  Value implementation = module_attribute(vm, "sys", "implementation");
  if (implementation.is_null())
    return raise(vm, vm.types().runtime_error, "lost sys.implementation");
  struct timespec res;
  double resolution =
      clock_getres(info->clock, &res) == 0
          ? static_cast<double>(res.tv_sec) + static_cast<double>(res.tv_nsec) * 1e-9
          : 1e-9;
  Value values[] = {Value::from_object(str_from_utf8(vm, info->implementation)),
                    vm.bool_value(info->monotonic), vm.bool_value(info->adjustable),
                    float_new(vm, resolution)};
  Value names[] = {
      Value::from_object(vm.intern("implementation")), Value::from_object(vm.intern("monotonic")),
      Value::from_object(vm.intern("adjustable")), Value::from_object(vm.intern("resolution"))};
  Tuple* kwnames = tuple_from(vm, names, 4);
  return call(vm, Value::from_object(type_of(vm, implementation)), CallArgs{values, 0, kwnames});
}

struct TimeFunction {
  const char* name;
  NativeFn fn;
  int nargs;  // exact positional count: 0 or 1
};

constexpr TimeFunction kFunctions[] = {
    {"time", time_time, 0},
    {"time_ns", time_time_ns, 0},
    {"monotonic", time_monotonic, 0},
    {"monotonic_ns", time_monotonic_ns, 0},
    {"perf_counter", time_monotonic, 0},
    {"perf_counter_ns", time_monotonic_ns, 0},
    {"process_time", time_process_time, 0},
    {"process_time_ns", time_process_time_ns, 0},
    {"thread_time", time_thread_time, 0},
    {"thread_time_ns", time_thread_time_ns, 0},
    {"sleep", time_sleep, 1},
    {"get_clock_info", time_get_clock_info, 1},
};

// CPython names the module in these functions' argument errors
// ("time.sleep() takes exactly one argument (0 given)").
template <size_t I>
Value checked_call(VM& vm, CallArgs args) {
  const TimeFunction& f = kFunctions[I];
  std::string name = std::string("time.") + f.name + "()";
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, name + " takes no keyword arguments");
  }
  if (static_cast<int>(args.npos) != f.nargs) {
    std::string expected = f.nargs == 0 ? " takes no arguments (" : " takes exactly one argument (";
    return raise_type_error(vm, name + expected + std::to_string(args.npos) + " given)");
  }
  return f.fn(vm, args);
}

template <size_t... I>
void add_functions(VM& vm, Module* module, std::index_sequence<I...>) {
  NativeFn fns[] = {checked_call<I>...};
  for (size_t i = 0; i < sizeof...(I); ++i) {
    NativeFunction* native =
        native_function_new(vm, kFunctions[i].name, fns[i], 0, -1, kNativeKeywords);
    dict_set_str(vm, module->dict, native->name, Value::from_object(native));
  }
}

}  // namespace

void create_time_module(VM& vm) {
  Module* time = module_new(vm, vm.intern("time"));
  add_functions(vm, time, std::make_index_sequence<std::size(kFunctions)>());
  add_time_calendar(vm, time);
  const std::pair<const char*, int64_t> clocks[] = {
      {"CLOCK_REALTIME", CLOCK_REALTIME},
      {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
      {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
      {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
      {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
      {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
  };
  for (const auto& [name, id] : clocks) {
    dict_set_str(vm, time->dict, vm.intern(name), Value::from_small_int(id));
  }
  dict_set_str(vm, vm.modules(), time->name, Value::from_object(time));
}

}  // namespace pyvm::runtime
