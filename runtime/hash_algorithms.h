// Message digests written from their public specifications: MD5 (RFC 1321),
// SHA-1 and SHA-2 (FIPS 180-4), SHA-3 and SHAKE (FIPS 202). The round
// constants are derived at start-up from their definitions (fractional
// parts of square and cube roots of primes, computed exactly with GMP; the
// Keccak LFSR) rather than typed in.
//
// HashState is plain data (no heap references, no malloc'd memory), so a
// hash object embeds it and copy() is a byte copy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace pyvm::runtime {

enum class HashKind : uint8_t {
  kMd5,
  kSha1,
  kSha224,
  kSha256,
  kSha384,
  kSha512,
  kSha3_224,
  kSha3_256,
  kSha3_384,
  kSha3_512,
  kShake128,
  kShake256,
  kBlake2b,
  kBlake2s,
};

struct HashInfo {
  const char* name;  // hashlib's name: "sha512", "sha3_256", "shake_128"
  int digest_size;   // bytes (0 for SHAKE)
  int block_size;    // bytes (the rate for SHA-3)
};

struct HashState {
  HashKind kind;
  uint8_t digest_length;  // BLAKE2: the digest size chosen at creation
  uint8_t last_node;      // BLAKE2: finalise as the last node of a tree level
  uint32_t buffered;      // bytes waiting in `buffer`
  uint64_t length;        // total bytes hashed (MD5, SHA-1, SHA-2)
  uint8_t buffer[200];
  union {
    uint32_t h32[8];
    uint64_t h64[8];
    uint64_t lanes[25];  // Keccak state
  };
};

// BLAKE2 parameters (RFC 7693, with the tree-hashing fields hashlib exposes).
struct Blake2Params {
  int digest_size;
  std::string key, salt, person;
  int fanout = 1, depth = 1;
  uint32_t leaf_size = 0;
  uint64_t node_offset = 0;
  int node_depth = 0, inner_size = 0;
  bool last_node = false;
};

HashInfo hash_info(HashKind kind);
// Starts a BLAKE2b or BLAKE2s state (parameters already validated).
void blake2_init(HashState* state, HashKind kind, const Blake2Params& params);
void hash_init(HashState* state, HashKind kind);
void hash_update(HashState* state, const uint8_t* data, size_t size);
// The digest of everything hashed so far (`state` is unchanged); `length`
// bytes for SHAKE, ignored otherwise.
std::string hash_digest(const HashState& state, size_t length = 0);

}  // namespace pyvm::runtime
