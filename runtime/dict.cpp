// dict: CPython's compact ordered hash table. Entries are appended to a dense
// array in insertion order; a sparse power-of-two index maps hash slots to
// entry numbers and is probed with CPython's perturbation recurrence
// (i = 5*i + perturb + 1; perturb >>= 5), so every slot is eventually visited.
// Deleting leaves a dummy in the index and a hole in the entries; both are
// compacted on the next resize. The table resizes when the entries array (2/3
// of the index size) is full, to the power of two >= 3 * used.
#include "runtime/dict.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/attribute_dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/mappingproxy.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/slot_wrappers.h"
#include "runtime/storage.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr int64_t kMinIndexSize = 8;

bool is_exact_str(VM& vm, Value v) { return v.is_object() && v.object()->type == vm.types().str; }

// Hash of a small int below 2**61 - 1 in magnitude: the int itself (-1
// becomes -2), as int_hash computes it.
int64_t small_key_hash(VM& vm, Value key) {
  constexpr int64_t kModulus = (int64_t{1} << 61) - 1;
  int64_t s = key.small_int();
  if (s <= -kModulus || s >= kModulus) return int_hash(vm, key);
  return s == -1 ? -2 : s;
}

// Hash of a key, with fast paths for str and small int.
int64_t key_hash(VM& vm, Value key) {
  if (key.is_small_int()) return small_key_hash(vm, key);
  if (is_exact_str(vm, key)) return str_hash(key.as<Str>());
  return hash(vm, key);
}

int64_t usable_for(int64_t index_size) { return index_size * 2 / 3; }

// Rebuilds the table with an index of `index_size` slots, dropping deleted
// entries.
// The entries and the index share one storage cell (runtime/storage.h):
// the entries first, then the index.
void dict_rebuild(VM& vm, Dict* d, int64_t index_size) {
  int64_t cap = usable_for(index_size);
  if (cap > INT32_MAX) {  // entry numbers are 32-bit (half the index's cache footprint)
    std::fputs("pyvm: out of memory (dict too large)\n", stderr);
    std::exit(1);
  }
  size_t entry_bytes = sizeof(DictEntry) * static_cast<size_t>(cap);
  auto* entries = static_cast<DictEntry*>(
      storage_allocate(vm, d, entry_bytes + sizeof(int32_t) * static_cast<size_t>(index_size)));
  auto* index = reinterpret_cast<int32_t*>(reinterpret_cast<char*>(entries) + entry_bytes);
  static_assert(kEmpty == -1, "an all-ones fill makes every slot empty");
  std::memset(index, 0xff, sizeof(int32_t) * static_cast<size_t>(index_size));
  uint64_t mask = static_cast<uint64_t>(index_size - 1);
  int64_t n = 0;
  for (int64_t e = 0; e < d->entries_len; ++e) {
    if (d->entries[e].key.is_null()) continue;
    entries[n] = d->entries[e];
    uint64_t h = static_cast<uint64_t>(entries[n].hash);
    uint64_t i = h & mask;
    for (uint64_t perturb = h; index[i] != kEmpty;) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = static_cast<int32_t>(n++);
  }
  storage_release(vm, d->entries);
  d->entries = entries;
  d->index = index;
  d->entries_cap = cap;
  d->entries_len = n;
  d->index_size = index_size;
  ++d->keys_version;
}

void dict_grow(VM& vm, Dict* d) {
  int64_t want = d->used * 3;
  int64_t size = kMinIndexSize;
  while (size < want) size <<= 1;
  dict_rebuild(vm, d, size);
}

// Result of a probe: `slot` is the index slot holding the key or, when
// absent, the first empty-or-dummy slot where it would go.
struct Probe {
  int64_t slot;
  int64_t entry;  // entry number, or -1 when absent
};

// Probes for `key`. Returns false with an exception pending if __eq__ raised.
bool dict_probe(VM& vm, Dict* d, Value key, int64_t h, Probe* out) {
restart:
  out->slot = -1;
  out->entry = -1;
  if (d->index_size == 0) return true;
  uint64_t mask = static_cast<uint64_t>(d->index_size - 1);
  uint64_t i = static_cast<uint64_t>(h) & mask;
  bool key_is_str = is_exact_str(vm, key);
  for (uint64_t perturb = static_cast<uint64_t>(h);;) {
    int64_t ix = d->index[i];
    if (ix == kEmpty) {
      if (out->slot < 0) out->slot = static_cast<int64_t>(i);
      return true;
    }
    if (ix == kDummy) {
      if (out->slot < 0) out->slot = static_cast<int64_t>(i);
    } else {
      DictEntry* e = &d->entries[ix];
      if (e->key == key) {
        out->slot = static_cast<int64_t>(i);
        out->entry = ix;
        return true;
      }
      if (e->hash == h) {
        int eq;
        if (key_is_str && is_exact_str(vm, e->key)) {
          eq = str_equal(e->key.as<Str>(), key.as<Str>());
        } else {
          DictEntry* entries = d->entries;
          Value stored = e->key;
          eq = equals(vm, stored, key);
          if (eq < 0) return false;
          if (entries != d->entries || d->entries[ix].key != stored) goto restart;
        }
        if (eq == 1) {
          out->slot = static_cast<int64_t>(i);
          out->entry = ix;
          return true;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Inserts a key known to be absent, with its hash.
void dict_insert_new(VM& vm, Dict* d, Value key, int64_t h, Value value) {
  if (d->index_size == 0 || d->entries_len >= d->entries_cap) {
    dict_grow(vm, d);
  }
  uint64_t mask = static_cast<uint64_t>(d->index_size - 1);
  uint64_t i = static_cast<uint64_t>(h) & mask;
  for (uint64_t perturb = static_cast<uint64_t>(h); d->index[i] >= 0;) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  int64_t n = d->entries_len++;
  d->index[i] = static_cast<int32_t>(n);
  DictEntry* e = &d->entries[n];
  e->hash = h;
  vm.store(d, &e->key, key);
  vm.store(d, &e->value, value);
  ++d->used;
  ++d->version;
  ++d->keys_version;
}

// A value store to an existing key: the first few end the dict's values'
// quasi-constancy under the current keys_version (see runtime/dict.h).
void note_rebind(Dict* d) {
  if (dict_values_mutable(d)) return;
  ++d->rebinds;
  ++d->keys_version;
}

void dict_remove_entry(Dict* d, const Probe& p) {
  DictEntry* e = &d->entries[p.entry];
  e->key = Value::null();
  e->value = Value::null();
  d->index[p.slot] = kDummy;
  --d->used;
  ++d->version;
  ++d->keys_version;
}

}  // namespace

Dict* dict_new(VM& vm) { return vm.allocate<Dict>(vm.types().dict); }

bool is_dict(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.object()->type;
  return t == vm.types().dict || is_subtype(t, vm.types().dict);
}

Value dict_get(VM& vm, Dict* d, Value key) {
  int64_t h = key_hash(vm, key);
  if (h == -1) return Value::null();
  Probe p;
  if (!dict_probe(vm, d, key, h, &p)) return Value::null();
  return p.entry < 0 ? Value::null() : d->entries[p.entry].value;
}

Value dict_get_str(VM& vm, Dict* d, Str* key) {
  if (d->index_size == 0) return Value::null();
  int64_t h = str_hash(key);
  uint64_t mask = static_cast<uint64_t>(d->index_size - 1);
  uint64_t i = static_cast<uint64_t>(h) & mask;
  Value k = Value::from_object(key);
  for (uint64_t perturb = static_cast<uint64_t>(h);;) {
    int64_t ix = d->index[i];
    if (ix == kEmpty) return Value::null();
    if (ix >= 0) {
      DictEntry* e = &d->entries[ix];
      if (e->key == k) return e->value;
      if (e->hash == h && e->key.is_object() && is_str(vm, e->key) &&
          str_equal(e->key.as<Str>(), key)) {
        return e->value;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int64_t dict_entry_of_str(VM& vm, Dict* d, Str* key) {
  Probe p;
  if (!dict_probe(vm, d, Value::from_object(key), str_hash(key), &p)) return -1;
  return p.entry;
}

int dict_set(VM& vm, Dict* d, Value key, Value value) {
  int64_t h = key_hash(vm, key);
  if (h == -1) return -1;
  Probe p;
  if (!dict_probe(vm, d, key, h, &p)) return -1;
  if (p.entry >= 0) {
    vm.store(d, &d->entries[p.entry].value, value);
    ++d->version;
    note_rebind(d);
    return 0;
  }
  dict_insert_new(vm, d, key, h, value);
  return 0;
}

void dict_set_str(VM& vm, Dict* d, Str* key, Value value) {
  int r = dict_set(vm, d, Value::from_object(key), value);
  (void)r;  // str keys never raise
}

int dict_del(VM& vm, Dict* d, Value key) {
  int64_t h = key_hash(vm, key);
  if (h == -1) return -1;
  Probe p;
  if (!dict_probe(vm, d, key, h, &p)) return -1;
  if (p.entry < 0) return 0;
  dict_remove_entry(d, p);
  return 1;
}

Value dict_pop(VM& vm, Dict* d, Value key) {
  int64_t h = key_hash(vm, key);
  if (h == -1) return Value::null();
  Probe p;
  if (!dict_probe(vm, d, key, h, &p)) return Value::null();
  if (p.entry < 0) return Value::null();
  Value v = d->entries[p.entry].value;
  dict_remove_entry(d, p);
  return v;
}

bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value) {
  while (*pos < d->entries_len) {
    DictEntry* e = &d->entries[(*pos)++];
    if (e->key.is_null()) continue;
    if (key != nullptr) *key = e->key;
    if (value != nullptr) *value = e->value;
    return true;
  }
  return false;
}

Dict* dict_copy(VM& vm, Dict* d) {
  Dict* r = dict_new(vm);
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) dict_insert_new(vm, r, k, d->entries[pos - 1].hash, v);
  return r;
}

void dict_clear(VM& vm, Dict* d);
void dict_clear(VM& vm, Dict* d) {
  storage_release(vm, d->entries);
  d->entries = nullptr;
  d->index = nullptr;
  d->used = d->entries_len = d->entries_cap = d->index_size = 0;
  ++d->version;
  ++d->keys_version;
}

}  // namespace pyvm::runtime

namespace pyvm::runtime {

namespace {

// ---- views and iterators

enum class ViewKind { kKeys, kValues, kItems };

struct DictView : Object {
  Dict* dict;
};

struct DictIterator : Object {
  Dict* dict;  // nullptr once exhausted
  int64_t pos;
  int64_t initial_used;
};

Type* view_type(VM& vm, ViewKind kind) {
  switch (kind) {
    case ViewKind::kKeys:
      return vm.types().dict_keys;
    case ViewKind::kValues:
      return vm.types().dict_values;
    default:
      return vm.types().dict_items;
  }
}

Type* iterator_type(VM& vm, ViewKind kind) {
  switch (kind) {
    case ViewKind::kKeys:
      return vm.types().dict_keyiterator;
    case ViewKind::kValues:
      return vm.types().dict_valueiterator;
    default:
      return vm.types().dict_itemiterator;
  }
}

ViewKind kind_of(VM& vm, Type* t) {
  if (t == vm.types().dict_keys || t == vm.types().dict_keyiterator) return ViewKind::kKeys;
  if (t == vm.types().dict_values || t == vm.types().dict_valueiterator) return ViewKind::kValues;
  return ViewKind::kItems;
}

Value view_new(VM& vm, Dict* d, ViewKind kind) {
  auto* v = vm.allocate<DictView>(view_type(vm, kind));
  vm.store_ref(v, &v->dict, d);
  return Value::from_object(v);
}

Value dict_iterator_new(VM& vm, Dict* d, ViewKind kind) {
  auto* it = vm.allocate<DictIterator>(iterator_type(vm, kind));
  vm.store_ref(it, &it->dict, d);
  it->initial_used = d->used;
  return Value::from_object(it);
}

Value pair(VM& vm, Value a, Value b) {
  Value items[2] = {a, b};
  return Value::from_object(tuple_from(vm, items, 2));
}

Value dict_iterator_next(VM& vm, Value self) {
  auto* it = self.as<DictIterator>();
  Dict* d = it->dict;
  if (d == nullptr) return Value::null();
  if (d->used != it->initial_used) {
    it->initial_used = -1;  // keep failing, as CPython does
    return raise(vm, vm.types().runtime_error, "dictionary changed size during iteration");
  }
  Value k, v;
  if (!dict_next(d, &it->pos, &k, &v)) {
    it->dict = nullptr;
    return Value::null();
  }
  switch (kind_of(vm, it->type)) {
    case ViewKind::kKeys:
      return k;
    case ViewKind::kValues:
      return v;
    default:
      return pair(vm, k, v);
  }
}

Value iterator_self(VM& vm, Value self) { return self; }

void dict_iterator_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<DictIterator*>(self)->dict);
}

void view_trace(Object* self, Tracer& tracer) { tracer.visit(static_cast<DictView*>(self)->dict); }

int64_t view_length(VM& vm, Value self) { return self.as<DictView>()->dict->used; }

Value view_iter(VM& vm, Value self) {
  return dict_iterator_new(vm, self.as<DictView>()->dict, kind_of(vm, self.object()->type));
}

// Repr of a list of the view's items wrapped as "dict_keys([...])".
Value view_repr(VM& vm, Value self) {
  ReprGuard guard(vm, self.object());
  std::string name = type_name(vm, self);
  if (guard.recursive()) return Value::from_object(str_from_utf8(vm, "..."));
  std::string out = name + "([";
  Value it = view_iter(vm, self);
  bool first = true;
  for (;;) {
    Value item = iter_next(vm, it);
    if (item.is_null()) {
      if (vm.has_exception()) return Value::null();
      break;
    }
    if (!first) out += ", ";
    first = false;
    if (!append_repr(vm, item, &out)) return Value::null();
  }
  out += "])";
  return Value::from_object(str_from_utf8(vm, out));
}

int view_contains(VM& vm, Value self, Value item) {
  Dict* d = self.as<DictView>()->dict;
  switch (kind_of(vm, self.object()->type)) {
    case ViewKind::kKeys: {
      Value v = dict_get(vm, d, item);
      if (v.is_null()) return vm.has_exception() ? -1 : 0;
      return 1;
    }
    case ViewKind::kValues: {
      int64_t pos = 0;
      Value k, v;
      while (dict_next(d, &pos, &k, &v)) {
        int eq = equals(vm, v, item);
        if (eq != 0) return eq;
      }
      return 0;
    }
    default: {
      if (!is_tuple(vm, item) || item.as<Tuple>()->length != 2) return 0;
      Tuple* t = item.as<Tuple>();
      Value v = dict_get(vm, d, t->at(0));
      if (v.is_null()) return vm.has_exception() ? -1 : 0;
      return equals(vm, v, t->at(1));
    }
  }
}

// Keys and items views compare and combine like sets: convert to a set and
// apply the set operation (runtime/set.cpp).
Value view_to_set(VM& vm, Value v) {
  Value set_type = Value::from_object(vm.types().set);
  return call_positional(vm, set_type, &v, 1);
}

bool is_setlike_view(VM& vm, Value v) {
  return v.is_object() &&
         (v.object()->type == vm.types().dict_keys || v.object()->type == vm.types().dict_items);
}

Value view_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_setlike_view(vm, a)) return vm.not_implemented();
  Type* tb = type_of(vm, b);
  if (!is_setlike_view(vm, b) && tb != vm.types().set && tb != vm.types().frozenset) {
    return vm.not_implemented();
  }
  Value sa = view_to_set(vm, a);
  if (sa.is_null()) return Value::null();
  Value sb = is_setlike_view(vm, b) ? view_to_set(vm, b) : b;
  if (sb.is_null()) return Value::null();
  return rich_compare(vm, sa, sb, op);
}

Value view_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::kAnd && op != BinaryOp::kOr && op != BinaryOp::kSub && op != BinaryOp::kXor) {
    return vm.not_implemented();
  }
  Value sa = view_to_set(vm, a);
  if (sa.is_null()) return Value::null();
  if (op == BinaryOp::kSub || op == BinaryOp::kXor) {
    // As CPython: set(a) updated in place, so removed keys leave their
    // slots behind and the iteration order matches.
    const char* update = op == BinaryOp::kSub ? "difference_update" : "symmetric_difference_update";
    Value method = get_attr(vm, sa, vm.intern(update));
    if (method.is_null() || call_positional(vm, method, &b, 1).is_null()) return Value::null();
    return sa;
  }
  Value sb = view_to_set(vm, b);
  if (sb.is_null()) return Value::null();
  return binary_op(vm, op, sa, sb);
}

}  // namespace

// view.mapping: a read-only proxy of the view's dict.
Value dict_view_mapping(VM& vm, Value view) {
  return mappingproxy_new(vm, Value::from_object(view.as<DictView>()->dict));
}

namespace {

// keys().isdisjoint(other) / items().isdisjoint(other).
Value view_isdisjoint(VM& vm, CallArgs args) {
  bool found = false;
  int r = for_each_item(vm, args.args[1], [&](Value item) {
    int c = view_contains(vm, args.args[0], item);
    if (c < 0) return -1;
    if (c == 1) {
      found = true;
      return -1;  // stop early; not an error
    }
    return 0;
  });
  if (found) return vm.false_value();
  if (r < 0) return Value::null();
  return vm.true_value();
}

void init_view_types(VM& vm) {
  for (ViewKind kind : {ViewKind::kKeys, ViewKind::kValues, ViewKind::kItems}) {
    Type* v = view_type(vm, kind);
    v->instance_size = sizeof(DictView);
    v->trace = view_trace;
    v->repr = view_repr;
    v->length = view_length;
    v->iter = view_iter;
    v->contains = view_contains;
    add_slot_wrappers(vm, v);
    if (kind != ViewKind::kValues) {
      v->richcompare = view_richcompare;
      v->binary = view_binary;
      add_method(vm, v, "isdisjoint", view_isdisjoint, 1, 1, kNativeMethod);
    }
    Type* it = iterator_type(vm, kind);
    it->instance_size = sizeof(DictIterator);
    it->trace = dict_iterator_trace;
    it->iter = iterator_self;
    it->next = dict_iterator_next;
    add_iterator_methods(vm, it);
  }
}

// ---- dict slots

Value dict_repr(VM& vm, Value self) {
  Dict* d = self.as<Dict>();
  if (d->used == 0) return Value::from_object(vm.intern("{}"));
  ReprGuard guard(vm, d);
  if (guard.recursive()) return Value::from_object(vm.intern("{...}"));
  std::string out = "{";
  int64_t pos = 0;
  Value k, v;
  bool first = true;
  while (dict_next(d, &pos, &k, &v)) {
    if (!first) out += ", ";
    first = false;
    if (!append_repr(vm, k, &out)) return Value::null();
    out += ": ";
    if (!append_repr(vm, v, &out)) return Value::null();
  }
  out += "}";
  return Value::from_object(str_from_utf8(vm, out));
}

// 1 when a and b hold equal items, 0 when not, -1 on error.
int dict_equal(VM& vm, Dict* a, Dict* b) {
  if (a->used != b->used) return 0;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(a, &pos, &k, &v)) {
    Value other = dict_get(vm, b, k);
    if (other.is_null()) return vm.has_exception() ? -1 : 0;
    int eq = equals(vm, v, other);
    if (eq <= 0) return eq;
  }
  return 1;
}

Value dict_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_dict(vm, a) || !is_dict(vm, b)) return vm.not_implemented();
  if (op != CompareOp::kEq && op != CompareOp::kNe) return vm.not_implemented();
  int eq = dict_equal(vm, a.as<Dict>(), b.as<Dict>());
  if (eq < 0) return Value::null();
  return vm.bool_value((eq == 1) == (op == CompareOp::kEq));
}

int64_t dict_length(VM& vm, Value self) { return self.as<Dict>()->used; }

Value dict_getitem(VM& vm, Value self, Value key) {
  Dict* d = self.as<Dict>();
  Value v = dict_get(vm, d, key);
  if (!v.is_null() || vm.has_exception()) return v;
  if (d->type != vm.types().dict) {
    Value missing = type_lookup(vm, d->type, vm.intern("__missing__"));
    if (!missing.is_null()) {
      Value args[2] = {self, key};
      return call_positional(vm, missing, args, 2);
    }
  }
  return raise_key_error(vm, key);
}

int dict_setitem(VM& vm, Value self, Value key, Value value) {
  Dict* d = self.as<Dict>();
  if (!value.is_null()) return dict_set(vm, d, key, value);
  int r = dict_del(vm, d, key);
  if (r == 0) {
    raise_key_error(vm, key);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

int dict_contains(VM& vm, Value self, Value key) {
  Value v = dict_get(vm, self.as<Dict>(), key);
  if (v.is_null()) return vm.has_exception() ? -1 : 0;
  return 1;
}

Value dict_iter(VM& vm, Value self) {
  return dict_iterator_new(vm, self.as<Dict>(), ViewKind::kKeys);
}

int dict_truth(VM& vm, Value self) { return self.as<Dict>()->used != 0; }

void dict_trace(Object* self, Tracer& tracer) {
  auto* d = static_cast<Dict*>(self);
  trace_storage(d->entries, tracer);
  for (int64_t i = 0; i < d->entries_len; ++i) {
    tracer.visit(d->entries[i].key);
    tracer.visit(d->entries[i].value);
  }
}

// Merges keyword arguments args[npos ..] into d.
void dict_merge_kwargs(VM& vm, Dict* d, CallArgs args) {
  if (args.kwnames == nullptr) return;
  for (int64_t k = 0; k < args.kwnames->length; ++k) {
    dict_set_str(vm, d, args.kwnames->at(k).as<Str>(), args.args[args.npos + k]);
  }
}

Value dict_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.npos > 1) {
    return raise_type_error(vm,
                            "dict expected at most 1 argument, got " + std::to_string(args.npos));
  }
  Dict* d = static_cast<Dict*>(vm.allocate(cls, cls->instance_size));  // subclasses: larger
  if (args.npos == 1 && dict_merge_from(vm, d, args.args[0]) < 0) return Value::null();
  dict_merge_kwargs(vm, d, args);
  return Value::from_object(d);
}

Value dict_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::kOr || !is_dict(vm, a) || !is_dict(vm, b)) return vm.not_implemented();
  Dict* r = dict_copy(vm, a.as<Dict>());
  if (dict_merge_from(vm, r, b) < 0) return Value::null();
  return Value::from_object(r);
}

Value dict_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::kOr || !is_dict(vm, a)) return vm.not_implemented();
  if (dict_merge_from(vm, a.as<Dict>(), b) < 0) return Value::null();
  return a;
}

}  // namespace

// ---- update

static int dict_update_from_pairs(VM& vm, Dict* d, Value iterable) {
  int64_t n = 0;
  return for_each_item(vm, iterable, [&](Value item) {
    List* parts = nullptr;
    Type* t = type_of(vm, item);
    if (t->iter == nullptr && t->getitem == nullptr) {
      raise_type_error(vm, "cannot convert dictionary update sequence element #" +
                               std::to_string(n) + " to a sequence");
      return -1;
    }
    parts = list_from_iterable(vm, item);
    if (parts == nullptr) return -1;
    if (parts->length != 2) {
      raise_value_error(vm, "dictionary update sequence element #" + std::to_string(n) +
                                " has length " + std::to_string(parts->length) + "; 2 is required");
      return -1;
    }
    ++n;
    return dict_set(vm, d, parts->items[0], parts->items[1]);
  });
}

int dict_merge_from(VM& vm, Dict* d, Value other) {
  other = attribute_dict_as_dict(vm, other);  // an instance __dict__ view: its snapshot
  if (other.is_null()) return -1;
  if (is_dict(vm, other)) {
    Dict* src = other.as<Dict>();
    if (src == d) return 0;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) {
      if (dict_set(vm, d, k, v) < 0) return -1;
    }
    return 0;
  }
  Value keys_attr = type_lookup(vm, type_of(vm, other), vm.intern("keys"));
  if (keys_attr.is_null()) return dict_update_from_pairs(vm, d, other);
  Value keys_fn = get_attr(vm, other, vm.intern("keys"));
  if (keys_fn.is_null()) return -1;
  Value keys = call_positional(vm, keys_fn, nullptr, 0);
  if (keys.is_null()) return -1;
  return for_each_item(vm, keys, [&](Value k) {
    Value v = get_item(vm, other, k);
    if (v.is_null()) return -1;
    return dict_set(vm, d, k, v);
  });
}

Value dict_keys_view(VM& vm, Dict* d) { return view_new(vm, d, ViewKind::kKeys); }

// ---- methods

static Dict* self_dict(CallArgs args) { return args.args[0].as<Dict>(); }

static Value dict_get_method(VM& vm, CallArgs args) {
  Value v = dict_get(vm, self_dict(args), args.args[1]);
  if (!v.is_null() || vm.has_exception()) return v;
  return args.npos > 2 ? args.args[2] : vm.none();
}

static Value dict_setdefault_method(VM& vm, CallArgs args) {
  Dict* d = self_dict(args);
  Value v = dict_get(vm, d, args.args[1]);
  if (!v.is_null() || vm.has_exception()) return v;
  Value dflt = args.npos > 2 ? args.args[2] : vm.none();
  if (dict_set(vm, d, args.args[1], dflt) < 0) return Value::null();
  return dflt;
}

static Value dict_pop_method(VM& vm, CallArgs args) {
  Value v = dict_pop(vm, self_dict(args), args.args[1]);
  if (!v.is_null() || vm.has_exception()) return v;
  if (args.npos > 2) return args.args[2];
  return raise_key_error(vm, args.args[1]);
}

static Value dict_popitem_method(VM& vm, CallArgs args) {
  Dict* d = self_dict(args);
  if (d->used == 0) return raise(vm, vm.types().key_error, "popitem(): dictionary is empty");
  int64_t e = d->entries_len - 1;
  while (d->entries[e].key.is_null()) --e;
  DictEntry* entry = &d->entries[e];
  Value result = pair(vm, entry->key, entry->value);
  Probe p;
  p.entry = e;
  // Find the index slot referring to entry e.
  uint64_t mask = static_cast<uint64_t>(d->index_size - 1);
  uint64_t i = static_cast<uint64_t>(entry->hash) & mask;
  for (uint64_t perturb = static_cast<uint64_t>(entry->hash); d->index[i] != e;) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  p.slot = static_cast<int64_t>(i);
  dict_remove_entry(d, p);
  d->entries_len = e;
  return result;
}

static Value dict_keys_method(VM& vm, CallArgs args) {
  return view_new(vm, self_dict(args), ViewKind::kKeys);
}

static Value dict_values_method(VM& vm, CallArgs args) {
  return view_new(vm, self_dict(args), ViewKind::kValues);
}

static Value dict_items_method(VM& vm, CallArgs args) {
  return view_new(vm, self_dict(args), ViewKind::kItems);
}

static Value dict_update_method(VM& vm, CallArgs args) {
  if (args.npos > 2) {
    return raise_type_error(
        vm, "update expected at most 1 argument, got " + std::to_string(args.npos - 1));
  }
  Dict* d = self_dict(args);
  if (args.npos == 2 && dict_merge_from(vm, d, args.args[1]) < 0) return Value::null();
  dict_merge_kwargs(vm, d, args);
  return vm.none();
}

static Value dict_clear_method(VM& vm, CallArgs args) {
  dict_clear(vm, self_dict(args));
  return vm.none();
}

static Value dict_copy_method(VM& vm, CallArgs args) {
  return Value::from_object(dict_copy(vm, self_dict(args)));
}

// dict.fromkeys(iterable[, value]): registered as a plain function so that it
// works when called on the class and on an instance alike.
static Value dict_fromkeys(VM& vm, CallArgs args) {
  size_t first = 0;
  size_t n = args.npos - first;
  if (n < 1 || n > 2) {
    return raise_type_error(vm, "fromkeys expected at least 1 argument, got " + std::to_string(n));
  }
  Value value = n == 2 ? args.args[first + 1] : vm.none();
  Dict* d = dict_new(vm);
  int r = for_each_item(vm, args.args[first], [&](Value k) { return dict_set(vm, d, k, value); });
  if (r < 0) return Value::null();
  return Value::from_object(d);
}

void init_dict_type(VM& vm) {
  Type* t = vm.types().dict;
  t->instance_size = sizeof(Dict);
  t->flags |= kTypeDictSubclass | kTypeAcceptsSubclasses;
  t->trace = dict_trace;
  t->repr = dict_repr;
  t->hash = nullptr;
  t->richcompare = dict_richcompare;
  t->binary = dict_binary;
  t->inplace = dict_inplace;
  t->length = dict_length;
  t->getitem = dict_getitem;
  t->setitem = dict_setitem;
  t->contains = dict_contains;
  t->iter = dict_iter;
  t->truth = dict_truth;
  t->construct = dict_construct;
  add_method(vm, t, "get", dict_get_method, 1, 2, kNativeMethod);
  add_method(vm, t, "setdefault", dict_setdefault_method, 1, 2, kNativeMethod);
  add_method(vm, t, "pop", dict_pop_method, 1, 2, kNativeMethod);
  add_method(vm, t, "popitem", dict_popitem_method, 0, 0, kNativeMethod);
  add_method(vm, t, "keys", dict_keys_method, 0, 0, kNativeMethod);
  add_method(vm, t, "values", dict_values_method, 0, 0, kNativeMethod);
  add_method(vm, t, "items", dict_items_method, 0, 0, kNativeMethod);
  add_method(vm, t, "update", dict_update_method, 0, 1, kNativeMethod | kNativeKeywords);
  add_method(vm, t, "clear", dict_clear_method, 0, 0, kNativeMethod);
  add_method(vm, t, "copy", dict_copy_method, 0, 0, kNativeMethod);
  NativeFunction* fromkeys = native_function_new(vm, "fromkeys", dict_fromkeys, 1, 2, 0);
  vm.store_ref(fromkeys, &fromkeys->owner, t);
  dict_set_str(vm, t->dict, fromkeys->name, Value::from_object(fromkeys));
  init_view_types(vm);
  add_slot_wrappers(vm, t);
}

int64_t dict_iterator_remaining(VM& vm, Value iterator, List* out) {
  auto* it = iterator.as<DictIterator>();
  if (it->dict == nullptr || it->dict->used != it->initial_used) return 0;
  ViewKind kind = kind_of(vm, it->type);
  int64_t count = 0;
  int64_t pos = it->pos;
  Value k, v;
  while (dict_next(it->dict, &pos, &k, &v)) {
    ++count;
    if (out == nullptr) continue;
    list_append(vm, out,
                kind == ViewKind::kKeys     ? k
                : kind == ViewKind::kValues ? v
                                            : pair(vm, k, v));
  }
  return count;
}

}  // namespace pyvm::runtime
