// The calendar half of the `time` module: struct_time, gmtime, localtime,
// mktime, strftime, asctime and ctime, over the C library's gmtime_r,
// localtime_r, mktime and strftime (so the TZ environment variable applies
// as in CPython).
//
// A time tuple (struct_time or any 9-tuple) is converted to a `struct tm`
// the way CPython does: month and day of year become zero-based, the day of
// the week is shifted so that Sunday is 0, and asctime/strftime then check
// the ranges, taking 0 for an unknown month, day or day of year. struct_time
// has the nine sequence fields only; tm_zone and tm_gmtoff are not provided.
// timezone, altzone, daylight and tzname are read at module creation;
// strptime is CPython's _strptime module.
#include <cmath>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/struct_seq.h"
#include "runtime/time_module.h"
#include "runtime/tuple.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr int kTimeFields = 9;

Type* struct_time_type(VM& vm) {
  Value module = dict_get_str(vm, vm.modules(), vm.intern("time"));
  if (module.is_null()) return nullptr;
  Value type = dict_get_str(vm, module.as<Module>()->dict, vm.intern("struct_time"));
  return type.is_object() ? type.as<Type>() : nullptr;
}

Value struct_time_from_tm(VM& vm, const struct tm& tm) {
  Type* type = struct_time_type(vm);
  if (type == nullptr) return raise(vm, vm.types().runtime_error, "time.struct_time is missing");
  int64_t fields[kTimeFields] = {
      int64_t{tm.tm_year} + 1900, tm.tm_mon + 1,  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
      (tm.tm_wday + 6) % 7,       tm.tm_yday + 1, tm.tm_isdst};
  Value items[kTimeFields];
  for (int i = 0; i < kTimeFields; ++i) items[i] = int_from_int64(vm, fields[i]);
  return struct_seq_new(vm, type, items, kTimeFields);
}

// time.struct_time(sequence): 9 items (CPython also takes 11, the last two
// being tm_zone and tm_gmtoff, which pyvm ignores).
Value struct_time_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "struct_time() takes no keyword arguments");
  }
  if (args.npos != 1) {
    return raise_type_error(
        vm, "struct_time() takes exactly 1 argument (" + std::to_string(args.npos) + " given)");
  }
  Value seq = tuple_from_iterable(vm, args.args[0]);
  if (seq.is_null()) return seq;
  auto* t = seq.as<Tuple>();
  if (t->length < kTimeFields) {
    return raise_type_error(vm, "time.struct_time() takes an at least 9-sequence (" +
                                    std::to_string(t->length) + "-sequence given)");
  }
  if (t->length > kTimeFields + 2) {
    return raise_type_error(vm, "time.struct_time() takes an at most 11-sequence (" +
                                    std::to_string(t->length) + "-sequence given)");
  }
  return struct_seq_new(vm, cls, t->items(), kTimeFields);
}

// Seconds since the epoch from None/absent (now), an int or a float (floored).
bool seconds_arg(VM& vm, CallArgs args, time_t* out) {
  if (args.npos == 0 || args.args[0] == vm.none()) {
    *out = std::time(nullptr);
    return true;
  }
  Value v = args.args[0];
  if (v.is_object() && v.object()->type == vm.types().float_) {
    double d = float_value(v);
    if (std::isnan(d)) {
      raise_value_error(vm, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
      raise_overflow_error(vm, "timestamp out of range for platform time_t");
      return false;
    }
    *out = static_cast<time_t>(d);
    return true;
  }
  int64_t n;
  if (!index_to_int64(vm, v, &n)) {
    if (exception_matches(vm, vm.types().overflow_error)) {
      vm.clear_exception();
      raise_overflow_error(vm, "timestamp out of range for platform time_t");
    }
    return false;
  }
  *out = static_cast<time_t>(n);
  return true;
}

bool check_arity(VM& vm, CallArgs args, const char* name, size_t max_args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    raise_type_error(vm, std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (args.npos > max_args) {
    raise_type_error(vm, std::string(name) + " expected at most " + std::to_string(max_args) +
                             " argument" + (max_args == 1 ? "" : "s") + ", got " +
                             std::to_string(args.npos));
    return false;
  }
  return true;
}

Value broken_down(VM& vm, CallArgs args, const char* name, bool local) {
  if (!check_arity(vm, args, name, 1)) return Value::null();
  time_t seconds;
  if (!seconds_arg(vm, args, &seconds)) return Value::null();
  struct tm tm {};
  if ((local ? localtime_r(&seconds, &tm) : gmtime_r(&seconds, &tm)) == nullptr) {
    return raise(vm, vm.types().overflow_error, "timestamp out of range for platform time_t");
  }
  return struct_time_from_tm(vm, tm);
}

Value time_gmtime(VM& vm, CallArgs args) { return broken_down(vm, args, "gmtime", false); }
Value time_localtime(VM& vm, CallArgs args) { return broken_down(vm, args, "localtime", true); }

// A time tuple as a struct tm (CPython's conversion; no range checks).
bool tuple_to_tm(VM& vm, Value v, const char* name, struct tm* tm) {
  if (!v.is_object() || !is_subtype(v.object()->type, vm.types().tuple)) {
    raise_type_error(vm, "Tuple or struct_time argument required");
    return false;
  }
  auto* t = v.as<Tuple>();
  if (t->length != kTimeFields) {
    raise_type_error(vm, std::string(name) + "(): illegal time tuple argument");
    return false;
  }
  int64_t f[kTimeFields];
  for (int i = 0; i < kTimeFields; ++i) {
    if (!index_to_int64(vm, t->at(i), &f[i])) return false;
    if (f[i] < INT32_MIN || f[i] > INT32_MAX) {
      vm.clear_exception();
      raise_overflow_error(vm, "Python int too large to convert to C int");
      return false;
    }
  }
  *tm = {};
  tm->tm_year = static_cast<int>(f[0] - 1900);
  tm->tm_mon = static_cast<int>(f[1] - 1);
  tm->tm_mday = static_cast<int>(f[2]);
  tm->tm_hour = static_cast<int>(f[3]);
  tm->tm_min = static_cast<int>(f[4]);
  tm->tm_sec = static_cast<int>(f[5]);
  tm->tm_wday = static_cast<int>((f[6] + 1) % 7);
  tm->tm_yday = static_cast<int>(f[7] - 1);
  tm->tm_isdst = static_cast<int>(f[8]);
  return true;
}

// The range checks of asctime and strftime; 0 means "unknown" for the
// month, the day of the month and the day of the year.
bool check_tm(VM& vm, struct tm* tm) {
  if (tm->tm_mon == -1) tm->tm_mon = 0;
  if (tm->tm_mday == 0) tm->tm_mday = 1;
  if (tm->tm_yday == -1) tm->tm_yday = 0;
  const char* error = nullptr;
  if (tm->tm_mon < 0 || tm->tm_mon > 11) {
    error = "month out of range";
  } else if (tm->tm_mday < 0 || tm->tm_mday > 31) {
    error = "day of month out of range";
  } else if (tm->tm_hour < 0 || tm->tm_hour > 23) {
    error = "hour out of range";
  } else if (tm->tm_min < 0 || tm->tm_min > 59) {
    error = "minute out of range";
  } else if (tm->tm_sec < 0 || tm->tm_sec > 61) {
    error = "seconds out of range";
  } else if (tm->tm_wday < 0) {
    error = "day of week out of range";
  } else if (tm->tm_yday < 0 || tm->tm_yday > 365) {
    error = "day of year out of range";
  }
  if (error == nullptr) return true;
  raise_value_error(vm, error);
  return false;
}

// The time tuple argument of asctime/strftime, or the local time now.
bool time_arg(VM& vm, CallArgs args, size_t index, const char* name, struct tm* tm) {
  if (args.npos <= index) {
    time_t now = std::time(nullptr);
    localtime_r(&now, tm);
    return true;
  }
  return tuple_to_tm(vm, args.args[index], name, tm) && check_tm(vm, tm);
}

std::string asctime_text(const struct tm& tm) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buffer[96];
  std::snprintf(buffer, sizeof(buffer), "%s %s%3d %.2d:%.2d:%.2d %lld", kDays[tm.tm_wday],
                kMonths[tm.tm_mon], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<long long>(tm.tm_year) + 1900);
  return buffer;
}

Value time_asctime(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "asctime", 1)) return Value::null();
  struct tm tm {};
  if (!time_arg(vm, args, 0, "asctime", &tm)) return Value::null();
  return Value::from_object(str_from_utf8(vm, asctime_text(tm)));
}

Value time_ctime(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "ctime", 1)) return Value::null();
  time_t seconds;
  if (!seconds_arg(vm, args, &seconds)) return Value::null();
  struct tm tm {};
  if (localtime_r(&seconds, &tm) == nullptr) {
    return raise(vm, vm.types().overflow_error, "timestamp out of range for platform time_t");
  }
  return Value::from_object(str_from_utf8(vm, asctime_text(tm)));
}

Value time_mktime(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "mktime", 1)) return Value::null();
  if (args.npos != 1) {
    return raise_type_error(vm, "time.mktime() takes exactly one argument (0 given)");
  }
  struct tm tm {};
  if (!tuple_to_tm(vm, args.args[0], "mktime", &tm)) return Value::null();
  tm.tm_wday = -1;  // mktime leaves it alone on failure
  time_t result = std::mktime(&tm);
  if (result == static_cast<time_t>(-1) && tm.tm_wday == -1) {
    return raise(vm, vm.types().overflow_error, "mktime argument out of range");
  }
  return float_new(vm, static_cast<double>(result));
}

// C strftime into a growing buffer; an empty result is ambiguous, so the
// buffer grows a few times before accepting it (as CPython does).
std::string format_tm(const std::string& format, const struct tm& tm) {
  if (format.empty()) return "";
  for (size_t size = 1024; size <= format.size() * 256 + 1024; size *= 2) {
    std::vector<char> buffer(size);
    size_t n = std::strftime(buffer.data(), size, format.c_str(), &tm);
    if (n > 0) return std::string(buffer.data(), n);
  }
  return "";
}

Value time_strftime(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "strftime", 2)) return Value::null();
  if (args.npos < 1) {
    return raise_type_error(vm, "strftime expected at least 1 argument, got 0");
  }
  Value format = args.args[0];
  if (!format.is_object() || !is_subtype(format.object()->type, vm.types().str)) {
    return raise_type_error(vm, "strftime() argument 1 must be str, not " + type_name(vm, format));
  }
  struct tm tm {};
  if (!time_arg(vm, args, 1, "strftime", &tm)) return Value::null();
  if (tm.tm_isdst < -1) tm.tm_isdst = -1;
  if (tm.tm_isdst > 1) tm.tm_isdst = 1;
  std::string text = str_to_utf8(format.as<Str>());
  if (text.find('\0') != std::string::npos) {
    return raise_value_error(vm, "embedded null character");
  }
  return Value::from_object(str_from_utf8(vm, format_tm(text, tm)));
}

// time.strptime(string, format): CPython's own _strptime module does the
// parsing, as in CPython.
Value time_strptime(VM& vm, CallArgs args) {
  Value module = vm::import_module(vm, vm.intern("_strptime"), vm.none(), 0, nullptr);
  if (module.is_null()) return Value::null();
  Value fn = get_attr(vm, module, vm.intern("_strptime_time"));
  if (fn.is_null()) return Value::null();
  return call(vm, fn, args);
}

// The UTC offset (seconds east) and zone name of local time at `when`.
void local_zone(time_t when, long* offset, std::string* name) {
  struct tm tm {};
  localtime_r(&when, &tm);
  *offset = tm.tm_gmtoff;
  *name = tm.tm_zone != nullptr ? tm.tm_zone : "";
}

// timezone, altzone, daylight and tzname from local time on January 1st
// and July 1st of the current year, as CPython computes them (so a zone
// whose summer is in January gets its names swapped the same way).
void add_zone_constants(VM& vm, Module* time) {
  tzset();
  time_t now = std::time(nullptr);
  struct tm today {};
  localtime_r(&now, &today);
  struct tm jan {};
  jan.tm_year = today.tm_year;
  jan.tm_mday = 1;
  struct tm jul = jan;
  jul.tm_mon = 6;
  long jan_offset = 0;
  long jul_offset = 0;
  std::string jan_name;
  std::string jul_name;
  local_zone(timegm(&jan), &jan_offset, &jan_name);
  local_zone(timegm(&jul), &jul_offset, &jul_name);
  long jan_zone = -jan_offset;
  long jul_zone = -jul_offset;
  bool swapped = jan_zone < jul_zone;
  long zone = swapped ? jul_zone : jan_zone;
  long alt = swapped ? jan_zone : jul_zone;
  Value names[2] = {Value::from_object(str_from_utf8(vm, swapped ? jul_name : jan_name)),
                    Value::from_object(str_from_utf8(vm, swapped ? jan_name : jul_name))};
  Tuple* tzname = tuple_from(vm, names, 2);
  dict_set_str(vm, time->dict, vm.intern("timezone"), Value::from_small_int(zone));
  dict_set_str(vm, time->dict, vm.intern("altzone"), Value::from_small_int(alt));
  dict_set_str(vm, time->dict, vm.intern("daylight"),
               Value::from_small_int(jan_zone != jul_zone ? 1 : 0));
  dict_set_str(vm, time->dict, vm.intern("tzname"), Value::from_object(tzname));
}

void add(VM& vm, Module* module, const char* name, NativeFn fn) {
  NativeFunction* native = native_function_new(vm, name, fn, 0, -1, kNativeKeywords);
  dict_set_str(vm, module->dict, native->name, Value::from_object(native));
}

}  // namespace

void add_time_calendar(VM& vm, Module* time) {
  Type* type = struct_seq_type_new(vm, "time", "struct_time",
                                   {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                    "tm_wday", "tm_yday", "tm_isdst"});
  type->construct = struct_time_construct;
  dict_set_str(vm, type->dict, vm.intern("n_fields"), Value::from_small_int(11));
  dict_set_str(vm, time->dict, vm.intern("struct_time"), Value::from_object(type));
  add(vm, time, "gmtime", time_gmtime);
  add(vm, time, "localtime", time_localtime);
  add(vm, time, "mktime", time_mktime);
  add(vm, time, "asctime", time_asctime);
  add(vm, time, "ctime", time_ctime);
  add(vm, time, "strftime", time_strftime);
  add(vm, time, "strptime", time_strptime);
  add_zone_constants(vm, time);
}

}  // namespace pyvm::runtime
