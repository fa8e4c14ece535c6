// The hash objects and modules (see runtime/hash_modules.h). One layout,
// HashObject, serves every algorithm: a plain-data HashState (no references,
// no malloc'd memory), with one type per algorithm named as CPython's
// (`_sha512.sha512`). Constructors take (string=b'', *, usedforsecurity=True).
#include "runtime/hash_modules.h"

#include <string>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/hash_algorithms.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

struct HashObject : Object {
  HashState state;
};

void trace_hash(Object*, Tracer&) {}  // plain data: no references

bool is_shake(HashKind k) { return k == HashKind::kShake128 || k == HashKind::kShake256; }

// The bytes of a hashable argument; CPython's errors for str and others.
bool hash_data(VM& vm, Value v, std::string* storage, std::string_view* out) {
  if (is_str(vm, v)) {
    raise_type_error(vm, "Strings must be encoded before hashing");
    return false;
  }
  if (bytes_like_view(vm, v, storage, out)) return true;
  if (!vm.has_exception()) raise_type_error(vm, "object supporting the buffer API required");
  return false;
}

HashObject* hash_self(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  if (t->trace != trace_hash) {
    raise_type_error(vm, "descriptor requires a hash object");
    return nullptr;
  }
  return v.as<HashObject>();
}

Value hash_update_method(VM& vm, CallArgs args) {
  HashObject* h = hash_self(vm, args.args[0]);
  std::string storage;
  std::string_view data;
  if (h == nullptr || !hash_data(vm, args.args[1], &storage, &data)) return Value::null();
  hash_update(&h->state, reinterpret_cast<const uint8_t*>(data.data()), data.size());
  return vm.none();
}

// The digest; SHAKE takes its length as the one argument.
bool digest_of(VM& vm, CallArgs args, const char* method, std::string* out) {
  HashObject* h = hash_self(vm, args.args[0]);
  if (h == nullptr) return false;
  size_t length = 0;
  if (is_shake(h->state.kind)) {
    if (args.npos != 2) {  // hashlib's (OpenSSL's) message
      raise_type_error(vm, std::string(method) + "() missing required argument 'length' (pos 1)");
      return false;
    }
    int64_t n = 0;
    if (!index_to_int64(vm, args.args[1], &n)) return false;
    if (n < 0) {
      raise_value_error(vm, "length must be non-negative");
      return false;
    }
    length = static_cast<size_t>(n);
  } else if (args.npos != 1) {
    raise_type_error(vm, std::string(hash_info(h->state.kind).name) + "." + method +
                             "() takes no arguments (" + std::to_string(args.npos - 1) + " given)");
    return false;
  }
  *out = hash_digest(h->state, length);
  return true;
}

Value hash_digest_method(VM& vm, CallArgs args) {
  std::string d;
  if (!digest_of(vm, args, "digest", &d)) return Value::null();
  return Value::from_object(bytes_new(vm, d));
}

Value hash_hexdigest_method(VM& vm, CallArgs args) {
  std::string d;
  if (!digest_of(vm, args, "hexdigest", &d)) return Value::null();
  return Value::from_object(str_from_ascii(vm, bytes_to_hex(d, "", 0)));
}

Value hash_copy_method(VM& vm, CallArgs args) {
  HashObject* h = hash_self(vm, args.args[0]);
  if (h == nullptr) return Value::null();
  auto* copy = vm.allocate<HashObject>(h->type);
  copy->state = h->state;
  return Value::from_object(copy);
}

Value hash_getattr(VM& vm, Value self, Str* name) {
  const HashState& state = self.as<HashObject>()->state;
  const HashInfo info = hash_info(state.kind);
  if (str_equals_ascii(name, "name")) return Value::from_object(str_from_ascii(vm, info.name));
  if (str_equals_ascii(name, "digest_size")) {
    bool blake2 = state.kind == HashKind::kBlake2b || state.kind == HashKind::kBlake2s;
    return Value::from_small_int(blake2 ? state.digest_length : info.digest_size);
  }
  if (str_equals_ascii(name, "block_size")) return Value::from_small_int(info.block_size);
  Type* type = self.object()->type;
  Value found = type_lookup(vm, type, name);
  if (!found.is_null()) return bind_attribute(vm, found, self, type);
  return raise_attribute_error(vm, self, name);
}

// Creates a hash of `kind` (instances of `type`) from (string=b'', *,
// usedforsecurity=True).
Value new_hash(VM& vm, Type* type, HashKind kind, CallArgs args) {
  Value p[2];
  ArgSpec spec{hash_info(kind).name, {"string", "usedforsecurity"}, 0, 1};
  if (!bind_args(vm, args, spec, p)) return Value::null();
  auto* h = vm.allocate<HashObject>(type);
  hash_init(&h->state, kind);
  if (!p[0].is_null()) {
    std::string storage;
    std::string_view data;
    if (!hash_data(vm, p[0], &storage, &data)) return Value::null();
    hash_update(&h->state, reinterpret_cast<const uint8_t*>(data.data()), data.size());
  }
  return Value::from_object(h);
}

template <HashKind K>
Value construct_hash(VM& vm, Type* cls, CallArgs args) {
  return new_hash(vm, cls, K, args);
}

std::string type_key(HashKind kind) { return std::string("_pyvm_type_") + hash_info(kind).name; }

// The module-level constructor function (`_sha512.sha512`).
template <HashKind K>
Value hash_function(VM& vm, CallArgs args) {
  const char* module = nullptr;
  switch (K) {
    case HashKind::kMd5:
      module = "_md5";
      break;
    case HashKind::kSha1:
      module = "_sha1";
      break;
    case HashKind::kSha224:
    case HashKind::kSha256:
      module = "_sha256";
      break;
    default:
      module = "_sha512";
      break;
  }
  Value type = module_attribute(vm, module, type_key(K).c_str());
  if (type.is_null()) {
    return raise(vm, vm.types().runtime_error,
                 std::string("pyvm: the ") + module + " module was replaced");
  }
  return new_hash(vm, type.as<Type>(), K, args);
}

template <HashKind K>
Type* create_hash_type(VM& vm, const char* module) {
  Type* t = module_type_new(vm, module, hash_info(K).name, sizeof(HashObject), trace_hash);
  t->construct = construct_hash<K>;
  t->getattr = hash_getattr;
  int digest_max = is_shake(K) ? 1 : 0;
  add_method(vm, t, "update", hash_update_method, 1, 1);
  add_method(vm, t, "digest", hash_digest_method, 0, digest_max);
  add_method(vm, t, "hexdigest", hash_hexdigest_method, 0, digest_max);
  add_method(vm, t, "copy", hash_copy_method, 0, 0);
  return t;
}

Module* new_module(VM& vm, const char* name) {
  Module* module = module_new(vm, vm.intern(name));
  dict_set_str(vm, vm.modules(), module->name, Value::from_object(module));
  return module;
}

// Adds the type for K (under a hidden name) and the constructor function.
template <HashKind K>
void add_hash_function(VM& vm, Module* module, const char* module_name) {
  Type* t = create_hash_type<K>(vm, module_name);
  dict_set_str(vm, module->dict, vm.intern(type_key(K).c_str()), Value::from_object(t));
  NativeFunction* fn =
      native_function_new(vm, hash_info(K).name, hash_function<K>, 0, -1, kNativeKeywords);
  dict_set_str(vm, module->dict, fn->name, Value::from_object(fn));
}

// _sha3 exposes the types themselves as the constructors.
template <HashKind K>
void add_hash_type(VM& vm, Module* module) {
  Type* t = create_hash_type<K>(vm, "_sha3");
  dict_set_str(vm, module->dict, vm.intern(hash_info(K).name), Value::from_object(t));
}

// A byte-string parameter of blake2b/blake2s: bytes-like, at most `max`.
bool blake2_bytes(VM& vm, Value v, const char* what, size_t max, std::string* out) {
  if (v.is_null()) return true;
  std::string storage;
  std::string_view view;
  if (!hash_data(vm, v, &storage, &view)) return false;
  if (view.size() > max) {
    raise_value_error(
        vm, std::string("maximum ") + what + " length is " + std::to_string(max) + " bytes");
    return false;
  }
  *out = std::string(view);
  return true;
}

// An int parameter in [low, high] (ValueError `message` otherwise).
bool blake2_int(VM& vm, Value v, int64_t low, int64_t high, const std::string& message,
                int64_t* out) {
  if (v.is_null()) return true;
  if (!index_to_int64(vm, v, out)) return false;
  if (*out < low || *out > high) {
    raise_value_error(vm, message);
    return false;
  }
  return true;
}

// blake2b/blake2s(data=b'', *, digest_size, key, salt, person, fanout,
// depth, leaf_size, node_offset, node_depth, inner_size, last_node,
// usedforsecurity), validated in CPython's order with its messages.
Value blake2_construct(VM& vm, Type* cls, CallArgs args) {
  bool wide = !str_equals_ascii(cls->name, "blake2s");
  Value p[13];
  ArgSpec spec{wide ? "blake2b" : "blake2s",
               {"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
                "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"},
               0,
               1,
               1};
  if (!bind_args(vm, args, spec, p)) return Value::null();
  int64_t max = wide ? 64 : 32, small = wide ? 16 : 8;
  Blake2Params params;
  int64_t digest = max, fanout = 1, depth = 1, node_depth = 0, inner = 0;
  std::string range = "between 1 and " + std::to_string(max) + " bytes";
  if (!blake2_int(vm, p[1], 1, max, "digest_size must be " + range, &digest) ||
      !blake2_bytes(vm, p[3], "salt", static_cast<size_t>(small), &params.salt) ||
      !blake2_bytes(vm, p[4], "person", static_cast<size_t>(small), &params.person) ||
      !blake2_int(vm, p[5], 0, 255, "fanout must be between 0 and 255", &fanout) ||
      !blake2_int(vm, p[6], 1, 255, "depth must be between 1 and 255", &depth)) {
    return Value::null();
  }
  if (!p[7].is_null()) {
    int64_t leaf = 0;
    if (!index_to_int64(vm, p[7], &leaf)) return Value::null();
    if (leaf < 0 || leaf > 0xFFFFFFFFLL) return raise_overflow_error(vm, "leaf_size is too large");
    params.leaf_size = static_cast<uint32_t>(leaf);
  }
  if (!p[8].is_null()) {
    int64_t offset = 0;
    if (!index_to_int64(vm, p[8], &offset)) return Value::null();
    if (offset < 0 || (!wide && offset >= (int64_t{1} << 48))) {
      return raise_overflow_error(vm, "node_offset is too large");
    }
    params.node_offset = static_cast<uint64_t>(offset);
  }
  if (!blake2_int(vm, p[9], 0, 255, "node_depth must be between 0 and 255", &node_depth) ||
      !blake2_int(vm, p[10], 0, max, "inner_size must be between 0 and is " + std::to_string(max),
                  &inner) ||
      !blake2_bytes(vm, p[2], "key", static_cast<size_t>(max), &params.key)) {
    return Value::null();
  }
  if (!p[11].is_null()) {
    int t = truth(vm, p[11]);
    if (t < 0) return Value::null();
    params.last_node = t != 0;
  }
  params.digest_size = static_cast<int>(digest);
  params.fanout = static_cast<int>(fanout);
  params.depth = static_cast<int>(depth);
  params.node_depth = static_cast<int>(node_depth);
  params.inner_size = static_cast<int>(inner);
  auto* h = vm.allocate<HashObject>(cls);
  blake2_init(&h->state, wide ? HashKind::kBlake2b : HashKind::kBlake2s, params);
  if (!p[0].is_null()) {
    std::string storage;
    std::string_view data;
    if (!hash_data(vm, p[0], &storage, &data)) return Value::null();
    hash_update(&h->state, reinterpret_cast<const uint8_t*>(data.data()), data.size());
  }
  return Value::from_object(h);
}

}  // namespace

Value create_md5_module(VM& vm) {
  Module* m = new_module(vm, "_md5");
  add_hash_function<HashKind::kMd5>(vm, m, "_md5");
  return Value::from_object(m);
}

Value create_sha1_module(VM& vm) {
  Module* m = new_module(vm, "_sha1");
  add_hash_function<HashKind::kSha1>(vm, m, "_sha1");
  return Value::from_object(m);
}

Value create_sha256_module(VM& vm) {
  Module* m = new_module(vm, "_sha256");
  add_hash_function<HashKind::kSha224>(vm, m, "_sha256");
  add_hash_function<HashKind::kSha256>(vm, m, "_sha256");
  return Value::from_object(m);
}

Value create_sha512_module(VM& vm) {
  Module* m = new_module(vm, "_sha512");
  add_hash_function<HashKind::kSha384>(vm, m, "_sha512");
  add_hash_function<HashKind::kSha512>(vm, m, "_sha512");
  return Value::from_object(m);
}

Value create_sha3_module(VM& vm) {
  Module* m = new_module(vm, "_sha3");
  add_hash_type<HashKind::kSha3_224>(vm, m);
  add_hash_type<HashKind::kSha3_256>(vm, m);
  add_hash_type<HashKind::kSha3_384>(vm, m);
  add_hash_type<HashKind::kSha3_512>(vm, m);
  add_hash_type<HashKind::kShake128>(vm, m);
  add_hash_type<HashKind::kShake256>(vm, m);
  return Value::from_object(m);
}

Value create_blake2_module(VM& vm) {
  Module* m = new_module(vm, "_blake2");
  for (const char* name : {"blake2b", "blake2s"}) {
    bool wide = std::string_view(name) == "blake2b";
    Type* t = module_type_new(vm, "_blake2", name, sizeof(HashObject), trace_hash);
    t->construct = blake2_construct;
    t->getattr = hash_getattr;
    add_method(vm, t, "update", hash_update_method, 1, 1);
    add_method(vm, t, "digest", hash_digest_method, 0, 0);
    add_method(vm, t, "hexdigest", hash_hexdigest_method, 0, 0);
    add_method(vm, t, "copy", hash_copy_method, 0, 0);
    const std::pair<const char*, int> kConstants[] = {{"SALT_SIZE", wide ? 16 : 8},
                                                      {"PERSON_SIZE", wide ? 16 : 8},
                                                      {"MAX_KEY_SIZE", wide ? 64 : 32},
                                                      {"MAX_DIGEST_SIZE", wide ? 64 : 32}};
    for (const auto& [key, value] : kConstants) {
      dict_set_str(vm, t->dict, vm.intern(key), Value::from_small_int(value));
    }
    dict_set_str(vm, m->dict, vm.intern(name), Value::from_object(t));
  }
  return Value::from_object(m);
}

}  // namespace pyvm::runtime
