# Sieve of Eratosthenes up to 200000, with prime counts and a checksum.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for multiple in range(i * i, limit + 1, i):
                is_prime[multiple] = False
        i += 1
    return [n for n in range(limit + 1) if is_prime[n]]


primes = sieve(200000)
print(len(primes), primes[:10], primes[-3:])
checksum = 0
for p in primes:
    checksum = (checksum * 31 + p) % 1000000007
print(checksum)
twins = 0
for k in range(1, len(primes)):
    if primes[k] - primes[k - 1] == 2:
        twins += 1
print("twin pairs:", twins)
