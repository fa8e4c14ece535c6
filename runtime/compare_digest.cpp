// _operator._compare_digest(a, b): the timing-independent comparison that
// hmac.compare_digest is, for ASCII str pairs or bytes-like pairs, with
// CPython 3.11's TypeErrors for other combinations.
#include <string>

#include "runtime/bytes_like.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// Compares every byte whatever the first difference, so the time taken
// depends only on the length of `b`.
bool constant_time_equal(std::string_view a, std::string_view b) {
  unsigned diff = a.size() == b.size() ? 0 : 1;
  std::string_view left = a.size() == b.size() ? a : b;
  for (size_t i = 0; i < b.size(); ++i) {
    diff |= static_cast<unsigned char>(left[i]) ^ static_cast<unsigned char>(b[i]);
  }
  return diff == 0;
}

Value compare_digest(VM& vm, CallArgs args) {
  Value a = args.args[0], b = args.args[1];
  if (is_str(vm, a) && is_str(vm, b)) {
    if (!a.as<Str>()->is_ascii || !b.as<Str>()->is_ascii) {
      return raise_type_error(vm, "comparing strings with non-ASCII characters is not supported");
    }
    return vm.bool_value(constant_time_equal(str_to_utf8(a.as<Str>()), str_to_utf8(b.as<Str>())));
  }
  std::string sa, sb;
  std::string_view va, vb;
  bool a_ok = bytes_like_view(vm, a, &sa, &va);
  if (vm.has_exception()) return Value::null();
  bool b_ok = bytes_like_view(vm, b, &sb, &vb);
  if (vm.has_exception()) return Value::null();
  if (a_ok && b_ok) return vm.bool_value(constant_time_equal(va, vb));
  if (a_ok || b_ok) {
    return raise_type_error(
        vm, "a bytes-like object is required, not '" + type_name(vm, a_ok ? b : a) + "'");
  }
  return raise_type_error(vm, "unsupported operand types(s) or combination of types: '" +
                                  type_name(vm, a) + "' and '" + type_name(vm, b) + "'");
}

}  // namespace

void add_compare_digest(VM& vm, Dict* module_dict) {
  NativeFunction* f = native_function_new(vm, "_compare_digest", compare_digest, 2, 2);
  dict_set_str(vm, module_dict, f->name, Value::from_object(f));
}

}  // namespace pyvm::runtime
