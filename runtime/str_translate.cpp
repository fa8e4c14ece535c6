// str.maketrans and str.translate: building a code point translation table
// and applying any mapping (dict, list, user object) through __getitem__.
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

// str.maketrans(dict): str keys of length one become their code points.
Value maketrans_from_dict(VM& vm, Value mapping) {
  if (!is_instance_of(vm, mapping, vm.types().dict)) {
    return raise_type_error(vm, "if you give only one argument to maketrans it must be a dict");
  }
  Dict* out = dict_new(vm);
  Dict* in = mapping.as<Dict>();
  int64_t pos = 0;
  Value key, value;
  while (dict_next(in, &pos, &key, &value)) {
    if (is_str(vm, key)) {
      if (key.as<Str>()->length != 1) {
        return raise_value_error(vm, "string keys in translate table must be of length 1");
      }
      key = Value::from_small_int(key.as<Str>()->at(0));
    } else if (!is_int(vm, key)) {
      return raise_type_error(vm, "keys in translate table must be strings or integers");
    }
    if (dict_set(vm, out, key, value) < 0) return Value::null();
  }
  return Value::from_object(out);
}

Value str_maketrans(VM& vm, CallArgs args) {
  if (args.npos == 1) return maketrans_from_dict(vm, args.args[0]);
  for (size_t i = 0; i < args.npos; ++i) {
    if (!is_str(vm, args.args[i])) {
      return raise_type_error(vm, "maketrans() argument " + std::to_string(i + 1) +
                                      " must be str, not " + type_name(vm, args.args[i]));
    }
  }
  Str* from = args.args[0].as<Str>();
  Str* to = args.args[1].as<Str>();
  if (from->length != to->length) {
    return raise_value_error(vm, "the first two maketrans arguments must have equal length");
  }
  Dict* out = dict_new(vm);
  for (int64_t i = 0; i < from->length; ++i) {
    Value k = Value::from_small_int(from->at(i));
    if (dict_set(vm, out, k, Value::from_small_int(to->at(i))) < 0) return Value::null();
  }
  if (args.npos == 3) {
    Str* drop = args.args[2].as<Str>();
    for (int64_t i = 0; i < drop->length; ++i) {
      if (dict_set(vm, out, Value::from_small_int(drop->at(i)), vm.none()) < 0) {
        return Value::null();
      }
    }
  }
  return Value::from_object(out);
}

// Appends the translation of `c` to `out`; false with an exception pending.
bool translate_char(VM& vm, Value table, uint32_t c, StrBuilder* out) {
  Value r = get_item(vm, table, Value::from_small_int(c));
  if (r.is_null()) {
    if (!exception_matches(vm, vm.types().lookup_error)) return false;
    vm.clear_exception();
    out->push(c);
    return true;
  }
  if (r == vm.none()) return true;
  if (is_str(vm, r)) {
    out->append(r.as<Str>());
    return true;
  }
  if (!is_int(vm, r)) {
    raise_type_error(vm, "character mapping must return integer, None or str");
    return false;
  }
  int64_t code = -1;
  if (!int_to_int64(vm, r, &code) || code < 0 || code > 0x10FFFF) {
    raise_value_error(vm, "character mapping must be in range(0x110000)");
    return false;
  }
  out->push(static_cast<uint32_t>(code));
  return true;
}

Value str_translate(VM& vm, CallArgs args) {
  Str* s = args.args[0].as<Str>();
  StrBuilder out;
  for (int64_t i = 0; i < s->length; ++i) {
    if (!translate_char(vm, args.args[1], s->at(i), &out)) return Value::null();
  }
  return Value::from_object(out.finish(vm));
}

}  // namespace

void init_str_translate(VM& vm) {
  Type* t = vm.types().str;
  add_method(vm, t, "translate", str_translate, 1, 1, kNativeMethod);
  // A plain function in the dict: str.maketrans and "".maketrans take no receiver.
  NativeFunction* maketrans = native_function_new(vm, "maketrans", str_maketrans, 1, 3, 0);
  dict_set_str(vm, t->dict, maketrans->name, Value::from_object(maketrans));
}

}  // namespace pyvm::runtime
