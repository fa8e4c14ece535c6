// pyc loading: header checks, the marshalled body, and verification; plus the
// importlib cache-path and freshness rules (timestamp and hash-based pycs).
#include "vm/pyc.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>

#include "vm/marshal.h"
#include "vm/verifier.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

uint32_t read_u32_le(std::string_view bytes, size_t offset) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; i++) v |= uint32_t{static_cast<uint8_t>(bytes[offset + i])} << (8 * i);
  return v;
}

uint64_t read_u64_le(std::string_view bytes, size_t offset) {
  return uint64_t{read_u32_le(bytes, offset)} | (uint64_t{read_u32_le(bytes, offset + 4)} << 32);
}

// Checks the 16-byte header; returns its flags, or nullopt with `*error` set.
std::optional<uint32_t> check_header(std::string_view bytes, std::string* error) {
  if (bytes.size() < kPycHeaderSize) {
    *error = "file too short for a .pyc header (" + std::to_string(bytes.size()) + " bytes)";
    return std::nullopt;
  }
  if (std::memcmp(bytes.data(), kPycMagic, sizeof kPycMagic) != 0) {
    *error = "bad magic number (not a CPython 3.11 .pyc)";
    return std::nullopt;
  }
  uint32_t flags = read_u32_le(bytes, 4);
  if ((flags & ~uint32_t{3}) != 0) {
    *error = "bad flags " + std::to_string(flags) + " in .pyc header";
    return std::nullopt;
  }
  return flags;
}

std::optional<std::string> read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return contents.str();
}

uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

struct SipState {
  uint64_t v0, v1, v2, v3;
  void round() {
    v0 += v1;
    v1 = rotl(v1, 13);
    v1 ^= v0;
    v0 = rotl(v0, 32);
    v2 += v3;
    v3 = rotl(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = rotl(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = rotl(v1, 17);
    v1 ^= v2;
    v2 = rotl(v2, 32);
  }
  void absorb(uint64_t m) {
    v3 ^= m;
    round();  // SipHash-1-3: one compression round
    v0 ^= m;
  }
};

}  // namespace

uint64_t siphash13(uint64_t k0, uint64_t k1, std::string_view data) {
  SipState s{k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL, k0 ^ 0x6c7967656e657261ULL,
             k1 ^ 0x7465646279746573ULL};
  size_t full = data.size() / 8 * 8;
  for (size_t i = 0; i < full; i += 8) s.absorb(read_u64_le(data, i));
  uint64_t last = static_cast<uint64_t>(data.size() & 0xFF) << 56;
  for (size_t i = full; i < data.size(); i++) {
    last |= uint64_t{static_cast<uint8_t>(data[i])} << (8 * (i - full));
  }
  s.absorb(last);
  s.v2 ^= 0xFF;
  for (int i = 0; i < 3; i++) s.round();  // three finalization rounds
  return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

uint64_t pyc_source_hash(std::string_view source) {
  return siphash13(read_u32_le(std::string_view(kPycMagic, 4), 0), 0, source);
}

runtime::Code* load_pyc_bytes(VM& vm, std::string_view bytes, std::string* error) {
  std::string reason;
  Code* code = nullptr;
  if (check_header(bytes, &reason)) {
    Value body = marshal_load(vm, bytes.substr(kPycHeaderSize), &reason);
    if (!body.is_null()) {
      if (!body.is_object() || body.object()->type != vm.types().code) {
        reason = "body is not a code object";
      } else if (verify_code(vm, body.as<Code>(), &reason)) {
        code = body.as<Code>();
      }
    }
  }
  if (code == nullptr && error != nullptr) *error = reason;
  return code;
}

runtime::Code* load_pyc_file(VM& vm, const std::string& path, std::string* error) {
  std::optional<std::string> bytes = read_whole_file(path);
  if (!bytes) {
    if (error != nullptr) *error = std::string("cannot read file: ") + std::strerror(errno);
    return nullptr;
  }
  return load_pyc_bytes(vm, *bytes, error);
}

std::string cached_pyc_path(const std::string& py_path) {
  size_t slash = py_path.rfind('/');
  std::string dir = slash == std::string::npos ? "" : py_path.substr(0, slash + 1);
  std::string tail = slash == std::string::npos ? py_path : py_path.substr(slash + 1);
  size_t dot = tail.rfind('.');
  std::string base = dot == std::string::npos ? tail : tail.substr(0, dot);
  return dir + "__pycache__/" + base + ".cpython-311.pyc";
}

bool pyc_is_fresh(const std::string& py_path, const std::string& pyc_path) {
  struct stat source_stat;
  if (stat(py_path.c_str(), &source_stat) != 0) return false;
  std::ifstream in(pyc_path, std::ios::binary);
  char header[kPycHeaderSize];
  if (!in.read(header, sizeof header)) return false;
  std::string error;
  std::optional<uint32_t> flags = check_header(std::string_view(header, sizeof header), &error);
  if (!flags) return false;
  std::string_view h(header, sizeof header);
  if (*flags & kPycHashBased) {
    if (!(*flags & kPycCheckSource)) return true;  // unchecked: trusted
    std::optional<std::string> source = read_whole_file(py_path);
    return source && pyc_source_hash(*source) == read_u64_le(h, 8);
  }
  uint32_t mtime = static_cast<uint32_t>(static_cast<uint64_t>(source_stat.st_mtime));
  uint32_t size = static_cast<uint32_t>(static_cast<uint64_t>(source_stat.st_size));
  return read_u32_le(h, 8) == mtime && read_u32_le(h, 12) == size;
}

}  // namespace pyvm::vm
