// os.stat(path), os.lstat(path) and os.fstat(fd) for the native `os`
// module: an os.stat_result with CPython's ten sequence fields (st_mode ...
// st_ctime as ints). The attributes beyond them (st_atime_ns..., st_blksize,
// st_blocks, st_rdev) are small ints stored after the sequence items, where
// tuple operations do not see them; an instance made by these functions is
// marked in the header's aux word. st_atime, st_mtime and st_ctime are
// floats built from the nanosecond counts, as CPython's.
#include <sys/stat.h>

#include <cerrno>
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/os_module.h"
#include "runtime/str.h"
#include "runtime/struct_seq.h"
#include "runtime/text_stream.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr int kTimeFields = 7;  // index of st_atime in the sequence
constexpr int kVisibleFields = 10;
constexpr uint32_t kHiddenMark = 0x57a7;  // aux of an instance with hidden fields
// Hidden fields, after the ten visible ones: the nanosecond parts of the
// three times, then st_blksize, st_blocks, st_rdev.
constexpr const char* kHiddenNames[] = {"st_atime_ns", "st_mtime_ns", "st_ctime_ns",
                                        "st_blksize",  "st_blocks",   "st_rdev"};
constexpr int kHiddenFields = 6;

Value hidden(Value self, int i) { return self.as<Tuple>()->items()[kVisibleFields + i]; }

Value stat_getattr(VM& vm, Value self, Str* name) {
  const char* const kTimes[] = {"st_atime", "st_mtime", "st_ctime"};
  bool has_hidden = self.object()->aux == kHiddenMark;
  for (int i = 0; i < 3; ++i) {
    if (!str_equals_ascii(name, kTimes[i])) continue;
    double seconds = 0;
    if (!number_to_double(vm, self.as<Tuple>()->at(kTimeFields + i), &seconds)) {
      return Value::null();
    }
    if (has_hidden) {
      int64_t ns = hidden(self, i).small_int() % 1000000000;
      if (ns < 0) ns += 1000000000;
      seconds += static_cast<double>(ns) * 1e-9;
    }
    return float_new(vm, seconds);
  }
  for (int i = 0; i < kHiddenFields && has_hidden; ++i) {
    if (!str_equals_ascii(name, kHiddenNames[i])) continue;
    return hidden(self, i);
  }
  // The field attributes and methods, as any struct sequence.
  Tuple* names =
      dict_get_str(vm, self.object()->type->dict, vm.intern("__match_args__")).as<Tuple>();
  for (int64_t i = 0; i < names->length; ++i) {
    if (str_equal(names->at(i).as<Str>(), name)) return self.as<Tuple>()->at(i);
  }
  Type* type = self.object()->type;
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

int64_t total_ns(const struct timespec& ts) {
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Value stat_result_new(VM& vm, const struct stat& st) {
  Value type = module_attribute(vm, "os", "stat_result");
  if (type.is_null()) return raise(vm, vm.types().runtime_error, "pyvm: os was replaced");
  Value items[kVisibleFields] = {
      int_from_int64(vm, st.st_mode),        int_from_uint64(vm, st.st_ino),
      int_from_uint64(vm, st.st_dev),        int_from_int64(vm, st.st_nlink),
      int_from_int64(vm, st.st_uid),         int_from_int64(vm, st.st_gid),
      int_from_int64(vm, st.st_size),        int_from_int64(vm, st.st_atim.tv_sec),
      int_from_int64(vm, st.st_mtim.tv_sec), int_from_int64(vm, st.st_ctim.tv_sec),
  };
  constexpr size_t kAll = kVisibleFields + kHiddenFields;
  auto* t = vm.allocate<Tuple>(type.as<Type>(), kAll * sizeof(Value));
  t->length = kVisibleFields;
  for (int i = 0; i < kVisibleFields; ++i) tuple_init_item(vm, t, i, items[i]);
  // Small ints only (no references to trace): nanosecond counts fit in 62
  // bits until the year 2116.
  const int64_t extra[kHiddenFields] = {total_ns(st.st_atim),
                                        total_ns(st.st_mtim),
                                        total_ns(st.st_ctim),
                                        static_cast<int64_t>(st.st_blksize),
                                        static_cast<int64_t>(st.st_blocks),
                                        static_cast<int64_t>(st.st_rdev)};
  for (int i = 0; i < kHiddenFields; ++i) {
    t->items()[kVisibleFields + i] = Value::from_small_int(extra[i]);
  }
  t->aux = kHiddenMark;
  return Value::from_object(t);
}

Value stat_call(VM& vm, CallArgs args, const char* function, bool default_follow) {
  Value p[3];
  if (!bind_args(vm, args, ArgSpec{function, {"path", "dir_fd", "follow_symlinks"}, 1, 1}, p)) {
    return Value::null();
  }
  bool follow = default_follow;
  if (!p[2].is_null()) {
    int t = truth(vm, p[2]);
    if (t < 0) return Value::null();
    follow = t != 0;
  }
  if (!p[1].is_null() && p[1] != vm.none()) {
    return raise(vm, vm.types().not_implemented_error,
                 std::string(function) + ": dir_fd unavailable on this platform");
  }
  struct stat st;
  if (is_int(vm, p[0])) {
    int64_t fd;
    if (!index_to_int64(vm, p[0], &fd)) return Value::null();
    if (::fstat(static_cast<int>(fd), &st) != 0) return raise_errno_error(vm, errno, p[0]);
    return stat_result_new(vm, st);
  }
  std::string path;
  if (!os_path_argument(vm, p[0], function, &path)) return Value::null();
  int rc = follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
  if (rc != 0) return raise_errno_error(vm, errno, p[0]);
  return stat_result_new(vm, st);
}

Value os_stat(VM& vm, CallArgs args) { return stat_call(vm, args, "stat", true); }
Value os_lstat(VM& vm, CallArgs args) { return stat_call(vm, args, "lstat", false); }

Value os_fstat(VM& vm, CallArgs args) {
  int64_t fd;
  if (!index_to_int64(vm, args.args[0], &fd)) return Value::null();
  struct stat st;
  if (::fstat(static_cast<int>(fd), &st) != 0) return raise_errno_error(vm, errno, Value::null());
  return stat_result_new(vm, st);
}

}  // namespace

void add_os_stat(VM& vm, Module* os) {
  Type* t = struct_seq_type_new(vm, "os", "stat_result",
                                {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                                 "st_size", "st_atime", "st_mtime", "st_ctime"});
  t->getattr = stat_getattr;
  dict_set_str(vm, os->dict, vm.intern("stat_result"), Value::from_object(t));
  NativeFunction* f = native_function_new(vm, "stat", os_stat, 0, -1, kNativeKeywords);
  dict_set_str(vm, os->dict, f->name, Value::from_object(f));
  f = native_function_new(vm, "lstat", os_lstat, 0, -1, kNativeKeywords);
  dict_set_str(vm, os->dict, f->name, Value::from_object(f));
  f = native_function_new(vm, "fstat", os_fstat, 1, 1);
  dict_set_str(vm, os->dict, f->name, Value::from_object(f));
  dict_set_str(vm, t->dict, vm.intern("n_sequence_fields"), Value::from_small_int(10));
  dict_set_str(vm, t->dict, vm.intern("n_fields"), Value::from_small_int(19));
}

}  // namespace pyvm::runtime
