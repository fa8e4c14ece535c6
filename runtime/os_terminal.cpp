// os.terminal_size and os.get_terminal_size(fd=1) for the native `os`
// module: the window size of a terminal from the TIOCGWINSZ ioctl, as a
// struct sequence (columns, lines). A descriptor that is not a terminal
// raises OSError, which shutil.get_terminal_size (used by argparse and
// unittest) turns into its fallback size.
#include <sys/ioctl.h>
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
#include "runtime/str.h"
#include "runtime/struct_seq.h"
#include "runtime/text_stream.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// os.terminal_size(sequence): exactly two items.
Value terminal_size_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.npos != 1) {
    return raise(vm, vm.types().type_error, "terminal_size() takes exactly 1 positional argument");
  }
  Value items = tuple_from_iterable(vm, args.args[0]);
  if (items.is_null()) return items;
  Tuple* t = items.as<Tuple>();
  if (t->length != 2) {
    std::string how = t->length < 2 ? "at least" : "at most";
    return raise(vm, vm.types().type_error,
                 "os.terminal_size() takes " + how + " 2-sequence (" + std::to_string(t->length) +
                     "-sequence given)");
  }
  return struct_seq_new(vm, cls, t->items(), 2);
}

Value os_get_terminal_size(VM& vm, CallArgs args) {
  int64_t fd = STDOUT_FILENO;
  if (args.npos > 0 && !index_to_int64(vm, args.args[0], &fd)) return Value::null();
  struct winsize size {};
  if (::ioctl(static_cast<int>(fd), TIOCGWINSZ, &size) != 0) {
    return raise_errno_error(vm, errno, Value::null());
  }
  Value type = module_attribute(vm, "os", "terminal_size");
  if (type.is_null()) return raise(vm, vm.types().runtime_error, "pyvm: os was replaced");
  Value items[2] = {Value::from_small_int(size.ws_col), Value::from_small_int(size.ws_row)};
  return struct_seq_new(vm, type.as<Type>(), items, 2);
}

}  // namespace

void add_os_terminal(VM& vm, Module* os) {
  Type* t = struct_seq_type_new(vm, "os", "terminal_size", {"columns", "lines"});
  t->construct = terminal_size_construct;
  dict_set_str(vm, os->dict, vm.intern("terminal_size"), Value::from_object(t));
  NativeFunction* f = native_function_new(vm, "get_terminal_size", os_get_terminal_size, 0, 1);
  dict_set_str(vm, os->dict, f->name, Value::from_object(f));
}

}  // namespace pyvm::runtime
