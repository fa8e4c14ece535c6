// Caret anchors for tracebacks (see vm/traceback_anchors.h).
//
// The segment is tokenized, brackets are matched, and the tokens outside any
// bracket are checked against a small expression grammar:
//   expr    := prefix* primary (binop prefix* primary)*
//   prefix  := '+' | '-' | '~' | 'await'
//   primary := atom ('.' NAME | '(' ... ')' | '[' ... ']')*
// Anything else at the top level (a comma, an assignment, a comparison, a
// boolean operator, a conditional expression, a lambda, a statement keyword)
// means the root is not a BinOp or Subscript, and CPython draws no anchors.
// The root BinOp is the operator of lowest precedence (the last one for the
// left-associative levels, the first `**`), and CPython's AST offsets are
// reproduced: an operand's parentheses are not part of its node.
#include "vm/traceback_anchors.h"

#include <cctype>
#include <cstring>
#include <string>
#include <vector>

namespace pyvm::vm {
namespace {

enum class Kind { kName, kNumber, kString, kOp };

struct Token {
  Kind kind;
  int begin;
  int end;
  std::string_view text;
  int match = -1;  // for brackets: the index of the matching bracket
};

bool is_name_start(unsigned char c) { return c == '_' || std::isalpha(c) || c >= 0x80; }
bool is_name_char(unsigned char c) { return is_name_start(c) || std::isdigit(c); }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Scans a string literal whose opening quote is at `i`; returns its end or -1.
int scan_string(std::string_view s, int i) {
  char quote = s[static_cast<size_t>(i)];
  bool triple = s.substr(static_cast<size_t>(i), 3) == std::string(3, quote);
  int j = i + (triple ? 3 : 1);
  int n = static_cast<int>(s.size());
  while (j < n) {
    char c = s[static_cast<size_t>(j)];
    if (c == '\\') {
      j += 2;
      continue;
    }
    if (c == quote) {
      if (!triple) return j + 1;
      if (s.substr(static_cast<size_t>(j), 3) == std::string(3, quote)) return j + 3;
    }
    ++j;
  }
  return -1;
}

int scan_number(std::string_view s, int i) {
  int n = static_cast<int>(s.size());
  int j = i;
  while (j < n) {
    char c = s[static_cast<size_t>(j)];
    char prev = j > i ? s[static_cast<size_t>(j - 1)] : '\0';
    bool exponent_sign =
        (c == '+' || c == '-') && (prev == 'e' || prev == 'E') && s[static_cast<size_t>(i)] != '0';
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || exponent_sign)) {
      break;
    }
    ++j;
  }
  return j;
}

int scan_operator(std::string_view s, int i) {
  static const char* const kLong[] = {"**=", "//=", ">>=", "<<=", "...", "**", "//", "<<",
                                      ">>",  "<=",  ">=",  "==",  "!=",  "->", ":=", "+=",
                                      "-=",  "*=",  "/=",  "%=",  "&=",  "|=", "^=", "@="};
  std::string_view rest = s.substr(static_cast<size_t>(i));
  for (const char* op : kLong) {
    if (rest.substr(0, std::strlen(op)) == op) return i + static_cast<int>(std::strlen(op));
  }
  if (std::strchr("+-*/%@&|^~<>()[]{},:.;=", rest[0]) != nullptr) return i + 1;
  return -1;
}

std::optional<std::vector<Token>> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  int n = static_cast<int>(s.size());
  int i = 0;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    if (is_blank(static_cast<char>(c))) {
      ++i;
      continue;
    }
    if (c == '#' || c == '\n' || c == '\r') break;
    Kind kind;
    int end;
    if (is_name_start(c)) {
      end = i;
      while (end < n && is_name_char(static_cast<unsigned char>(s[static_cast<size_t>(end)]))) {
        ++end;
      }
      bool prefix = end < n &&
                    (s[static_cast<size_t>(end)] == '\'' || s[static_cast<size_t>(end)] == '"') &&
                    end - i <= 2;
      kind = prefix ? Kind::kString : Kind::kName;
      if (prefix) end = scan_string(s, end);
    } else if (c == '\'' || c == '"') {
      kind = Kind::kString;
      end = scan_string(s, i);
    } else if (std::isdigit(c) ||
               (c == '.' && i + 1 < n && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      kind = Kind::kNumber;
      end = scan_number(s, i);
    } else {
      kind = Kind::kOp;
      end = scan_operator(s, i);
    }
    if (end < 0) return std::nullopt;
    tokens.push_back(Token{kind, i, end, s.substr(static_cast<size_t>(i), end - i)});
    i = end;
  }
  return tokens;
}

bool match_brackets(std::vector<Token>* tokens) {
  std::vector<int> open;
  for (int i = 0; i < static_cast<int>(tokens->size()); ++i) {
    Token& t = (*tokens)[i];
    if (t.kind != Kind::kOp) continue;
    if (t.text == "(" || t.text == "[" || t.text == "{") {
      open.push_back(i);
    } else if (t.text == ")" || t.text == "]" || t.text == "}") {
      if (open.empty()) return false;
      Token& o = (*tokens)[open.back()];
      const char expected = t.text == ")" ? '(' : t.text == "]" ? '[' : '{';
      if (o.text[0] != expected) return false;
      o.match = i;
      t.match = open.back();
      open.pop_back();
    }
  }
  return open.empty();
}

bool is_keyword(std::string_view name) {
  static const char* const kKeywords[] = {
      "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
      "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
      "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
      "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
  for (const char* k : kKeywords) {
    if (name == k) return true;
  }
  return false;
}

// Binary operator precedence (higher binds tighter); 0 for other tokens.
int binary_precedence(std::string_view op) {
  if (op == "|") return 1;
  if (op == "^") return 2;
  if (op == "&") return 3;
  if (op == "<<" || op == ">>") return 4;
  if (op == "+" || op == "-") return 5;
  if (op == "*" || op == "/" || op == "//" || op == "%" || op == "@") return 6;
  if (op == "**") return 8;
  return 0;
}

constexpr int kPowerPrecedence = 8;

struct Shape {
  std::vector<int> binary_ops;  // token indices of top-level binary operators
  bool leading_unary = false;   // starts with + - ~
  bool prefixed = false;        // some primary has a prefix operator or await
  int last_subscript = -1;      // '[' of the last primary's trailing subscript, or -1
};

bool is_atom_token(const Token& t) {
  if (t.kind == Kind::kNumber || t.kind == Kind::kString) return true;
  if (t.kind == Kind::kName) {
    return !is_keyword(t.text) || t.text == "None" || t.text == "True" || t.text == "False";
  }
  return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "...";
}

// Checks the top-level grammar; fills `shape`. False: not a BinOp/Subscript root.
bool parse_shape(const std::vector<Token>& tokens, Shape* shape) {
  int n = static_cast<int>(tokens.size());
  bool want_operand = true;
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (want_operand) {
      if (t.text == "+" || t.text == "-" || t.text == "~" || t.text == "await") {
        if (i == 0 && t.text != "await") shape->leading_unary = true;
        shape->prefixed = true;
        continue;
      }
      if (!is_atom_token(t)) return false;
      if (t.match >= 0) i = t.match;
      while (t.kind == Kind::kString && i + 1 < n && tokens[i + 1].kind == Kind::kString) ++i;
      shape->last_subscript = -1;
      want_operand = false;
      continue;
    }
    if (t.text == "." && i + 1 < n && tokens[i + 1].kind == Kind::kName) {
      ++i;
      shape->last_subscript = -1;
    } else if (t.text == "(" || t.text == "[") {
      shape->last_subscript = t.text == "[" ? i : -1;
      i = t.match;
    } else if (t.kind == Kind::kOp && binary_precedence(t.text) > 0) {
      shape->binary_ops.push_back(i);
      want_operand = true;
    } else {
      return false;
    }
  }
  return !want_operand;
}

// True when tokens [open, close] are a parenthesized single expression whose
// AST node excludes the parentheses (not a tuple, generator or empty).
bool is_plain_group(const std::vector<Token>& tokens, int open, int close) {
  if (tokens[open].text != "(" || tokens[open].match != close || close == open + 1) return false;
  for (int i = open + 1; i < close; ++i) {
    const Token& t = tokens[i];
    if (t.text == "," || t.text == "for") return false;
    if (t.match > i) i = t.match;
  }
  return true;
}

// The first token of the node spanning tokens [begin, end], parentheses removed.
int node_begin(const std::vector<Token>& tokens, int begin, int end) {
  while (begin < end && is_plain_group(tokens, begin, end)) {
    ++begin;
    --end;
  }
  return begin;
}

int node_end(const std::vector<Token>& tokens, int begin, int end) {
  while (begin < end && is_plain_group(tokens, begin, end)) {
    ++begin;
    --end;
  }
  return end;
}

// CPython's scan from the left operand's end to the right operand's start.
std::optional<CaretAnchors> binop_anchors(std::string_view s, int left_end, int right_begin) {
  std::optional<CaretAnchors> anchors;
  for (int i = left_end; i < right_begin; ++i) {
    if (is_blank(s[static_cast<size_t>(i)])) continue;
    anchors = CaretAnchors{i, i + 1};
    if (i + 1 < right_begin && !is_blank(s[static_cast<size_t>(i + 1)])) ++anchors->right;
    if (i + 1 < right_begin && s[static_cast<size_t>(i)] == ')') continue;
    break;
  }
  return anchors;
}

std::optional<CaretAnchors> subscript_anchors(std::string_view s, const std::vector<Token>& tokens,
                                              int open) {
  int close = tokens[open].match;
  if (close == open + 1) return std::nullopt;
  int n = static_cast<int>(s.size());
  int left = tokens[open - 1].end;
  while (left < n && s[static_cast<size_t>(left)] != '[') ++left;
  int right = tokens[node_end(tokens, open + 1, close - 1)].end + 1;
  while (right < n && s[static_cast<size_t>(right)] != ']') ++right;
  if (right < n) ++right;
  return CaretAnchors{left, right};
}

}  // namespace

std::optional<CaretAnchors> find_caret_anchors(std::string_view segment) {
  std::optional<std::vector<Token>> tokens = tokenize(segment);
  if (!tokens || tokens->empty() || !match_brackets(&*tokens)) return std::nullopt;
  if (tokens->back().text == ";") tokens->pop_back();
  Shape shape;
  if (tokens->empty() || !parse_shape(*tokens, &shape)) return std::nullopt;
  const std::vector<Token>& t = *tokens;
  int last = static_cast<int>(t.size()) - 1;
  if (shape.binary_ops.empty()) {
    if (shape.prefixed || shape.last_subscript < 0 || t[last].match != shape.last_subscript) {
      return std::nullopt;
    }
    return subscript_anchors(segment, t, shape.last_subscript);
  }
  int root = -1;
  int lowest = 100;
  for (int i : shape.binary_ops) {
    int p = binary_precedence(t[i].text);
    if (p < lowest || (p == lowest && p != kPowerPrecedence)) {
      lowest = p;
      root = i;
    }
  }
  if (lowest == kPowerPrecedence && shape.leading_unary) return std::nullopt;
  int right_begin = t[node_begin(t, root + 1, last)].begin;
  return binop_anchors(segment, t[root - 1].end, right_begin);
}

}  // namespace pyvm::vm
