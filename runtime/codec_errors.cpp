// The codec error handlers (see runtime/codecs.h): the built-in ones run
// natively by name, as in CPython (a handler registered under a built-in
// name does not replace it for the native codecs); any other name is looked
// up in the registry and called with a UnicodeEncodeError or
// UnicodeDecodeError, returning (replacement, position).
#include <cstdio>
#include <string>

#include "runtime/bytes.h"
#include "runtime/codecs.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/unicode_error.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

void push_ascii(std::vector<uint32_t>* out, const char* text) {
  for (const char* p = text; *p != 0; ++p) out->push_back(static_cast<unsigned char>(*p));
}

// "\xNN", "\uNNNN" or "\UNNNNNNNN" for one code point.
void push_backslash_escape(std::vector<uint32_t>* out, uint32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x", c);
  push_ascii(out, buf);
}

Value raise_namereplace_missing(VM& vm) {
  return raise(vm, vm.types().not_implemented_error,
               "pyvm: the 'namereplace' error handler needs the Unicode character name "
               "database, which pyvm does not have");
}

// Writes surrogate `c` in the UTF flavour of `codec`; false for other codecs.
bool encode_surrogate(NativeCodec codec, uint32_t c, std::string* out) {
  switch (codec) {
    case NativeCodec::kUtf8:
      out->push_back(static_cast<char>(0xE0 | (c >> 12)));
      out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
      return true;
    case NativeCodec::kUtf16Le:
    case NativeCodec::kUtf16Be: {
      bool le = codec == NativeCodec::kUtf16Le;
      out->push_back(static_cast<char>(le ? c & 0xFF : c >> 8));
      out->push_back(static_cast<char>(le ? c >> 8 : c & 0xFF));
      return true;
    }
    case NativeCodec::kUtf32Le:
    case NativeCodec::kUtf32Be:
      for (int k = 0; k < 4; ++k) {
        int shift = codec == NativeCodec::kUtf32Le ? 8 * k : 8 * (3 - k);
        out->push_back(static_cast<char>((c >> shift) & 0xFF));
      }
      return true;
    default:
      return false;
  }
}

// The position a handler returned, made absolute and checked.
bool handler_position(VM& vm, Value pos, int64_t length, int64_t* next) {
  int64_t p = 0;
  if (!int_to_int64(vm, pos, &p)) return false;
  if (p < 0) p += length;
  if (p < 0 || p > length) {
    raise_index_error(vm, "position " + std::to_string(p) + " from error handler out of bounds");
    return false;
  }
  *next = p;
  return true;
}

// Calls a registered handler with `exc`; returns its (replacement, pos) tuple
// items or false with an exception pending.
bool call_handler(CodecErrorContext& ctx, Value exc, const char* shape, Value* replacement,
                  Value* pos) {
  VM& vm = ctx.vm;
  if (exc.is_null()) return false;
  Value handler = codecs_lookup_error(vm, ctx.errors);
  if (handler.is_null()) return false;
  Value result = call_positional(vm, handler, &exc, 1);
  if (result.is_null()) return false;
  if (!is_tuple(vm, result) || result.as<Tuple>()->length != 2 ||
      !is_int(vm, result.as<Tuple>()->at(1))) {
    raise_type_error(vm, shape);
    return false;
  }
  *replacement = result.as<Tuple>()->at(0);
  *pos = result.as<Tuple>()->at(1);
  return true;
}

bool custom_encode_handler(CodecErrorContext& ctx, int64_t start, int64_t end, const char* reason,
                           EncodeReplacement* out) {
  VM& vm = ctx.vm;
  Value exc = unicode_encode_error_new(vm, ctx.encoding, ctx.object, start, end, reason);
  Value replacement, pos;
  const char* shape = "encoding error handler must return (str/bytes, int) tuple";
  if (!call_handler(ctx, exc, shape, &replacement, &pos)) return false;
  if (is_str(vm, replacement)) {
    auto* s = replacement.as<Str>();
    for (int64_t i = 0; i < s->length; ++i) out->chars.push_back(s->at(i));
  } else if (is_bytes(vm, replacement)) {
    out->is_bytes = true;
    out->bytes = std::string(replacement.as<Bytes>()->view());
  } else {
    raise_type_error(vm, shape);
    return false;
  }
  return handler_position(vm, pos, ctx.object.as<Str>()->length, &out->next);
}

Value decode_object(CodecErrorContext& ctx) {
  if (ctx.object.is_null() || !is_bytes(ctx.vm, ctx.object)) {
    ctx.object = Value::from_object(bytes_new(ctx.vm, ctx.data));
  }
  return ctx.object;
}

Value raise_decode_error(CodecErrorContext& ctx, int64_t start, int64_t end, const char* reason) {
  Value exc =
      unicode_decode_error_new(ctx.vm, ctx.encoding, decode_object(ctx), start, end, reason);
  if (exc.is_null()) return exc;
  return raise_value(ctx.vm, exc);
}

bool custom_decode_handler(CodecErrorContext& ctx, int64_t start, int64_t end, const char* reason,
                           std::vector<uint32_t>* out, int64_t* next) {
  VM& vm = ctx.vm;
  Value exc = unicode_decode_error_new(vm, ctx.encoding, decode_object(ctx), start, end, reason);
  Value replacement, pos;
  const char* shape = "decoding error handler must return (str, int) tuple";
  if (!call_handler(ctx, exc, shape, &replacement, &pos)) return false;
  if (!is_str(vm, replacement)) {
    raise_type_error(vm, shape);
    return false;
  }
  auto* s = replacement.as<Str>();
  for (int64_t i = 0; i < s->length; ++i) out->push_back(s->at(i));
  return handler_position(vm, pos, static_cast<int64_t>(ctx.data.size()), next);
}

// surrogatepass when decoding: one encoded surrogate at `start`, if there.
bool decode_surrogate(CodecErrorContext& ctx, int64_t start, uint32_t* c, int64_t* size) {
  auto byte = [&](int64_t k) { return static_cast<unsigned char>(ctx.data[start + k]); };
  int64_t left = static_cast<int64_t>(ctx.data.size()) - start;
  switch (ctx.codec) {
    case NativeCodec::kUtf8:
      if (left < 3 || byte(0) != 0xED || (byte(1) & 0xE0) != 0xA0 || (byte(2) & 0xC0) != 0x80) {
        return false;
      }
      *c = 0xD000 | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
      *size = 3;
      return true;
    case NativeCodec::kUtf16Le:
    case NativeCodec::kUtf16Be:
      if (left < 2) return false;
      *c = ctx.codec == NativeCodec::kUtf16Le ? byte(0) | (byte(1) << 8) : (byte(0) << 8) | byte(1);
      *size = 2;
      return is_surrogate(*c);
    case NativeCodec::kUtf32Le:
    case NativeCodec::kUtf32Be:
      if (left < 4) return false;
      *c = 0;
      for (int k = 0; k < 4; ++k) {
        int shift = ctx.codec == NativeCodec::kUtf32Le ? 8 * k : 8 * (3 - k);
        *c |= static_cast<uint32_t>(byte(k)) << shift;
      }
      *size = 4;
      return is_surrogate(*c);
    default:
      return false;
  }
}

// True for the built-in exception types whose constructor is BaseException's
// in CPython (others keep state that a new message would lose).
bool wrappable_type(VM& vm, Type* t) {
  if (!is_subtype(t, vm.types().base_exception)) return false;
  // A Python subclass keeps BaseException's constructor unless a class on
  // the way defines __init__ or __new__.
  for (; t != nullptr && as_user_type(t) != nullptr; t = t->base) {
    if (!dict_get_str(vm, t->dict, vm.intern("__init__")).is_null() ||
        !dict_get_str(vm, t->dict, vm.intern("__new__")).is_null()) {
      return false;
    }
  }
  if (t == nullptr) return false;
  for (Type* own_init :
       {vm.types().stop_iteration, vm.types().system_exit, vm.types().import_error,
        vm.types().os_error, vm.types().syntax_error, vm.types().attribute_error,
        vm.types().name_error, vm.types().unicode_encode_error, vm.types().unicode_decode_error,
        vm.types().unicode_translate_error, vm.types().base_exception_group}) {
    if (is_subtype(t, own_init)) return false;
  }
  return true;
}

}  // namespace

void wrap_codec_error(VM& vm, const char* operation, std::string_view encoding) {
  Value exc = vm.pending_exception();
  if (exc.is_null() || !exc.is_object() || !wrappable_type(vm, exc.object()->type)) return;
  auto* e = exc.as<BaseException>();
  Tuple* args = e->args;
  if (args != nullptr &&
      (args->length > 1 || (args->length == 1 && type_of(vm, args->at(0)) != vm.types().str))) {
    return;
  }
  if (e->dict != nullptr && length(vm, Value::from_object(e->dict)) != 0) return;
  vm.take_exception();
  Value text = str(vm, exc);
  if (text.is_null()) return;  // str() failed: its exception stands
  Type* t = exc.object()->type;
  std::string message = std::string(operation) + " with '" + std::string(encoding) +
                        "' codec failed (" + str_to_utf8(t->name) + ": " +
                        str_to_utf8(text.as<Str>()) + ")";
  Value arg = Value::from_object(str_from_utf8(vm, message));
  Value wrapped = exception_new(vm, t, tuple_from(vm, &arg, 1));
  auto* w = wrapped.as<BaseException>();
  vm.store(w, &w->cause, exc);
  w->suppress_context = 1;
  raise_value(vm, wrapped);
}

Value raise_encode_error(CodecErrorContext& ctx, int64_t start, int64_t end, const char* reason) {
  Value exc = unicode_encode_error_new(ctx.vm, ctx.encoding, ctx.object, start, end, reason);
  if (exc.is_null()) return exc;
  return raise_value(ctx.vm, exc);
}

bool handle_encode_error(CodecErrorContext& ctx, int64_t start, int64_t end, const char* reason,
                         EncodeReplacement* out) {
  std::string_view e = ctx.errors;
  auto* s = ctx.object.as<Str>();
  out->next = end;
  if (e == "strict") return !raise_encode_error(ctx, start, end, reason).is_null();
  if (e == "ignore") return true;
  if (e == "replace") {
    out->chars.assign(static_cast<size_t>(end - start), '?');
    return true;
  }
  if (e == "backslashreplace") {
    for (int64_t i = start; i < end; ++i) push_backslash_escape(&out->chars, s->at(i));
    return true;
  }
  if (e == "xmlcharrefreplace") {
    for (int64_t i = start; i < end; ++i) {
      push_ascii(&out->chars, ("&#" + std::to_string(s->at(i)) + ";").c_str());
    }
    return true;
  }
  if (e == "surrogateescape" || e == "surrogatepass") {
    out->is_bytes = true;
    for (int64_t i = start; i < end; ++i) {
      uint32_t c = s->at(i);
      bool ok = e == "surrogateescape"
                    ? c >= 0xDC80 && c <= 0xDCFF
                    : is_surrogate(c) && encode_surrogate(ctx.codec, c, &out->bytes);
      if (!ok) return !raise_encode_error(ctx, start, end, reason).is_null();
      if (e == "surrogateescape") out->bytes.push_back(static_cast<char>(c - 0xDC00));
    }
    return true;
  }
  if (e == "namereplace") return !raise_namereplace_missing(ctx.vm).is_null();
  return custom_encode_handler(ctx, start, end, reason, out);
}

bool handle_decode_error(CodecErrorContext& ctx, int64_t start, int64_t end, const char* reason,
                         std::vector<uint32_t>* out, int64_t* next) {
  std::string_view e = ctx.errors;
  *next = end;
  if (e == "strict") return !raise_decode_error(ctx, start, end, reason).is_null();
  if (e == "ignore") return true;
  if (e == "replace") {
    out->push_back(0xFFFD);
    return true;
  }
  if (e == "backslashreplace") {
    for (int64_t i = start; i < end; ++i) {
      push_backslash_escape(out, static_cast<unsigned char>(ctx.data[i]));
    }
    return true;
  }
  if (e == "surrogateescape") {  // up to 4 non-ASCII bytes, resuming after them
    int64_t i = start;
    for (; i < end && i < start + 4 && static_cast<unsigned char>(ctx.data[i]) >= 128; ++i) {
      out->push_back(0xDC00 + static_cast<unsigned char>(ctx.data[i]));
    }
    if (i == start) return !raise_decode_error(ctx, start, end, reason).is_null();
    *next = i;
    return true;
  }
  if (e == "surrogatepass") {
    uint32_t c = 0;
    int64_t size = 0;
    if (!decode_surrogate(ctx, start, &c, &size)) {
      return !raise_decode_error(ctx, start, end, reason).is_null();
    }
    out->push_back(c);
    *next = start + size;
    return true;
  }
  if (e == "namereplace") return !raise_namereplace_missing(ctx.vm).is_null();
  return custom_decode_handler(ctx, start, end, reason, out, next);
}

}  // namespace pyvm::runtime
