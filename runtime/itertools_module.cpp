// The `itertools` module's simple iterators and the module itself (see
// runtime/itertools_module.h); the combinatoric iterators and tee live in
// itertools_combinatorics.cpp and itertools_tee.cpp.
#include "runtime/itertools_module.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

void iter_state_trace(Object* self, Tracer& tracer) {
  auto* s = static_cast<IterState*>(self);
  for (Value v : s->slot) tracer.visit(v);
}

IterState* iter_state_new(VM& vm, Type* type) { return vm.allocate<IterState>(type); }

void iter_state_set(VM& vm, IterState* s, int i, Value v) { vm.store(s, &s->slot[i], v); }

namespace {

Value iterator_self(VM& vm, Value self) { return self; }

IterState* state_of(Value v) { return v.as<IterState>(); }

Value new_state(VM& vm, Type* cls, std::initializer_list<Value> slots) {
  IterState* s = iter_state_new(vm, cls);
  int i = 0;
  for (Value v : slots) iter_state_set(vm, s, i++, v);
  return Value::from_object(s);
}

Value str_value(VM& vm, const std::string& text) {
  return Value::from_object(str_from_utf8(vm, text));
}

// repr(v) as UTF-8; false when it raised.
bool repr_text(VM& vm, Value v, std::string* out) {
  Value r = repr(vm, v);
  if (r.is_null()) return false;
  *out = str_to_utf8(r.as<Str>());
  return true;
}

// ---- count: slot 0 the next value, slot 1 the step.

bool is_number(VM& vm, Value v) {
  if (is_int(vm, v) || is_instance_of(vm, v, vm.types().float_) ||
      is_instance_of(vm, v, vm.types().complex)) {
    return true;
  }
  Type* t = type_of(vm, v);
  for (const char* hook : {"__index__", "__int__", "__float__"}) {
    if (!type_lookup(vm, t, vm.intern(hook)).is_null()) return true;
  }
  return false;
}

Value count_construct(VM& vm, Type* cls, CallArgs args) {
  Value a[2];
  if (!bind_args(vm, args, {"count", {"start", "step"}}, a)) return Value::null();
  Value start = a[0].is_null() ? Value::from_small_int(0) : a[0];
  Value step = a[1].is_null() ? Value::from_small_int(1) : a[1];
  if (!is_number(vm, start) || !is_number(vm, step)) {
    return raise_type_error(vm, "a number is required");
  }
  return new_state(vm, cls, {start, step});
}

Value count_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  Value current = s->slot[0];
  Value next = binary_op(vm, BinaryOp::kAdd, current, s->slot[1]);
  if (next.is_null()) return next;
  iter_state_set(vm, s, 0, next);
  return current;
}

Value count_repr(VM& vm, Value self) {
  IterState* s = state_of(self);
  std::string start, step;
  if (!repr_text(vm, s->slot[0], &start)) return Value::null();
  Value st = s->slot[1];
  if (st.is_small_int() && st.small_int() == 1) return str_value(vm, "count(" + start + ")");
  if (!repr_text(vm, st, &step)) return Value::null();
  return str_value(vm, "count(" + start + ", " + step + ")");
}

// count.__reduce__(): (count, (next,)) when the step is 1, else
// (count, (next, step)), as CPython's.
Value count_reduce(VM& vm, CallArgs args) {
  IterState* s = state_of(args.args[0]);
  Value st = s->slot[1];
  bool unit = st.is_small_int() && st.small_int() == 1;
  Value init[2] = {s->slot[0], st};
  Value parts[2] = {Value::from_object(type_of(vm, args.args[0])),
                    Value::from_object(tuple_from(vm, init, unit ? 1 : 2))};
  return Value::from_object(tuple_from(vm, parts, 2));
}

// ---- cycle: slot 0 the source iterator (null once drained), slot 1 the saved
// items (a list); n[0] the next saved index; n[1] set when the source's items
// are already saved (a cycle restored by __setstate__ from a drained one).

Value cycle_construct(VM& vm, Type* cls, CallArgs args) {
  if (!check_positional(vm, args, "cycle", 1, 1)) return Value::null();
  Value it = get_iter(vm, args.args[0]);
  if (it.is_null()) return it;
  return new_state(vm, cls, {it, Value::from_object(list_new(vm))});
}

Value cycle_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  auto* saved = s->slot[1].as<List>();
  if (!s->slot[0].is_null()) {
    Value item = iter_next(vm, s->slot[0]);
    if (!item.is_null()) {
      if (s->n[1] == 0) list_append(vm, saved, item);
      return item;
    }
    if (vm.has_exception()) return item;
    iter_state_set(vm, s, 0, Value::null());
  }
  if (saved->length == 0) return Value::null();
  Value item = saved->items[s->n[0]];
  s->n[0] = (s->n[0] + 1) % saved->length;
  return item;
}

// cycle.__reduce__(): (cycle, (source,), (saved, firstpass)), as CPython's;
// a drained cycle's source is an iterator over the saved items from the next
// index, with firstpass True.
Value cycle_reduce(VM& vm, CallArgs args) {
  IterState* s = state_of(args.args[0]);
  Value source = s->slot[0];
  bool firstpass = s->n[1] != 0;
  if (source.is_null()) {
    source = get_iter(vm, s->slot[1]);
    for (int64_t i = 0; i < s->n[0] && !source.is_null(); ++i) {
      if (iter_next(vm, source).is_null() && vm.has_exception()) return Value::null();
    }
    firstpass = true;
  }
  if (source.is_null()) return source;
  Value state[2] = {s->slot[1], vm.bool_value(firstpass)};
  Value init[1] = {source};
  Value parts[3] = {Value::from_object(type_of(vm, args.args[0])),
                    Value::from_object(tuple_from(vm, init, 1)),
                    Value::from_object(tuple_from(vm, state, 2))};
  return Value::from_object(tuple_from(vm, parts, 3));
}

// cycle.__setstate__((saved, firstpass)).
Value cycle_setstate(VM& vm, CallArgs args) {
  IterState* s = state_of(args.args[0]);
  Value state = args.args[1];
  if (!is_instance_of(vm, state, vm.types().tuple)) {
    return raise_type_error(vm, "state is not a tuple");
  }
  Tuple* t = state.as<Tuple>();
  if (t->length != 2 || !is_instance_of(vm, t->at(0), vm.types().list)) {
    return raise_type_error(vm, "cycle state must be (list, firstpass)");
  }
  int firstpass = truth(vm, t->at(1));
  if (firstpass < 0) return Value::null();
  iter_state_set(vm, s, 1, t->at(0));
  s->n[0] = 0;
  s->n[1] = firstpass;
  return vm.none();
}

// ---- repeat: slot 0 the object; n[0] the remaining count (-1: forever).

Value repeat_construct(VM& vm, Type* cls, CallArgs args) {
  Value a[2];
  if (!bind_args(vm, args, {"repeat", {"object", "times"}, 1}, a)) return Value::null();
  int64_t times = -1;
  if (!a[1].is_null()) {
    if (!index_to_int64(vm, a[1], &times)) {
      if (!exception_matches(vm, vm.types().index_error)) return Value::null();
      vm.clear_exception();
      return raise_overflow_error(vm, "Python int too large to convert to C ssize_t");
    }
    if (times < 0) times = 0;
  }
  Value made = new_state(vm, cls, {a[0]});
  state_of(made)->n[0] = times;
  return made;
}

Value repeat_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  if (s->n[0] == 0) return Value::null();
  if (s->n[0] > 0) --s->n[0];
  return s->slot[0];
}

Value repeat_repr(VM& vm, Value self) {
  IterState* s = state_of(self);
  std::string object;
  if (!repr_text(vm, s->slot[0], &object)) return Value::null();
  if (s->n[0] < 0) return str_value(vm, "repeat(" + object + ")");
  return str_value(vm, "repeat(" + object + ", " + std::to_string(s->n[0]) + ")");
}

// repeat.__reduce__(): (repeat, (object, remaining)), or (repeat, (object,))
// when it repeats forever.
Value repeat_reduce(VM& vm, CallArgs args) {
  IterState* s = state_of(args.args[0]);
  Value init[2] = {s->slot[0], int_from_int64(vm, s->n[0])};
  Value parts[2] = {Value::from_object(type_of(vm, args.args[0])),
                    Value::from_object(tuple_from(vm, init, s->n[0] < 0 ? 1 : 2))};
  return Value::from_object(tuple_from(vm, parts, 2));
}

Value repeat_length_hint(VM& vm, CallArgs args) {
  IterState* s = state_of(args.args[0]);
  if (s->n[0] < 0) return raise_type_error(vm, "len() of unsized object");
  return Value::from_small_int(s->n[0]);
}

// ---- accumulate: slot 0 the iterator, 1 the function (null: +), 2 the
// running total (null before the first item), 3 the pending initial value.

Value accumulate_construct(VM& vm, Type* cls, CallArgs args) {
  Value a[3];
  if (!bind_args(vm, args, {"accumulate", {"iterable", "func", "initial"}, 1, 2}, a)) {
    return Value::null();
  }
  Value it = get_iter(vm, a[0]);
  if (it.is_null()) return it;
  Value func = a[1].is_null() || a[1] == vm.none() ? Value::null() : a[1];
  Value initial = a[2] == vm.none() ? Value::null() : a[2];
  return new_state(vm, cls, {it, func, Value::null(), initial});
}

Value accumulate_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  if (!s->slot[3].is_null()) {
    Value initial = s->slot[3];
    iter_state_set(vm, s, 2, initial);
    iter_state_set(vm, s, 3, Value::null());
    return initial;
  }
  Value item = iter_next(vm, s->slot[0]);
  if (item.is_null()) return item;
  Value total = s->slot[2];
  if (!total.is_null()) {
    if (s->slot[1].is_null()) {
      total = binary_op(vm, BinaryOp::kAdd, total, item);
    } else {
      Value pair[2] = {total, item};
      total = call_positional(vm, s->slot[1], pair, 2);
    }
    if (total.is_null()) return total;
  } else {
    total = item;
  }
  iter_state_set(vm, s, 2, total);
  return total;
}

// ---- chain: slot 0 the iterator over the iterables (null once drained),
// slot 1 the active iterator (null between iterables).

Value chain_construct(VM& vm, Type* cls, CallArgs args) {
  if (!reject_keywords(vm, args, "chain")) return Value::null();
  Tuple* sources = tuple_from(vm, args.args, static_cast<int64_t>(args.npos));
  Value it = get_iter(vm, Value::from_object(sources));
  if (it.is_null()) return it;
  return new_state(vm, cls, {it});
}

Value chain_from_iterable(VM& vm, CallArgs args) {
  Value it = get_iter(vm, args.args[1]);
  if (it.is_null()) return it;
  return new_state(vm, args.args[0].as<Type>(), {it});
}

Value chain_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  while (!s->slot[0].is_null()) {
    if (s->slot[1].is_null()) {
      Value iterable = iter_next(vm, s->slot[0]);
      if (iterable.is_null()) {
        if (vm.has_exception()) return iterable;
        iter_state_set(vm, s, 0, Value::null());
        return iterable;
      }
      Value it = get_iter(vm, iterable);
      if (it.is_null()) return it;
      iter_state_set(vm, s, 1, it);
    }
    Value item = iter_next(vm, s->slot[1]);
    if (!item.is_null() || vm.has_exception()) return item;
    iter_state_set(vm, s, 1, Value::null());
  }
  return Value::null();
}

// ---- compress: slot 0 the data iterator, slot 1 the selector iterator.

Value compress_construct(VM& vm, Type* cls, CallArgs args) {
  Value a[2];
  if (!bind_args(vm, args, {"compress", {"data", "selectors"}, 2}, a)) return Value::null();
  Value data = get_iter(vm, a[0]);
  if (data.is_null()) return data;
  Value selectors = get_iter(vm, a[1]);
  if (selectors.is_null()) return selectors;
  return new_state(vm, cls, {data, selectors});
}

Value compress_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  for (;;) {
    Value item = iter_next(vm, s->slot[0]);
    if (item.is_null()) return item;
    Value selector = iter_next(vm, s->slot[1]);
    if (selector.is_null()) return selector;
    int ok = truth(vm, selector);
    if (ok < 0) return Value::null();
    if (ok == 1) return item;
  }
}

// ---- dropwhile, takewhile, filterfalse, starmap: slot 0 the function, slot 1
// the iterator; n[0] says whether the predicate has stopped holding.

Value predicate_construct(VM& vm, Type* cls, CallArgs args, const char* name) {
  if (!check_positional(vm, args, name, 2, 2)) return Value::null();
  Value it = get_iter(vm, args.args[1]);
  if (it.is_null()) return it;
  return new_state(vm, cls, {args.args[0], it});
}

// predicate(item) as a truth value (None as predicate: the item's truth).
int predicate_holds(VM& vm, Value predicate, Value item) {
  if (predicate == vm.none()) return truth(vm, item);
  Value r = call_positional(vm, predicate, &item, 1);
  if (r.is_null()) return -1;
  return truth(vm, r);
}

Value dropwhile_construct(VM& vm, Type* cls, CallArgs args) {
  return predicate_construct(vm, cls, args, "dropwhile");
}

Value dropwhile_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  for (;;) {
    Value item = iter_next(vm, s->slot[1]);
    if (item.is_null() || s->n[0] != 0) return item;
    int holds = predicate_holds(vm, s->slot[0], item);
    if (holds < 0) return Value::null();
    if (holds == 0) {
      s->n[0] = 1;
      return item;
    }
  }
}

Value takewhile_construct(VM& vm, Type* cls, CallArgs args) {
  return predicate_construct(vm, cls, args, "takewhile");
}

Value takewhile_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  if (s->n[0] != 0) return Value::null();
  Value item = iter_next(vm, s->slot[1]);
  if (item.is_null()) return item;
  int holds = predicate_holds(vm, s->slot[0], item);
  if (holds < 0) return Value::null();
  if (holds == 1) return item;
  s->n[0] = 1;
  return Value::null();
}

Value filterfalse_construct(VM& vm, Type* cls, CallArgs args) {
  return predicate_construct(vm, cls, args, "filterfalse");
}

Value filterfalse_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  for (;;) {
    Value item = iter_next(vm, s->slot[1]);
    if (item.is_null()) return item;
    int holds = predicate_holds(vm, s->slot[0], item);
    if (holds < 0) return Value::null();
    if (holds == 0) return item;
  }
}

Value starmap_construct(VM& vm, Type* cls, CallArgs args) {
  return predicate_construct(vm, cls, args, "starmap");
}

Value starmap_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  Value item = iter_next(vm, s->slot[1]);
  if (item.is_null()) return item;
  Value items = tuple_from_iterable(vm, item);
  if (items.is_null()) return items;
  auto* t = items.as<Tuple>();
  return call_positional(vm, s->slot[0], t->items(), t->length);
}

// ---- pairwise: slot 0 the iterator (null once drained), slot 1 the
// previous item.

Value pairwise_construct(VM& vm, Type* cls, CallArgs args) {
  if (!check_positional(vm, args, "pairwise", 1, 1)) return Value::null();
  Value it = get_iter(vm, args.args[0]);
  if (it.is_null()) return it;
  return new_state(vm, cls, {it});
}

Value pairwise_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  if (s->slot[0].is_null()) return Value::null();
  if (s->slot[1].is_null()) {
    Value first = iter_next(vm, s->slot[0]);
    if (first.is_null()) {
      if (!vm.has_exception()) iter_state_set(vm, s, 0, Value::null());
      return first;
    }
    iter_state_set(vm, s, 1, first);
  }
  Value item = iter_next(vm, s->slot[0]);
  if (item.is_null()) {
    if (!vm.has_exception()) {
      iter_state_set(vm, s, 0, Value::null());
      iter_state_set(vm, s, 1, Value::null());
    }
    return item;
  }
  Value pair[2] = {s->slot[1], item};
  iter_state_set(vm, s, 1, item);
  return Value::from_object(tuple_from(vm, pair, 2));
}

// ---- islice: slot 0 the iterator (null once done); n[0] the index of the
// next item to yield, n[1] the stop (-1: none), n[2] the step, n[3] the
// number of items consumed so far.

// Reads an islice bound: None (-1) or an int in [0, sys.maxsize].
bool islice_bound(VM& vm, Value v, const char* message, int64_t* out) {
  if (v == vm.none()) {
    *out = -1;
    return true;
  }
  if (is_int(vm, v) || !type_lookup(vm, type_of(vm, v), vm.intern("__index__")).is_null()) {
    if (index_to_int64(vm, v, out) && *out >= 0) return true;
    if (vm.has_exception() && !exception_matches(vm, vm.types().overflow_error) &&
        !exception_matches(vm, vm.types().index_error)) {
      return false;
    }
    vm.clear_exception();
  }
  raise_value_error(vm, message);
  return false;
}

Value islice_construct(VM& vm, Type* cls, CallArgs args) {
  if (!reject_keywords(vm, args, "islice") || !check_positional(vm, args, "islice", 2, 4)) {
    return Value::null();
  }
  const char* stop_message =
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const char* index_message =
      "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, stop = -1, step = 1;
  if (args.npos == 2) {
    if (!islice_bound(vm, args.args[1], stop_message, &stop)) return Value::null();
  } else {
    if (!islice_bound(vm, args.args[2], stop_message, &stop) ||
        !islice_bound(vm, args.args[1], index_message, &start)) {
      return Value::null();
    }
    if (start < 0) start = 0;
    if (args.npos == 4) {
      if (!islice_bound(vm, args.args[3], "Step for islice() must be a positive integer or None.",
                        &step)) {
        return Value::null();
      }
      if (step == 0) {
        return raise_value_error(vm, "Step for islice() must be a positive integer or None.");
      }
      if (step < 0) step = 1;
    }
  }
  Value it = get_iter(vm, args.args[0]);
  if (it.is_null()) return it;
  Value made = new_state(vm, cls, {it});
  IterState* s = state_of(made);
  s->n[0] = start;
  s->n[1] = stop;
  s->n[2] = step;
  return made;
}

Value islice_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  if (s->slot[0].is_null()) return Value::null();
  int64_t stop = s->n[1];
  while (s->n[3] < s->n[0]) {
    if (stop != -1 && s->n[3] >= stop) break;
    Value skipped = iter_next(vm, s->slot[0]);
    if (skipped.is_null()) return skipped;
    ++s->n[3];
  }
  if (stop != -1 && s->n[3] >= stop) {
    iter_state_set(vm, s, 0, Value::null());
    return Value::null();
  }
  Value item = iter_next(vm, s->slot[0]);
  if (item.is_null()) return item;
  ++s->n[3];
  int64_t next = s->n[0] + s->n[2];
  if (stop != -1 && next > stop) next = stop;
  s->n[0] = next;
  return item;
}

// ---- zip_longest: slot 0 a tuple of iterators (an exhausted one replaced by
// None), slot 1 the fill value; n[0] the iterators still active.

Value zip_longest_construct(VM& vm, Type* cls, CallArgs args) {
  Value fill = vm.none();
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  if (nkw > 1 || (nkw == 1 && !str_equals_ascii(args.kwnames->at(0).as<Str>(), "fillvalue"))) {
    return raise_type_error(vm, "zip_longest() got an unexpected keyword argument");
  }
  if (nkw == 1) fill = args.args[args.npos];
  auto n = static_cast<int64_t>(args.npos);
  Tuple* iterators = tuple_new(vm, n);
  for (int64_t i = 0; i < n; ++i) {
    Value it = get_iter(vm, args.args[i]);
    if (it.is_null()) return it;
    tuple_init_item(vm, iterators, i, it);
  }
  Value made = new_state(vm, cls, {Value::from_object(iterators), fill});
  state_of(made)->n[0] = n;
  return made;
}

Value zip_longest_next(VM& vm, Value self) {
  IterState* s = state_of(self);
  auto* iterators = s->slot[0].as<Tuple>();
  int64_t n = iterators->length;
  if (n == 0 || s->n[0] == 0) return Value::null();
  Tuple* result = tuple_new(vm, n);
  for (int64_t i = 0; i < n; ++i) {
    Value it = iterators->at(i);
    Value item = it == vm.none() ? s->slot[1] : iter_next(vm, it);
    if (item.is_null()) {
      if (vm.has_exception()) return item;
      vm.store(iterators, &iterators->items()[i], vm.none());
      if (--s->n[0] == 0) return Value::null();
      item = s->slot[1];
    }
    tuple_init_item(vm, result, i, item);
  }
  return Value::from_object(result);
}

// ---- groupby: slot 0 the iterator, 1 the key function (None: identity), 2
// the target key, 3 the current key, 4 the current value, 5 the live grouper.
// A _grouper: slot 0 its groupby, slot 1 its key.

Value groupby_construct(VM& vm, Type* cls, CallArgs args) {
  Value a[2];
  if (!bind_args(vm, args, {"groupby", {"iterable", "key"}, 1}, a)) return Value::null();
  Value it = get_iter(vm, a[0]);
  if (it.is_null()) return it;
  return new_state(vm, cls, {it, a[1].is_null() ? vm.none() : a[1]});
}

// Advances to the next item and its key. False at the end or on error.
bool groupby_step(VM& vm, IterState* g) {
  Value item = iter_next(vm, g->slot[0]);
  if (item.is_null()) return false;
  Value key = item;
  if (g->slot[1] != vm.none()) {
    key = call_positional(vm, g->slot[1], &item, 1);
    if (key.is_null()) return false;
  }
  iter_state_set(vm, g, 4, item);
  iter_state_set(vm, g, 3, key);
  return true;
}

Value groupby_next(VM& vm, Value self) {
  IterState* g = state_of(self);
  iter_state_set(vm, g, 5, Value::null());
  for (;;) {
    if (!g->slot[3].is_null()) {
      if (g->slot[2].is_null()) break;
      int same = rich_compare_bool(vm, g->slot[2], g->slot[3], CompareOp::kEq);
      if (same < 0) return Value::null();
      if (same == 0) break;
    }
    if (!groupby_step(vm, g)) return Value::null();
  }
  iter_state_set(vm, g, 2, g->slot[3]);
  Value grouper_type = module_attribute(vm, "itertools", "_grouper");
  if (grouper_type.is_null()) return raise_type_error(vm, "itertools._grouper is missing");
  Value grouper = new_state(vm, grouper_type.as<Type>(), {self, g->slot[2]});
  iter_state_set(vm, g, 5, grouper);
  Value pair[2] = {g->slot[2], grouper};
  return Value::from_object(tuple_from(vm, pair, 2));
}

Value grouper_next(VM& vm, Value self) {
  IterState* grouper = state_of(self);
  IterState* g = state_of(grouper->slot[0]);
  if (g->slot[5] != self) return Value::null();
  if (g->slot[4].is_null() && !groupby_step(vm, g)) return Value::null();
  int same = rich_compare_bool(vm, grouper->slot[1], g->slot[3], CompareOp::kEq);
  if (same <= 0) return Value::null();
  Value item = g->slot[4];
  iter_state_set(vm, g, 4, Value::null());
  return item;
}

Value grouper_construct(VM& vm, Type* cls, CallArgs args) {
  return raise_type_error(vm, "cannot create 'itertools._grouper' instances");
}

void add_type(VM& vm, Dict* d, Type* t) { dict_set_str(vm, d, t->name, Value::from_object(t)); }

void add_simple_types(VM& vm, Dict* d) {
  Type* count = iter_state_type_new(vm, "count", count_next, count_construct);
  count->repr = count_repr;
  add_method(vm, count, "__reduce__", count_reduce, 0, 0, kNativeMethod);
  add_type(vm, d, count);
  Type* cycle = iter_state_type_new(vm, "cycle", cycle_next, cycle_construct);
  add_method(vm, cycle, "__reduce__", cycle_reduce, 0, 0, kNativeMethod);
  add_method(vm, cycle, "__setstate__", cycle_setstate, 1, 1, kNativeMethod);
  add_type(vm, d, cycle);
  Type* repeat = iter_state_type_new(vm, "repeat", repeat_next, repeat_construct);
  repeat->repr = repeat_repr;
  add_method(vm, repeat, "__length_hint__", repeat_length_hint, 0, 0, kNativeMethod);
  add_method(vm, repeat, "__reduce__", repeat_reduce, 0, 0, kNativeMethod);
  add_type(vm, d, repeat);
  add_type(vm, d, iter_state_type_new(vm, "accumulate", accumulate_next, accumulate_construct));
  Type* chain = iter_state_type_new(vm, "chain", chain_next, chain_construct);
  add_type(vm, d, chain);
  add_type(vm, d, iter_state_type_new(vm, "compress", compress_next, compress_construct));
  add_type(vm, d, iter_state_type_new(vm, "dropwhile", dropwhile_next, dropwhile_construct));
  add_type(vm, d, iter_state_type_new(vm, "takewhile", takewhile_next, takewhile_construct));
  add_type(vm, d, iter_state_type_new(vm, "filterfalse", filterfalse_next, filterfalse_construct));
  add_type(vm, d, iter_state_type_new(vm, "starmap", starmap_next, starmap_construct));
  add_type(vm, d, iter_state_type_new(vm, "pairwise", pairwise_next, pairwise_construct));
  add_type(vm, d, iter_state_type_new(vm, "islice", islice_next, islice_construct));
  add_type(vm, d, iter_state_type_new(vm, "zip_longest", zip_longest_next, zip_longest_construct));
  add_type(vm, d, iter_state_type_new(vm, "groupby", groupby_next, groupby_construct));
  add_type(vm, d, iter_state_type_new(vm, "_grouper", grouper_next, grouper_construct));
}

// chain.from_iterable: a class method (receives the class as args[0]).
void add_chain_from_iterable(VM& vm, Dict* d) {
  Value chain = dict_get_str(vm, d, vm.intern("chain"));
  NativeFunction* f = native_function_new(vm, "from_iterable", chain_from_iterable, 1, 1);
  vm.store(f, &f->self, chain);
  dict_set_str(vm, chain.as<Type>()->dict, vm.intern("from_iterable"), Value::from_object(f));
}

}  // namespace

Type* iter_state_type_new(VM& vm, const char* name, NextFn next, ConstructFn construct) {
  Type* type = module_type_new(vm, "itertools", name, sizeof(IterState), iter_state_trace);
  type->iter = iterator_self;
  type->next = next;
  type->construct = construct;
  add_iterator_methods(vm, type);  // __iter__ and __next__ as attributes
  return type;
}

// Gives every iterator type in `dict` the __iter__ and __next__ methods
// that Python code calls directly (tokenize calls chain(...).__next__).
static void add_iterator_dunders(VM& vm, Dict* dict) {
  int64_t pos = 0;
  Value key, value;
  while (dict_next(dict, &pos, &key, &value)) {
    if (!value.is_object() || value.object()->type != vm.types().type) continue;
    Type* t = value.as<Type>();
    if (t->next == nullptr || !dict_get_str(vm, t->dict, vm.intern("__next__")).is_null()) continue;
    add_iterator_methods(vm, t);
  }
}

void create_itertools_module(VM& vm) {
  Module* m = module_new(vm, vm.intern("itertools"));
  dict_set_str(vm, vm.modules(), m->name, Value::from_object(m));
  add_simple_types(vm, m->dict);
  add_chain_from_iterable(vm, m->dict);
  add_itertools_combinatorics(vm, m->dict);
  add_itertools_tee(vm, m->dict);
  add_iterator_dunders(vm, m->dict);
}

}  // namespace pyvm::runtime
