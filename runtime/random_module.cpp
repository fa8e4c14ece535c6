// The native `_random` module (runtime/random_module.h): the Random type
// that Lib/random.py subclasses, a Mersenne Twister MT19937 generator with
// the seeding, float and bit-extraction rules of CPython 3.11's _random, so
// that a seeded pyvm program draws the same numbers as CPython.
//
// The generator follows Matsumoto and Nishimura's reference description: a
// 624-word state, seeded from a key array (`init_by_array`), tempered 32-bit
// outputs. Seeding from an int uses the 32-bit words of its absolute value,
// least significant first; from None, 624 words of os.urandom; from any
// other object, its hash read as an unsigned 64-bit number.
#include "runtime/random_module.h"

#include <gmp.h>
#include <sys/random.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "runtime/collections_module.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr int kStateWords = 624;
constexpr int kShift = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfu;
constexpr uint32_t kUpperMask = 0x80000000u;
constexpr uint32_t kLowerMask = 0x7fffffffu;

// An instance: the generator state inline (no references to trace).
struct RandomObject : Object {
  int32_t index;  // next word of `state` to temper; kStateWords: regenerate
  uint32_t state[kStateWords];
};

void trace_random(Object*, Tracer&) {}  // the state holds no references

void init_genrand(RandomObject* r, uint32_t seed) {
  uint32_t* mt = r->state;
  mt[0] = seed;
  for (int i = 1; i < kStateWords; ++i) {
    mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  }
  r->index = kStateWords;
}

void init_by_array(RandomObject* r, const std::vector<uint32_t>& key) {
  uint32_t* mt = r->state;
  init_genrand(r, 19650218u);
  size_t length = key.size();
  int i = 1;
  size_t j = 0;
  for (size_t k = length > kStateWords ? length : kStateWords; k > 0; --k) {
    mt[i] =
        (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kStateWords) {
      mt[0] = mt[kStateWords - 1];
      i = 1;
    }
    if (j >= length) j = 0;
  }
  for (int k = kStateWords - 1; k > 0; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kStateWords) {
      mt[0] = mt[kStateWords - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;
}

// Refills the whole state block (the "twist").
void regenerate(RandomObject* r) {
  uint32_t* mt = r->state;
  auto mix = [&](int a, int b, int m) {
    uint32_t y = (mt[a] & kUpperMask) | (mt[b] & kLowerMask);
    mt[a] = mt[m] ^ (y >> 1) ^ ((y & 1u) != 0 ? kMatrixA : 0u);
  };
  int k = 0;
  for (; k < kStateWords - kShift; ++k) mix(k, k + 1, k + kShift);
  for (; k < kStateWords - 1; ++k) mix(k, k + 1, k + (kShift - kStateWords));
  mix(kStateWords - 1, 0, kShift - 1);
  r->index = 0;
}

uint32_t next_word(RandomObject* r) {
  if (r->index >= kStateWords) regenerate(r);
  uint32_t y = r->state[r->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

Type* random_type(VM& vm) {
  Value m = dict_get_str(vm, vm.modules(), vm.intern("_random"));
  if (m.is_null() || !m.is_object() || m.object()->type != vm.types().module) return nullptr;
  Value t = dict_get_str(vm, m.as<Module>()->dict, vm.intern("Random"));
  return t.is_null() ? nullptr : t.as<Type>();
}

bool is_random(VM& vm, Value v) {
  Type* t = random_type(vm);
  return t != nullptr && v.is_object() && is_subtype(v.object()->type, t);
}

RandomObject* self_of(Value v) { return v.as<RandomObject>(); }

Value not_random(VM& vm, const char* method, Value self) {
  return raise_type_error(vm, std::string("descriptor '") + method +
                                  "' requires a '_random.Random' object but received a '" +
                                  type_name(vm, self) + "'");
}

// Seeds from 624 words of the system's randomness (the time as a fallback).
void seed_from_urandom(RandomObject* r) {
  std::vector<uint32_t> key(kStateWords);
  size_t want = key.size() * sizeof(uint32_t);
  auto* bytes = reinterpret_cast<char*>(key.data());
  size_t got = 0;
  while (got < want) {
    ssize_t n = getrandom(bytes + got, want - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  if (got < want) {
    key.assign(2, 0);
    key[0] = static_cast<uint32_t>(time(nullptr));
    key[1] = static_cast<uint32_t>(clock());
  }
  init_by_array(r, key);
}

// Seeds from the 32-bit words of |n| (at least one word, for 0).
void seed_from_int(VM& vm, RandomObject* r, Value n) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(vm, n, z);
  mpz_abs(z, z);
  size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
  std::vector<uint32_t> key(words == 0 ? 1 : words, 0);
  size_t written = 0;
  mpz_export(key.data(), &written, -1, sizeof(uint32_t), 0, 0, z);
  mpz_clear(z);
  init_by_array(r, key);
}

// Random.seed(n=None) at the C level (random.py adds str/bytes handling).
bool seed(VM& vm, RandomObject* r, Value arg) {
  if (arg.is_null() || arg == vm.none()) {
    seed_from_urandom(r);
    return true;
  }
  if (is_int(vm, arg)) {
    seed_from_int(vm, r, arg);
    return true;
  }
  int64_t h = hash(vm, arg);
  if (h == -1 && vm.has_exception()) return false;
  seed_from_int(vm, r, int_from_uint64(vm, static_cast<uint64_t>(h)));
  return true;
}

Value random_seed(VM& vm, CallArgs args) {
  if (!is_random(vm, args.args[0])) return not_random(vm, "seed", args.args[0]);
  if (!seed(vm, self_of(args.args[0]), args.npos > 1 ? args.args[1] : Value::null())) {
    return Value::null();
  }
  return vm.none();
}

// random(): a double in [0, 1) from 53 random bits (27 + 26).
Value random_random(VM& vm, CallArgs args) {
  if (!is_random(vm, args.args[0])) return not_random(vm, "random", args.args[0]);
  RandomObject* r = self_of(args.args[0]);
  uint32_t a = next_word(r) >> 5;
  uint32_t b = next_word(r) >> 6;
  return float_new(vm, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

// getrandbits(k): k random bits as a non-negative int; 32-bit words are
// drawn least significant first, the last one keeping its top bits.
Value random_getrandbits(VM& vm, CallArgs args) {
  if (!is_random(vm, args.args[0])) return not_random(vm, "getrandbits", args.args[0]);
  RandomObject* r = self_of(args.args[0]);
  int64_t k;
  if (!index_to_int64(vm, args.args[1], &k)) return Value::null();
  if (k < 0) return raise_value_error(vm, "number of bits must be non-negative");
  if (k == 0) return Value::from_small_int(0);
  if (k <= 32) return int_from_uint64(vm, next_word(r) >> (32 - k));
  std::vector<uint32_t> words(static_cast<size_t>((k - 1) / 32 + 1));
  for (uint32_t& w : words) {
    uint32_t bits = next_word(r);
    if (k < 32) bits >>= (32 - k);
    w = bits;
    k -= 32;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
  Value result = int_from_mpz(vm, z);
  mpz_clear(z);
  return result;
}

// getstate(): the 624 state words and the index, as a tuple of ints.
Value random_getstate(VM& vm, CallArgs args) {
  if (!is_random(vm, args.args[0])) return not_random(vm, "getstate", args.args[0]);
  RandomObject* r = self_of(args.args[0]);
  Tuple* t = tuple_new(vm, kStateWords + 1);
  for (int i = 0; i < kStateWords; ++i) {
    tuple_init_item(vm, t, i, int_from_uint64(vm, r->state[i]));
  }
  tuple_init_item(vm, t, kStateWords, Value::from_small_int(r->index));
  return Value::from_object(t);
}

bool read_word(VM& vm, Value v, uint64_t limit, uint64_t* out) {
  if (!is_int(vm, v)) {
    raise_type_error(vm, "an integer is required (got type " + type_name(vm, v) + ")");
    return false;
  }
  int64_t n;
  if (!int_to_int64(vm, v, &n) || n < 0 || static_cast<uint64_t>(n) > limit) {
    if (vm.has_exception()) vm.clear_exception();
    if (n < 0) {
      raise_overflow_error(vm, "can't convert negative value to unsigned int");
    } else {
      raise_overflow_error(vm, "Python int too large to convert to C unsigned long");
    }
    return false;
  }
  *out = static_cast<uint64_t>(n);
  return true;
}

Value random_setstate(VM& vm, CallArgs args) {
  if (!is_random(vm, args.args[0])) return not_random(vm, "setstate", args.args[0]);
  RandomObject* r = self_of(args.args[0]);
  Value state = args.args[1];
  if (!state.is_object() || !is_subtype(state.object()->type, vm.types().tuple)) {
    return raise_type_error(vm, "state vector must be a tuple");
  }
  auto* t = state.as<Tuple>();
  if (t->length != kStateWords + 1) return raise_value_error(vm, "state vector is the wrong size");
  uint32_t words[kStateWords];
  for (int i = 0; i < kStateWords; ++i) {
    uint64_t w;
    if (!read_word(vm, t->items()[i], UINT32_MAX, &w)) return Value::null();
    words[i] = static_cast<uint32_t>(w);
  }
  int64_t index;
  if (!index_to_int64(vm, t->items()[kStateWords], &index)) return Value::null();
  if (index < 0 || index > kStateWords) return raise_value_error(vm, "invalid state");
  std::memcpy(r->state, words, sizeof words);
  r->index = static_cast<int32_t>(index);
  return vm.none();
}

RandomObject* allocate_random(VM& vm, Type* cls) {
  auto* r = static_cast<RandomObject*>(vm.allocate(cls, cls->instance_size));
  r->index = 0;                              // a zeroed state, as CPython's before seeding
  if (UserType* user = as_user_type(cls)) {  // a subclass: its attributes follow
    if (Attributes* attributes = attributes_of(r)) {
      attributes_init(vm, r, attributes, user->initial_shape);
    }
  }
  return r;
}

// Random.__new__(cls, *args, **kwargs): an unseeded generator.
Value random_new(VM& vm, CallArgs args) {
  Type* base = random_type(vm);
  if (args.npos == 0 || !args.args[0].is_object() ||
      !is_subtype(args.args[0].object()->type, vm.types().type) || base == nullptr ||
      !is_subtype(args.args[0].as<Type>(), base)) {
    return raise_type_error(vm, "Random.__new__(X): X is not a subtype of _random.Random");
  }
  return Value::from_object(allocate_random(vm, args.args[0].as<Type>()));
}

// Random.__init__(self, x=None): seeds (keywords refused for Random itself).
Value random_init(VM& vm, CallArgs args) {
  if (!is_random(vm, args.args[0])) return not_random(vm, "__init__", args.args[0]);
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "Random() takes no keyword arguments");
  }
  if (args.npos > 2) return raise_type_error(vm, "Random() requires 0 or 1 argument");
  if (!seed(vm, self_of(args.args[0]), args.npos > 1 ? args.args[1] : Value::null())) {
    return Value::null();
  }
  return vm.none();
}

Value random_construct(VM& vm, Type* cls, CallArgs args) {
  RandomObject* r = allocate_random(vm, cls);
  Value self = Value::from_object(r);
  Value argv[3] = {self, Value::null(), Value::null()};
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "Random() takes no keyword arguments");
  }
  if (args.npos > 1) return raise_type_error(vm, "Random() requires 0 or 1 argument");
  if (args.npos == 1) argv[1] = args.args[0];
  if (random_init(vm, CallArgs{argv, args.npos + 1, nullptr}).is_null()) return Value::null();
  return self;
}

Type* create_random_type(VM& vm) {
  Type* t = native_type_new(vm, "Random", vm.types().object, "_random");
  t->instance_size = sizeof(RandomObject);
  t->flags |= kTypeAcceptsSubclasses | kTypeAttributeTail;
  t->trace = trace_random;
  t->construct = random_construct;
  struct Spec {
    const char* name;
    NativeFn fn;
    int min_args, max_args;
  } const kMethods[] = {
      {"random", random_random, 0, 0},           {"seed", random_seed, 0, 1},
      {"getstate", random_getstate, 0, 0},       {"setstate", random_setstate, 1, 1},
      {"getrandbits", random_getrandbits, 1, 1},
  };
  for (const Spec& m : kMethods) add_method(vm, t, m.name, m.fn, m.min_args, m.max_args);
  add_method(vm, t, "__init__", random_init, 0, -1, kNativeKeywords);
  NativeFunction* new_fn = native_function_new(vm, "__new__", random_new, 1, -1, kNativeKeywords);
  dict_set_str(vm, t->dict, vm.intern("__new__"),
               wrap_native(vm, vm.types().staticmethod, Value::from_object(new_fn)));
  return t;
}

}  // namespace

Value create_random_module(VM& vm) {
  Module* module = module_new(vm, vm.intern("_random"));
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  Type* t = create_random_type(vm);
  dict_set_str(vm, module->dict, vm.intern("Random"), Value::from_object(t));
  return Value::from_object(module);
}

}  // namespace pyvm::runtime
