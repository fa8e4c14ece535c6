// MD5, SHA-1, SHA-2 and SHA-3 (see runtime/hash_algorithms.h).
#include "runtime/hash_algorithms.h"

#include <gmp.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace pyvm::runtime {
namespace {

uint32_t rotl32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
uint32_t rotr32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }
uint64_t rotl64(uint64_t x, int n) { return n == 0 ? x : (x << n) | (x >> (64 - n)); }

uint32_t load_be32(const uint8_t* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}
uint32_t load_le32(const uint8_t* p) {
  return (uint32_t{p[3]} << 24) | (uint32_t{p[2]} << 16) | (uint32_t{p[1]} << 8) | p[0];
}
uint64_t load_be64(const uint8_t* p) { return (uint64_t{load_be32(p)} << 32) | load_be32(p + 4); }
uint64_t load_le64(const uint8_t* p) { return (uint64_t{load_le32(p + 4)} << 32) | load_le32(p); }

// The round constants, derived once.
struct Constants {
  uint32_t md5_k[64];
  uint64_t sha512_k[80];  // SHA-256 uses the high halves of the first 64
  uint64_t sqrt_first16[16];
  uint64_t keccak_rc[24];
  int keccak_rotation[25];

  Constants() {
    for (int i = 0; i < 64; ++i) {
      md5_k[i] = static_cast<uint32_t>(std::floor(std::fabs(std::sin(i + 1.0)) * 4294967296.0));
    }
    int primes[80];
    for (int n = 2, count = 0; count < 80; ++n) {
      bool prime = true;
      for (int d = 2; d * d <= n; ++d) prime = prime && n % d != 0;
      if (prime) primes[count++] = n;
    }
    for (int i = 0; i < 80; ++i) sha512_k[i] = root_fraction(primes[i], 3);
    for (int i = 0; i < 16; ++i) sqrt_first16[i] = root_fraction(primes[i], 2);
    init_keccak();
  }

  // The first 64 bits of the fractional part of p^(1/degree), exactly.
  static uint64_t root_fraction(int p, int degree) {
    mpz_t x;
    mpz_init_set_ui(x, static_cast<unsigned long>(p));
    mpz_mul_2exp(x, x, 64 * static_cast<mp_bitcnt_t>(degree));
    mpz_root(x, x, static_cast<unsigned long>(degree));
    uint64_t low = 0;
    mpz_t mask;
    mpz_init(mask);
    mpz_fdiv_r_2exp(mask, x, 64);
    size_t count = 0;
    mpz_export(&low, &count, -1, sizeof(low), 0, 0, mask);
    mpz_clear(mask);
    mpz_clear(x);
    return low;
  }

  // FIPS 202: rc(t) from the LFSR x^8 + x^6 + x^5 + x^4 + 1, and the rho
  // offsets from the (x, y) -> (y, 2x + 3y) walk.
  static bool rc_bit(int t) {
    if (t % 255 == 0) return true;
    unsigned r = 1;
    for (int i = 1; i <= t % 255; ++i) {
      r <<= 1;
      if (r & 0x100) r ^= 0x171;
    }
    return (r & 1) != 0;
  }

  void init_keccak() {
    for (int round = 0; round < 24; ++round) {
      uint64_t rc = 0;
      for (int j = 0; j <= 6; ++j) {
        if (rc_bit(j + 7 * round)) rc |= uint64_t{1} << ((1 << j) - 1);
      }
      keccak_rc[round] = rc;
    }
    keccak_rotation[0] = 0;
    int x = 1, y = 0;
    for (int t = 0; t < 24; ++t) {
      keccak_rotation[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
      int nx = y, ny = (2 * x + 3 * y) % 5;
      x = nx;
      y = ny;
    }
  }
};

const Constants& constants() {
  static const Constants kConstants;
  return kConstants;
}

void md5_block(HashState* s, const uint8_t* p) {
  static constexpr int kShift[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
  const uint32_t* k = constants().md5_k;
  uint32_t m[16];
  for (int i = 0; i < 16; ++i) m[i] = load_le32(p + 4 * i);
  uint32_t a = s->h32[0], b = s->h32[1], c = s->h32[2], d = s->h32[3];
  for (int i = 0; i < 64; ++i) {
    uint32_t f;
    int g;
    if (i < 16) {
      f = (b & c) | (~b & d);
      g = i;
    } else if (i < 32) {
      f = (d & b) | (~d & c);
      g = (5 * i + 1) % 16;
    } else if (i < 48) {
      f = b ^ c ^ d;
      g = (3 * i + 5) % 16;
    } else {
      f = c ^ (b | ~d);
      g = (7 * i) % 16;
    }
    f += a + k[i] + m[g];
    a = d;
    d = c;
    c = b;
    b += rotl32(f, kShift[(i / 16) * 4 + i % 4]);
  }
  s->h32[0] += a;
  s->h32[1] += b;
  s->h32[2] += c;
  s->h32[3] += d;
}

void sha1_block(HashState* s, const uint8_t* p) {
  uint32_t w[80];
  for (int t = 0; t < 16; ++t) w[t] = load_be32(p + 4 * t);
  for (int t = 16; t < 80; ++t) w[t] = rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
  uint32_t a = s->h32[0], b = s->h32[1], c = s->h32[2], d = s->h32[3], e = s->h32[4];
  for (int t = 0; t < 80; ++t) {
    uint32_t f, k;
    if (t < 20) {
      f = (b & c) | (~b & d);
      k = 0x5A827999;
    } else if (t < 40) {
      f = b ^ c ^ d;
      k = 0x6ED9EBA1;
    } else if (t < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8F1BBCDC;
    } else {
      f = b ^ c ^ d;
      k = 0xCA62C1D6;
    }
    uint32_t temp = rotl32(a, 5) + f + e + k + w[t];
    e = d;
    d = c;
    c = rotl32(b, 30);
    b = a;
    a = temp;
  }
  s->h32[0] += a;
  s->h32[1] += b;
  s->h32[2] += c;
  s->h32[3] += d;
  s->h32[4] += e;
}

void sha256_block(HashState* s, const uint8_t* p) {
  const uint64_t* k = constants().sha512_k;
  uint32_t w[64];
  for (int t = 0; t < 16; ++t) w[t] = load_be32(p + 4 * t);
  for (int t = 16; t < 64; ++t) {
    uint32_t s0 = rotr32(w[t - 15], 7) ^ rotr32(w[t - 15], 18) ^ (w[t - 15] >> 3);
    uint32_t s1 = rotr32(w[t - 2], 17) ^ rotr32(w[t - 2], 19) ^ (w[t - 2] >> 10);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  uint32_t v[8];
  std::memcpy(v, s->h32, sizeof(v));
  for (int t = 0; t < 64; ++t) {
    uint32_t e = v[4], a = v[0];
    uint32_t big1 = rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25);
    uint32_t ch = (e & v[5]) ^ (~e & v[6]);
    uint32_t t1 = v[7] + big1 + ch + static_cast<uint32_t>(k[t] >> 32) + w[t];
    uint32_t big0 = rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22);
    uint32_t maj = (a & v[1]) ^ (a & v[2]) ^ (v[1] & v[2]);
    std::memmove(v + 1, v, 7 * sizeof(uint32_t));
    v[4] += t1;
    v[0] = t1 + big0 + maj;
  }
  for (int i = 0; i < 8; ++i) s->h32[i] += v[i];
}

void sha512_block(HashState* s, const uint8_t* p) {
  const uint64_t* k = constants().sha512_k;
  uint64_t w[80];
  for (int t = 0; t < 16; ++t) w[t] = load_be64(p + 8 * t);
  for (int t = 16; t < 80; ++t) {
    uint64_t s0 = rotr64(w[t - 15], 1) ^ rotr64(w[t - 15], 8) ^ (w[t - 15] >> 7);
    uint64_t s1 = rotr64(w[t - 2], 19) ^ rotr64(w[t - 2], 61) ^ (w[t - 2] >> 6);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  uint64_t v[8];
  std::memcpy(v, s->h64, sizeof(v));
  for (int t = 0; t < 80; ++t) {
    uint64_t e = v[4], a = v[0];
    uint64_t big1 = rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41);
    uint64_t ch = (e & v[5]) ^ (~e & v[6]);
    uint64_t t1 = v[7] + big1 + ch + k[t] + w[t];
    uint64_t big0 = rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39);
    uint64_t maj = (a & v[1]) ^ (a & v[2]) ^ (v[1] & v[2]);
    std::memmove(v + 1, v, 7 * sizeof(uint64_t));
    v[4] += t1;
    v[0] = t1 + big0 + maj;
  }
  for (int i = 0; i < 8; ++i) s->h64[i] += v[i];
}

void keccak_f(uint64_t* a) {
  const Constants& c = constants();
  for (int round = 0; round < 24; ++round) {
    uint64_t col[5], b[25];
    for (int x = 0; x < 5; ++x) col[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (int x = 0; x < 5; ++x) {
      uint64_t d = col[(x + 4) % 5] ^ rotl64(col[(x + 1) % 5], 1);
      for (int y = 0; y < 5; ++y) a[x + 5 * y] ^= d;
    }
    for (int x = 0; x < 5; ++x) {
      for (int y = 0; y < 5; ++y) {
        b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl64(a[x + 5 * y], c.keccak_rotation[x + 5 * y]);
      }
    }
    for (int x = 0; x < 5; ++x) {
      for (int y = 0; y < 5; ++y) {
        a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
      }
    }
    a[0] ^= c.keccak_rc[round];
  }
}

bool is_sha3(HashKind k) { return k >= HashKind::kSha3_224 && k <= HashKind::kShake256; }
bool is_blake2(HashKind k) { return k == HashKind::kBlake2b || k == HashKind::kBlake2s; }

// ---- BLAKE2 (RFC 7693). The message schedule is the spec's SIGMA table.
constexpr uint8_t kSigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

// One compression of BLAKE2b (W = uint64_t) or BLAKE2s (W = uint32_t).
template <typename W>
void blake2_compress(W* h, const uint8_t* block, uint64_t counter, bool last, bool last_node) {
  constexpr bool kWide = sizeof(W) == 8;
  constexpr int kRounds = kWide ? 12 : 10;
  constexpr int kR[4] = {kWide ? 32 : 16, kWide ? 24 : 12, kWide ? 16 : 8, kWide ? 63 : 7};
  const Constants& c = constants();
  auto rotr = [](W x, int n) { return static_cast<W>((x >> n) | (x << (8 * sizeof(W) - n))); };
  W m[16], v[16];
  for (int i = 0; i < 16; ++i) {
    m[i] =
        kWide ? static_cast<W>(load_le64(block + 8 * i)) : static_cast<W>(load_le32(block + 4 * i));
  }
  for (int i = 0; i < 8; ++i) {
    v[i] = h[i];
    v[i + 8] = kWide ? static_cast<W>(c.sqrt_first16[i]) : static_cast<W>(c.sqrt_first16[i] >> 32);
  }
  v[12] ^= static_cast<W>(counter);
  v[13] ^= kWide ? 0 : static_cast<W>(counter >> 32);
  if (last) v[14] = ~v[14];
  if (last && last_node) v[15] = ~v[15];
  auto g = [&](int a, int b, int cc, int d, W x, W y) {
    v[a] = v[a] + v[b] + x;
    v[d] = rotr(v[d] ^ v[a], kR[0]);
    v[cc] = v[cc] + v[d];
    v[b] = rotr(v[b] ^ v[cc], kR[1]);
    v[a] = v[a] + v[b] + y;
    v[d] = rotr(v[d] ^ v[a], kR[2]);
    v[cc] = v[cc] + v[d];
    v[b] = rotr(v[b] ^ v[cc], kR[3]);
  };
  for (int r = 0; r < kRounds; ++r) {
    const uint8_t* s = kSigma[r % 10];
    g(0, 4, 8, 12, m[s[0]], m[s[1]]);
    g(1, 5, 9, 13, m[s[2]], m[s[3]]);
    g(2, 6, 10, 14, m[s[4]], m[s[5]]);
    g(3, 7, 11, 15, m[s[6]], m[s[7]]);
    g(0, 5, 10, 15, m[s[8]], m[s[9]]);
    g(1, 6, 11, 12, m[s[10]], m[s[11]]);
    g(2, 7, 8, 13, m[s[12]], m[s[13]]);
    g(3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (int i = 0; i < 8; ++i) h[i] ^= v[i] ^ v[i + 8];
}

// BLAKE2 keeps the last block buffered: it must be compressed with the
// final flag, so a full buffer is compressed only when more data follows.
void blake2_update(HashState* s, const uint8_t* data, size_t size) {
  bool wide = s->kind == HashKind::kBlake2b;
  size_t block = wide ? 128 : 64;
  while (size > 0) {
    if (s->buffered == block) {
      s->length += block;
      if (wide) {
        blake2_compress<uint64_t>(s->h64, s->buffer, s->length, false, false);
      } else {
        blake2_compress<uint32_t>(s->h32, s->buffer, s->length, false, false);
      }
      s->buffered = 0;
    }
    size_t take = std::min(size, block - s->buffered);
    std::memcpy(s->buffer + s->buffered, data, take);
    s->buffered += static_cast<uint32_t>(take);
    data += take;
    size -= take;
  }
}

std::string blake2_finish(HashState s) {
  bool wide = s.kind == HashKind::kBlake2b;
  size_t block = wide ? 128 : 64;
  s.length += s.buffered;
  std::memset(s.buffer + s.buffered, 0, block - s.buffered);
  if (wide) {
    blake2_compress<uint64_t>(s.h64, s.buffer, s.length, true, s.last_node != 0);
  } else {
    blake2_compress<uint32_t>(s.h32, s.buffer, s.length, true, s.last_node != 0);
  }
  std::string out;
  for (int i = 0; i < s.digest_length; ++i) {
    out.push_back(
        static_cast<char>(wide ? s.h64[i / 8] >> (8 * (i % 8)) : s.h32[i / 4] >> (8 * (i % 4))));
  }
  return out;
}

void keccak_absorb(HashState* s, const uint8_t* block, int rate) {
  for (int i = 0; i < rate / 8; ++i) s->lanes[i] ^= load_le64(block + 8 * i);
  keccak_f(s->lanes);
}

void process_block(HashState* s, const uint8_t* block) {
  switch (s->kind) {
    case HashKind::kMd5:
      return md5_block(s, block);
    case HashKind::kSha1:
      return sha1_block(s, block);
    case HashKind::kSha224:
    case HashKind::kSha256:
      return sha256_block(s, block);
    case HashKind::kSha384:
    case HashKind::kSha512:
      return sha512_block(s, block);
    default:
      return keccak_absorb(s, block, hash_info(s->kind).block_size);
  }
}

// MD5 / SHA-1 / SHA-2 padding: 0x80, zeros, then the bit length (64 bits,
// or 128 for SHA-384/512; little-endian for MD5).
std::string md_finish(HashState s) {
  int block = hash_info(s.kind).block_size;
  int length_bytes = block == 128 ? 16 : 8;
  uint64_t bits = s.length * 8;
  uint8_t pad[256] = {0x80};
  size_t pad_len = (s.buffered < static_cast<uint32_t>(block - length_bytes))
                       ? block - length_bytes - s.buffered
                       : 2 * block - length_bytes - s.buffered;
  uint8_t len[16] = {};
  for (int i = 0; i < 8; ++i) {
    int at = s.kind == HashKind::kMd5 ? i : length_bytes - 1 - i;
    len[at] = static_cast<uint8_t>(bits >> (8 * i));
  }
  if (length_bytes == 16) {
    len[7] = static_cast<uint8_t>((s.length >> 61) & 7);  // the high bits of length * 8
  }
  hash_update(&s, pad, pad_len);
  hash_update(&s, len, static_cast<size_t>(length_bytes));
  std::string out;
  int size = hash_info(s.kind).digest_size;
  for (int i = 0; i < size; ++i) {
    uint8_t byte;
    if (s.kind == HashKind::kMd5) {
      byte = static_cast<uint8_t>(s.h32[i / 4] >> (8 * (i % 4)));
    } else if (s.kind == HashKind::kSha384 || s.kind == HashKind::kSha512) {
      byte = static_cast<uint8_t>(s.h64[i / 8] >> (56 - 8 * (i % 8)));
    } else {
      byte = static_cast<uint8_t>(s.h32[i / 4] >> (24 - 8 * (i % 4)));
    }
    out.push_back(static_cast<char>(byte));
  }
  return out;
}

std::string sha3_finish(HashState s, size_t length) {
  int rate = hash_info(s.kind).block_size;
  bool shake = s.kind == HashKind::kShake128 || s.kind == HashKind::kShake256;
  std::memset(s.buffer + s.buffered, 0, static_cast<size_t>(rate) - s.buffered);
  s.buffer[s.buffered] ^= shake ? 0x1F : 0x06;
  s.buffer[rate - 1] ^= 0x80;
  keccak_absorb(&s, s.buffer, rate);
  if (!shake) length = static_cast<size_t>(hash_info(s.kind).digest_size);
  std::string out;
  while (out.size() < length) {
    for (int i = 0; i < rate && out.size() < length; ++i) {
      out.push_back(static_cast<char>(s.lanes[i / 8] >> (8 * (i % 8))));
    }
    if (out.size() < length) keccak_f(s.lanes);
  }
  return out;
}

}  // namespace

HashInfo hash_info(HashKind kind) {
  switch (kind) {
    case HashKind::kMd5:
      return {"md5", 16, 64};
    case HashKind::kSha1:
      return {"sha1", 20, 64};
    case HashKind::kSha224:
      return {"sha224", 28, 64};
    case HashKind::kSha256:
      return {"sha256", 32, 64};
    case HashKind::kSha384:
      return {"sha384", 48, 128};
    case HashKind::kSha512:
      return {"sha512", 64, 128};
    case HashKind::kSha3_224:
      return {"sha3_224", 28, 144};
    case HashKind::kSha3_256:
      return {"sha3_256", 32, 136};
    case HashKind::kSha3_384:
      return {"sha3_384", 48, 104};
    case HashKind::kSha3_512:
      return {"sha3_512", 64, 72};
    case HashKind::kShake128:
      return {"shake_128", 0, 168};
    case HashKind::kShake256:
      return {"shake_256", 0, 136};
    case HashKind::kBlake2b:
      return {"blake2b", 64, 128};
    case HashKind::kBlake2s:
      return {"blake2s", 32, 64};
  }
  return {"?", 0, 0};
}

void hash_init(HashState* s, HashKind kind) {
  std::memset(s, 0, sizeof(*s));
  s->kind = kind;
  const Constants& c = constants();
  switch (kind) {
    case HashKind::kMd5:
    case HashKind::kSha1: {
      static constexpr uint32_t kInit[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476,
                                            0xC3D2E1F0};
      std::memcpy(s->h32, kInit, sizeof(kInit));
      break;
    }
    case HashKind::kSha224:
      for (int i = 0; i < 8; ++i) s->h32[i] = static_cast<uint32_t>(c.sqrt_first16[8 + i]);
      break;
    case HashKind::kSha256:
      for (int i = 0; i < 8; ++i) s->h32[i] = static_cast<uint32_t>(c.sqrt_first16[i] >> 32);
      break;
    case HashKind::kSha384:
      for (int i = 0; i < 8; ++i) s->h64[i] = c.sqrt_first16[8 + i];
      break;
    case HashKind::kSha512:
      for (int i = 0; i < 8; ++i) s->h64[i] = c.sqrt_first16[i];
      break;
    default:
      break;  // Keccak starts from the zero state
  }
}

void blake2_init(HashState* s, HashKind kind, const Blake2Params& p) {
  std::memset(s, 0, sizeof(*s));
  s->kind = kind;
  s->digest_length = static_cast<uint8_t>(p.digest_size);
  s->last_node = p.last_node ? 1 : 0;
  bool wide = kind == HashKind::kBlake2b;
  // The parameter block (RFC 7693 section 2.5), little-endian words.
  uint8_t param[64] = {};
  param[0] = static_cast<uint8_t>(p.digest_size);
  param[1] = static_cast<uint8_t>(p.key.size());
  param[2] = static_cast<uint8_t>(p.fanout);
  param[3] = static_cast<uint8_t>(p.depth);
  for (int i = 0; i < 4; ++i) param[4 + i] = static_cast<uint8_t>(p.leaf_size >> (8 * i));
  int offset_bytes = wide ? 8 : 6;
  for (int i = 0; i < offset_bytes; ++i)
    param[8 + i] = static_cast<uint8_t>(p.node_offset >> (8 * i));
  param[8 + offset_bytes] = static_cast<uint8_t>(p.node_depth);
  param[9 + offset_bytes] = static_cast<uint8_t>(p.inner_size);
  size_t salt_at = wide ? 32 : 16, person_at = wide ? 48 : 24;
  std::memcpy(param + salt_at, p.salt.data(), p.salt.size());
  std::memcpy(param + person_at, p.person.data(), p.person.size());
  const Constants& c = constants();
  for (int i = 0; i < 8; ++i) {
    if (wide) {
      s->h64[i] = c.sqrt_first16[i] ^ load_le64(param + 8 * i);
    } else {
      s->h32[i] = static_cast<uint32_t>(c.sqrt_first16[i] >> 32) ^ load_le32(param + 4 * i);
    }
  }
  if (!p.key.empty()) {
    uint8_t block[128] = {};
    std::memcpy(block, p.key.data(), p.key.size());
    blake2_update(s, block, wide ? 128 : 64);
  }
}

void hash_update(HashState* s, const uint8_t* data, size_t size) {
  if (is_blake2(s->kind)) return blake2_update(s, data, size);
  auto block = static_cast<size_t>(hash_info(s->kind).block_size);
  s->length += size;
  while (size > 0) {
    if (s->buffered == 0 && size >= block) {
      process_block(s, data);
      data += block;
      size -= block;
      continue;
    }
    size_t take = std::min(size, block - s->buffered);
    std::memcpy(s->buffer + s->buffered, data, take);
    s->buffered += static_cast<uint32_t>(take);
    data += take;
    size -= take;
    if (s->buffered == block) {
      process_block(s, s->buffer);
      s->buffered = 0;
    }
  }
}

std::string hash_digest(const HashState& state, size_t length) {
  if (is_sha3(state.kind)) return sha3_finish(state, length);
  if (is_blake2(state.kind)) return blake2_finish(state);
  return md_finish(state);
}

}  // namespace pyvm::runtime
