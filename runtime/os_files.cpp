// File-system and file-descriptor functions of the native `os` module:
// mkdir, rmdir, listdir, scandir (with posix.DirEntry and
// posix.ScandirIterator), rename, replace, open/close/read/write/lseek on
// descriptors, access, chmod, utime, chdir, symlink, readlink, link,
// truncate, umask, getenv, strerror and the O_*/F_OK constants, over the C
// library's calls, with CPython's OSError (errno, strerror, filename[,
// filename2]) on failure.
//
// Paths are str or os.PathLike (bytes paths are not supported: TypeError).
// dir_fd arguments must be None: `_have_functions` is empty, so CPython's
// os.py code (loaded as `_os_py` for walk, makedirs, ...) reports every
// `supports_*` set empty except `supports_fd = {stat}`, and shutil uses its
// path-based fallbacks. scandir reads the whole directory when it is
// called (CPython reads it as the iterator advances).
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/os_module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

// ---- arguments ----

Value raise_os_error2(VM& vm, int error, Value filename, Value filename2) {
  Value args[5] = {Value::from_small_int(error),
                   Value::from_object(str_from_utf8(vm, std::strerror(error))), filename, vm.none(),
                   filename2};
  Value exc = call_positional(vm, Value::from_object(vm.types().os_error), args, 5);
  if (exc.is_null()) return exc;
  return raise_value(vm, exc);
}

bool arg_given(VM& vm, Value v) { return !v.is_null() && v != vm.none(); }

bool reject_dir_fd(VM& vm, Value dir_fd, const char* function) {
  if (!arg_given(vm, dir_fd)) return true;
  raise(vm, vm.types().not_implemented_error,
        std::string(function) + ": dir_fd unavailable on this platform");
  return false;
}

bool bool_arg(VM& vm, Value v, bool fallback, bool* out) {
  if (v.is_null()) {
    *out = fallback;
    return true;
  }
  int t = truth(vm, v);
  if (t < 0) return false;
  *out = t != 0;
  return true;
}

bool int_arg(VM& vm, Value v, int64_t fallback, int64_t* out) {
  if (v.is_null()) {
    *out = fallback;
    return true;
  }
  return index_to_int64(vm, v, out);
}

bool fd_arg(VM& vm, Value v, int* fd) {
  int64_t n;
  if (!index_to_int64(vm, v, &n)) return false;
  if (n < INT_MIN || n > INT_MAX) {
    raise_overflow_error(vm, "fd is greater than maximum");
    return false;
  }
  *fd = static_cast<int>(n);
  return true;
}

}  // namespace

bool os_path_argument(VM& vm, Value path, const char* function, std::string* out) {
  Value text = path;
  Type* t = type_of(vm, path);
  if (!is_subtype(t, vm.types().str)) {
    Value method = is_subtype(t, vm.types().bytes) ? Value::null()
                                                   : type_lookup(vm, t, vm.intern("__fspath__"));
    if (!method.is_null()) {
      text = call_positional(vm, method, &path, 1);
      if (text.is_null()) return false;
    }
    if (method.is_null() || !is_str(vm, text)) {
      raise_type_error(vm, std::string(function) +
                               ": path should be string, bytes or os.PathLike, not " +
                               type_name(vm, method.is_null() ? path : text));
      return false;
    }
  }
  *out = str_to_utf8(text.as<Str>());
  if (out->find('\0') != std::string::npos) {
    raise_value_error(vm, std::string(function) + ": embedded null character in path");
    return false;
  }
  return true;
}

namespace {

// ---- directories ----

Value os_mkdir(VM& vm, CallArgs args) {
  Value p[3];
  if (!bind_args(vm, args, ArgSpec{"mkdir", {"path", "mode", "dir_fd"}, 1, 2}, p)) {
    return Value::null();
  }
  std::string path;
  int64_t mode;
  if (!os_path_argument(vm, p[0], "mkdir", &path) || !int_arg(vm, p[1], 0777, &mode) ||
      !reject_dir_fd(vm, p[2], "mkdir")) {
    return Value::null();
  }
  if (::mkdir(path.c_str(), static_cast<mode_t>(mode)) != 0) {
    return raise_os_error(vm, errno, p[0]);
  }
  return vm.none();
}

Value os_rmdir(VM& vm, CallArgs args) {
  Value p[2];
  if (!bind_args(vm, args, ArgSpec{"rmdir", {"path", "dir_fd"}, 1, 1}, p)) return Value::null();
  std::string path;
  if (!os_path_argument(vm, p[0], "rmdir", &path) || !reject_dir_fd(vm, p[1], "rmdir")) {
    return Value::null();
  }
  if (::rmdir(path.c_str()) != 0) return raise_os_error(vm, errno, p[0]);
  return vm.none();
}

struct DirItem {
  std::string name;
  unsigned char type;
  uint64_t inode;
};

// Reads the entries of `path` except "." and "..", in readdir order.
bool read_directory(VM& vm, const std::string& path, Value shown, std::vector<DirItem>* out) {
  DIR* dir = ::opendir(path.c_str());
  if (dir == nullptr) {
    raise_os_error(vm, errno, shown);
    return false;
  }
  errno = 0;
  while (struct dirent* entry = ::readdir(dir)) {
    if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0) continue;
    out->push_back(DirItem{entry->d_name, entry->d_type, entry->d_ino});
  }
  int error = errno;
  ::closedir(dir);
  if (error != 0) {
    raise_os_error(vm, error, shown);
    return false;
  }
  return true;
}

Value os_listdir(VM& vm, CallArgs args) {
  Value p[1];
  if (!bind_args(vm, args, ArgSpec{"listdir", {"path"}, 0, 1}, p)) return Value::null();
  std::string path = ".";
  Value shown = Value::from_object(vm.intern("."));
  if (arg_given(vm, p[0])) {
    if (!os_path_argument(vm, p[0], "listdir", &path)) return Value::null();
    shown = p[0];
  }
  std::vector<DirItem> items;
  if (!read_directory(vm, path, shown, &items)) return Value::null();
  List* list = list_new(vm, static_cast<int64_t>(items.size()));
  for (const DirItem& item : items) {
    list_append(vm, list, Value::from_object(str_from_utf8(vm, item.name)));
  }
  return Value::from_object(list);
}

// ---- DirEntry and ScandirIterator ----

struct DirEntry : Object {
  Value name;
  Value path;
  Value stat;   // cached os.stat(path) (follows symlinks), or null
  Value lstat;  // cached os.lstat(path), or null
  int64_t d_type;
  uint64_t inode;
};

struct ScandirIterator : Object {
  Value entries;  // list of DirEntry
  int64_t position;
  int64_t closed;
};

void trace_entry(Object* self, Tracer& tracer) {
  auto* e = static_cast<DirEntry*>(self);
  tracer.visit(e->name);
  tracer.visit(e->path);
  tracer.visit(e->stat);
  tracer.visit(e->lstat);
}

void trace_scandir(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<ScandirIterator*>(self)->entries);
}

// The two types live in the os module's dict (the iterator's under a
// private name), which keeps them alive.
constexpr const char* kScandirIteratorKey = "_pyvm_ScandirIterator";

Type* os_type(VM& vm, const char* key) {
  Value t = module_attribute(vm, "os", key);
  return t.is_object() && t.object()->type == vm.types().type ? t.as<Type>() : nullptr;
}

Value type_attribute(VM& vm, Value self, Str* name) {
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (found.is_null()) return raise_attribute_error(vm, self, name);
  return bind_attribute(vm, found, self, type);
}

Value os_stat_call(VM& vm, Value path, bool follow) {
  Value stat = module_attribute(vm, "os", "stat");
  if (stat.is_null()) return raise(vm, vm.types().runtime_error, "pyvm: os.stat is missing");
  Value kwname = Value::from_object(vm.intern("follow_symlinks"));
  Tuple* kwnames = tuple_from(vm, &kwname, 1);
  Value argv[2] = {path, follow ? vm.bool_value(true) : vm.bool_value(false)};
  CallArgs call_args{argv, 1, kwnames};
  return call(vm, stat, call_args);
}

Value entry_stat_value(VM& vm, DirEntry* e, bool follow) {
  Value* cache = follow ? &e->stat : &e->lstat;
  if (!cache->is_null()) return *cache;
  Value result = os_stat_call(vm, e->path, follow);
  if (result.is_null()) return result;
  vm.store(e, cache, result);
  return result;
}

// The file type bits of the entry (S_IFDIR...), or -1 with an exception.
int64_t entry_mode(VM& vm, DirEntry* e, bool follow) {
  bool is_link = e->d_type == DT_LNK;
  if (e->d_type != DT_UNKNOWN && !(follow && is_link)) {
    switch (e->d_type) {
      case DT_DIR:
        return S_IFDIR;
      case DT_REG:
        return S_IFREG;
      case DT_LNK:
        return S_IFLNK;
      default:
        return 0;
    }
  }
  Value st = entry_stat_value(vm, e, follow);
  if (st.is_null()) return -1;
  int64_t mode = 0;
  if (!index_to_int64(vm, st.as<Tuple>()->at(0), &mode)) return -1;
  return mode & S_IFMT;
}

bool entry_follow(VM& vm, CallArgs args, const char* function, bool* follow) {
  Value p[1];
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  if (!bind_args(vm, rest, ArgSpec{function, {"follow_symlinks"}, 0, 0}, p)) return false;
  return bool_arg(vm, p[0], true, follow);
}

// is_dir/is_file answer False when the file has gone (as CPython's).
Value entry_is_type(VM& vm, CallArgs args, const char* function, int64_t wanted) {
  bool follow;
  if (!entry_follow(vm, args, function, &follow)) return Value::null();
  int64_t mode = entry_mode(vm, args.args[0].as<DirEntry>(), follow);
  if (mode < 0) {
    if (!exception_matches(vm, vm.types().file_not_found_error)) return Value::null();
    vm.clear_exception();
    return vm.bool_value(false);
  }
  return mode == wanted ? vm.bool_value(true) : vm.bool_value(false);
}

Value entry_is_dir(VM& vm, CallArgs args) { return entry_is_type(vm, args, "is_dir", S_IFDIR); }
Value entry_is_file(VM& vm, CallArgs args) { return entry_is_type(vm, args, "is_file", S_IFREG); }
Value entry_is_symlink(VM& vm, CallArgs args) {
  auto* e = args.args[0].as<DirEntry>();
  if (e->d_type != DT_UNKNOWN)
    return e->d_type == DT_LNK ? vm.bool_value(true) : vm.bool_value(false);
  int64_t mode = entry_mode(vm, e, false);
  if (mode < 0) {
    if (!exception_matches(vm, vm.types().file_not_found_error)) return Value::null();
    vm.clear_exception();
    return vm.bool_value(false);
  }
  return mode == S_IFLNK ? vm.bool_value(true) : vm.bool_value(false);
}

Value entry_stat(VM& vm, CallArgs args) {
  bool follow;
  if (!entry_follow(vm, args, "stat", &follow)) return Value::null();
  auto* e = args.args[0].as<DirEntry>();
  if (follow && e->d_type != DT_LNK && e->d_type != DT_UNKNOWN) follow = false;
  return entry_stat_value(vm, e, follow);
}

Value entry_inode(VM& vm, CallArgs args) {
  return int_from_uint64(vm, args.args[0].as<DirEntry>()->inode);
}

Value entry_fspath(VM&, CallArgs args) { return args.args[0].as<DirEntry>()->path; }

Value entry_repr(VM& vm, Value self) {
  Value shown = repr(vm, self.as<DirEntry>()->name);
  if (shown.is_null()) return shown;
  return Value::from_object(str_from_utf8(vm, "<DirEntry " + str_to_utf8(shown.as<Str>()) + ">"));
}

Value entry_getattr(VM& vm, Value self, Str* name) {
  auto* e = self.as<DirEntry>();
  if (str_equals_ascii(name, "name")) return e->name;
  if (str_equals_ascii(name, "path")) return e->path;
  return type_attribute(vm, self, name);
}

Value scandir_next(VM& vm, Value self) {
  auto* it = self.as<ScandirIterator>();
  if (it->closed != 0) return Value::null();
  List* entries = it->entries.as<List>();
  if (it->position >= entries->length) {
    it->closed = 1;
    return Value::null();
  }
  return entries->items[it->position++];
}

Value scandir_close(VM& vm, CallArgs args) {
  args.args[0].as<ScandirIterator>()->closed = 1;
  return vm.none();
}

Value scandir_enter(VM&, CallArgs args) { return args.args[0]; }

Value scandir_exit(VM& vm, CallArgs args) {
  args.args[0].as<ScandirIterator>()->closed = 1;
  return vm.bool_value(false);
}

std::string join_entry_path(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

Value os_scandir(VM& vm, CallArgs args) {
  Value p[1];
  if (!bind_args(vm, args, ArgSpec{"scandir", {"path"}, 0, 1}, p)) return Value::null();
  std::string path = ".";
  Value shown = Value::from_object(vm.intern("."));
  if (arg_given(vm, p[0])) {
    if (!os_path_argument(vm, p[0], "scandir", &path)) return Value::null();
    shown = p[0];
  }
  std::vector<DirItem> items;
  if (!read_directory(vm, path, shown, &items)) return Value::null();
  Type* entry_type = os_type(vm, "DirEntry");
  Type* iterator_type = os_type(vm, kScandirIteratorKey);
  if (entry_type == nullptr || iterator_type == nullptr) {
    return raise(vm, vm.types().runtime_error, "pyvm: os.DirEntry is missing");
  }
  List* list = list_new(vm, static_cast<int64_t>(items.size()));
  Value list_value = Value::from_object(list);
  for (const DirItem& item : items) {
    auto* e = vm.allocate<DirEntry>(entry_type);
    Value entry = Value::from_object(e);
    vm.store(e, &e->name, Value::from_object(str_from_utf8(vm, item.name)));
    vm.store(e, &e->path, Value::from_object(str_from_utf8(vm, join_entry_path(path, item.name))));
    e->d_type = item.type;
    e->inode = item.inode;
    list_append(vm, list, entry);
  }
  auto* it = vm.allocate<ScandirIterator>(iterator_type);
  vm.store(it, &it->entries, list_value);
  return Value::from_object(it);
}

void create_scandir_types(VM& vm, Module* os) {
  Type* entry = module_type_new(vm, "posix", "DirEntry", sizeof(DirEntry), trace_entry);
  entry->repr = entry_repr;
  entry->getattr = entry_getattr;
  entry->construct = [](VM& vm, Type*, CallArgs) {
    return raise_type_error(vm, "cannot create 'posix.DirEntry' instances");
  };
  add_method(vm, entry, "is_dir", entry_is_dir, 0, -1, kNativeKeywords);
  add_method(vm, entry, "is_file", entry_is_file, 0, -1, kNativeKeywords);
  add_method(vm, entry, "is_symlink", entry_is_symlink, 0, 0);
  add_method(vm, entry, "stat", entry_stat, 0, -1, kNativeKeywords);
  add_method(vm, entry, "inode", entry_inode, 0, 0);
  add_method(vm, entry, "__fspath__", entry_fspath, 0, 0);
  Type* it =
      module_type_new(vm, "posix", "ScandirIterator", sizeof(ScandirIterator), trace_scandir);
  it->iter = [](VM&, Value self) { return self; };
  it->next = scandir_next;
  it->construct = [](VM& vm, Type*, CallArgs) {
    return raise_type_error(vm, "cannot create 'posix.ScandirIterator' instances");
  };
  add_method(vm, it, "close", scandir_close, 0, 0);
  add_method(vm, it, "__enter__", scandir_enter, 0, 0);
  add_method(vm, it, "__exit__", scandir_exit, 0, -1);
  dict_set_str(vm, os->dict, vm.intern("DirEntry"), Value::from_object(entry));
  dict_set_str(vm, os->dict, vm.intern(kScandirIteratorKey), Value::from_object(it));
}

// ---- renaming and links ----

Value rename_like(VM& vm, CallArgs args, const char* function) {
  Value p[4];
  if (!bind_args(vm, args, ArgSpec{function, {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 2},
                 p)) {
    return Value::null();
  }
  std::string src;
  std::string dst;
  if (!os_path_argument(vm, p[0], function, &src) || !os_path_argument(vm, p[1], function, &dst) ||
      !reject_dir_fd(vm, p[2], function) || !reject_dir_fd(vm, p[3], function)) {
    return Value::null();
  }
  if (::rename(src.c_str(), dst.c_str()) != 0) return raise_os_error2(vm, errno, p[0], p[1]);
  return vm.none();
}

Value os_rename(VM& vm, CallArgs args) { return rename_like(vm, args, "rename"); }
Value os_replace(VM& vm, CallArgs args) { return rename_like(vm, args, "replace"); }

Value os_symlink(VM& vm, CallArgs args) {
  Value p[4];
  if (!bind_args(vm, args,
                 ArgSpec{"symlink", {"src", "dst", "target_is_directory", "dir_fd"}, 2, 3}, p)) {
    return Value::null();
  }
  std::string src;
  std::string dst;
  if (!os_path_argument(vm, p[0], "symlink", &src) ||
      !os_path_argument(vm, p[1], "symlink", &dst) || !reject_dir_fd(vm, p[3], "symlink")) {
    return Value::null();
  }
  if (::symlink(src.c_str(), dst.c_str()) != 0) return raise_os_error2(vm, errno, p[0], p[1]);
  return vm.none();
}

Value os_link(VM& vm, CallArgs args) {
  Value p[5];
  if (!bind_args(
          vm, args,
          ArgSpec{"link", {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2, 2},
          p)) {
    return Value::null();
  }
  std::string src;
  std::string dst;
  if (!os_path_argument(vm, p[0], "link", &src) || !os_path_argument(vm, p[1], "link", &dst)) {
    return Value::null();
  }
  if (::link(src.c_str(), dst.c_str()) != 0) return raise_os_error2(vm, errno, p[0], p[1]);
  return vm.none();
}

Value os_readlink(VM& vm, CallArgs args) {
  Value p[2];
  if (!bind_args(vm, args, ArgSpec{"readlink", {"path", "dir_fd"}, 1, 1}, p)) {
    return Value::null();
  }
  std::string path;
  if (!os_path_argument(vm, p[0], "readlink", &path) || !reject_dir_fd(vm, p[1], "readlink")) {
    return Value::null();
  }
  char buffer[PATH_MAX];
  ssize_t n = ::readlink(path.c_str(), buffer, sizeof(buffer));
  if (n < 0) return raise_os_error(vm, errno, p[0]);
  return Value::from_object(str_from_utf8(vm, std::string_view(buffer, static_cast<size_t>(n))));
}

// ---- metadata ----

Value os_access(VM& vm, CallArgs args) {
  Value p[5];
  if (!bind_args(
          vm, args,
          ArgSpec{"access", {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2},
          p)) {
    return Value::null();
  }
  std::string path;
  int64_t mode;
  if (!os_path_argument(vm, p[0], "access", &path) || !index_to_int64(vm, p[1], &mode) ||
      !reject_dir_fd(vm, p[2], "access")) {
    return Value::null();
  }
  return ::access(path.c_str(), static_cast<int>(mode)) == 0 ? vm.bool_value(true)
                                                             : vm.bool_value(false);
}

Value os_chmod(VM& vm, CallArgs args) {
  Value p[4];
  if (!bind_args(vm, args, ArgSpec{"chmod", {"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2},
                 p)) {
    return Value::null();
  }
  int64_t mode;
  if (!index_to_int64(vm, p[1], &mode) || !reject_dir_fd(vm, p[2], "chmod")) return Value::null();
  int rc;
  if (is_int(vm, p[0])) {
    int fd;
    if (!fd_arg(vm, p[0], &fd)) return Value::null();
    rc = ::fchmod(fd, static_cast<mode_t>(mode));
  } else {
    std::string path;
    if (!os_path_argument(vm, p[0], "chmod", &path)) return Value::null();
    rc = ::chmod(path.c_str(), static_cast<mode_t>(mode));
  }
  if (rc != 0) return raise_os_error(vm, errno, p[0]);
  return vm.none();
}

// A (seconds, nanoseconds) pair from a float or int number of seconds.
bool seconds_to_timespec(VM& vm, Value v, struct timespec* out) {
  if (is_int(vm, v)) {
    int64_t s;
    if (!index_to_int64(vm, v, &s)) return false;
    out->tv_sec = static_cast<time_t>(s);
    out->tv_nsec = 0;
    return true;
  }
  double d;
  if (!number_to_double(vm, v, &d)) return false;
  double whole = std::floor(d);
  out->tv_sec = static_cast<time_t>(whole);
  out->tv_nsec = static_cast<long>((d - whole) * 1e9);
  return true;
}

bool ns_to_timespec(VM& vm, Value v, struct timespec* out) {
  Value billion = Value::from_small_int(1000000000);
  Value q = binary_op(vm, BinaryOp::kFloorDiv, v, billion);
  if (q.is_null()) return false;
  Value r = binary_op(vm, BinaryOp::kMod, v, billion);
  if (r.is_null()) return false;
  int64_t s;
  int64_t ns;
  if (!index_to_int64(vm, q, &s) || !index_to_int64(vm, r, &ns)) return false;
  out->tv_sec = static_cast<time_t>(s);
  out->tv_nsec = static_cast<long>(ns);
  return true;
}

bool pair_arg(VM& vm, Value v, const char* message, Value* first, Value* second) {
  if (!v.is_object() || !is_subtype(v.object()->type, vm.types().tuple) ||
      v.as<Tuple>()->length != 2) {
    raise_type_error(vm, message);
    return false;
  }
  *first = v.as<Tuple>()->at(0);
  *second = v.as<Tuple>()->at(1);
  return true;
}

Value os_utime(VM& vm, CallArgs args) {
  Value p[5];
  if (!bind_args(vm, args,
                 ArgSpec{"utime", {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1, 2}, p)) {
    return Value::null();
  }
  std::string path;
  bool follow;
  if (!os_path_argument(vm, p[0], "utime", &path) || !reject_dir_fd(vm, p[3], "utime") ||
      !bool_arg(vm, p[4], true, &follow)) {
    return Value::null();
  }
  struct timespec times[2];
  struct timespec* used = nullptr;
  Value a;
  Value m;
  if (arg_given(vm, p[1]) && !p[2].is_null()) {
    return raise_value_error(vm, "utime: you may specify either 'times' or 'ns' but not both");
  }
  if (arg_given(vm, p[1])) {
    if (!pair_arg(vm, p[1], "utime: 'times' must be either a tuple of two ints or None", &a, &m) ||
        !seconds_to_timespec(vm, a, &times[0]) || !seconds_to_timespec(vm, m, &times[1])) {
      return Value::null();
    }
    used = times;
  } else if (!p[2].is_null()) {
    if (!pair_arg(vm, p[2], "utime: 'ns' must be a tuple of two ints", &a, &m) ||
        !ns_to_timespec(vm, a, &times[0]) || !ns_to_timespec(vm, m, &times[1])) {
      return Value::null();
    }
    used = times;
  }
  int flags = follow ? 0 : AT_SYMLINK_NOFOLLOW;
  if (::utimensat(AT_FDCWD, path.c_str(), used, flags) != 0) {
    return raise_os_error(vm, errno, p[0]);
  }
  return vm.none();
}

Value os_chdir(VM& vm, CallArgs args) {
  Value p[1];
  if (!bind_args(vm, args, ArgSpec{"chdir", {"path"}, 1, 1}, p)) return Value::null();
  std::string path;
  if (!os_path_argument(vm, p[0], "chdir", &path)) return Value::null();
  if (::chdir(path.c_str()) != 0) return raise_os_error(vm, errno, p[0]);
  return vm.none();
}

Value os_truncate(VM& vm, CallArgs args) {
  int64_t length;
  if (!index_to_int64(vm, args.args[1], &length)) return Value::null();
  int rc;
  if (is_int(vm, args.args[0])) {
    int fd;
    if (!fd_arg(vm, args.args[0], &fd)) return Value::null();
    rc = ::ftruncate(fd, length);
  } else {
    std::string path;
    if (!os_path_argument(vm, args.args[0], "truncate", &path)) return Value::null();
    rc = ::truncate(path.c_str(), length);
  }
  if (rc != 0) return raise_os_error(vm, errno, args.args[0]);
  return vm.none();
}

Value os_umask(VM& vm, CallArgs args) {
  int64_t mask;
  if (!index_to_int64(vm, args.args[0], &mask)) return Value::null();
  return Value::from_small_int(::umask(static_cast<mode_t>(mask)));
}

// ---- descriptors ----

Value os_open(VM& vm, CallArgs args) {
  Value p[4];
  if (!bind_args(vm, args, ArgSpec{"open", {"path", "flags", "mode", "dir_fd"}, 2, 3}, p)) {
    return Value::null();
  }
  std::string path;
  int64_t flags;
  int64_t mode;
  if (!os_path_argument(vm, p[0], "open", &path) || !index_to_int64(vm, p[1], &flags) ||
      !int_arg(vm, p[2], 0777, &mode) || !reject_dir_fd(vm, p[3], "open")) {
    return Value::null();
  }
  int fd;
  do {
    fd = ::open(path.c_str(), static_cast<int>(flags) | O_CLOEXEC, static_cast<mode_t>(mode));
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return raise_os_error(vm, errno, p[0]);
  return Value::from_small_int(fd);
}

Value os_close(VM& vm, CallArgs args) {
  int fd;
  if (!fd_arg(vm, args.args[0], &fd)) return Value::null();
  if (::close(fd) != 0) return raise_os_error(vm, errno, Value::null());
  return vm.none();
}

Value os_read(VM& vm, CallArgs args) {
  int fd;
  int64_t n;
  if (!fd_arg(vm, args.args[0], &fd) || !index_to_int64(vm, args.args[1], &n)) {
    return Value::null();
  }
  if (n < 0) return raise_os_error(vm, EINVAL, Value::null());
  std::string buffer(static_cast<size_t>(n), '\0');
  ssize_t got;
  do {
    got = ::read(fd, buffer.data(), buffer.size());
  } while (got < 0 && errno == EINTR);
  if (got < 0) return raise_os_error(vm, errno, Value::null());
  buffer.resize(static_cast<size_t>(got));
  return Value::from_object(bytes_new(vm, buffer));
}

Value os_write(VM& vm, CallArgs args) {
  int fd;
  if (!fd_arg(vm, args.args[0], &fd)) return Value::null();
  std::string storage;
  std::string_view data;
  if (!require_bytes_like(vm, args.args[1], &storage, &data)) return Value::null();
  ssize_t put;
  do {
    put = ::write(fd, data.data(), data.size());
  } while (put < 0 && errno == EINTR);
  if (put < 0) return raise_os_error(vm, errno, Value::null());
  return Value::from_small_int(put);
}

Value os_lseek(VM& vm, CallArgs args) {
  int fd;
  int64_t position;
  int64_t how;
  if (!fd_arg(vm, args.args[0], &fd) || !index_to_int64(vm, args.args[1], &position) ||
      !index_to_int64(vm, args.args[2], &how)) {
    return Value::null();
  }
  off_t result = ::lseek(fd, position, static_cast<int>(how));
  if (result < 0) return raise_os_error(vm, errno, Value::null());
  return int_from_int64(vm, result);
}

Value os_isatty(VM& vm, CallArgs args) {
  int fd;
  if (!fd_arg(vm, args.args[0], &fd)) return Value::null();
  return ::isatty(fd) ? vm.bool_value(true) : vm.bool_value(false);
}

Value os_fsync(VM& vm, CallArgs args) {
  int fd;
  if (!fd_arg(vm, args.args[0], &fd)) return Value::null();
  if (::fsync(fd) != 0) return raise_os_error(vm, errno, Value::null());
  return vm.none();
}

// ---- process and environment ----

Value os_getenv(VM& vm, CallArgs args) {
  Value p[2];
  if (!bind_args(vm, args, ArgSpec{"getenv", {"key", "default"}, 1, 2}, p)) return Value::null();
  Value environ_dict = module_attribute(vm, "os", "environ");
  Value fallback = p[1].is_null() ? vm.none() : p[1];
  if (environ_dict.is_null()) return fallback;
  if (!is_str(vm, p[0])) {
    return raise_type_error(vm, "str expected, not " + type_name(vm, p[0]));
  }
  Value found = get_item(vm, environ_dict, p[0]);
  if (!found.is_null()) return found;
  if (!exception_matches(vm, vm.types().key_error)) return Value::null();
  vm.clear_exception();
  return fallback;
}

Value os_strerror(VM& vm, CallArgs args) {
  int64_t code;
  if (!index_to_int64(vm, args.args[0], &code)) return Value::null();
  return Value::from_object(str_from_utf8(vm, std::strerror(static_cast<int>(code))));
}

Value os_exit(VM& vm, CallArgs args) {
  int64_t code;
  if (!index_to_int64(vm, args.args[0], &code)) return Value::null();
  std::fflush(nullptr);
  ::_exit(static_cast<int>(code));
}

Value os_cpu_count(VM&, CallArgs) {
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return Value::from_small_int(n < 1 ? 1 : n);
}

Value os_getuid(VM&, CallArgs) { return Value::from_small_int(::getuid()); }
Value os_geteuid(VM&, CallArgs) { return Value::from_small_int(::geteuid()); }
Value os_getgid(VM&, CallArgs) { return Value::from_small_int(::getgid()); }
Value os_getppid(VM&, CallArgs) { return Value::from_small_int(::getppid()); }

void add(VM& vm, Module* os, const char* name, NativeFn fn, int min_args, int max_args,
         uint32_t flags = 0) {
  NativeFunction* f = native_function_new(vm, name, fn, min_args, max_args, flags);
  dict_set_str(vm, os->dict, vm.intern(name), Value::from_object(f));
}

void add_keywords(VM& vm, Module* os, const char* name, NativeFn fn) {
  add(vm, os, name, fn, 0, -1, kNativeKeywords);
}

}  // namespace

void add_os_files(VM& vm, Module* os) {
  create_scandir_types(vm, os);
  add_keywords(vm, os, "mkdir", os_mkdir);
  add_keywords(vm, os, "rmdir", os_rmdir);
  add_keywords(vm, os, "listdir", os_listdir);
  add_keywords(vm, os, "scandir", os_scandir);
  add_keywords(vm, os, "rename", os_rename);
  add_keywords(vm, os, "replace", os_replace);
  add_keywords(vm, os, "symlink", os_symlink);
  add_keywords(vm, os, "link", os_link);
  add_keywords(vm, os, "readlink", os_readlink);
  add_keywords(vm, os, "access", os_access);
  add_keywords(vm, os, "chmod", os_chmod);
  add_keywords(vm, os, "utime", os_utime);
  add_keywords(vm, os, "chdir", os_chdir);
  add_keywords(vm, os, "open", os_open);
  add_keywords(vm, os, "getenv", os_getenv);
  add(vm, os, "truncate", os_truncate, 2, 2);
  add(vm, os, "ftruncate", os_truncate, 2, 2);
  add(vm, os, "umask", os_umask, 1, 1);
  add(vm, os, "close", os_close, 1, 1);
  add(vm, os, "read", os_read, 2, 2);
  add(vm, os, "write", os_write, 2, 2);
  add(vm, os, "lseek", os_lseek, 3, 3);
  add(vm, os, "isatty", os_isatty, 1, 1);
  add(vm, os, "fsync", os_fsync, 1, 1);
  add(vm, os, "strerror", os_strerror, 1, 1);
  add(vm, os, "_exit", os_exit, 1, 1);
  add(vm, os, "cpu_count", os_cpu_count, 0, 0);
  add(vm, os, "getuid", os_getuid, 0, 0);
  add(vm, os, "geteuid", os_geteuid, 0, 0);
  add(vm, os, "getgid", os_getgid, 0, 0);
  add(vm, os, "getppid", os_getppid, 0, 0);
  const std::pair<const char*, int64_t> kConstants[] = {
      {"O_RDONLY", O_RDONLY},
      {"O_WRONLY", O_WRONLY},
      {"O_RDWR", O_RDWR},
      {"O_APPEND", O_APPEND},
      {"O_CREAT", O_CREAT},
      {"O_EXCL", O_EXCL},
      {"O_TRUNC", O_TRUNC},
      {"O_NOFOLLOW", O_NOFOLLOW},
      {"O_CLOEXEC", O_CLOEXEC},
      {"O_DIRECTORY", O_DIRECTORY},
      {"O_NONBLOCK", O_NONBLOCK},
      {"O_NOCTTY", O_NOCTTY},
      {"O_SYNC", O_SYNC},
      {"O_DSYNC", O_DSYNC},
      {"O_ACCMODE", O_ACCMODE},
      {"F_OK", F_OK},
      {"R_OK", R_OK},
      {"W_OK", W_OK},
      {"X_OK", X_OK},
      {"EX_OK", 0},
  };
  for (const auto& [name, value] : kConstants) {
    dict_set_str(vm, os->dict, vm.intern(name), Value::from_small_int(value));
  }
  dict_set_str(vm, os->dict, vm.intern("_have_functions"), Value::from_object(list_new(vm)));
  dict_set_str(vm, os->dict, vm.intern("error"), Value::from_object(vm.types().os_error));
}

}  // namespace pyvm::runtime
