// itertools.tee and its iterator type _tee. The tees of one source share a
// singly linked chain of chunks (_tee_dataobject), each buffering up to
// kChunkItems items pulled from the source. A tee walks the chain; a chunk
// that no tee reaches any more is garbage, so the buffer holds only the items
// between the slowest and the fastest tee.
//
// A chunk: slot 0 the source iterator, slot 1 the next chunk (null until
// needed), slot 2 a list of the buffered items. A _tee: slot 0 its chunk;
// n[0] its position in that chunk.
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/itertools_module.h"
#include "runtime/list.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr int64_t kChunkItems = 57;

IterState* state_of(Value v) { return v.as<IterState>(); }

Value new_chunk(VM& vm, Value source) {
  Value type = module_attribute(vm, "itertools", "_tee_dataobject");
  if (type.is_null()) return raise_type_error(vm, "itertools._tee_dataobject is missing");
  IterState* chunk = iter_state_new(vm, type.as<Type>());
  iter_state_set(vm, chunk, 0, source);
  iter_state_set(vm, chunk, 2, Value::from_object(list_new(vm)));
  return Value::from_object(chunk);
}

Value new_tee(VM& vm, Type* type, Value chunk, int64_t position) {
  IterState* tee = iter_state_new(vm, type);
  iter_state_set(vm, tee, 0, chunk);
  tee->n[0] = position;
  return Value::from_object(tee);
}

Value tee_copy(VM& vm, Value tee) {
  IterState* s = state_of(tee);
  return new_tee(vm, tee.object()->type, s->slot[0], s->n[0]);
}

// A _tee over `iterable`: a copy when it already is one.
Value tee_from(VM& vm, Type* type, Value iterable) {
  if (iterable.is_object() && iterable.object()->type == type) return tee_copy(vm, iterable);
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return it;
  Value chunk = new_chunk(vm, it);
  if (chunk.is_null()) return chunk;
  return new_tee(vm, type, chunk, 0);
}

Value tee_construct(VM& vm, Type* cls, CallArgs args) {
  if (!check_positional(vm, args, "_tee", 1, 1)) return Value::null();
  return tee_from(vm, cls, args.args[0]);
}

Value tee_next(VM& vm, Value self) {
  IterState* tee = state_of(self);
  IterState* chunk = state_of(tee->slot[0]);
  if (tee->n[0] == kChunkItems) {
    if (chunk->slot[1].is_null()) {
      Value next = new_chunk(vm, chunk->slot[0]);
      if (next.is_null()) return next;
      iter_state_set(vm, chunk, 1, next);
    }
    iter_state_set(vm, tee, 0, chunk->slot[1]);
    tee->n[0] = 0;
    chunk = state_of(tee->slot[0]);
  }
  auto* items = chunk->slot[2].as<List>();
  if (tee->n[0] < items->length) return items->items[tee->n[0]++];
  Value item = iter_next(vm, chunk->slot[0]);
  if (item.is_null()) return item;
  // The source may have re-entered this chunk through another tee.
  if (items->length >= kChunkItems)
    return raise(vm, vm.types().runtime_error, "cannot re-enter the tee iterator");
  list_append(vm, items, item);
  return items->items[tee->n[0]++];
}

Value tee_copy_method(VM& vm, CallArgs args) { return tee_copy(vm, args.args[0]); }

Value tee_function(VM& vm, CallArgs args) {
  if (!check_positional(vm, args, "tee", 1, 2)) return Value::null();
  int64_t n = 2;
  if (args.npos == 2 && !index_to_int64(vm, args.args[1], &n)) return Value::null();
  if (n < 0) return raise_value_error(vm, "n must be >= 0");
  Value type = module_attribute(vm, "itertools", "_tee");
  if (type.is_null()) return raise_type_error(vm, "itertools._tee is missing");
  Tuple* result = tuple_new(vm, n);
  if (n == 0) return Value::from_object(result);
  Value it = get_iter(vm, args.args[0]);
  if (it.is_null()) return it;
  Value first;
  Value copy_method = type_lookup(vm, type_of(vm, it), vm.intern("__copy__"));
  if (!copy_method.is_null()) {
    first = it;
  } else {
    first = tee_from(vm, type.as<Type>(), it);
    if (first.is_null()) return first;
  }
  tuple_init_item(vm, result, 0, first);
  for (int64_t i = 1; i < n; ++i) {
    Value method = get_attr(vm, first, vm.intern("__copy__"));
    if (method.is_null()) return method;
    Value copy = call_positional(vm, method, nullptr, 0);
    if (copy.is_null()) return copy;
    tuple_init_item(vm, result, i, copy);
  }
  return Value::from_object(result);
}

Value chunk_construct(VM& vm, Type* cls, CallArgs args) {
  return raise_type_error(vm, "cannot create 'itertools._tee_dataobject' instances");
}

}  // namespace

void add_itertools_tee(VM& vm, Dict* d) {
  Type* tee = iter_state_type_new(vm, "_tee", tee_next, tee_construct);
  add_method(vm, tee, "__copy__", tee_copy_method, 0, 0, kNativeMethod);
  dict_set_str(vm, d, tee->name, Value::from_object(tee));
  Type* chunk = iter_state_type_new(vm, "_tee_dataobject", nullptr, chunk_construct);
  chunk->iter = nullptr;
  dict_set_str(vm, d, chunk->name, Value::from_object(chunk));
  dict_set_str(
      vm, d, vm.intern("tee"),
      Value::from_object(native_function_new(vm, "tee", tee_function, 0, -1, kNativeKeywords)));
}

}  // namespace pyvm::runtime
