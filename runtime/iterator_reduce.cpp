// __reduce__, __setstate__ and __length_hint__ of the built-in iterators, so
// that pickle and copy handle them as CPython 3.11 does: a sequence iterator
// reduces to (iter, (sequence,), index) (reversed ones to (reversed, ...)),
// an exhausted one to (iter, (empty,)); set and dict iterators reduce to
// (iter, (list of what is left,)); enumerate, zip, map and filter to their
// constructor and arguments; built-in functions to their name, ranges to
// range(start, stop, step). A range iterator reduces to the range of what
// is left and index 0 (CPython keeps the original range and an index; both
// rebuild the same iterator).
#include "runtime/iterator_reduce.h"

#include <initializer_list>
#include <string>

#include "runtime/bytearray.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/iteration.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

Value builtin_iter(VM& vm) { return dict_get_str(vm, vm.builtins(), vm.intern("iter")); }

Value tuple_value(VM& vm, std::initializer_list<Value> items) {
  return Value::from_object(tuple_from(vm, items.begin(), static_cast<int64_t>(items.size())));
}

// (callable, (argument,), index), or (callable, (argument,)) when index < 0.
Value reduction(VM& vm, Value callable, Value argument, int64_t index) {
  Value args = tuple_value(vm, {argument});
  if (index < 0) return tuple_value(vm, {callable, args});
  return tuple_value(vm, {callable, args, int_from_int64(vm, index)});
}

Value empty_tuple(VM& vm) { return Value::from_object(tuple_empty(vm)); }
Value empty_list(VM& vm) { return Value::from_object(list_new(vm)); }
Value small(int64_t v) { return Value::from_small_int(v); }

// The index argument of __setstate__, or false after raising.
bool state_index(VM& vm, CallArgs args, int64_t* out) {
  if (!is_int(vm, args.args[1])) {
    raise_type_error(vm, "an integer is required");
    return false;
  }
  return index_to_int64(vm, args.args[1], out);
}

int64_t clamp(int64_t v, int64_t low, int64_t high) { return v < low ? low : v > high ? high : v; }

// ---- forward sequence iterators

Value list_iterator_reduce(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<ListIterator>();
  if (it->list == nullptr) return reduction(vm, builtin_iter(vm), empty_list(vm), -1);
  return reduction(vm, builtin_iter(vm), Value::from_object(it->list), it->index);
}

Value list_iterator_setstate(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<ListIterator>();
  int64_t index;
  if (!state_index(vm, args, &index)) return Value::null();
  if (it->list != nullptr) it->index = clamp(index, 0, it->list->length);
  return vm.none();
}

Value list_iterator_length_hint(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<ListIterator>();
  if (it->list == nullptr || it->index >= it->list->length) return small(0);
  return small(it->list->length - it->index);
}

Value tuple_iterator_reduce(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<TupleIterator>();
  if (it->tuple == nullptr) return reduction(vm, builtin_iter(vm), empty_tuple(vm), -1);
  return reduction(vm, builtin_iter(vm), Value::from_object(it->tuple), it->index);
}

Value tuple_iterator_setstate(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<TupleIterator>();
  int64_t index;
  if (!state_index(vm, args, &index)) return Value::null();
  if (it->tuple != nullptr) it->index = clamp(index, 0, it->tuple->length);
  return vm.none();
}

Value tuple_iterator_length_hint(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<TupleIterator>();
  if (it->tuple == nullptr || it->index >= it->tuple->length) return small(0);
  return small(it->tuple->length - it->index);
}

Value str_iterator_reduce(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<StrIterator>();
  if (it->str == nullptr) {
    return reduction(vm, builtin_iter(vm), Value::from_object(str_from_ascii(vm, "")), -1);
  }
  return reduction(vm, builtin_iter(vm), Value::from_object(it->str), it->index);
}

Value str_iterator_setstate(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<StrIterator>();
  int64_t index;
  if (!state_index(vm, args, &index)) return Value::null();
  if (it->str != nullptr) it->index = clamp(index, 0, it->str->length);
  return vm.none();
}

Value str_iterator_length_hint(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<StrIterator>();
  if (it->str == nullptr || it->index >= it->str->length) return small(0);
  return small(it->str->length - it->index);
}

Value bytes_iterator_reduce(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<BytesIterator>();
  if (it->bytes == nullptr) return reduction(vm, builtin_iter(vm), empty_tuple(vm), -1);
  return reduction(vm, builtin_iter(vm), Value::from_object(it->bytes), it->index);
}

Value bytes_iterator_setstate(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<BytesIterator>();
  int64_t index;
  if (!state_index(vm, args, &index)) return Value::null();
  if (it->bytes != nullptr) it->index = clamp(index, 0, it->bytes->length);
  return vm.none();
}

Value bytes_iterator_length_hint(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<BytesIterator>();
  if (it->bytes == nullptr || it->index >= it->bytes->length) return small(0);
  return small(it->bytes->length - it->index);
}

Value bytearray_iterator_reduce(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<ByteArrayIterator>();
  if (it->array.is_null()) return reduction(vm, builtin_iter(vm), empty_tuple(vm), -1);
  return reduction(vm, builtin_iter(vm), it->array, it->index);
}

Value bytearray_iterator_setstate(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<ByteArrayIterator>();
  int64_t index;
  if (!state_index(vm, args, &index)) return Value::null();
  if (!it->array.is_null()) it->index = index < 0 ? 0 : index;
  return vm.none();
}

Value seq_iterator_reduce(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<SeqIterator>();
  if (it->sequence.is_null()) return reduction(vm, builtin_iter(vm), empty_tuple(vm), -1);
  return reduction(vm, builtin_iter(vm), it->sequence, it->index);
}

Value seq_iterator_setstate(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<SeqIterator>();
  int64_t index;
  if (!state_index(vm, args, &index)) return Value::null();
  if (!it->sequence.is_null()) it->index = index < 0 ? 0 : index;
  return vm.none();
}

Value callable_iterator_reduce(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<CallableIterator>();
  if (it->callable.is_null()) return reduction(vm, builtin_iter(vm), empty_tuple(vm), -1);
  return tuple_value(vm, {builtin_iter(vm), tuple_value(vm, {it->callable, it->sentinel})});
}

// ---- range_iterator

Value range_iterator_reduce(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<RangeIterator>();
  __int128 stop = static_cast<__int128>(it->next) +
                  static_cast<__int128>(it->remaining) * static_cast<__int128>(it->step);
  Value stop_value;
  if (stop >= INT64_MIN && stop <= INT64_MAX) {
    stop_value = int_from_int64(vm, static_cast<int64_t>(stop));
  } else {
    bool negative = stop < 0;
    unsigned __int128 magnitude =
        negative ? -static_cast<unsigned __int128>(stop) : static_cast<unsigned __int128>(stop);
    std::string digits;
    while (magnitude > 0) {
      digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(magnitude % 10)));
      magnitude /= 10;
    }
    stop_value = int_from_string(vm, (negative ? "-" : "") + digits, 10);
    if (stop_value.is_null()) return stop_value;
  }
  Value range =
      range_new(vm, int_from_int64(vm, it->next), stop_value, int_from_int64(vm, it->step));
  if (range.is_null()) return range;
  return reduction(vm, builtin_iter(vm), range, 0);
}

// range.__reduce__: (range, (start, stop, step)).
Value range_reduce(VM& vm, CallArgs args) {
  auto* r = args.args[0].as<Range>();
  return tuple_value(
      vm, {Value::from_object(vm.types().range), tuple_value(vm, {r->start, r->stop, r->step})});
}

Value range_iterator_setstate(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<RangeIterator>();
  int64_t index;
  if (!state_index(vm, args, &index)) return Value::null();
  index = clamp(index, 0, it->remaining);
  it->next += index * it->step;
  it->remaining -= index;
  return vm.none();
}

Value range_iterator_length_hint(VM& vm, CallArgs args) {
  return small(args.args[0].as<RangeIterator>()->remaining);
}

// ---- reverse iterators

Value list_reverseiterator_reduce(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<ListReverseIterator>();
  if (it->list == nullptr) return reduction(vm, builtin_iter(vm), empty_list(vm), -1);
  // The index may be -1 (the last item taken, the list kept until the next call).
  return tuple_value(
      vm, {Value::from_object(vm.types().reversed), tuple_value(vm, {Value::from_object(it->list)}),
           int_from_int64(vm, it->index)});
}

Value list_reverseiterator_setstate(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<ListReverseIterator>();
  int64_t index;
  if (!state_index(vm, args, &index)) return Value::null();
  if (it->list != nullptr) it->index = clamp(index, -1, it->list->length - 1);
  return vm.none();
}

Value reversed_reduce(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<Reversed>();
  Value reversed = Value::from_object(vm.types().reversed);
  if (it->sequence.is_null()) return reduction(vm, reversed, empty_tuple(vm), -1);
  return tuple_value(vm,
                     {reversed, tuple_value(vm, {it->sequence}), int_from_int64(vm, it->index)});
}

Value reversed_setstate(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<Reversed>();
  int64_t index;
  if (!state_index(vm, args, &index)) return Value::null();
  if (it->sequence.is_null()) return vm.none();
  int64_t n = length(vm, it->sequence);
  if (n < 0) return Value::null();
  it->index = clamp(index, -1, n - 1);
  return vm.none();
}

// What a reverse dict iterator has not yet yielded, newest first.
Value dict_reverseiterator_reduce(VM& vm, CallArgs args) {
  auto* it = args.args[0].as<DictReverseIterator>();
  List* left = list_new(vm);
  Dict* d = it->dict;
  if (d != nullptr && d->used == it->initial_used) {
    Type* t = it->type;
    for (int64_t pos = it->pos < d->entries_len ? it->pos : d->entries_len - 1; pos >= 0; --pos) {
      const DictEntry& entry = d->entries[pos];
      if (entry.key.is_null()) continue;
      if (t == vm.types().dict_reversekeyiterator) {
        list_append(vm, left, entry.key);
      } else if (t == vm.types().dict_reversevalueiterator) {
        list_append(vm, left, entry.value);
      } else {
        list_append(vm, left, tuple_value(vm, {entry.key, entry.value}));
      }
    }
  }
  return reduction(vm, builtin_iter(vm), Value::from_object(left), -1);
}

// ---- set and dict iterators

Value set_iterator_reduce(VM& vm, CallArgs args) {
  List* left = list_new(vm);
  set_iterator_remaining(vm, args.args[0], left);
  return reduction(vm, builtin_iter(vm), Value::from_object(left), -1);
}

Value set_iterator_length_hint(VM& vm, CallArgs args) {
  return small(set_iterator_remaining(vm, args.args[0], nullptr));
}

Value dict_iterator_reduce(VM& vm, CallArgs args) {
  List* left = list_new(vm);
  dict_iterator_remaining(vm, args.args[0], left);
  return reduction(vm, builtin_iter(vm), Value::from_object(left), -1);
}

Value dict_iterator_length_hint(VM& vm, CallArgs args) {
  return small(dict_iterator_remaining(vm, args.args[0], nullptr));
}

// ---- enumerate, zip, map, filter

Value enumerate_reduce(VM& vm, CallArgs args) {
  auto* e = args.args[0].as<Enumerate>();
  return tuple_value(
      vm, {Value::from_object(vm.types().enumerate), tuple_value(vm, {e->iterator, e->count})});
}

Value zip_reduce(VM& vm, CallArgs args) {
  auto* z = args.args[0].as<Zip>();
  Value cls = Value::from_object(vm.types().zip);
  Value iterators = Value::from_object(z->iterators);
  if (z->strict) return tuple_value(vm, {cls, iterators, vm.bool_value(true)});
  return tuple_value(vm, {cls, iterators});
}

Value zip_setstate(VM& vm, CallArgs args) {
  int strict = truth(vm, args.args[1]);
  if (strict < 0) return Value::null();
  args.args[0].as<Zip>()->strict = strict;
  return vm.none();
}

Value map_reduce(VM& vm, CallArgs args) {
  auto* m = args.args[0].as<Map>();
  int64_t n = m->iterators->length;
  Tuple* margs = tuple_new(vm, n + 1);
  vm.store(margs, &margs->items()[0], m->function);
  for (int64_t i = 0; i < n; ++i) vm.store(margs, &margs->items()[i + 1], m->iterators->at(i));
  return tuple_value(vm, {Value::from_object(vm.types().map), Value::from_object(margs)});
}

Value filter_reduce(VM& vm, CallArgs args) {
  auto* f = args.args[0].as<Filter>();
  return tuple_value(
      vm, {Value::from_object(vm.types().filter), tuple_value(vm, {f->function, f->iterator})});
}

// ---- built-in functions

// builtin_function_or_method.__reduce__: the qualified name (pickled as a
// global) for a module-level function, else (getattr, (self, name)).
Value builtin_function_reduce(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Value owner = get_attr(vm, self, vm.intern("__self__"));
  if (owner.is_null()) return owner;
  if (owner == vm.none() || type_of(vm, owner) == vm.types().module) {
    return get_attr(vm, self, vm.intern("__qualname__"));
  }
  Value name = get_attr(vm, self, vm.intern("__name__"));
  if (name.is_null()) return name;
  Value getattr = dict_get_str(vm, vm.builtins(), vm.intern("getattr"));
  return tuple_value(vm, {getattr, tuple_value(vm, {owner, name})});
}

struct IteratorMethods {
  Type* vm::BuiltinTypes::*type;
  NativeFn reduce;
  NativeFn setstate;
  NativeFn length_hint;
};

}  // namespace

void init_iterator_reduce_methods(VM& vm) {
  using T = vm::BuiltinTypes;
  const IteratorMethods table[] = {
      {&T::list_iterator, list_iterator_reduce, list_iterator_setstate, list_iterator_length_hint},
      {&T::tuple_iterator, tuple_iterator_reduce, tuple_iterator_setstate,
       tuple_iterator_length_hint},
      {&T::str_iterator, str_iterator_reduce, str_iterator_setstate, str_iterator_length_hint},
      {&T::bytes_iterator, bytes_iterator_reduce, bytes_iterator_setstate,
       bytes_iterator_length_hint},
      {&T::bytearray_iterator, bytearray_iterator_reduce, bytearray_iterator_setstate, nullptr},
      {&T::seq_iterator, seq_iterator_reduce, seq_iterator_setstate, nullptr},
      {&T::callable_iterator, callable_iterator_reduce, nullptr, nullptr},
      {&T::range_iterator, range_iterator_reduce, range_iterator_setstate,
       range_iterator_length_hint},
      {&T::list_reverseiterator, list_reverseiterator_reduce, list_reverseiterator_setstate,
       nullptr},
      {&T::reversed, reversed_reduce, reversed_setstate, nullptr},
      {&T::dict_reversekeyiterator, dict_reverseiterator_reduce, nullptr, nullptr},
      {&T::dict_reversevalueiterator, dict_reverseiterator_reduce, nullptr, nullptr},
      {&T::dict_reverseitemiterator, dict_reverseiterator_reduce, nullptr, nullptr},
      {&T::set_iterator, set_iterator_reduce, nullptr, set_iterator_length_hint},
      {&T::dict_keyiterator, dict_iterator_reduce, nullptr, dict_iterator_length_hint},
      {&T::dict_valueiterator, dict_iterator_reduce, nullptr, dict_iterator_length_hint},
      {&T::dict_itemiterator, dict_iterator_reduce, nullptr, dict_iterator_length_hint},
      {&T::enumerate, enumerate_reduce, nullptr, nullptr},
      {&T::zip, zip_reduce, zip_setstate, nullptr},
      {&T::map, map_reduce, nullptr, nullptr},
      {&T::filter, filter_reduce, nullptr, nullptr},
  };
  add_method(vm, vm.types().builtin_function, "__reduce__", builtin_function_reduce, 0, 0,
             kNativeMethod);
  add_method(vm, vm.types().range, "__reduce__", range_reduce, 0, 0, kNativeMethod);
  for (const IteratorMethods& m : table) {
    Type* type = vm.types().*m.type;
    add_method(vm, type, "__reduce__", m.reduce, 0, 0, kNativeMethod);
    if (m.setstate != nullptr)
      add_method(vm, type, "__setstate__", m.setstate, 1, 1, kNativeMethod);
    if (m.length_hint != nullptr) {
      add_method(vm, type, "__length_hint__", m.length_hint, 0, 0, kNativeMethod);
    }
  }
}

}  // namespace pyvm::runtime
