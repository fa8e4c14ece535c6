// Text codecs: the native encoders and decoders behind str.encode,
// bytes.decode and the `_codecs` module (UTF-7, UTF-8, ASCII, Latin-1,
// UTF-16, UTF-32, unicode_escape, raw_unicode_escape, charmap), CPython 3.11's error
// handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
// surrogateescape, surrogatepass, and handlers registered with
// codecs.register_error), and the codec registry that other encodings go
// through (runtime/codecs_module.cpp).
//
// Error ranges, reasons and messages follow CPython's: a decoder reports the
// bytes [start, end) it could not decode and resumes where the handler says.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/object.h"

namespace pyvm::runtime {

// The codecs implemented natively.
enum class NativeCodec {
  kUtf8,
  kAscii,
  kLatin1,
  kUtf16Le,
  kUtf16Be,
  kUtf32Le,
  kUtf32Be,
  kUnicodeEscape,
  kRawUnicodeEscape,
  kUtf7,
  kCharmap,  // only for error contexts: charmap_encode/decode
};

// The name a codec reports in its errors ("utf-8", "utf-16-le", ...).
const char* native_codec_name(NativeCodec codec);

// The state an encoder or decoder hands to the error handlers: the codec,
// the errors argument and the object being converted (a str when encoding,
// a bytes when decoding; for decoding it is created on demand from `data`).
struct CodecErrorContext {
  VM& vm;
  NativeCodec codec;
  const char* encoding;  // for messages
  std::string_view errors;
  Value object;           // str (encoding) or bytes (decoding); may be null when decoding
  std::string_view data;  // the bytes being decoded
};

// What an encoding error handler produced: either raw bytes or characters
// the encoder must encode itself, and where encoding resumes.
struct EncodeReplacement {
  bool is_bytes = false;
  std::string bytes;
  std::vector<uint32_t> chars;
  int64_t next = 0;
};

// Runs the error handler for the characters [start, end) of the str being
// encoded. Returns false with an exception pending (strict, or a failing
// handler).
[[nodiscard]] bool handle_encode_error(CodecErrorContext& ctx, int64_t start, int64_t end,
                                       const char* reason, EncodeReplacement* out);
// Raises the UnicodeEncodeError for [start, end) of the str being encoded.
Value raise_encode_error(CodecErrorContext& ctx, int64_t start, int64_t end, const char* reason);

// Runs the error handler for the bytes [start, end) being decoded: appends
// the replacement code points to `out` and sets *next. Returns false with
// an exception pending.
[[nodiscard]] bool handle_decode_error(CodecErrorContext& ctx, int64_t start, int64_t end,
                                       const char* reason, std::vector<uint32_t>* out,
                                       int64_t* next);

// Encodes `s` with a native codec: a bytes, or null with an exception
// pending. UTF-16/32 write no BOM (the callers add it). `name` overrides the
// codec's name in errors ("utf-16" when a BOM is written).
[[nodiscard]] Value native_encode(VM& vm, NativeCodec codec, Value s, std::string_view errors,
                                  const char* name = nullptr);
// Decodes data with a native codec: a str, or null with an exception
// pending. Unless `final`, an incomplete sequence at the end is left
// undecoded; *consumed receives the number of bytes used (counted from the
// start of `data`). Decoding starts at byte `start` (after a BOM). `source`
// is the bytes object being decoded, or null.
[[nodiscard]] Value native_decode(VM& vm, NativeCodec codec, Value source, std::string_view data,
                                  std::string_view errors, bool final, int64_t* consumed,
                                  int64_t start = 0);

// The escape and charmap codecs of `_codecs` (runtime/codecs_escape.cpp).
// escape_decode: Python bytes-literal escapes to bytes (errors strict,
// replace or ignore); null with ValueError pending.
[[nodiscard]] Value bytes_escape_decode(VM& vm, std::string_view data, std::string_view errors);
// escape_encode: bytes to their repr() escapes (without quotes).
std::string bytes_escape_encode(std::string_view data);
// charmap_decode / charmap_encode with a mapping (None: Latin-1).
[[nodiscard]] Value charmap_decode(VM& vm, Value source, std::string_view data,
                                   std::string_view errors, Value mapping);
[[nodiscard]] Value charmap_encode(VM& vm, Value s, std::string_view errors, Value mapping);

// The native codec for an encoding name that str.encode and bytes.decode
// handle without the registry, if any.
bool native_codec_for_name(std::string_view encoding, NativeCodec* out);

// str.encode(encoding, errors) and bytes.decode(encoding, errors): the
// native fast paths for UTF-8, ASCII and Latin-1, the codec registry for
// other encodings. `source` is the bytes-like object being decoded (or null).
[[nodiscard]] Value codecs_encode_str(VM& vm, Value s, std::string_view encoding,
                                      std::string_view errors);
[[nodiscard]] Value codecs_decode_bytes(VM& vm, Value source, std::string_view data,
                                        std::string_view encoding, std::string_view errors);

// CPython's wrapping of an exception a registry codec raised (str.encode,
// bytes.decode, codecs.encode/decode): when the pending exception is of a
// built-in type whose constructor takes just a message, with at most one str
// argument and no attributes, it is replaced by the same type with
// "<operation> with '<encoding>' codec failed (<Type>: <message>)" whose
// __cause__ is the original. Other exceptions are left alone.
void wrap_codec_error(VM& vm, const char* operation, std::string_view encoding);

// CPython's encoding-name normalisation for the registry: lower case, each
// run of characters other than ASCII letters, digits and '.' becomes one '_'
// (dropped at the ends).
std::string normalize_codec_name(std::string_view name);

// The registry (runtime/codecs_module.cpp). codecs_lookup returns the
// CodecInfo (a 4-tuple or more) for `encoding`, importing `encodings` first
// if no search function is registered; LookupError when unknown.
[[nodiscard]] Value codecs_lookup(VM& vm, std::string_view encoding);
// The error handler registered under `name`, or null with LookupError.
[[nodiscard]] Value codecs_lookup_error(VM& vm, std::string_view name);

// Creates `_codecs`, registers it in sys.modules and returns it.
[[nodiscard]] Value create_codecs_module(VM& vm);

}  // namespace pyvm::runtime
