// The marshal writer (see vm/marshal_writer.h). Ints that fit 32 bits are
// TYPE_INT; larger ones TYPE_LONG with 15-bit digits, least significant
// first, the digit count negated for negative numbers.
#include "vm/marshal_writer.h"

#include <cstring>
#include <vector>

#include <gmp.h>

#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

// Deeper nesting than this is refused, as CPython's MAX_MARSHAL_STACK_DEPTH.
constexpr int kMaxDepth = 2000;

void put_u32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void put_double(std::string* out, double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
}

void put_int(VM& vm, Value v, std::string* out) {
  int64_t small;
  if (runtime::int_to_int64(vm, v, &small) && small >= INT32_MIN && small <= INT32_MAX) {
    out->push_back('i');
    put_u32(out, static_cast<uint32_t>(static_cast<int32_t>(small)));
    return;
  }
  vm.clear_exception();
  mpz_t z;
  mpz_init(z);
  runtime::int_to_mpz(vm, v, z);
  bool negative = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  std::vector<uint16_t> digits;
  while (mpz_sgn(z) != 0) {
    digits.push_back(static_cast<uint16_t>(mpz_fdiv_ui(z, 1u << 15)));
    mpz_fdiv_q_2exp(z, z, 15);
  }
  mpz_clear(z);
  out->push_back('l');
  int32_t count = static_cast<int32_t>(digits.size());
  put_u32(out, static_cast<uint32_t>(negative ? -count : count));
  for (uint16_t d : digits) {
    out->push_back(static_cast<char>(d & 0xff));
    out->push_back(static_cast<char>(d >> 8));
  }
}

bool dump(VM& vm, Value v, std::string* out, int depth);

bool dump_items(VM& vm, const Value* items, int64_t n, std::string* out, int depth) {
  for (int64_t i = 0; i < n; ++i) {
    if (!dump(vm, items[i], out, depth + 1)) return false;
  }
  return true;
}

// A set or frozenset: its items through the iteration protocol.
bool dump_set(VM& vm, Value v, char code, std::string* out, int depth) {
  int64_t n = runtime::length(vm, v);
  if (n < 0) return false;
  out->push_back(code);
  put_u32(out, static_cast<uint32_t>(n));
  Value it = runtime::get_iter(vm, v);
  if (it.is_null()) return false;
  for (Value item = runtime::iter_next(vm, it); !item.is_null();
       item = runtime::iter_next(vm, it)) {
    if (!dump(vm, item, out, depth + 1)) return false;
  }
  return !vm.has_exception();
}

bool dump_dict(VM& vm, runtime::Dict* d, std::string* out, int depth) {
  out->push_back('{');
  int64_t pos = 0;
  Value key, value;
  while (runtime::dict_next(d, &pos, &key, &value)) {
    if (!dump(vm, key, out, depth + 1) || !dump(vm, value, out, depth + 1)) return false;
  }
  out->push_back('0');
  return true;
}

bool unmarshallable(VM& vm) {
  runtime::raise_value_error(vm, "unmarshallable object");
  return false;
}

bool dump(VM& vm, Value v, std::string* out, int depth) {
  if (depth > kMaxDepth) return unmarshallable(vm);
  const auto& types = vm.types();
  if (v == vm.none()) return out->push_back('N'), true;
  if (v == vm.true_value()) return out->push_back('T'), true;
  if (v == vm.false_value()) return out->push_back('F'), true;
  if (v == vm.ellipsis()) return out->push_back('.'), true;
  runtime::Type* t = runtime::type_of(vm, v);
  if (t == types.int_) return put_int(vm, v, out), true;
  if (t == types.float_) {
    out->push_back('g');
    put_double(out, runtime::float_value(v));
    return true;
  }
  if (t == types.complex) {
    out->push_back('y');
    put_double(out, v.as<runtime::Complex>()->real);
    put_double(out, v.as<runtime::Complex>()->imag);
    return true;
  }
  if (t == types.str) {
    std::string text = runtime::str_to_utf8(v.as<runtime::Str>());
    out->push_back('u');
    put_u32(out, static_cast<uint32_t>(text.size()));
    out->append(text);
    return true;
  }
  if (t == types.bytes) {
    auto* b = v.as<runtime::Bytes>();
    out->push_back('s');
    put_u32(out, static_cast<uint32_t>(b->length));
    out->append(reinterpret_cast<const char*>(b->data()), static_cast<size_t>(b->length));
    return true;
  }
  if (t == types.tuple) {
    auto* tuple = v.as<runtime::Tuple>();
    out->push_back('(');
    put_u32(out, static_cast<uint32_t>(tuple->length));
    return dump_items(vm, tuple->items(), tuple->length, out, depth);
  }
  if (t == types.list) {
    auto* list = v.as<runtime::List>();
    out->push_back('[');
    put_u32(out, static_cast<uint32_t>(list->length));
    for (int64_t i = 0; i < list->length; ++i) {  // re-read: dumping may not mutate, but be safe
      if (i >= list->length || !dump(vm, list->items[i], out, depth + 1)) return false;
    }
    return true;
  }
  if (t == types.dict) return dump_dict(vm, v.as<runtime::Dict>(), out, depth);
  if (t == types.set) return dump_set(vm, v, '<', out, depth);
  if (t == types.frozenset) return dump_set(vm, v, '>', out, depth);
  return unmarshallable(vm);
}

}  // namespace

bool marshal_dump(VM& vm, Value v, std::string* out) { return dump(vm, v, out, 0); }

}  // namespace pyvm::vm
