// enumerate, zip, map, filter and reversed: lazy iterator types whose
// constructors check their arguments with CPython 3.11's messages, and the
// reverse iterators over list, dict (and its views) and generic sequences.
#include "runtime/iteration.h"

#include <optional>
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iterator_reduce.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// Items gathered on the native stack (scanned conservatively) when there are
// few iterators; otherwise in a registered root set.
constexpr int64_t kInlineItems = 8;

int64_t keyword_count(CallArgs args) { return args.kwnames == nullptr ? 0 : args.kwnames->length; }

Value raise_no_keywords(VM& vm, const char* name) {
  return raise_type_error(vm, std::string(name) + "() takes no keyword arguments");
}

Value iterator_self(VM& vm, Value self) { return self; }

// A new `T` of the built-in type `base`, or of `cls`, a user subclass of it
// (its Attributes follow the layout: builtin_new initialises them).
template <typename T>
T* allocate_for(VM& vm, Type* base, Type* cls) {
  if (cls == base) return vm.allocate<T>(base);
  return static_cast<T*>(vm.allocate(cls, cls->instance_size));
}

Value reversed_as(VM& vm, Value v, Type* cls);

// A tuple holding iter(v) for each of `count` values.
Tuple* iterators_of(VM& vm, const Value* values, int64_t count) {
  Tuple* iterators = tuple_new(vm, count);
  for (int64_t i = 0; i < count; ++i) {
    Value it = get_iter(vm, values[i]);
    if (it.is_null()) return nullptr;
    tuple_init_item(vm, iterators, i, it);
  }
  return iterators;
}

// Calls `f(i, value)` with next() of each iterator in turn; stops at the first
// exhausted one. Returns the index of that iterator, `count` when all yielded,
// or -1 on error.
template <typename F>
int64_t next_of_each(VM& vm, Tuple* iterators, F&& f) {
  for (int64_t i = 0; i < iterators->length; ++i) {
    Value item = iter_next(vm, iterators->at(i));
    if (item.is_null()) return vm.has_exception() ? -1 : i;
    f(i, item);
  }
  return iterators->length;
}

// ---- enumerate

// Reads enumerate's start: an int (kept as is when big) or an __index__ value.
Value enumerate_start(VM& vm, Value start) {
  if (start.is_null()) return Value::from_small_int(0);
  int64_t n;
  if (is_int(vm, start)) {
    if (start.is_small_int()) return start;
    if (int_to_int64(vm, start, &n) && Value::fits_small_int(n)) return Value::from_small_int(n);
    vm.clear_exception();
    return start;
  }
  if (!index_to_int64(vm, start, &n)) return Value::null();
  return int_from_int64(vm, n);
}

// Parses (iterable, start) the way CPython 3.11's enumerate does, messages
// included. Returns false when it raised.
bool enumerate_args(VM& vm, CallArgs args, Value* iterable, Value* start) {
  int64_t nkw = keyword_count(args);
  int64_t total = static_cast<int64_t>(args.npos) + nkw;
  if (total > 2) {
    raise_type_error(vm,
                     "enumerate() takes at most 2 arguments (" + std::to_string(total) + " given)");
    return false;
  }
  *iterable = args.npos > 0 ? args.args[0] : Value::null();
  *start = args.npos > 1 ? args.args[1] : Value::null();
  for (int64_t i = 0; i < nkw; ++i) {
    Str* name = args.kwnames->at(i).as<Str>();
    Value value = args.args[args.npos + static_cast<size_t>(i)];
    if (str_equals_ascii(name, "iterable") && iterable->is_null()) {
      *iterable = value;
    } else if (str_equals_ascii(name, "start") && start->is_null()) {
      *start = value;
    } else {
      raise_type_error(
          vm, "'" + str_to_utf8(name) + "' is an invalid keyword argument for enumerate()");
      return false;
    }
  }
  if (!iterable->is_null()) return true;
  if (nkw > 0) {
    raise_type_error(vm, "'" + str_to_utf8(args.kwnames->at(0).as<Str>()) +
                             "' is an invalid keyword argument for enumerate()");
  } else {
    raise_type_error(vm, "enumerate() missing required argument 'iterable'");
  }
  return false;
}

Value enumerate_construct(VM& vm, Type* cls, CallArgs args) {
  Value iterable, start;
  if (!enumerate_args(vm, args, &iterable, &start)) return Value::null();
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return it;
  Value count = enumerate_start(vm, start);
  if (count.is_null()) return count;
  auto* e = allocate_for<Enumerate>(vm, vm.types().enumerate, cls);
  vm.store(e, &e->iterator, it);
  vm.store(e, &e->count, count);
  return Value::from_object(e);
}

Value enumerate_next(VM& vm, Value self) {
  auto* e = self.as<Enumerate>();
  Value item = iter_next(vm, e->iterator);
  if (item.is_null()) return item;
  Value index = e->count;
  Value next;
  if (index.is_small_int() && index.small_int() < Value::kSmallIntMax) {
    next = Value::from_small_int(index.small_int() + 1);
  } else {
    next = binary_op(vm, BinaryOp::kAdd, index, Value::from_small_int(1));
    if (next.is_null()) return next;
  }
  vm.store(e, &e->count, next);
  Value pair[2] = {index, item};
  return Value::from_object(tuple_from(vm, pair, 2));
}

void enumerate_trace(Object* self, Tracer& tracer) {
  auto* e = static_cast<Enumerate*>(self);
  tracer.visit(e->iterator);
  tracer.visit(e->count);
}

// ---- zip

// Reads zip's only keyword, strict. Returns 1 or 0, or -1 when it raised.
int zip_strict(VM& vm, CallArgs args) {
  int64_t nkw = keyword_count(args);
  if (nkw == 0) return 0;
  if (nkw > 1) {
    raise_type_error(vm,
                     "zip() takes at most 1 keyword argument (" + std::to_string(nkw) + " given)");
    return -1;
  }
  Str* name = args.kwnames->at(0).as<Str>();
  if (!str_equals_ascii(name, "strict")) {
    raise_type_error(vm, "'" + str_to_utf8(name) + "' is an invalid keyword argument for zip()");
    return -1;
  }
  return truth(vm, args.args[args.npos]);
}

Value zip_construct(VM& vm, Type* cls, CallArgs args) {
  int strict = zip_strict(vm, args);
  if (strict < 0) return Value::null();
  Tuple* iterators = iterators_of(vm, args.args, static_cast<int64_t>(args.npos));
  if (iterators == nullptr) return Value::null();
  auto* z = allocate_for<Zip>(vm, vm.types().zip, cls);
  vm.store_ref(z, &z->iterators, iterators);
  z->strict = strict;
  return Value::from_object(z);
}

std::string zip_arguments_before(int64_t i) {
  if (i == 1) return "argument 1";
  return "arguments 1-" + std::to_string(i);
}

// zip(strict=True) after iterator `stopped` ran out: raises unless every
// iterator ran out together. Returns null either way.
Value zip_check_strict(VM& vm, Tuple* iterators, int64_t stopped) {
  if (stopped > 0) {
    return raise_value_error(vm, "zip() argument " + std::to_string(stopped + 1) +
                                     " is shorter than " + zip_arguments_before(stopped));
  }
  for (int64_t i = 1; i < iterators->length; ++i) {
    Value item = iter_next(vm, iterators->at(i));
    if (!item.is_null()) {
      return raise_value_error(vm, "zip() argument " + std::to_string(i + 1) + " is longer than " +
                                       zip_arguments_before(i));
    }
    if (vm.has_exception()) return Value::null();
  }
  return Value::null();
}

Value zip_next(VM& vm, Value self) {
  auto* z = self.as<Zip>();
  Tuple* iterators = z->iterators;
  int64_t n = iterators->length;
  if (n == 0) return Value::null();
  Tuple* result = tuple_new(vm, n);
  int64_t stopped = next_of_each(
      vm, iterators, [&](int64_t i, Value item) { tuple_init_item(vm, result, i, item); });
  if (stopped < 0) return Value::null();
  if (stopped < n) return z->strict ? zip_check_strict(vm, iterators, stopped) : Value::null();
  return Value::from_object(result);
}

void zip_trace(Object* self, Tracer& tracer) { tracer.visit(static_cast<Zip*>(self)->iterators); }

// ---- map

Value map_construct(VM& vm, Type* cls, CallArgs args) {
  if (keyword_count(args) > 0) return raise_no_keywords(vm, "map");
  if (args.npos < 2) return raise_type_error(vm, "map() must have at least two arguments.");
  Tuple* iterators = iterators_of(vm, args.args + 1, static_cast<int64_t>(args.npos) - 1);
  if (iterators == nullptr) return Value::null();
  auto* m = allocate_for<Map>(vm, vm.types().map, cls);
  vm.store(m, &m->function, args.args[0]);
  vm.store_ref(m, &m->iterators, iterators);
  return Value::from_object(m);
}

Value map_next(VM& vm, Value self) {
  auto* m = self.as<Map>();
  Tuple* iterators = m->iterators;
  int64_t n = iterators->length;
  Value inline_items[kInlineItems];
  std::optional<gc::RootedValues> rooted;
  Value* items = inline_items;
  if (n > kInlineItems) {
    rooted.emplace(vm.heap());
    rooted->resize(static_cast<size_t>(n));
    items = rooted->data();
  }
  int64_t stopped = next_of_each(vm, iterators, [&](int64_t i, Value item) { items[i] = item; });
  if (stopped < n) return Value::null();
  return call_positional(vm, m->function, items, static_cast<size_t>(n));
}

void map_trace(Object* self, Tracer& tracer) {
  auto* m = static_cast<Map*>(self);
  tracer.visit(m->function);
  tracer.visit(m->iterators);
}

// ---- filter

Value filter_construct(VM& vm, Type* cls, CallArgs args) {
  if (keyword_count(args) > 0) return raise_no_keywords(vm, "filter");
  if (args.npos != 2) {
    return raise_type_error(vm, "filter expected 2 arguments, got " + std::to_string(args.npos));
  }
  Value it = get_iter(vm, args.args[1]);
  if (it.is_null()) return it;
  auto* f = allocate_for<Filter>(vm, vm.types().filter, cls);
  vm.store(f, &f->function, args.args[0]);
  vm.store(f, &f->iterator, it);
  return Value::from_object(f);
}

Value filter_next(VM& vm, Value self) {
  auto* f = self.as<Filter>();
  bool keep_truthy =
      f->function == vm.none() || f->function == Value::from_object(vm.types().bool_);
  for (;;) {
    Value item = iter_next(vm, f->iterator);
    if (item.is_null()) return item;
    Value verdict = keep_truthy ? item : call_positional(vm, f->function, &item, 1);
    if (verdict.is_null()) return verdict;
    int ok = truth(vm, verdict);
    if (ok < 0) return Value::null();
    if (ok == 1) return item;
  }
}

void filter_trace(Object* self, Tracer& tracer) {
  auto* f = static_cast<Filter*>(self);
  tracer.visit(f->function);
  tracer.visit(f->iterator);
}

// ---- reversed (generic sequences)

Value reversed_new(VM& vm, Value sequence, Type* cls) {
  int64_t n = length(vm, sequence);
  if (n < 0) return Value::null();
  auto* r = allocate_for<Reversed>(vm, vm.types().reversed, cls);
  if (n > 0) vm.store(r, &r->sequence, sequence);
  r->index = n - 1;
  return Value::from_object(r);
}

Value reversed_construct(VM& vm, Type* cls, CallArgs args) {
  if (keyword_count(args) > 0) return raise_no_keywords(vm, "reversed");
  if (args.npos != 1) {
    return raise_type_error(vm, "reversed expected 1 argument, got " + std::to_string(args.npos));
  }
  return reversed_as(vm, args.args[0], cls);
}

Value reversed_next(VM& vm, Value self) {
  auto* r = self.as<Reversed>();
  if (r->sequence.is_null()) return Value::null();
  if (r->index >= 0) {
    Value item = get_item(vm, r->sequence, Value::from_small_int(r->index--));
    if (!item.is_null()) return item;
    if (!exception_matches(vm, vm.types().index_error) &&
        !exception_matches(vm, vm.types().stop_iteration)) {
      return item;
    }
    vm.clear_exception();
  }
  r->index = -1;
  r->sequence = Value::null();
  return Value::null();
}

void reversed_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<Reversed*>(self)->sequence);
}

Value reversed_length_hint(VM& vm, CallArgs args) {
  auto* r = args.args[0].as<Reversed>();
  if (r->sequence.is_null()) return Value::from_small_int(0);
  int64_t n = length(vm, r->sequence);
  if (n < 0) return Value::null();
  return Value::from_small_int(r->index < n ? r->index + 1 : 0);
}

// ---- list_reverseiterator

Value list_reversed(VM& vm, List* list) {
  auto* it = vm.allocate<ListReverseIterator>(vm.types().list_reverseiterator);
  vm.store_ref(it, &it->list, list);
  it->index = list->length - 1;
  return Value::from_object(it);
}

Value list_reverseiterator_next(VM& vm, Value self) {
  auto* it = self.as<ListReverseIterator>();
  if (it->list == nullptr) return Value::null();
  if (it->index >= 0 && it->index < it->list->length) return it->list->items[it->index--];
  it->index = -1;
  it->list = nullptr;
  return Value::null();
}

void list_reverseiterator_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<ListReverseIterator*>(self)->list);
}

Value list_reverseiterator_length_hint(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<ListReverseIterator>();
  if (it->list == nullptr || it->index >= it->list->length) return Value::from_small_int(0);
  return Value::from_small_int(it->index + 1);
}

// ---- dict reverse iterators

// The layout of dict.cpp's views (dict_keys, dict_values, dict_items): the
// header and the viewed dict.
struct DictViewLayout : Object {
  Dict* dict;
};

Value dict_reversed(VM& vm, Dict* d, Type* type) {
  auto* it = vm.allocate<DictReverseIterator>(type);
  vm.store_ref(it, &it->dict, d);
  it->pos = d->entries_len - 1;
  it->initial_used = d->used;
  it->remaining = d->used;
  return Value::from_object(it);
}

// The entry before *pos that holds a key, or -1.
int64_t previous_live_entry(Dict* d, int64_t pos) {
  if (pos >= d->entries_len) pos = d->entries_len - 1;
  while (pos >= 0 && d->entries[pos].key.is_null()) --pos;
  return pos;
}

Value dict_reverseiterator_next(VM& vm, Value self) {
  auto* it = self.as<DictReverseIterator>();
  Dict* d = it->dict;
  if (d == nullptr) return Value::null();
  if (d->used != it->initial_used) {
    it->initial_used = -1;
    return raise(vm, vm.types().runtime_error, "dictionary changed size during iteration");
  }
  int64_t pos = previous_live_entry(d, it->pos);
  if (pos < 0) {
    it->dict = nullptr;
    return Value::null();
  }
  it->pos = pos - 1;
  --it->remaining;
  const DictEntry& entry = d->entries[pos];
  Type* t = it->type;
  if (t == vm.types().dict_reversekeyiterator) return entry.key;
  if (t == vm.types().dict_reversevalueiterator) return entry.value;
  Value pair[2] = {entry.key, entry.value};
  return Value::from_object(tuple_from(vm, pair, 2));
}

void dict_reverseiterator_trace(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<DictReverseIterator*>(self)->dict);
}

Value dict_reverseiterator_length_hint(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<DictReverseIterator>();
  return Value::from_small_int(it->dict == nullptr ? 0 : it->remaining);
}

// ---- range

Value range_reversed(VM& vm, Range* r) {
  if (!r->is_small) return raise_overflow_error(vm, "range too large to iterate");
  auto* it = vm.allocate<RangeIterator>(vm.types().range_iterator);
  it->step = -r->step.small_int();
  it->remaining = r->length;
  it->next = r->length > 0 ? r->start.small_int() + (r->length - 1) * r->step.small_int() : 0;
  return Value::from_object(it);
}

// ---- dispatch

// The reverse iterator of a built-in type (exactly that type, or also a
// subclass when `subclasses`), or null when `v` is none of them. Sequences
// without a reverse iterator of their own get a `cls` (reversed or a
// subclass of it) instance.
Value builtin_reversed(VM& vm, Value v, bool subclasses, Type* cls) {
  vm::BuiltinTypes& t = vm.types();
  Type* type = v.object()->type;
  auto is = [&](Type* candidate) {
    return type == candidate || (subclasses && is_subtype(type, candidate));
  };
  if (is(t.list)) return list_reversed(vm, v.as<List>());
  if (type == t.tuple || type == t.str || type == t.bytes || type == t.bytearray) {
    return reversed_new(vm, v, cls);
  }
  if (type == t.range) return range_reversed(vm, v.as<Range>());
  if (is(t.dict)) return dict_reversed(vm, v.as<Dict>(), t.dict_reversekeyiterator);
  Dict* viewed = nullptr;
  if (type == t.dict_keys || type == t.dict_values || type == t.dict_items) {
    viewed = static_cast<DictViewLayout*>(v.object())->dict;
  }
  if (type == t.dict_keys) return dict_reversed(vm, viewed, t.dict_reversekeyiterator);
  if (type == t.dict_values) return dict_reversed(vm, viewed, t.dict_reversevalueiterator);
  if (type == t.dict_items) return dict_reversed(vm, viewed, t.dict_reverseitemiterator);
  return Value::null();
}

Value raise_not_reversible(VM& vm, Value v) {
  return raise_type_error(vm, "'" + type_name(vm, v) + "' object is not reversible");
}

// __reversed__ of list, dict, range and the dict views.
Value reversed_method(VM& vm, CallArgs args) {
  Value result = builtin_reversed(vm, args.args[0], true, vm.types().reversed);
  if (result.is_null() && !vm.has_exception()) return raise_not_reversible(vm, args.args[0]);
  return result;
}

// reversed(v) made as an instance of `cls` (reversed, or a subclass when
// its __new__ runs): a sequence's own __reversed__ result when it has one.
Value reversed_as(VM& vm, Value v, Type* cls) {
  if (v.is_small_int()) return raise_not_reversible(vm, v);
  Value result = builtin_reversed(vm, v, false, cls);
  if (!result.is_null() || vm.has_exception()) return result;
  Type* type = v.object()->type;
  Value method = type_lookup(vm, type, vm.intern("__reversed__"));
  if (!method.is_null()) {
    if (method == vm.none()) return raise_not_reversible(vm, v);
    return call_positional(vm, method, &v, 1);
  }
  bool is_sequence =
      !is_subtype(type, vm.types().dict) &&
      (type->getitem != nullptr || !type_lookup(vm, type, vm.intern("__getitem__")).is_null());
  if (is_sequence) return reversed_new(vm, v, cls);
  return raise_not_reversible(vm, v);
}

}  // namespace

Value reversed(VM& vm, Value v) { return reversed_as(vm, v, vm.types().reversed); }

namespace {

void init_iterator_type(VM& vm, Type* t, uint32_t size, TraceFn trace, NextFn next) {
  t->instance_size = size;
  t->trace = trace;
  t->iter = iterator_self;
  t->next = next;
  add_iterator_methods(vm, t);
}

void init_reverse_iterator_types(VM& vm) {
  vm::BuiltinTypes& t = vm.types();
  init_iterator_type(vm, t.reversed, sizeof(Reversed), reversed_trace, reversed_next);
  t.reversed->construct = reversed_construct;
  add_method(vm, t.reversed, "__length_hint__", reversed_length_hint, 0, 0, kNativeMethod);
  init_iterator_type(vm, t.list_reverseiterator, sizeof(ListReverseIterator),
                     list_reverseiterator_trace, list_reverseiterator_next);
  add_method(vm, t.list_reverseiterator, "__length_hint__", list_reverseiterator_length_hint, 0, 0,
             kNativeMethod);
  for (Type* type :
       {t.dict_reversekeyiterator, t.dict_reversevalueiterator, t.dict_reverseitemiterator}) {
    init_iterator_type(vm, type, sizeof(DictReverseIterator), dict_reverseiterator_trace,
                       dict_reverseiterator_next);
    add_method(vm, type, "__length_hint__", dict_reverseiterator_length_hint, 0, 0, kNativeMethod);
  }
  for (Type* type : {t.list, t.dict, t.range, t.dict_keys, t.dict_values, t.dict_items}) {
    add_method(vm, type, "__reversed__", reversed_method, 0, 0, kNativeMethod);
  }
}

}  // namespace

void init_iteration_types(VM& vm) {
  vm::BuiltinTypes& t = vm.types();
  init_iterator_type(vm, t.enumerate, sizeof(Enumerate), enumerate_trace, enumerate_next);
  t.enumerate->construct = enumerate_construct;
  init_iterator_type(vm, t.zip, sizeof(Zip), zip_trace, zip_next);
  t.zip->construct = zip_construct;
  init_iterator_type(vm, t.map, sizeof(Map), map_trace, map_next);
  t.map->construct = map_construct;
  init_iterator_type(vm, t.filter, sizeof(Filter), filter_trace, filter_next);
  t.filter->construct = filter_construct;
  init_reverse_iterator_types(vm);
  init_iterator_reduce_methods(vm);
  for (Type* type : {t.enumerate, t.zip, t.map, t.filter, t.reversed}) {
    type->flags |= kTypeAcceptsSubclasses | kTypeAttributeTail;
  }
}

void add_iteration_builtins(VM& vm, Dict* builtins) {
  vm::BuiltinTypes& t = vm.types();
  for (Type* type : {t.enumerate, t.zip, t.map, t.filter, t.reversed}) {
    dict_set_str(vm, builtins, type->name, Value::from_object(type));
  }
}

}  // namespace pyvm::runtime
