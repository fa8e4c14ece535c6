// os.stat(path) for the native `os` module: an os.stat_result with
// CPython's ten sequence fields (st_mode ... st_ctime as ints). The float
// attributes st_atime, st_mtime and st_ctime hold whole seconds here (pyvm's
// struct sequences have no hidden fields for the nanosecond parts).
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
#include "runtime/str.h"
#include "runtime/struct_seq.h"
#include "runtime/text_stream.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr int kTimeFields = 7;  // index of st_atime in the sequence

Value stat_getattr(VM& vm, Value self, Str* name) {
  const char* const kTimes[] = {"st_atime", "st_mtime", "st_ctime"};
  for (int i = 0; i < 3; ++i) {
    if (!str_equals_ascii(name, kTimes[i])) continue;
    double seconds = 0;
    if (!number_to_double(vm, self.as<Tuple>()->at(kTimeFields + i), &seconds)) {
      return Value::null();
    }
    return float_new(vm, seconds);
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

Value os_stat(VM& vm, CallArgs args) {
  Value p[3];
  if (!bind_args(vm, args, ArgSpec{"stat", {"path", "dir_fd", "follow_symlinks"}, 1, 1}, p)) {
    return Value::null();
  }
  if (!is_str(vm, p[0])) {
    return raise_type_error(vm, "stat: path should be string, bytes, os.PathLike or integer, not " +
                                    type_name(vm, p[0]));
  }
  bool follow = true;
  if (!p[2].is_null()) {
    int t = truth(vm, p[2]);
    if (t < 0) return Value::null();
    follow = t != 0;
  }
  std::string path = str_to_utf8(p[0].as<Str>());
  struct stat st;
  int rc = follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
  if (rc != 0) return raise_errno_error(vm, errno, p[0]);
  Value type = module_attribute(vm, "os", "stat_result");
  if (type.is_null()) return raise(vm, vm.types().runtime_error, "pyvm: os was replaced");
  Value items[10] = {
      int_from_int64(vm, st.st_mode),        int_from_uint64(vm, st.st_ino),
      int_from_uint64(vm, st.st_dev),        int_from_int64(vm, st.st_nlink),
      int_from_int64(vm, st.st_uid),         int_from_int64(vm, st.st_gid),
      int_from_int64(vm, st.st_size),        int_from_int64(vm, st.st_atim.tv_sec),
      int_from_int64(vm, st.st_mtim.tv_sec), int_from_int64(vm, st.st_ctim.tv_sec),
  };
  return struct_seq_new(vm, type.as<Type>(), items, 10);
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
}

}  // namespace pyvm::runtime
