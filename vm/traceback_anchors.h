// The `~~~^^^~~~` split of a traceback's caret line. CPython 3.11 parses the
// failing expression's source segment and, when it is a binary operation or a
// subscript, marks the operator (or the `[...]` part) with `^` and the rest
// with `~`. pyvm has no Python parser, so this file tokenizes the one-line
// segment and finds the root of the expression by operator precedence, which
// is all the rule needs.
#pragma once

#include <optional>
#include <string_view>

namespace pyvm::vm {

// Byte offsets into the segment: `^` covers [left, right).
struct CaretAnchors {
  int left;
  int right;
};

// The anchors of `segment` (UTF-8 source text of one expression), or nullopt
// when it is not a single binary operation or subscript (or does not parse).
std::optional<CaretAnchors> find_caret_anchors(std::string_view segment);

}  // namespace pyvm::vm
