// The codec functions of `_codecs` (utf_8_encode, utf_16_ex_decode,
// charmap_build, escape_decode, ...) that Lib/encodings calls, and the
// built-in error handlers as callables (codecs.lookup_error('strict')...),
// which take a UnicodeEncodeError or UnicodeDecodeError and return
// (replacement, position) like CPython's.
#include <algorithm>
#include <string>
#include <utility>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/codecs.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/unicode_error.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

Value pair(VM& vm, Value a, int64_t consumed) {
  Value items[2] = {a, int_from_int64(vm, consumed)};
  return Value::from_object(tuple_from(vm, items, 2));
}

bool arg_str(VM& vm, Value v, const char* fn, int index) {
  if (is_str(vm, v)) return true;
  raise_type_error(vm, std::string(fn) + "() argument " + std::to_string(index) +
                           " must be str, not " + type_name(vm, v));
  return false;
}

// The errors argument: "strict" when absent or None.
bool arg_errors(VM& vm, CallArgs args, size_t index, const char* fn, std::string* out) {
  *out = "strict";
  if (args.npos <= index || args.args[index] == vm.none()) return true;
  Value v = args.args[index];
  if (is_str(vm, v)) {
    *out = str_to_utf8(v.as<Str>());
    return true;
  }
  raise_type_error(vm, std::string(fn) + "() argument " + std::to_string(index + 1) +
                           " must be str or None, not " + type_name(vm, v));
  return false;
}

bool arg_buffer(VM& vm, Value v, std::string* storage, std::string_view* view) {
  if (bytes_like_view(vm, v, storage, view)) return true;
  if (!vm.has_exception()) {
    raise_type_error(vm, "a bytes-like object is required, not '" + type_name(vm, v) + "'");
  }
  return false;
}

// A bytes-like argument, or a str taken as its UTF-8 bytes.
bool arg_buffer_or_str(VM& vm, Value v, std::string* storage, std::string_view* view) {
  if (is_str(vm, v)) {
    *storage = str_to_utf8(v.as<Str>());
    *view = *storage;
    return true;
  }
  return arg_buffer(vm, v, storage, view);
}

bool arg_flag(VM& vm, CallArgs args, size_t index, bool fallback, bool* out) {
  *out = fallback;
  if (args.npos <= index) return true;
  int t = truth(vm, args.args[index]);
  if (t < 0) return false;
  *out = t != 0;
  return true;
}

bool arg_int(VM& vm, CallArgs args, size_t index, int64_t* out) {
  *out = 0;
  if (args.npos <= index) return true;
  if (!is_int(vm, args.args[index])) {
    raise_type_error(
        vm, "'" + type_name(vm, args.args[index]) + "' object cannot be interpreted as an integer");
    return false;
  }
  return int_to_int64(vm, args.args[index], out);
}

// The Python name of a codec function: "utf_16_le_encode".
struct CodecNames {
  const char* encode;
  const char* decode;
};

CodecNames names_of(NativeCodec c) {
  switch (c) {
    case NativeCodec::kUtf8:
      return {"utf_8_encode", "utf_8_decode"};
    case NativeCodec::kAscii:
      return {"ascii_encode", "ascii_decode"};
    case NativeCodec::kLatin1:
      return {"latin_1_encode", "latin_1_decode"};
    case NativeCodec::kUtf16Le:
      return {"utf_16_le_encode", "utf_16_le_decode"};
    case NativeCodec::kUtf16Be:
      return {"utf_16_be_encode", "utf_16_be_decode"};
    case NativeCodec::kUtf32Le:
      return {"utf_32_le_encode", "utf_32_le_decode"};
    case NativeCodec::kUtf32Be:
      return {"utf_32_be_encode", "utf_32_be_decode"};
    case NativeCodec::kUnicodeEscape:
      return {"unicode_escape_encode", "unicode_escape_decode"};
    case NativeCodec::kRawUnicodeEscape:
      return {"raw_unicode_escape_encode", "raw_unicode_escape_decode"};
    case NativeCodec::kUtf7:
      return {"utf_7_encode", "utf_7_decode"};
    default:
      return {"charmap_encode", "charmap_decode"};
  }
}

// X_encode(str, errors=None) -> (bytes, len(str)).
template <NativeCodec C>
Value codec_encode(VM& vm, CallArgs args) {
  const char* fn = names_of(C).encode;
  std::string errors;
  if (!check_positional(vm, args, fn, 1, 2) || !arg_str(vm, args.args[0], fn, 1) ||
      !arg_errors(vm, args, 1, fn, &errors)) {
    return Value::null();
  }
  Value out = native_encode(vm, C, args.args[0], errors);
  if (out.is_null()) return out;
  return pair(vm, out, args.args[0].as<Str>()->length);
}

// X_decode(data, errors=None, final=...) -> (str, consumed). Latin-1 and
// ASCII take no `final`; the escape codecs default it to True.
template <NativeCodec C>
Value codec_decode(VM& vm, CallArgs args) {
  const char* fn = names_of(C).decode;
  bool has_final = C != NativeCodec::kAscii && C != NativeCodec::kLatin1;
  bool final_default = C == NativeCodec::kUnicodeEscape || C == NativeCodec::kRawUnicodeEscape;
  std::string errors, storage;
  std::string_view data;
  bool final = true;
  if (!check_positional(vm, args, fn, 1, has_final ? 3 : 2) ||
      !arg_buffer(vm, args.args[0], &storage, &data) || !arg_errors(vm, args, 1, fn, &errors) ||
      (has_final && !arg_flag(vm, args, 2, final_default, &final))) {
    return Value::null();
  }
  int64_t consumed = 0;
  Value out = native_decode(vm, C, args.args[0], data, errors, final, &consumed);
  if (out.is_null()) return out;
  return pair(vm, out, consumed);
}

// utf_16_encode / utf_32_encode(str, errors=None, byteorder=0): with a BOM
// in native (little-endian) order for 0.
template <bool Utf32>
Value bom_encode(VM& vm, CallArgs args) {
  const char* fn = Utf32 ? "utf_32_encode" : "utf_16_encode";
  std::string errors;
  int64_t order = 0;
  if (!check_positional(vm, args, fn, 1, 3) || !arg_str(vm, args.args[0], fn, 1) ||
      !arg_errors(vm, args, 1, fn, &errors) || !arg_int(vm, args, 2, &order)) {
    return Value::null();
  }
  NativeCodec le = Utf32 ? NativeCodec::kUtf32Le : NativeCodec::kUtf16Le;
  NativeCodec be = Utf32 ? NativeCodec::kUtf32Be : NativeCodec::kUtf16Be;
  const char* bom_name = order != 0 ? nullptr : Utf32 ? "utf-32" : "utf-16";
  Value out = native_encode(vm, order > 0 ? be : le, args.args[0], errors, bom_name);
  if (out.is_null()) return out;
  if (order == 0) {
    std::string bom = Utf32 ? std::string("\xff\xfe\0\0", 4) : std::string("\xff\xfe");
    out = Value::from_object(bytes_new(vm, bom + std::string(out.as<Bytes>()->view())));
  }
  return pair(vm, out, args.args[0].as<Str>()->length);
}

// Decodes after an optional BOM; *order: 0 (none seen: native order), -1
// little-endian, 1 big-endian. Returns (str, consumed) or null.
template <bool Utf32>
Value bom_decode_core(VM& vm, Value source, std::string_view data, const std::string& errors,
                      bool final, int64_t* order) {
  size_t width = Utf32 ? 4 : 2;
  std::string_view le_bom = Utf32 ? std::string_view("\xff\xfe\0\0", 4) : "\xff\xfe";
  std::string_view be_bom = Utf32 ? std::string_view("\0\0\xfe\xff", 4) : "\xfe\xff";
  size_t skip = 0;
  if (*order == 0 && data.size() >= width) {
    if (data.substr(0, width) == le_bom) {
      *order = -1;
      skip = width;
    } else if (data.substr(0, width) == be_bom) {
      *order = 1;
      skip = width;
    }
  }
  NativeCodec le = Utf32 ? NativeCodec::kUtf32Le : NativeCodec::kUtf16Le;
  NativeCodec be = Utf32 ? NativeCodec::kUtf32Be : NativeCodec::kUtf16Be;
  int64_t consumed = 0;
  // Error positions count from the start of the input, BOM included.
  Value out = native_decode(vm, *order > 0 ? be : le, source, data, errors, final, &consumed,
                            static_cast<int64_t>(skip));
  if (out.is_null()) return out;
  return pair(vm, out, consumed);
}

// utf_16_decode / utf_32_decode(data, errors=None, final=False).
template <bool Utf32>
Value bom_decode(VM& vm, CallArgs args) {
  const char* fn = Utf32 ? "utf_32_decode" : "utf_16_decode";
  std::string errors, storage;
  std::string_view data;
  bool final = false;
  if (!check_positional(vm, args, fn, 1, 3) || !arg_buffer(vm, args.args[0], &storage, &data) ||
      !arg_errors(vm, args, 1, fn, &errors) || !arg_flag(vm, args, 2, false, &final)) {
    return Value::null();
  }
  int64_t order = 0;
  return bom_decode_core<Utf32>(vm, args.args[0], data, errors, final, &order);
}

// utf_16_ex_decode / utf_32_ex_decode(data, errors=None, byteorder=0,
// final=False) -> (str, consumed, byteorder).
template <bool Utf32>
Value bom_ex_decode(VM& vm, CallArgs args) {
  const char* fn = Utf32 ? "utf_32_ex_decode" : "utf_16_ex_decode";
  std::string errors, storage;
  std::string_view data;
  int64_t order = 0;
  bool final = false;
  if (!check_positional(vm, args, fn, 1, 4) || !arg_buffer(vm, args.args[0], &storage, &data) ||
      !arg_errors(vm, args, 1, fn, &errors) || !arg_int(vm, args, 2, &order) ||
      !arg_flag(vm, args, 3, false, &final)) {
    return Value::null();
  }
  if (order != 0) order = order < 0 ? -1 : 1;
  Value result = bom_decode_core<Utf32>(vm, args.args[0], data, errors, final, &order);
  if (result.is_null()) return result;
  Value items[3] = {result.as<Tuple>()->at(0), result.as<Tuple>()->at(1),
                    int_from_int64(vm, order)};
  return Value::from_object(tuple_from(vm, items, 3));
}

Value escape_encode_fn(VM& vm, CallArgs args) {
  std::string errors;
  if (!check_positional(vm, args, "escape_encode", 1, 2) ||
      !arg_errors(vm, args, 1, "escape_encode", &errors)) {
    return Value::null();
  }
  if (!is_bytes(vm, args.args[0])) {
    return raise_type_error(
        vm, "escape_encode() argument 1 must be bytes, not " + type_name(vm, args.args[0]));
  }
  std::string_view data = args.args[0].as<Bytes>()->view();
  return pair(vm, Value::from_object(bytes_new(vm, bytes_escape_encode(data))),
              static_cast<int64_t>(data.size()));
}

Value escape_decode_fn(VM& vm, CallArgs args) {
  std::string errors, storage;
  std::string_view data;
  if (!check_positional(vm, args, "escape_decode", 1, 2) ||
      !arg_buffer_or_str(vm, args.args[0], &storage, &data) ||
      !arg_errors(vm, args, 1, "escape_decode", &errors)) {
    return Value::null();
  }
  Value out = bytes_escape_decode(vm, data, errors);
  if (out.is_null()) return out;
  return pair(vm, out, static_cast<int64_t>(data.size()));
}

Value charmap_encode_fn(VM& vm, CallArgs args) {
  std::string errors;
  if (!check_positional(vm, args, "charmap_encode", 1, 3) ||
      !arg_str(vm, args.args[0], "charmap_encode", 1) ||
      !arg_errors(vm, args, 1, "charmap_encode", &errors)) {
    return Value::null();
  }
  Value mapping = args.npos > 2 ? args.args[2] : Value::null();
  Value out = charmap_encode(vm, args.args[0], errors, mapping);
  if (out.is_null()) return out;
  return pair(vm, out, args.args[0].as<Str>()->length);
}

Value charmap_decode_fn(VM& vm, CallArgs args) {
  std::string errors, storage;
  std::string_view data;
  if (!check_positional(vm, args, "charmap_decode", 1, 3) ||
      !arg_buffer(vm, args.args[0], &storage, &data) ||
      !arg_errors(vm, args, 1, "charmap_decode", &errors)) {
    return Value::null();
  }
  Value mapping = args.npos > 2 ? args.args[2] : Value::null();
  Value out = charmap_decode(vm, args.args[0], data, errors, mapping);
  if (out.is_null()) return out;
  return pair(vm, out, static_cast<int64_t>(data.size()));
}

// charmap_build(decoding_table): the inverse mapping {code point: byte}.
Value charmap_build_fn(VM& vm, CallArgs args) {
  if (!check_positional(vm, args, "charmap_build", 1, 1) ||
      !arg_str(vm, args.args[0], "charmap_build", 1)) {
    return Value::null();
  }
  auto* table = args.args[0].as<Str>();
  Dict* out = dict_new(vm);
  for (int64_t i = 0; i < table->length; ++i) {
    Value key = int_from_int64(vm, table->at(i));
    if (dict_set(vm, out, key, int_from_int64(vm, i)) < 0) return Value::null();
  }
  return Value::from_object(out);
}

Value readbuffer_encode_fn(VM& vm, CallArgs args) {
  std::string errors, storage;
  std::string_view data;
  if (!check_positional(vm, args, "readbuffer_encode", 1, 2) ||
      !arg_buffer_or_str(vm, args.args[0], &storage, &data) ||
      !arg_errors(vm, args, 1, "readbuffer_encode", &errors)) {
    return Value::null();
  }
  return pair(vm, Value::from_object(bytes_new(vm, data)), static_cast<int64_t>(data.size()));
}

// ---- the built-in error handlers as callables

// The codec that `encoding` names for surrogatepass (UTF-8/16/32), else
// Latin-1, for which surrogatepass fails as CPython's does.
NativeCodec standard_codec(std::string_view encoding) {
  std::string e = normalize_codec_name(encoding);
  if (e == "utf_8" || e == "utf8") return NativeCodec::kUtf8;
  if (e == "utf_16" || e == "utf_16_le" || e == "utf_16le") return NativeCodec::kUtf16Le;
  if (e == "utf_16_be" || e == "utf_16be") return NativeCodec::kUtf16Be;
  if (e == "utf_32" || e == "utf_32_le" || e == "utf_32le") return NativeCodec::kUtf32Le;
  if (e == "utf_32_be" || e == "utf_32be") return NativeCodec::kUtf32Be;
  return NativeCodec::kLatin1;
}

bool error_int(VM& vm, Value exc, const char* name, int64_t* out) {
  Value v = unicode_error_attribute(vm, exc, name);
  if (v.is_null() || !is_int(vm, v)) {
    raise_type_error(vm, std::string(name) + " attribute not set");
    return false;
  }
  return int_to_int64(vm, v, out);
}

Value cannot_handle(VM& vm, Value exc) {
  return raise_type_error(vm,
                          "don't know how to handle " + type_name(vm, exc) + " in error callback");
}

// Runs built-in handler `name` on exception `exc`.
Value run_builtin_handler(VM& vm, const char* name, Value exc) {
  if (std::string_view(name) == "strict") {
    if (!is_instance_of(vm, exc, vm.types().base_exception)) {
      return raise_type_error(vm, "codec must pass exception instance");
    }
    return raise_value(vm, exc);
  }
  bool encode = is_instance_of(vm, exc, vm.types().unicode_encode_error);
  bool decode = is_instance_of(vm, exc, vm.types().unicode_decode_error);
  std::string_view n = name;
  if ((!encode && !decode) || (decode && (n == "xmlcharrefreplace" || n == "namereplace")))
    return cannot_handle(vm, exc);
  Value object = unicode_error_attribute(vm, exc, "object");
  Value encoding = unicode_error_attribute(vm, exc, "encoding");
  Value reason = unicode_error_attribute(vm, exc, "reason");
  int64_t start = 0, end = 0;
  if (!error_int(vm, exc, "start", &start) || !error_int(vm, exc, "end", &end)) {
    return Value::null();
  }
  if (object.is_null() || encoding.is_null() || !is_str(vm, encoding)) {
    return raise_type_error(vm, "object attribute not set");
  }
  std::string enc = str_to_utf8(encoding.as<Str>());
  std::string why = reason.is_null() || !is_str(vm, reason) ? "" : str_to_utf8(reason.as<Str>());
  if (encode) {
    if (!is_str(vm, object)) return raise_type_error(vm, "object attribute must be unicode");
    int64_t length = object.as<Str>()->length;
    start = std::max<int64_t>(0, std::min(start, length));
    end = std::max(start, std::min(end, length));
    CodecErrorContext ctx{vm, standard_codec(enc), enc.c_str(), n, object, {}};
    EncodeReplacement r;
    if (!handle_encode_error(ctx, start, end, why.c_str(), &r)) return Value::null();
    Value rep = r.is_bytes ? Value::from_object(bytes_new(vm, r.bytes))
                           : Value::from_object(str_from_codepoints(
                                 vm, r.chars.data(), static_cast<int64_t>(r.chars.size())));
    return pair(vm, rep, r.next);
  }
  if (!is_bytes(vm, object)) return raise_type_error(vm, "object attribute must be bytes");
  std::string_view data = object.as<Bytes>()->view();
  start = std::max<int64_t>(0, std::min<int64_t>(start, static_cast<int64_t>(data.size())));
  end = std::max(start, std::min<int64_t>(end, static_cast<int64_t>(data.size())));
  CodecErrorContext ctx{vm, standard_codec(enc), enc.c_str(), n, object, data};
  std::vector<uint32_t> out;
  int64_t next = end;
  if (!handle_decode_error(ctx, start, end, why.c_str(), &out, &next)) return Value::null();
  return pair(
      vm, Value::from_object(str_from_codepoints(vm, out.data(), static_cast<int64_t>(out.size()))),
      next);
}

// namereplace is registered so that Lib/codecs.py imports; using it raises
// NotImplementedError (pyvm has no Unicode name database).
constexpr const char* kBuiltinHandlers[] = {
    "strict",          "ignore",        "replace",    "backslashreplace", "xmlcharrefreplace",
    "surrogateescape", "surrogatepass", "namereplace"};
constexpr const char* kHandlerFunctionNames[] = {"strict_errors",
                                                 "ignore_errors",
                                                 "replace_errors",
                                                 "backslashreplace_errors",
                                                 "xmlcharrefreplace_errors",
                                                 "surrogateescape",
                                                 "surrogatepass",
                                                 "namereplace_errors"};

template <size_t I>
Value builtin_handler_fn(VM& vm, CallArgs args) {
  if (!check_positional(vm, args, kHandlerFunctionNames[I], 1, 1)) return Value::null();
  return run_builtin_handler(vm, kBuiltinHandlers[I], args.args[0]);
}

template <size_t... I>
void add_builtin_handlers(VM& vm, Dict* d, std::index_sequence<I...>) {
  NativeFn fns[] = {builtin_handler_fn<I>...};
  for (size_t i = 0; i < sizeof...(I); ++i) {
    NativeFunction* fn = native_function_new(vm, kHandlerFunctionNames[i], fns[i], 1, 1);
    dict_set_str(vm, d, vm.intern(kBuiltinHandlers[i]), Value::from_object(fn));
  }
}

constexpr const char* kHandlersKey = "_pyvm_builtin_handlers";

}  // namespace

// The callable for built-in handler `name`, or null (no exception) when
// `name` is not a built-in handler.
Value builtin_error_handler(VM& vm, std::string_view name) {
  Value m = dict_get_str(vm, vm.modules(), vm.intern("_codecs"));
  if (m.is_null()) m = create_codecs_module(vm);
  Value handlers = dict_get_str(vm, m.as<Module>()->dict, vm.intern(kHandlersKey));
  if (handlers.is_null()) return handlers;
  return dict_get_str(vm, handlers.as<Dict>(), str_from_utf8(vm, name));
}

void add_codec_functions(VM& vm, Module* module) {
  struct Spec {
    const char* name;
    NativeFn fn;
  } const kFunctions[] = {
      {"utf_8_encode", codec_encode<NativeCodec::kUtf8>},
      {"utf_8_decode", codec_decode<NativeCodec::kUtf8>},
      {"ascii_encode", codec_encode<NativeCodec::kAscii>},
      {"ascii_decode", codec_decode<NativeCodec::kAscii>},
      {"latin_1_encode", codec_encode<NativeCodec::kLatin1>},
      {"latin_1_decode", codec_decode<NativeCodec::kLatin1>},
      {"utf_16_le_encode", codec_encode<NativeCodec::kUtf16Le>},
      {"utf_16_le_decode", codec_decode<NativeCodec::kUtf16Le>},
      {"utf_16_be_encode", codec_encode<NativeCodec::kUtf16Be>},
      {"utf_16_be_decode", codec_decode<NativeCodec::kUtf16Be>},
      {"utf_32_le_encode", codec_encode<NativeCodec::kUtf32Le>},
      {"utf_32_le_decode", codec_decode<NativeCodec::kUtf32Le>},
      {"utf_32_be_encode", codec_encode<NativeCodec::kUtf32Be>},
      {"utf_32_be_decode", codec_decode<NativeCodec::kUtf32Be>},
      {"utf_16_encode", bom_encode<false>},
      {"utf_16_decode", bom_decode<false>},
      {"utf_16_ex_decode", bom_ex_decode<false>},
      {"utf_32_encode", bom_encode<true>},
      {"utf_32_decode", bom_decode<true>},
      {"utf_32_ex_decode", bom_ex_decode<true>},
      {"unicode_escape_encode", codec_encode<NativeCodec::kUnicodeEscape>},
      {"unicode_escape_decode", codec_decode<NativeCodec::kUnicodeEscape>},
      {"raw_unicode_escape_encode", codec_encode<NativeCodec::kRawUnicodeEscape>},
      {"raw_unicode_escape_decode", codec_decode<NativeCodec::kRawUnicodeEscape>},
      {"escape_encode", escape_encode_fn},
      {"escape_decode", escape_decode_fn},
      {"charmap_encode", charmap_encode_fn},
      {"charmap_decode", charmap_decode_fn},
      {"charmap_build", charmap_build_fn},
      {"readbuffer_encode", readbuffer_encode_fn},
      {"utf_7_encode", codec_encode<NativeCodec::kUtf7>},
      {"utf_7_decode", codec_decode<NativeCodec::kUtf7>},
  };
  for (const Spec& f : kFunctions) {
    NativeFunction* fn = native_function_new(vm, f.name, f.fn, 0, -1, kNativeKeywords);
    dict_set_str(vm, module->dict, fn->name, Value::from_object(fn));
  }
  Dict* handlers = dict_new(vm);
  dict_set_str(vm, module->dict, vm.intern(kHandlersKey), Value::from_object(handlers));
  add_builtin_handlers(vm, handlers, std::make_index_sequence<std::size(kBuiltinHandlers)>());
}

}  // namespace pyvm::runtime
