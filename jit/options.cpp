// JIT options from the environment and from -X (see jit/options.h).
#include "jit/options.h"

#include <cstdlib>

namespace pyvm::jit {

namespace {

bool parse_u32(const std::string& text, uint32_t* out) {
  if (text.empty() || text.size() > 9 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  *out = static_cast<uint32_t>(std::strtoul(text.c_str(), nullptr, 10));
  return true;
}

bool env_flag(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' && std::string(v) != "0";
}

}  // namespace

bool JitOptions::apply_pass_list(const std::string& list) {
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    std::string item =
        list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!item.empty()) {
      bool on = item[0] != '-';
      std::string name = (item[0] == '-' || item[0] == '+') ? item.substr(1) : item;
      bool known = false;
#define PYVM_JIT_APPLY_PASS(pass) \
  if (name == #pass) {            \
    opt_##pass = on;              \
    known = true;                 \
  }
      PYVM_JIT_PASSES(PYVM_JIT_APPLY_PASS)
#undef PYVM_JIT_APPLY_PASS
      if (!known) return false;
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return true;
}

bool JitOptions::apply_x_option(const std::string& name, const std::string& value) {
  if (name == "jit") {
    if (value == "off" || value == "0") {
      enabled = false;
    } else if (value == "on" || value == "1" || value.empty()) {
      enabled = true;
    } else {
      return false;
    }
    return true;
  }
  if (name == "jit-log" && value.empty()) return log = true;
  if (name == "jit-stats" && value.empty()) return stats = true;
  if (name == "jit-dump" && value.empty()) return dump = true;
  if (name == "jit-perf-map" && value.empty()) return perf_map = true;
  if (name == "jit-opt") return apply_pass_list(value);
#define PYVM_JIT_APPLY_PARAM(field, def, doc)                                        \
  {                                                                                  \
    std::string param = std::string("jit-") + #field;                                \
    for (char& c : param) c = c == '_' ? '-' : c;                                    \
    if (name == param)                                                               \
      return parse_u32(value, &field) && (field > 0 || param == "jit-stress-exits"); \
  }
  PYVM_JIT_PARAMS(PYVM_JIT_APPLY_PARAM)
#undef PYVM_JIT_APPLY_PARAM
  return false;
}

JitOptions JitOptions::from_environment() {
  JitOptions o;
  if (const char* v = std::getenv("PYVM_JIT")) {
    std::string s = v;
    if (s == "off" || s == "0") o.enabled = false;
  }
  uint32_t n = 0;
  if (const char* v = std::getenv("PYVM_JIT_THRESHOLD");
      v != nullptr && parse_u32(v, &n) && n > 0) {
    o.threshold = n;
  }
  if (const char* v = std::getenv("PYVM_JIT_STRESS_EXITS"); v != nullptr && parse_u32(v, &n)) {
    o.stress_exits = n;
  }
  if (const char* v = std::getenv("PYVM_JIT_OPT")) (void)o.apply_pass_list(v);
  if (env_flag("PYVM_JIT_LOG")) o.log = true;
  if (env_flag("PYVM_JIT_STATS")) o.stats = true;
  if (env_flag("PYVM_JIT_DUMP")) o.dump = true;
  if (env_flag("PYVM_JIT_PERF_MAP")) o.perf_map = true;
  return o;
}

}  // namespace pyvm::jit
