// The native Unicode codecs (see runtime/codecs.h): UTF-8, ASCII, Latin-1,
// UTF-16 and UTF-32 in both byte orders, with CPython 3.11's error ranges
// and reasons, and the str.encode / bytes.decode entry points that use them
// or the codec registry.
#include <cctype>
#include <cstring>
#include <string>

#include "runtime/bytes.h"
#include "runtime/codecs.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

// The escape codecs live in runtime/codecs_escape.cpp.
Value escape_encode_native(VM& vm, NativeCodec codec, Str* s, std::string_view errors);
Value escape_decode_native(CodecErrorContext& ctx, bool final, int64_t* consumed);
// UTF-7 lives in runtime/codecs_utf7.cpp.
Value utf7_encode_native(VM& vm, Str* s);
Value utf7_decode_native(CodecErrorContext& ctx, bool final, int64_t* consumed);

namespace {

bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

void put_unit(std::string* out, uint32_t v, int bytes, bool little) {
  for (int k = 0; k < bytes; ++k) {
    int shift = little ? 8 * k : 8 * (bytes - 1 - k);
    out->push_back(static_cast<char>((v >> shift) & 0xFF));
  }
}

// Appends `c` encoded with `codec`; false when the codec cannot encode it.
bool encode_char(NativeCodec codec, uint32_t c, std::string* out) {
  switch (codec) {
    case NativeCodec::kAscii:
    case NativeCodec::kLatin1:
      if (c >= (codec == NativeCodec::kAscii ? 0x80u : 0x100u)) return false;
      out->push_back(static_cast<char>(c));
      return true;
    case NativeCodec::kUtf8:
      if (is_surrogate(c)) return false;
      str_append_utf8(out, c);
      return true;
    case NativeCodec::kUtf16Le:
    case NativeCodec::kUtf16Be: {
      if (is_surrogate(c)) return false;
      bool le = codec == NativeCodec::kUtf16Le;
      if (c < 0x10000) {
        put_unit(out, c, 2, le);
      } else {
        put_unit(out, 0xD800 | ((c - 0x10000) >> 10), 2, le);
        put_unit(out, 0xDC00 | ((c - 0x10000) & 0x3FF), 2, le);
      }
      return true;
    }
    case NativeCodec::kUtf32Le:
    case NativeCodec::kUtf32Be:
      if (is_surrogate(c)) return false;
      put_unit(out, c, 4, codec == NativeCodec::kUtf32Le);
      return true;
    default:
      return false;
  }
}

const char* encode_reason(NativeCodec codec) {
  switch (codec) {
    case NativeCodec::kAscii:
      return "ordinal not in range(128)";
    case NativeCodec::kLatin1:
      return "ordinal not in range(256)";
    default:
      return "surrogates not allowed";
  }
}

// A replacement the UTF encoders accept: bytes whole code units, characters
// ASCII (CPython refuses others with the original error).
bool replacement_fits(NativeCodec codec, const EncodeReplacement& r) {
  size_t unit = codec == NativeCodec::kUtf16Le || codec == NativeCodec::kUtf16Be   ? 2
                : codec == NativeCodec::kUtf32Le || codec == NativeCodec::kUtf32Be ? 4
                                                                                   : 1;
  if (r.is_bytes) return r.bytes.size() % unit == 0;
  if (codec == NativeCodec::kAscii || codec == NativeCodec::kLatin1) return true;
  for (uint32_t c : r.chars) {
    if (c >= 0x80) return false;
  }
  return true;
}

Value encode_unicode(VM& vm, NativeCodec codec, Str* s, std::string_view errors, const char* name) {
  bool plain =
      codec == NativeCodec::kUtf8 || codec == NativeCodec::kAscii || codec == NativeCodec::kLatin1;
  if (s->kind == 1 && (s->is_ascii || codec == NativeCodec::kLatin1) && plain) {
    return Value::from_object(
        bytes_new(vm, std::string_view(reinterpret_cast<const char*>(s->data1()), s->length)));
  }
  CodecErrorContext ctx{vm, codec, name, errors, Value::from_object(s), {}};
  bool runs = codec != NativeCodec::kUtf16Le && codec != NativeCodec::kUtf16Be &&
              codec != NativeCodec::kUtf32Le && codec != NativeCodec::kUtf32Be;
  std::string out;
  int64_t n = s->length;
  out.reserve(static_cast<size_t>(n) * (plain ? 1 : 2) + 16);
  for (int64_t i = 0; i < n;) {
    uint32_t c = s->at(i);
    if (plain && c < 0x80) {  // ASCII is the same in all three
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (encode_char(codec, c, &out)) {
      ++i;
      continue;
    }
    std::string probe;
    int64_t end = i + 1;
    while (runs && end < n && !encode_char(codec, s->at(end), &probe)) ++end;
    EncodeReplacement r;
    const char* reason = encode_reason(codec);
    if (!handle_encode_error(ctx, i, end, reason, &r)) return Value::null();
    if (!replacement_fits(codec, r)) return raise_encode_error(ctx, i, end, reason);
    if (r.is_bytes) out += r.bytes;
    for (uint32_t c : r.chars) {
      if (!encode_char(codec, c, &out)) return raise_encode_error(ctx, i, end, reason);
    }
    i = r.next;
  }
  return Value::from_object(bytes_new(vm, out));
}

// Decoding state shared by the loops below.
struct Decoder {
  CodecErrorContext& ctx;
  std::vector<uint32_t> out;
  int64_t n;
  bool final;
  unsigned char byte(int64_t i) const { return static_cast<unsigned char>(ctx.data[i]); }
  // Runs the handler; on success moves *i to where decoding resumes.
  bool fail(int64_t* i, int64_t end, const char* reason) {
    return handle_decode_error(ctx, *i, end, reason, &out, i);
  }
};

// Decodes one UTF-8 sequence at *i. Returns 1 when decoded or handled, 0
// when an incomplete sequence ends non-final input, -1 on an exception.
int utf8_step(Decoder& d, int64_t* i) {
  unsigned char c = d.byte(*i);
  int64_t len = c < 0x80                   ? 1
                : (c >= 0xC2 && c <= 0xDF) ? 2
                : (c >= 0xE0 && c <= 0xEF) ? 3
                : (c >= 0xF0 && c <= 0xF4) ? 4
                                           : 0;
  if (len == 0) return d.fail(i, *i + 1, "invalid start byte") ? 1 : -1;
  uint32_t cp = c & (0x7F >> len);
  for (int64_t k = 1; k < len; ++k) {
    if (*i + k >= d.n) {
      if (!d.final) return 0;
      return d.fail(i, d.n, "unexpected end of data") ? 1 : -1;
    }
    unsigned char cc = d.byte(*i + k);
    bool ok = (cc & 0xC0) == 0x80;
    if (k == 1) {
      if (c == 0xE0) ok = ok && cc >= 0xA0;
      if (c == 0xED) ok = ok && cc < 0xA0;
      if (c == 0xF0) ok = ok && cc >= 0x90;
      if (c == 0xF4) ok = ok && cc < 0x90;
    }
    if (!ok) return d.fail(i, *i + k, "invalid continuation byte") ? 1 : -1;
    cp = (cp << 6) | (cc & 0x3F);
  }
  d.out.push_back(cp);
  *i += len;
  return 1;
}

uint32_t read_unit(const Decoder& d, int64_t i, int bytes, bool little) {
  uint32_t v = 0;
  for (int k = 0; k < bytes; ++k) {
    int shift = little ? 8 * k : 8 * (bytes - 1 - k);
    v |= static_cast<uint32_t>(d.byte(i + k)) << shift;
  }
  return v;
}

int utf16_step(Decoder& d, int64_t* i, bool little) {
  if (*i + 2 > d.n) {
    if (!d.final) return 0;
    return d.fail(i, d.n, "truncated data") ? 1 : -1;
  }
  uint32_t u = read_unit(d, *i, 2, little);
  if (!is_surrogate(u)) {
    d.out.push_back(u);
    *i += 2;
    return 1;
  }
  if (u >= 0xDC00) return d.fail(i, *i + 2, "illegal encoding") ? 1 : -1;
  if (*i + 4 > d.n) {
    if (!d.final) return 0;
    return d.fail(i, d.n, "unexpected end of data") ? 1 : -1;
  }
  uint32_t low = read_unit(d, *i + 2, 2, little);
  if (low < 0xDC00 || low > 0xDFFF) return d.fail(i, *i + 2, "illegal UTF-16 surrogate") ? 1 : -1;
  d.out.push_back(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
  *i += 4;
  return 1;
}

int utf32_step(Decoder& d, int64_t* i, bool little) {
  if (*i + 4 > d.n) {
    if (!d.final) return 0;
    return d.fail(i, d.n, "truncated data") ? 1 : -1;
  }
  uint32_t c = read_unit(d, *i, 4, little);
  if (c > 0x10FFFF) return d.fail(i, *i + 4, "code point not in range(0x110000)") ? 1 : -1;
  if (is_surrogate(c)) {
    return d.fail(i, *i + 4, "code point in surrogate code point range(0xd800, 0xe000)") ? 1 : -1;
  }
  d.out.push_back(c);
  *i += 4;
  return 1;
}

int single_byte_step(Decoder& d, int64_t* i, bool ascii) {
  unsigned char c = d.byte(*i);
  if (ascii && c >= 0x80) return d.fail(i, *i + 1, "ordinal not in range(128)") ? 1 : -1;
  d.out.push_back(c);
  ++*i;
  return 1;
}

int decode_step(Decoder& d, int64_t* i) {
  switch (d.ctx.codec) {
    case NativeCodec::kUtf8:
      return utf8_step(d, i);
    case NativeCodec::kAscii:
    case NativeCodec::kLatin1:
      return single_byte_step(d, i, d.ctx.codec == NativeCodec::kAscii);
    case NativeCodec::kUtf16Le:
    case NativeCodec::kUtf16Be:
      return utf16_step(d, i, d.ctx.codec == NativeCodec::kUtf16Le);
    default:
      return utf32_step(d, i, d.ctx.codec == NativeCodec::kUtf32Le);
  }
}

Value decode_unicode(CodecErrorContext& ctx, bool final, int64_t* consumed, int64_t start) {
  VM& vm = ctx.vm;
  Decoder d{ctx, {}, static_cast<int64_t>(ctx.data.size()), final};
  int64_t i = start;
  if (ctx.codec == NativeCodec::kLatin1) {
    *consumed = d.n;
    return Value::from_object(str_from_latin1(vm, ctx.data.substr(static_cast<size_t>(start))));
  }
  bool byte_oriented = ctx.codec == NativeCodec::kUtf8 || ctx.codec == NativeCodec::kAscii;
  if (byte_oriented) {  // all ASCII: the bytes are the str
    std::string_view rest = ctx.data.substr(static_cast<size_t>(start));
    bool ascii = true;
    for (char ch : rest) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
    if (ascii) {
      *consumed = d.n;
      return Value::from_object(str_from_ascii(vm, rest));
    }
  }
  d.out.reserve(ctx.data.size());
  while (i < d.n) {
    // Plain ASCII runs take the short path for the byte-oriented codecs.
    if (ctx.codec != NativeCodec::kUtf16Le && ctx.codec != NativeCodec::kUtf16Be &&
        ctx.codec != NativeCodec::kUtf32Le && ctx.codec != NativeCodec::kUtf32Be &&
        d.byte(i) < 0x80) {
      d.out.push_back(d.byte(i++));
      continue;
    }
    int step = decode_step(d, &i);
    if (step < 0) return Value::null();
    if (step == 0) break;
  }
  *consumed = i < d.n ? i : d.n;
  return Value::from_object(
      str_from_codepoints(vm, d.out.data(), static_cast<int64_t>(d.out.size())));
}

bool is_text_encoding(VM& vm, Value info, int* result) {
  Value flag = get_attr(vm, info, vm.intern("_is_text_encoding"));
  if (flag.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return false;
    vm.clear_exception();
    *result = 1;
    return true;
  }
  *result = truth(vm, flag);
  return *result >= 0;
}

// Calls the registry codec's encoder (index 0) or decoder (index 1) with
// (object, errors) and returns the first item of its result tuple.
Value call_registry_codec(VM& vm, std::string_view encoding, int index, Value object,
                          std::string_view errors) {
  Value info = codecs_lookup(vm, encoding);
  if (info.is_null()) return info;
  int text = 0;
  if (!is_text_encoding(vm, info, &text)) return Value::null();
  const char* use = index == 0 ? "codecs.encode()" : "codecs.decode()";
  if (text == 0) {
    return raise(vm, vm.types().lookup_error,
                 "'" + std::string(encoding) + "' is not a text encoding; use " + use +
                     " to handle arbitrary codecs");
  }
  Value fn = get_item(vm, info, Value::from_small_int(index));
  if (fn.is_null()) return fn;
  Value argv[2] = {object, Value::from_object(str_from_utf8(vm, errors))};
  Value result = call_positional(vm, fn, argv, 2);
  if (result.is_null()) {
    wrap_codec_error(vm, index == 0 ? "encoding" : "decoding", encoding);
    return result;
  }
  if (!is_tuple(vm, result) || result.as<Tuple>()->length != 2) {
    return raise_type_error(vm, index == 0 ? "encoder must return a tuple (object, integer)"
                                           : "decoder must return a tuple (object,integer)");
  }
  return result.as<Tuple>()->at(0);
}

}  // namespace

const char* native_codec_name(NativeCodec codec) {
  switch (codec) {
    case NativeCodec::kUtf8:
      return "utf-8";
    case NativeCodec::kAscii:
      return "ascii";
    case NativeCodec::kLatin1:
      return "latin-1";
    case NativeCodec::kUtf16Le:
      return "utf-16-le";
    case NativeCodec::kUtf16Be:
      return "utf-16-be";
    case NativeCodec::kUtf32Le:
      return "utf-32-le";
    case NativeCodec::kUtf32Be:
      return "utf-32-be";
    case NativeCodec::kUnicodeEscape:
      return "unicodeescape";
    case NativeCodec::kRawUnicodeEscape:
      return "rawunicodeescape";
    case NativeCodec::kUtf7:
      return "utf7";
    case NativeCodec::kCharmap:
      return "charmap";
  }
  return "?";
}

Value native_encode(VM& vm, NativeCodec codec, Value s, std::string_view errors, const char* name) {
  if (codec == NativeCodec::kUnicodeEscape || codec == NativeCodec::kRawUnicodeEscape) {
    return escape_encode_native(vm, codec, s.as<Str>(), errors);
  }
  if (codec == NativeCodec::kUtf7) return utf7_encode_native(vm, s.as<Str>());
  return encode_unicode(vm, codec, s.as<Str>(), errors,
                        name != nullptr ? name : native_codec_name(codec));
}

Value native_decode(VM& vm, NativeCodec codec, Value source, std::string_view data,
                    std::string_view errors, bool final, int64_t* consumed, int64_t start) {
  CodecErrorContext ctx{vm, codec, native_codec_name(codec), errors, source, data};
  if (codec == NativeCodec::kUnicodeEscape || codec == NativeCodec::kRawUnicodeEscape) {
    return escape_decode_native(ctx, final, consumed);
  }
  if (codec == NativeCodec::kUtf7) return utf7_decode_native(ctx, final, consumed);
  return decode_unicode(ctx, final, consumed, start);
}

bool native_codec_for_name(std::string_view encoding, NativeCodec* out) {
  if (encoding == "utf-8" || encoding == "utf8") {
    *out = NativeCodec::kUtf8;
    return true;
  }
  std::string name = normalize_codec_name(encoding);
  struct Alias {
    const char* name;
    NativeCodec codec;
  };
  static constexpr Alias kAliases[] = {
      {"utf_8", NativeCodec::kUtf8},       {"utf8", NativeCodec::kUtf8},
      {"u8", NativeCodec::kUtf8},          {"utf", NativeCodec::kUtf8},
      {"ascii", NativeCodec::kAscii},      {"us_ascii", NativeCodec::kAscii},
      {"646", NativeCodec::kAscii},        {"latin_1", NativeCodec::kLatin1},
      {"latin1", NativeCodec::kLatin1},    {"iso_8859_1", NativeCodec::kLatin1},
      {"iso8859_1", NativeCodec::kLatin1}, {"8859", NativeCodec::kLatin1},
      {"cp819", NativeCodec::kLatin1},     {"latin", NativeCodec::kLatin1},
      {"l1", NativeCodec::kLatin1},
  };
  for (const Alias& a : kAliases) {
    if (name == a.name) {
      *out = a.codec;
      return true;
    }
  }
  return false;
}

Value codecs_encode_str(VM& vm, Value s, std::string_view encoding, std::string_view errors) {
  NativeCodec codec;
  if (native_codec_for_name(encoding, &codec)) return native_encode(vm, codec, s, errors);
  Value result = call_registry_codec(vm, encoding, 0, s, errors);
  if (result.is_null() || is_bytes(vm, result)) return result;
  return raise_type_error(vm, "'" + std::string(encoding) + "' encoder returned '" +
                                  type_name(vm, result) +
                                  "' instead of 'bytes'; use codecs.encode() to encode to "
                                  "arbitrary types");
}

Value codecs_decode_bytes(VM& vm, Value source, std::string_view data, std::string_view encoding,
                          std::string_view errors) {
  NativeCodec codec;
  int64_t consumed = 0;
  if (native_codec_for_name(encoding, &codec)) {
    return native_decode(vm, codec, source, data, errors, true, &consumed);
  }
  if (source.is_null()) source = Value::from_object(bytes_new(vm, data));
  Value result = call_registry_codec(vm, encoding, 1, source, errors);
  if (result.is_null() || is_str(vm, result)) return result;
  return raise_type_error(vm, "'" + std::string(encoding) + "' decoder returned '" +
                                  type_name(vm, result) +
                                  "' instead of 'str'; use codecs.decode() to decode to "
                                  "arbitrary types");
}

std::string normalize_codec_name(std::string_view name) {
  std::string out;
  bool punct = false;
  for (char ch : name) {
    auto c = static_cast<unsigned char>(ch);
    bool keep = (c < 0x80 && std::isalnum(c)) || c == '.';
    if (!keep) {
      punct = true;
      continue;
    }
    if (punct && !out.empty()) out.push_back('_');
    punct = false;
    out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

}  // namespace pyvm::runtime
