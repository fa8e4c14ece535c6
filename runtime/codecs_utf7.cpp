// UTF-7 (RFC 2152) as CPython 3.11 writes and reads it: the optional-direct
// characters (set O) and whitespace are written directly, other characters
// in modified base64 between '+' and an optional '-'; the decoder's error
// reasons and ranges ("unterminated shift sequence" spans from the '+') and
// its incremental rule (an unfinished shift sequence is left unconsumed).
#include <string>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/codecs.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool is_base64(uint32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
         c == '/';
}

uint32_t from_base64(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  return c == '+' ? 62 : 63;
}

// Written as itself: RFC 2152's direct and optional-direct characters and
// space, tab, CR, LF (not '+', '\\', '~', NUL or other controls).
bool encode_direct(uint32_t c) {
  if (c == 0 || c >= 128) return false;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return true;
  if (c < 0x20 || c == 0x7F) return false;
  return c != '+' && c != '\\' && c != '~';
}

bool decode_direct(uint32_t c) { return c <= 127 && c != '+'; }

}  // namespace

Value utf7_encode_native(VM& vm, Str* s) {
  std::string out;
  bool in_shift = false;
  int bits = 0;
  uint64_t buffer = 0;
  auto push_unit = [&](uint32_t unit) {
    bits += 16;
    buffer = (buffer << 16) | unit;
    while (bits >= 6) {
      out.push_back(kBase64[(buffer >> (bits - 6)) & 0x3F]);
      bits -= 6;
    }
  };
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (in_shift && encode_direct(c)) {
      if (bits > 0) out.push_back(kBase64[(buffer << (6 - bits)) & 0x3F]);
      buffer = 0;
      bits = 0;
      in_shift = false;
      if (is_base64(c) || c == '-') out.push_back('-');
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (!in_shift) {
      if (c == '+') {
        out += "+-";
        continue;
      }
      if (encode_direct(c)) {
        out.push_back(static_cast<char>(c));
        continue;
      }
      out.push_back('+');
      in_shift = true;
    }
    if (c >= 0x10000) {
      push_unit(0xD800 + ((c - 0x10000) >> 10));
      c = 0xDC00 + ((c - 0x10000) & 0x3FF);
    }
    push_unit(c);
  }
  if (bits > 0) out.push_back(kBase64[(buffer << (6 - bits)) & 0x3F]);
  if (in_shift) out.push_back('-');
  return Value::from_object(bytes_new(vm, out));
}

Value utf7_decode_native(CodecErrorContext& ctx, bool final, int64_t* consumed) {
  auto n = static_cast<int64_t>(ctx.data.size());
  auto byte = [&](int64_t i) { return static_cast<unsigned char>(ctx.data[i]); };
  std::vector<uint32_t> out;
  bool in_shift = false;
  int bits = 0;
  uint64_t buffer = 0;
  uint32_t surrogate = 0;
  int64_t shift_start = 0;     // input index of the '+'
  size_t shift_out_start = 0;  // output length when the shift began
  int64_t i = 0;
  auto fail = [&](int64_t start, int64_t end, const char* reason) {
    return handle_decode_error(ctx, start, end, reason, &out, &i);
  };
  while (true) {
    while (i < n) {
      uint32_t c = byte(i);
      if (in_shift) {
        if (is_base64(c)) {
          buffer = (buffer << 6) | from_base64(c);
          bits += 6;
          ++i;
          if (bits < 16) continue;
          auto unit = static_cast<uint32_t>(buffer >> (bits - 16));
          bits -= 16;
          buffer &= (uint64_t{1} << bits) - 1;
          if (surrogate != 0) {
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
              out.push_back(0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00));
              surrogate = 0;
              continue;
            }
            out.push_back(surrogate);
            surrogate = 0;
          }
          if (unit >= 0xD800 && unit <= 0xDBFF) {
            surrogate = unit;
          } else {
            out.push_back(unit);
          }
          continue;
        }
        in_shift = false;
        if (bits > 6) {
          if (!fail(shift_start, i + 1, "partial character in shift sequence"))
            return Value::null();
          continue;
        }
        if (buffer != 0) {
          if (!fail(shift_start, i + 1, "non-zero padding bits in shift sequence")) {
            return Value::null();
          }
          continue;
        }
        if (surrogate != 0 && decode_direct(c)) out.push_back(surrogate);
        surrogate = 0;
        if (c == '-') ++i;
      } else if (c == '+') {
        shift_start = i++;
        if (i < n && byte(i) == '-') {
          ++i;
          out.push_back('+');
        } else if (i < n && !is_base64(byte(i))) {
          if (!fail(shift_start, i + 1, "ill-formed sequence")) return Value::null();
        } else {
          in_shift = true;
          surrogate = 0;
          shift_out_start = out.size();
          bits = 0;
          buffer = 0;
        }
      } else if (decode_direct(c)) {
        out.push_back(c);
        ++i;
      } else {
        if (!fail(i, i + 1, "unexpected special character")) return Value::null();
      }
    }
    if (!(in_shift && final)) break;
    in_shift = false;
    if (surrogate == 0 && bits < 6 && (bits == 0 || buffer == 0)) break;
    i = n;
    if (!fail(shift_start, n, "unterminated shift sequence")) return Value::null();
    if (i >= n) break;
  }
  *consumed = n;
  if (!final && in_shift) {
    *consumed = shift_start;
    out.resize(shift_out_start);
  }
  return Value::from_object(
      str_from_codepoints(ctx.vm, out.data(), static_cast<int64_t>(out.size())));
}

}  // namespace pyvm::runtime
