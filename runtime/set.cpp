// set and frozenset. The table follows CPython 3.11's setobject.c policy so
// iteration order matches: a probe first scans LINEAR_PROBES (9) neighbouring
// slots when they fit before the end of the table, then jumps with the
// perturbation recurrence i = 5*i + 1 + perturb (perturb >>= 5 each round).
// Insertion reuses the first dummy seen on the probe path. The table grows to
// the smallest power of two > 4*used (2*used beyond 50000) once fill*5 >=
// mask*3, and re-insertion walks the old table in slot order.
#include "runtime/set.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/slot_wrappers.h"
#include "runtime/storage.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

constexpr int64_t kMinSize = 8;
constexpr uint64_t kLinearProbes = 9;

// The table is a storage cell of the set (runtime/storage.h). Zeroed memory
// is an empty table: a null key.
SetEntry* alloc_table(VM& vm, Set* owner, int64_t size) {
  return static_cast<SetEntry*>(
      storage_allocate(vm, owner, static_cast<size_t>(size) * sizeof(SetEntry)));
}

Set* set_alloc(VM& vm, Type* type) {
  Set* s = static_cast<Set*>(vm.allocate(type, type->instance_size));  // subclasses: larger
  s->mask = kMinSize - 1;
  s->hash = -1;
  s->table = alloc_table(vm, s, kMinSize);
  return s;
}

bool is_exact_str(VM& vm, Value v) { return v.is_object() && v.object()->type == vm.types().str; }

int64_t item_hash(VM& vm, Value key) {
  if (key.is_small_int()) {
    // Below 2**61 - 1 in magnitude a small int is its own hash (-1 is -2).
    constexpr int64_t kModulus = (int64_t{1} << 61) - 1;
    int64_t s = key.small_int();
    if (s > -kModulus && s < kModulus) return s == -1 ? -2 : s;
    return int_hash(vm, key);
  }
  if (is_exact_str(vm, key)) return str_hash(key.as<Str>());
  return hash(vm, key);
}

// Inserts into a table known to hold no equal key and no dummies.
void insert_clean(SetEntry* table, uint64_t mask, Value key, int64_t h) {
  uint64_t perturb = static_cast<uint64_t>(h);
  uint64_t i = static_cast<uint64_t>(h) & mask;
  for (;;) {
    SetEntry* e = &table[i];
    if (e->key.is_null()) {
      e->key = key;
      e->hash = h;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (uint64_t j = 0; j < kLinearProbes; ++j) {
        ++e;
        if (e->key.is_null()) {
          e->key = key;
          e->hash = h;
          return;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void table_resize(VM& vm, Set* s, int64_t minused) {
  int64_t size = kMinSize;
  while (size <= minused) size <<= 1;
  SetEntry* old = s->table;
  int64_t old_size = s->mask + 1;
  SetEntry* fresh = alloc_table(vm, s, size);
  uint64_t mask = static_cast<uint64_t>(size - 1);
  for (int64_t i = 0; i < old_size; ++i) {
    if (!old[i].key.is_null()) insert_clean(fresh, mask, old[i].key, old[i].hash);
  }
  storage_release(vm, old);
  s->table = fresh;
  s->mask = size - 1;
  s->fill = s->used;
}

// Finds `key`: returns the active entry holding it, or nullptr when absent.
// *error is set when a comparison raised. Restarts if __eq__ mutated the set.
SetEntry* lookup(VM& vm, Set* s, Value key, int64_t h, bool* error) {
  *error = false;
restart:
  uint64_t mask = static_cast<uint64_t>(s->mask);
  uint64_t perturb = static_cast<uint64_t>(h);
  uint64_t i = static_cast<uint64_t>(h) & mask;
  bool key_is_str = is_exact_str(vm, key);
  for (;;) {
    SetEntry* e = &s->table[i];
    uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (;; ++e) {
      if (e->hash == 0 && e->key.is_null()) return nullptr;
      if (e->hash == h && !e->key.is_null()) {
        Value start = e->key;
        if (start == key) return e;
        int eq;
        if (key_is_str && is_exact_str(vm, start)) {
          eq = str_equal(start.as<Str>(), key.as<Str>());
        } else {
          SetEntry* table = s->table;
          eq = equals(vm, start, key);
          if (eq < 0) {
            *error = true;
            return nullptr;
          }
          if (table != s->table || e->key != start) goto restart;
        }
        if (eq == 1) return e;
      }
      if (probes-- == 0) break;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Adds `key` with hash `h`. Returns -1 when a comparison raised.
int add_entry(VM& vm, Set* s, Value key, int64_t h) {
restart:
  uint64_t mask = static_cast<uint64_t>(s->mask);
  uint64_t perturb = static_cast<uint64_t>(h);
  uint64_t i = static_cast<uint64_t>(h) & mask;
  bool key_is_str = is_exact_str(vm, key);
  SetEntry* freeslot = nullptr;
  SetEntry* e = nullptr;
  for (;;) {
    e = &s->table[i];
    uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (;; ++e) {
      if (e->hash == 0 && e->key.is_null()) goto found_unused_or_dummy;
      if (e->hash == h && !e->key.is_null()) {
        Value start = e->key;
        if (start == key) return 0;
        int eq;
        if (key_is_str && is_exact_str(vm, start)) {
          eq = str_equal(start.as<Str>(), key.as<Str>());
        } else {
          SetEntry* table = s->table;
          eq = equals(vm, start, key);
          if (eq < 0) return -1;
          if (table != s->table || e->key != start) goto restart;
        }
        if (eq == 1) return 0;
      } else if (e->hash == -1 && e->key.is_null() && freeslot == nullptr) {
        freeslot = e;
      }
      if (probes-- == 0) break;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot != nullptr) {
    ++s->used;
    vm.store(s, &freeslot->key, key);
    freeslot->hash = h;
    return 0;
  }
  ++s->fill;
  ++s->used;
  vm.store(s, &e->key, key);
  e->hash = h;
  if (static_cast<uint64_t>(s->fill) * 5 < mask * 3) return 0;
  table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return 0;
}

// 1 removed, 0 absent, -1 error.
int discard_entry(VM& vm, Set* s, Value key, int64_t h) {
  bool error = false;
  SetEntry* e = lookup(vm, s, key, h, &error);
  if (error) return -1;
  if (e == nullptr) return 0;
  e->key = Value::null();
  e->hash = -1;
  --s->used;
  return 1;
}

void set_clear_table(VM& vm, Set* s) {
  SetEntry* fresh = alloc_table(vm, s, kMinSize);
  storage_release(vm, s->table);
  s->table = fresh;
  s->mask = kMinSize - 1;
  s->fill = s->used = 0;
}

// CPython's set_merge: adds every item of another set.
void merge_set(VM& vm, Set* s, Set* other) {
  if (s == other || other->used == 0) return;
  if ((s->fill + other->used) * 5 >= s->mask * 3) table_resize(vm, s, (s->used + other->used) * 2);
  if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; ++i) {
      vm.store(s, &s->table[i].key, other->table[i].key);
      s->table[i].hash = other->table[i].hash;
    }
    s->fill = other->fill;
    s->used = other->used;
    return;
  }
  if (s->fill == 0) {
    for (int64_t i = 0; i <= other->mask; ++i) {
      if (other->table[i].key.is_null()) continue;
      vm.heap().write_barrier(s, other->table[i].key);
      insert_clean(s->table, static_cast<uint64_t>(s->mask), other->table[i].key,
                   other->table[i].hash);
    }
    s->fill = s->used = other->used;
    return;
  }
  for (int64_t i = 0; i <= other->mask; ++i) {
    if (other->table[i].key.is_null()) continue;
    int r = add_entry(vm, s, other->table[i].key, other->table[i].hash);
    (void)r;  // keys with equal hashes already compared equal inside `other`
  }
}

int update_internal(VM& vm, Set* s, Value other) {
  if (is_any_set(vm, other)) {
    merge_set(vm, s, other.as<Set>());
    return 0;
  }
  if (other.is_object() && type_of(vm, other) == vm.types().dict) {
    Dict* d = other.as<Dict>();
    if ((s->fill + d->used) * 5 >= s->mask * 3) table_resize(vm, s, (s->used + d->used) * 2);
    for (int64_t i = 0; i < d->entries_len; ++i) {
      DictEntry* e = &d->entries[i];
      if (e->key.is_null()) continue;
      if (add_entry(vm, s, e->key, e->hash) < 0) return -1;
    }
    return 0;
  }
  return for_each_item(vm, other, [&](Value item) {
    int64_t h = item_hash(vm, item);
    if (h == -1) return -1;
    return add_entry(vm, s, item, h);
  });
}

Type* base_set_type(VM& vm, Set* s) {
  return is_subtype(s->type, vm.types().frozenset) ? vm.types().frozenset : vm.types().set;
}

Set* copy_set(VM& vm, Set* s, Type* type) {
  Set* r = set_alloc(vm, type);
  merge_set(vm, r, s);
  return r;
}

// A hashable stand-in for an unhashable set key (CPython retries set keys as
// frozensets in contains/remove/discard).
Value frozen_key(VM& vm, Value key) {
  if (!is_any_set(vm, key) || !exception_matches(vm, vm.types().type_error)) return Value::null();
  vm.clear_exception();
  return Value::from_object(copy_set(vm, key.as<Set>(), vm.types().frozenset));
}

}  // namespace

Value set_new(VM& vm) { return Value::from_object(set_alloc(vm, vm.types().set)); }

Value frozenset_new(VM& vm) { return Value::from_object(set_alloc(vm, vm.types().frozenset)); }

bool is_any_set(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.object()->type;
  return t == vm.types().set || t == vm.types().frozenset || is_subtype(t, vm.types().set) ||
         is_subtype(t, vm.types().frozenset);
}

int set_add(VM& vm, Value set, Value item) {
  int64_t h = item_hash(vm, item);
  if (h == -1) return -1;
  return add_entry(vm, set.as<Set>(), item, h);
}

int set_contains(VM& vm, Value set, Value item) {
  int64_t h = item_hash(vm, item);
  if (h == -1) {
    Value frozen = frozen_key(vm, item);
    if (frozen.is_null()) return -1;
    return set_contains(vm, set, frozen);
  }
  bool error = false;
  SetEntry* e = lookup(vm, set.as<Set>(), item, h, &error);
  if (error) return -1;
  return e != nullptr ? 1 : 0;
}

int set_discard(VM& vm, Value set, Value item) {
  int64_t h = item_hash(vm, item);
  if (h == -1) {
    Value frozen = frozen_key(vm, item);
    if (frozen.is_null()) return -1;
    return set_discard(vm, set, frozen);
  }
  return discard_entry(vm, set.as<Set>(), item, h);
}

int set_update_from(VM& vm, Value set, Value iterable) {
  return update_internal(vm, set.as<Set>(), iterable);
}

bool set_next(Set* s, int64_t* pos, Value* key) {
  while (*pos <= s->mask) {
    SetEntry* e = &s->table[(*pos)++];
    if (!e->key.is_null()) {
      *key = e->key;
      return true;
    }
  }
  return false;
}

// ---- algebra (CPython 3.11's algorithms, so result orders match)

namespace {

Set* intersection(VM& vm, Set* s, Value other) {
  Set* result = set_alloc(vm, base_set_type(vm, s));
  if (is_any_set(vm, other)) {
    Set* o = other.as<Set>();
    if (o->used > s->used) std::swap(s, o);
    int64_t pos = 0;
    Value key;
    while (set_next(o, &pos, &key)) {
      int64_t h = o->table[pos - 1].hash;
      bool error = false;
      SetEntry* e = lookup(vm, s, key, h, &error);
      if (error) return nullptr;
      if (e != nullptr && add_entry(vm, result, key, h) < 0) return nullptr;
    }
    return result;
  }
  int r = for_each_item(vm, other, [&](Value key) {
    int64_t h = item_hash(vm, key);
    if (h == -1) return -1;
    bool error = false;
    SetEntry* e = lookup(vm, s, key, h, &error);
    if (error) return -1;
    return e != nullptr ? add_entry(vm, result, key, h) : 0;
  });
  return r < 0 ? nullptr : result;
}

int difference_update(VM& vm, Set* s, Value other) {
  if (other == Value::from_object(s)) {
    set_clear_table(vm, s);
    return 0;
  }
  if (is_any_set(vm, other)) {
    Set* o = other.as<Set>();
    int64_t pos = 0;
    Value key;
    while (set_next(o, &pos, &key)) {
      if (discard_entry(vm, s, key, o->table[pos - 1].hash) < 0) return -1;
    }
  } else {
    int r = for_each_item(vm, other, [&](Value key) {
      int64_t h = item_hash(vm, key);
      if (h == -1) return -1;
      return discard_entry(vm, s, key, h) < 0 ? -1 : 0;
    });
    if (r < 0) return -1;
  }
  if (s->fill - s->used > s->mask / 4) {
    table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
  }
  return 0;
}

Set* difference(VM& vm, Set* s, Value other) {
  int64_t other_size = -1;
  bool other_dict = other.is_object() && type_of(vm, other) == vm.types().dict;
  if (is_any_set(vm, other)) other_size = other.as<Set>()->used;
  if (other_dict) other_size = other.as<Dict>()->used;
  if (other_size < 0 || (s->used >> 2) > other_size) {
    Set* result = copy_set(vm, s, base_set_type(vm, s));
    return difference_update(vm, result, other) < 0 ? nullptr : result;
  }
  Set* result = set_alloc(vm, base_set_type(vm, s));
  int64_t pos = 0;
  Value key;
  while (set_next(s, &pos, &key)) {
    int64_t h = s->table[pos - 1].hash;
    int present;
    if (other_dict) {
      Value v = dict_get(vm, other.as<Dict>(), key);
      if (v.is_null() && vm.has_exception()) return nullptr;
      present = v.is_null() ? 0 : 1;
    } else {
      bool error = false;
      present = lookup(vm, other.as<Set>(), key, h, &error) != nullptr;
      if (error) return nullptr;
    }
    if (!present && add_entry(vm, result, key, h) < 0) return nullptr;
  }
  return result;
}

int symmetric_difference_update(VM& vm, Set* s, Value other) {
  if (other == Value::from_object(s)) {
    set_clear_table(vm, s);
    return 0;
  }
  Set* o = nullptr;
  if (is_any_set(vm, other)) {
    o = other.as<Set>();
  } else {
    o = set_alloc(vm, base_set_type(vm, s));
    if (update_internal(vm, o, other) < 0) return -1;
  }
  int64_t pos = 0;
  Value key;
  while (set_next(o, &pos, &key)) {
    int64_t h = o->table[pos - 1].hash;
    int r = discard_entry(vm, s, key, h);
    if (r < 0) return -1;
    if (r == 0 && add_entry(vm, s, key, h) < 0) return -1;
  }
  return 0;
}

Set* symmetric_difference(VM& vm, Set* s, Value other) {
  Set* result = set_alloc(vm, base_set_type(vm, s));
  if (update_internal(vm, result, other) < 0) return nullptr;
  if (symmetric_difference_update(vm, result, Value::from_object(s)) < 0) return nullptr;
  return result;
}

// 1 when every item of `s` is in `o`, 0 when not, -1 on error.
int is_subset(VM& vm, Set* s, Set* o) {
  if (s->used > o->used) return 0;
  int64_t pos = 0;
  Value key;
  while (set_next(s, &pos, &key)) {
    bool error = false;
    SetEntry* e = lookup(vm, o, key, s->table[pos - 1].hash, &error);
    if (error) return -1;
    if (e == nullptr) return 0;
  }
  return 1;
}

Value set_result(Set* s) { return s == nullptr ? Value::null() : Value::from_object(s); }

// ---- slots

Value set_repr(VM& vm, Value self) {
  Set* s = self.as<Set>();
  std::string name = type_name(vm, self);
  if (s->used == 0) return Value::from_object(str_from_utf8(vm, name + "()"));
  ReprGuard guard(vm, s);
  if (guard.recursive()) return Value::from_object(str_from_utf8(vm, name + "(...)"));
  bool plain = s->type == vm.types().set;
  std::string out = plain ? "{" : name + "({";
  int64_t pos = 0;
  Value key;
  bool first = true;
  while (set_next(s, &pos, &key)) {
    if (!first) out += ", ";
    first = false;
    if (!append_repr(vm, key, &out)) return Value::null();
  }
  out += plain ? "}" : "})";
  return Value::from_object(str_from_utf8(vm, out));
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

int64_t frozenset_hash(VM& vm, Value self) {
  Set* s = self.as<Set>();
  if (s->hash != -1) return s->hash;
  uint64_t h = 0;
  for (int64_t i = 0; i <= s->mask; ++i) {
    if (!s->table[i].key.is_null()) h ^= shuffle_bits(static_cast<uint64_t>(s->table[i].hash));
  }
  h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  if (h == UINT64_MAX) h = 590923713ull;
  s->hash = static_cast<int64_t>(h);
  return s->hash;
}

Value set_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_any_set(vm, a) || !is_any_set(vm, b)) return vm.not_implemented();
  Set* x = a.as<Set>();
  Set* y = b.as<Set>();
  int r = 0;
  switch (op) {
    case CompareOp::kEq:
    case CompareOp::kNe:
      if (x->used != y->used) {
        r = 0;
      } else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) {
        r = 0;
      } else {
        r = is_subset(vm, x, y);
      }
      if (r < 0) return Value::null();
      return vm.bool_value((r == 1) == (op == CompareOp::kEq));
    case CompareOp::kLe:
      r = is_subset(vm, x, y);
      break;
    case CompareOp::kGe:
      r = is_subset(vm, y, x);
      break;
    case CompareOp::kLt:
      r = x->used >= y->used ? 0 : is_subset(vm, x, y);
      break;
    case CompareOp::kGt:
      r = x->used <= y->used ? 0 : is_subset(vm, y, x);
      break;
  }
  if (r < 0) return Value::null();
  return vm.bool_value(r == 1);
}

Value set_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (!is_any_set(vm, a) || !is_any_set(vm, b)) return vm.not_implemented();
  Set* s = a.as<Set>();
  switch (op) {
    case BinaryOp::kOr: {
      Set* r = copy_set(vm, s, base_set_type(vm, s));
      merge_set(vm, r, b.as<Set>());
      return Value::from_object(r);
    }
    case BinaryOp::kAnd:
      return set_result(intersection(vm, s, b));
    case BinaryOp::kSub:
      return set_result(difference(vm, s, b));
    case BinaryOp::kXor:
      return set_result(symmetric_difference(vm, s, b));
    default:
      return vm.not_implemented();
  }
}

// Replaces the contents of `s` by those of `from`, slot for slot (so the
// iteration order is `from`'s, as CPython's set_swap_bodies gives). The
// table is copied, not swapped: a storage cell keeps the one owner it was
// allocated for, and an old set must not adopt a young table unremembered.
void take_contents(VM& vm, Set* s, Set* from) {
  int64_t size = from->mask + 1;
  SetEntry* fresh = alloc_table(vm, s, size);
  for (int64_t i = 0; i < size; ++i) {
    fresh[i].hash = from->table[i].hash;
    fresh[i].key = from->table[i].key;
    if (!fresh[i].key.is_null()) vm.heap().write_barrier(s, fresh[i].key);
  }
  storage_release(vm, s->table);
  s->table = fresh;
  s->fill = from->fill;
  s->used = from->used;
  s->mask = from->mask;
}

Value set_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  if (!is_any_set(vm, a) || !is_any_set(vm, b) || !is_subtype(type_of(vm, a), vm.types().set)) {
    return vm.not_implemented();
  }
  Set* s = a.as<Set>();
  int r = 0;
  switch (op) {
    case BinaryOp::kOr:
      merge_set(vm, s, b.as<Set>());
      break;
    case BinaryOp::kAnd: {
      Set* t = intersection(vm, s, b);
      if (t == nullptr) return Value::null();
      take_contents(vm, s, t);
      break;
    }
    case BinaryOp::kSub:
      r = difference_update(vm, s, b);
      break;
    case BinaryOp::kXor:
      r = symmetric_difference_update(vm, s, b);
      break;
    default:
      return vm.not_implemented();
  }
  return r < 0 ? Value::null() : a;
}

int64_t set_length(VM& vm, Value self) { return self.as<Set>()->used; }

int set_contains_slot(VM& vm, Value self, Value item) { return set_contains(vm, self, item); }

struct SetIterator : Object {
  Set* set;  // nullptr once exhausted
  int64_t pos;
  int64_t used;
};

Value set_iter(VM& vm, Value self) {
  auto* it = vm.allocate<SetIterator>(vm.types().set_iterator);
  vm.store_ref(it, &it->set, self.as<Set>());
  it->used = self.as<Set>()->used;
  return Value::from_object(it);
}

Value set_iterator_next(VM& vm, Value self) {
  auto* it = self.as<SetIterator>();
  if (it->set == nullptr) return Value::null();
  if (it->set->used != it->used) {
    it->used = -1;
    return raise(vm, vm.types().runtime_error, "Set changed size during iteration");
  }
  Value key;
  if (set_next(it->set, &it->pos, &key)) return key;
  it->set = nullptr;
  return Value::null();
}

Value iterator_self(VM& vm, Value self) { return self; }

void set_iterator_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<SetIterator*>(self)->set);
}

void set_trace(Object* self, Tracer& tracer) {
  auto* s = static_cast<Set*>(self);
  if (s->table == nullptr) return;
  trace_storage(s->table, tracer);
  for (int64_t i = 0; i <= s->mask; ++i) tracer.visit(s->table[i].key);
}

int set_truth(VM& vm, Value self) { return self.as<Set>()->used != 0; }

Value set_construct(VM& vm, Type* cls, CallArgs args) {
  bool frozen = is_subtype(cls, vm.types().frozenset);
  const char* name = frozen ? "frozenset" : "set";
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, std::string(name) + "() takes no keyword arguments");
  }
  if (args.npos > 1) {
    return raise_type_error(
        vm, std::string(name) + " expected at most 1 argument, got " + std::to_string(args.npos));
  }
  if (frozen && cls == vm.types().frozenset && args.npos == 1 && args.args[0].is_object() &&
      type_of(vm, args.args[0]) == vm.types().frozenset) {
    return args.args[0];
  }
  Set* s = set_alloc(vm, cls);
  if (args.npos == 1 && update_internal(vm, s, args.args[0]) < 0) return Value::null();
  return Value::from_object(s);
}

// ---- methods

Set* self_set(CallArgs args) { return args.args[0].as<Set>(); }

Value set_add_method(VM& vm, CallArgs args) {
  if (set_add(vm, args.args[0], args.args[1]) < 0) return Value::null();
  return vm.none();
}

Value set_remove_method(VM& vm, CallArgs args) {
  int r = set_discard(vm, args.args[0], args.args[1]);
  if (r < 0) return Value::null();
  if (r == 0) return raise_key_error(vm, args.args[1]);
  return vm.none();
}

Value set_discard_method(VM& vm, CallArgs args) {
  if (set_discard(vm, args.args[0], args.args[1]) < 0) return Value::null();
  return vm.none();
}

Value set_pop_method(VM& vm, CallArgs args) {
  Set* s = self_set(args);
  if (s->used == 0) return raise(vm, vm.types().key_error, "pop from an empty set");
  int64_t i = s->finger & s->mask;
  while (s->table[i].key.is_null()) i = i == s->mask ? 0 : i + 1;
  Value key = s->table[i].key;
  s->table[i].key = Value::null();
  s->table[i].hash = -1;
  --s->used;
  s->finger = i + 1;
  return key;
}

Value set_clear_method(VM& vm, CallArgs args) {
  set_clear_table(vm, self_set(args));
  return vm.none();
}

Value set_copy_method(VM& vm, CallArgs args) {
  Set* s = self_set(args);
  if (s->type == vm.types().frozenset) return args.args[0];
  return Value::from_object(copy_set(vm, s, base_set_type(vm, s)));
}

Value set_update_method(VM& vm, CallArgs args) {
  for (size_t i = 1; i < args.npos; ++i) {
    if (update_internal(vm, self_set(args), args.args[i]) < 0) return Value::null();
  }
  return vm.none();
}

Value set_union_method(VM& vm, CallArgs args) {
  Set* s = self_set(args);
  Set* r = copy_set(vm, s, base_set_type(vm, s));
  for (size_t i = 1; i < args.npos; ++i) {
    if (update_internal(vm, r, args.args[i]) < 0) return Value::null();
  }
  return Value::from_object(r);
}

Value set_intersection_method(VM& vm, CallArgs args) {
  Set* s = self_set(args);
  Set* r = copy_set(vm, s, base_set_type(vm, s));
  for (size_t i = 1; i < args.npos && r != nullptr; ++i) r = intersection(vm, r, args.args[i]);
  return set_result(r);
}

Value set_intersection_update_method(VM& vm, CallArgs args) {
  Value r = set_intersection_method(vm, args);
  if (r.is_null()) return r;
  take_contents(vm, self_set(args), r.as<Set>());
  return vm.none();
}

Value set_difference_method(VM& vm, CallArgs args) {
  Set* s = self_set(args);
  if (args.npos == 1) return Value::from_object(copy_set(vm, s, base_set_type(vm, s)));
  Set* r = difference(vm, s, args.args[1]);
  for (size_t i = 2; i < args.npos && r != nullptr; ++i) {
    if (difference_update(vm, r, args.args[i]) < 0) r = nullptr;
  }
  return set_result(r);
}

Value set_difference_update_method(VM& vm, CallArgs args) {
  for (size_t i = 1; i < args.npos; ++i) {
    if (difference_update(vm, self_set(args), args.args[i]) < 0) return Value::null();
  }
  return vm.none();
}

Value set_symmetric_difference_method(VM& vm, CallArgs args) {
  return set_result(symmetric_difference(vm, self_set(args), args.args[1]));
}

Value set_symmetric_difference_update_method(VM& vm, CallArgs args) {
  if (symmetric_difference_update(vm, self_set(args), args.args[1]) < 0) return Value::null();
  return vm.none();
}

// `other` as a set (itself when it already is one); nullptr on error.
Set* as_set(VM& vm, Value other) {
  if (is_any_set(vm, other)) return other.as<Set>();
  Set* s = set_alloc(vm, vm.types().set);
  return update_internal(vm, s, other) < 0 ? nullptr : s;
}

Value set_issubset_method(VM& vm, CallArgs args) {
  Set* o = as_set(vm, args.args[1]);
  if (o == nullptr) return Value::null();
  int r = is_subset(vm, self_set(args), o);
  return r < 0 ? Value::null() : vm.bool_value(r == 1);
}

Value set_issuperset_method(VM& vm, CallArgs args) {
  Set* o = as_set(vm, args.args[1]);
  if (o == nullptr) return Value::null();
  int r = is_subset(vm, o, self_set(args));
  return r < 0 ? Value::null() : vm.bool_value(r == 1);
}

Value set_isdisjoint_method(VM& vm, CallArgs args) {
  Set* s = self_set(args);
  Set* o = as_set(vm, args.args[1]);
  if (o == nullptr) return Value::null();
  if (o->used < s->used) std::swap(s, o);
  int64_t pos = 0;
  Value key;
  while (set_next(s, &pos, &key)) {
    bool error = false;
    SetEntry* e = lookup(vm, o, key, s->table[pos - 1].hash, &error);
    if (error) return Value::null();
    if (e != nullptr) return vm.false_value();
  }
  return vm.true_value();
}

void init_common(VM& vm, Type* t) {
  t->instance_size = sizeof(Set);
  t->flags |= kTypeAcceptsSubclasses;
  t->trace = set_trace;
  t->repr = set_repr;
  t->richcompare = set_richcompare;
  t->binary = set_binary;
  t->length = set_length;
  t->contains = set_contains_slot;
  t->iter = set_iter;
  t->truth = set_truth;
  t->construct = set_construct;
  add_method(vm, t, "copy", set_copy_method, 0, 0, kNativeMethod);
  add_method(vm, t, "union", set_union_method, 0, -1, kNativeMethod);
  add_method(vm, t, "intersection", set_intersection_method, 0, -1, kNativeMethod);
  add_method(vm, t, "difference", set_difference_method, 0, -1, kNativeMethod);
  add_method(vm, t, "symmetric_difference", set_symmetric_difference_method, 1, 1, kNativeMethod);
  add_method(vm, t, "issubset", set_issubset_method, 1, 1, kNativeMethod);
  add_method(vm, t, "issuperset", set_issuperset_method, 1, 1, kNativeMethod);
  add_method(vm, t, "isdisjoint", set_isdisjoint_method, 1, 1, kNativeMethod);
  add_slot_wrappers(vm, t);
}

}  // namespace

void init_set_types(VM& vm) {
  Type* set = vm.types().set;
  init_common(vm, set);
  set->hash = nullptr;
  set->inplace = set_inplace;
  add_method(vm, set, "add", set_add_method, 1, 1, kNativeMethod);
  add_method(vm, set, "remove", set_remove_method, 1, 1, kNativeMethod);
  add_method(vm, set, "discard", set_discard_method, 1, 1, kNativeMethod);
  add_method(vm, set, "pop", set_pop_method, 0, 0, kNativeMethod);
  add_method(vm, set, "clear", set_clear_method, 0, 0, kNativeMethod);
  add_method(vm, set, "update", set_update_method, 0, -1, kNativeMethod);
  add_method(vm, set, "intersection_update", set_intersection_update_method, 0, -1, kNativeMethod);
  add_method(vm, set, "difference_update", set_difference_update_method, 0, -1, kNativeMethod);
  add_method(vm, set, "symmetric_difference_update", set_symmetric_difference_update_method, 1, 1,
             kNativeMethod);
  Type* frozen = vm.types().frozenset;
  init_common(vm, frozen);
  frozen->hash = frozenset_hash;
  Type* it = vm.types().set_iterator;
  it->instance_size = sizeof(SetIterator);
  it->trace = set_iterator_trace;
  it->iter = iterator_self;
  it->next = set_iterator_next;
  add_iterator_methods(vm, it);
}

int64_t set_iterator_remaining(VM& vm, Value iterator, List* out) {
  auto* it = iterator.as<SetIterator>();
  if (it->set == nullptr || it->set->used != it->used) return 0;
  int64_t count = 0;
  int64_t pos = it->pos;
  Value key;
  while (set_next(it->set, &pos, &key)) {
    ++count;
    if (out != nullptr) list_append(vm, out, key);
  }
  return count;
}

}  // namespace pyvm::runtime
