// Byte offsets of the runtime fields that traces read and write, in one
// place (the IR's FLOAD/FSTORE take offsets; the backend takes Value sizes).
//
// Invariants:
//   - Every offset here names a field whose C++ type the IR op matches:
//     int64 fields are loaded as `int`, Value fields as `val`, pointer
//     fields as `ptr`.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/range.h"
#include "runtime/tuple.h"

namespace pyvm::jit::layout {

// The runtime's layouts extend Object, so they are not standard-layout; GCC
// still lays them out as plain structs, which is all offsetof needs here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
inline constexpr int32_t kObjectType = offsetof(runtime::Object, type);
inline constexpr int32_t kObjectGcWord = offsetof(runtime::Object, gc_word);
inline constexpr int32_t kFloatValue = offsetof(runtime::Float, value);
inline constexpr int32_t kListLength = offsetof(runtime::List, length);
inline constexpr int32_t kListItems = offsetof(runtime::List, items);
inline constexpr int32_t kTupleLength = offsetof(runtime::Tuple, length);
inline constexpr int32_t kTupleItems = sizeof(runtime::Tuple);
inline constexpr int32_t kRangeIterNext = offsetof(runtime::RangeIterator, next);
inline constexpr int32_t kRangeIterStep = offsetof(runtime::RangeIterator, step);
inline constexpr int32_t kRangeIterRemaining = offsetof(runtime::RangeIterator, remaining);
inline constexpr int32_t kListIterList = offsetof(runtime::ListIterator, list);
inline constexpr int32_t kListIterIndex = offsetof(runtime::ListIterator, index);
inline constexpr int32_t kDictVersion = offsetof(runtime::Dict, version);
inline constexpr int32_t kDictKeysVersion = offsetof(runtime::Dict, keys_version);
inline constexpr int32_t kDictEntries = offsetof(runtime::Dict, entries);
inline constexpr int32_t kDictEntrySize = sizeof(runtime::DictEntry);
inline constexpr int32_t kDictEntryKey = offsetof(runtime::DictEntry, key);
inline constexpr int32_t kDictEntryValue = offsetof(runtime::DictEntry, value);
inline constexpr int32_t kTypeVersion = offsetof(runtime::Type, version);
inline constexpr int32_t kCellContents = offsetof(runtime::Cell, contents);
inline constexpr int32_t kFunctionCode = offsetof(runtime::Function, code);
inline constexpr int32_t kInstanceShape =
    offsetof(runtime::Instance, attributes) + offsetof(runtime::Attributes, shape);
inline constexpr int32_t kInstanceSlots =
    offsetof(runtime::Instance, attributes) + offsetof(runtime::Attributes, slots);
#pragma GCC diagnostic pop

}  // namespace pyvm::jit::layout
