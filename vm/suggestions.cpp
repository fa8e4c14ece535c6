// "Did you mean" suggestions for uncaught exceptions (see vm/suggestions.h).
// The candidate nearest to the missing name by an edit distance where a case
// change costs 1 and any other edit 2, within a third of the characters
// involved; CPython 3.11's rules (Python/suggestions.c), written anew.
#include "vm/suggestions.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::vm {

namespace {

using runtime::Value;

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr int64_t kMoveCost = 2;
constexpr int64_t kCaseCost = 1;

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

int64_t substitution_cost(char a, char b) {
  if (a == b) return 0;
  if ((a & 31) == (b & 31) && lower_ascii(a) == lower_ascii(b)) return kCaseCost;
  return kMoveCost;
}

// Edit distance between `a` and `b` (UTF-8 bytes), or more than `max_cost`
// once it is sure to exceed it.
int64_t edit_distance(std::string_view a, std::string_view b, int64_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return static_cast<int64_t>(a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if (static_cast<int64_t>(b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  // row[i]: cost of turning b[:j] into a[:i + 1], for the current j.
  std::vector<int64_t> row(a.size());
  for (size_t i = 0; i < a.size(); ++i) row[i] = static_cast<int64_t>(i + 1) * kMoveCost;
  int64_t result = 0;
  for (size_t j = 0; j < b.size(); ++j) {
    int64_t diagonal = static_cast<int64_t>(j) * kMoveCost;  // cost(b[:j], a[:i])
    result = diagonal;                                       // cost(b[:j + 1], a[:0]) - 2
    int64_t row_minimum = INT64_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      int64_t substitute = diagonal + substitution_cost(b[j], a[i]);
      diagonal = row[i];
      int64_t insert_delete = std::min(result, diagonal) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[i] = result;
      row_minimum = std::min(row_minimum, result);
    }
    if (row_minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The best of `candidates` (str values) for `name`, or "".
std::string best_candidate(const std::vector<Value>& candidates, const std::string& name) {
  if (candidates.size() >= kMaxCandidates) return "";
  int64_t best_distance = INT64_MAX;
  std::string best;
  for (Value v : candidates) {
    std::string item = runtime::str_to_utf8(v.as<runtime::Str>());
    if (item == name) continue;
    int64_t max_distance = static_cast<int64_t>(name.size() + item.size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best_distance - 1);
    int64_t distance = edit_distance(name, item, max_distance);
    if (distance > max_distance) continue;
    if (best.empty() || distance < best_distance) {
      best = item;
      best_distance = distance;
    }
  }
  return best;
}

std::vector<Value> str_keys(VM& vm, runtime::Dict* d) {
  std::vector<Value> keys;
  if (d == nullptr) return keys;
  for (int64_t i = 0; i < d->entries_len; ++i) {
    Value key = d->entries[i].key;
    if (key.is_null() || d->entries[i].value.is_null()) continue;
    if (runtime::is_str(vm, key)) keys.push_back(key);
  }
  return keys;
}

// The attribute `key` of exception `exc` from its instance dict (None
// included), or null when it was never set.
Value exception_attribute(VM& vm, Value exc, const char* key) {
  runtime::Dict* dict = exc.as<runtime::BaseException>()->dict;
  if (dict == nullptr) return Value::null();
  return runtime::dict_get_str(vm, dict, vm.intern(key));
}

std::string attribute_suggestion(VM& vm, Value exc, const std::string& name) {
  Value object = exception_attribute(vm, exc, "obj");
  if (object.is_null()) return "";
  Value dir = runtime::dict_get_str(vm, vm.builtins(), vm.intern("dir"));
  Value listing = dir.is_null() ? dir : runtime::call_positional(vm, dir, &object, 1);
  if (listing.is_null() || listing.object()->type != vm.types().list) return "";
  auto* list = listing.as<runtime::List>();
  std::vector<Value> names;
  for (int64_t i = 0; i < list->length; ++i) {
    if (runtime::is_str(vm, list->items[i])) names.push_back(list->items[i]);
  }
  return best_candidate(names, name);
}

std::string name_suggestion(VM& vm, Value exc, const std::string& name) {
  runtime::Traceback* tb = exc.as<runtime::BaseException>()->traceback;
  if (tb == nullptr) return "";
  while (tb->next != nullptr) tb = tb->next;
  auto* code = static_cast<runtime::Code*>(tb->code);
  std::vector<Value> locals;
  if (code != nullptr && code->localsplusnames != nullptr && code->localspluskinds != nullptr) {
    for (int64_t i = 0; i < code->localsplusnames->length; ++i) {
      if ((code->localspluskinds->data()[i] & runtime::kFastLocal) != 0) {
        locals.push_back(code->localsplusnames->at(i));
      }
    }
  }
  std::string found = best_candidate(locals, name);
  if (found.empty()) found = best_candidate(str_keys(vm, tb->globals), name);
  if (found.empty()) found = best_candidate(str_keys(vm, vm.builtins()), name);
  return found;
}

}  // namespace

std::string offer_suggestion(VM& vm, Value exception) {
  if (!exception.is_object()) return "";
  runtime::Type* type = exception.object()->type;
  bool attribute_error = runtime::is_subtype(type, vm.types().attribute_error);
  bool name_error = runtime::is_subtype(type, vm.types().name_error);
  if (!attribute_error && !name_error) return "";
  Value name = exception_attribute(vm, exception, "name");
  if (name.is_null() || !name.is_object() || name.object()->type != vm.types().str) return "";
  std::string text = runtime::str_to_utf8(name.as<runtime::Str>());
  std::string found = attribute_error ? attribute_suggestion(vm, exception, text)
                                      : name_suggestion(vm, exception, text);
  vm.clear_exception();
  return found;
}

}  // namespace pyvm::vm
