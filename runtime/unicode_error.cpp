// UnicodeEncodeError and UnicodeDecodeError (see runtime/unicode_error.h).
// The attributes live in the exception's attribute dict, filled by the
// constructor, so reading and assigning them works as for any exception
// attribute; str() reads them back.
#include "runtime/unicode_error.h"

#include <cstdio>
#include <string>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr const char* kNames[] = {"encoding", "object", "start", "end", "reason"};

// Checks one constructor argument's type; raises CPython's TypeError.
bool check_argument(VM& vm, int index, Value v, bool decode) {
  bool ok = true;
  const char* expected = "str";
  if (index == 1 && decode) {
    std::string storage;
    std::string_view view;
    ok = bytes_like_view(vm, v, &storage, &view);
    expected = "a bytes-like object";
    if (!ok && vm.has_exception()) return false;
  } else if (index == 2 || index == 3) {
    ok = is_int(vm, v);
    expected = "int";
  } else {
    ok = is_str(vm, v);
  }
  if (ok) return true;
  std::string position = "argument " + std::to_string(index + 1);
  raise_type_error(vm, position + " must be " + expected + ", not " + type_name(vm, v));
  return false;
}

Value construct(VM& vm, Type* cls, CallArgs args, bool decode) {
  Tuple* tuple = tuple_from(vm, args.args, static_cast<int64_t>(args.npos));
  Value exception = exception_new(vm, cls, tuple);
  if (args.npos == 0) return exception;
  if (args.npos != 5) {
    return raise_type_error(vm, std::string("function takes exactly 5 arguments (") +
                                    std::to_string(args.npos) + " given)");
  }
  auto* exc = exception.as<BaseException>();
  Dict* attrs = dict_new(vm);
  vm.store_ref(exc, &exc->dict, attrs);
  for (int i = 0; i < 5; ++i) {
    Value v = args.args[i];
    if (!check_argument(vm, i, v, decode)) return Value::null();
    if (i == 1 && decode && !is_bytes(vm, v)) {
      std::string storage;
      std::string_view view;
      if (!bytes_like_view(vm, v, &storage, &view)) return Value::null();
      v = Value::from_object(bytes_new(vm, view));
    }
    dict_set_str(vm, attrs, vm.intern(kNames[i]), v);
  }
  return exception;
}

Value encode_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, type_name_of_type(cls) + "() takes no keyword arguments");
  }
  return construct(vm, cls, args, false);
}

// UnicodeTranslateError(object, start, end, reason): no encoding (None).
Value translate_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, type_name_of_type(cls) + "() takes no keyword arguments");
  }
  Value exception = exception_new(vm, cls, tuple_from(vm, args.args, int64_t(args.npos)));
  if (args.npos == 0) return exception;
  if (args.npos != 4) {
    return raise_type_error(vm, std::string("function takes exactly 4 arguments (") +
                                    std::to_string(args.npos) + " given)");
  }
  auto* exc = exception.as<BaseException>();
  Dict* attrs = dict_new(vm);
  vm.store_ref(exc, &exc->dict, attrs);
  dict_set_str(vm, attrs, vm.intern(kNames[0]), vm.none());
  for (int i = 0; i < 4; ++i) {
    Value v = args.args[i];
    bool ok = i == 1 || i == 2 ? is_int(vm, v) : is_str(vm, v);
    if (!ok) {
      return raise_type_error(vm, "argument " + std::to_string(i + 1) + " must be " +
                                      (i == 1 || i == 2 ? "int" : "str") + ", not " +
                                      type_name(vm, v));
    }
    dict_set_str(vm, attrs, vm.intern(kNames[i + 1]), v);
  }
  return exception;
}

Value decode_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, type_name_of_type(cls) + "() takes no keyword arguments");
  }
  return construct(vm, cls, args, true);
}

// str(attribute), or null with an exception pending.
bool attribute_text(VM& vm, Value self, const char* name, std::string* out) {
  Value v = unicode_error_attribute(vm, self, name);
  Value s = str(vm, v.is_null() ? vm.none() : v);
  if (s.is_null()) return false;
  *out = str_to_utf8(s.as<Str>());
  return true;
}

bool int_attribute(VM& vm, Value self, const char* name, int64_t* out) {
  Value v = unicode_error_attribute(vm, self, name);
  if (v.is_null() || !is_int(vm, v)) return false;
  if (!int_to_int64(vm, v, out)) {
    vm.clear_exception();
    return false;
  }
  return true;
}

// The error's str(): empty before the attributes are set, like CPython.
Value unicode_error_str(VM& vm, Value self, bool decode, bool translate = false) {
  Value object = unicode_error_attribute(vm, self, "object");
  int64_t start = 0, end = 0;
  if (object.is_null() || !int_attribute(vm, self, "start", &start) ||
      !int_attribute(vm, self, "end", &end)) {
    return Value::from_object(str_from_ascii(vm, ""));
  }
  std::string encoding, reason;
  if ((!translate && !attribute_text(vm, self, "encoding", &encoding)) ||
      !attribute_text(vm, self, "reason", &reason)) {
    return Value::null();
  }
  int64_t length = 0;
  if (decode && is_bytes(vm, object)) length = object.as<Bytes>()->length;
  if (!decode && is_str(vm, object)) length = object.as<Str>()->length;
  std::string out = translate
                        ? std::string("can't translate ")
                        : "'" + encoding + "' codec can't " + (decode ? "decode " : "encode ");
  char shown[32];
  if (start >= 0 && start < length && end == start + 1) {
    if (decode) {
      std::snprintf(shown, sizeof(shown), "byte 0x%02x", object.as<Bytes>()->data()[start]);
    } else {
      uint32_t c = object.as<Str>()->at(start);
      std::snprintf(shown, sizeof(shown),
                    c <= 0xFF     ? "character '\\x%02x'"
                    : c <= 0xFFFF ? "character '\\u%04x'"
                                  : "character '\\U%08x'",
                    c);
    }
    out += std::string(shown) + " in position " + std::to_string(start);
  } else {
    out += std::string(decode ? "bytes" : "characters") + " in position " + std::to_string(start) +
           "-" + std::to_string(end - 1);
  }
  return Value::from_object(str_from_utf8(vm, out + ": " + reason));
}

Value encode_str(VM& vm, Value self) { return unicode_error_str(vm, self, false); }
Value decode_str(VM& vm, Value self) { return unicode_error_str(vm, self, true); }
Value translate_str(VM& vm, Value self) { return unicode_error_str(vm, self, false, true); }

Value new_error(VM& vm, Type* type, std::string_view encoding, Value object, int64_t start,
                int64_t end, std::string_view reason) {
  Value argv[5] = {Value::from_object(str_from_utf8(vm, encoding)), object,
                   int_from_int64(vm, start), int_from_int64(vm, end),
                   Value::from_object(str_from_utf8(vm, reason))};
  return construct(vm, type, CallArgs{argv, 5, nullptr}, type == vm.types().unicode_decode_error);
}

}  // namespace

void init_unicode_error_types(VM& vm) {
  vm.types().unicode_encode_error->construct = encode_construct;
  vm.types().unicode_encode_error->str = encode_str;
  vm.types().unicode_decode_error->construct = decode_construct;
  vm.types().unicode_decode_error->str = decode_str;
  vm.types().unicode_translate_error->construct = translate_construct;
  vm.types().unicode_translate_error->str = translate_str;
}

Value unicode_encode_error_new(VM& vm, std::string_view encoding, Value object, int64_t start,
                               int64_t end, std::string_view reason) {
  return new_error(vm, vm.types().unicode_encode_error, encoding, object, start, end, reason);
}

Value unicode_decode_error_new(VM& vm, std::string_view encoding, Value object, int64_t start,
                               int64_t end, std::string_view reason) {
  return new_error(vm, vm.types().unicode_decode_error, encoding, object, start, end, reason);
}

Value unicode_error_attribute(VM& vm, Value exception, const char* name) {
  if (!exception.is_object()) return Value::null();
  Dict* attrs = exception.as<BaseException>()->dict;
  if (attrs == nullptr) return Value::null();
  return dict_get_str(vm, attrs, vm.intern(name));
}

}  // namespace pyvm::runtime
