/* C baselines for scripts/bench/run.sh, compiled with cc -O2 in the same run as the hwx
   measurements: the fastest a program can touch a mapping, volatile load by load.
     baseline block FILE REPS   volatile 32-bit loads over all of FILE into a 64 KiB buffer
     baseline single FILE N     N volatile 32-bit loads of one word
     baseline sample FILE N     N samples of one word, counting changes (what hwx watch
                                --interval 0 does per sample)
   Prints `name value unit` like hwx-bench. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static uint64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  if (argc != 4) { fprintf(stderr, "usage: baseline block|single|sample FILE COUNT\n"); return 2; }
  long n = atol(argv[3]);
  int fd = open(argv[2], O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0 || st.st_size < 4 || n <= 0) { perror(argv[2]); return 2; }
  size_t len = (size_t)st.st_size;
  const uint8_t *map = mmap(NULL, len, PROT_READ, MAP_SHARED, fd, 0);
  if (map == MAP_FAILED) { perror("mmap"); return 2; }
  double times[16];
  int reps = 0;
  if (strcmp(argv[1], "block") == 0) {
    enum { BLOCK = 64 * 1024 };
    static uint32_t buffer[BLOCK / 4];
    uint32_t check = 0;
    for (; reps < n && reps < 16; reps++) {
      uint64_t t0 = now_ns();
      for (size_t off = 0; off + 4 <= len; off += BLOCK) {
        size_t words = (len - off < BLOCK ? len - off : BLOCK) / 4;
        const volatile uint32_t *s = (const volatile uint32_t *)(map + off);
        for (size_t i = 0; i < words; i++) buffer[i] = s[i];
        check ^= buffer[0];
      }
      times[reps] = (double)(now_ns() - t0) / (double)(len / 4);
    }
    qsort(times, reps, sizeof times[0], cmp);
    printf("block_ns_per_word %g ns (checksum %u)\n", times[reps / 2], check);
  } else if (strcmp(argv[1], "single") == 0) {
    const volatile uint32_t *w = (const volatile uint32_t *)(map + (0x40 % (len & ~3ul)));
    uint64_t sum = 0;
    for (; reps < 5; reps++) {
      uint64_t t0 = now_ns();
      for (long i = 0; i < n; i++) sum += *w;
      times[reps] = (double)(now_ns() - t0) / (double)n;
    }
    qsort(times, reps, sizeof times[0], cmp);
    printf("single_ns_per_read %g ns (sum %lu)\n", times[reps / 2], (unsigned long)sum);
  } else if (strcmp(argv[1], "sample") == 0) {
    const volatile uint32_t *w = (const volatile uint32_t *)(map + (0x40 % (len & ~3ul)));
    uint64_t changes = 0;
    for (; reps < 3; reps++) {
      uint32_t prev = *w;
      uint64_t t0 = now_ns();
      for (long i = 0; i < n; i++) { uint32_t v = *w; if (v != prev) { changes++; prev = v; } }
      times[reps] = (double)n / ((double)(now_ns() - t0) / 1e9);
    }
    qsort(times, reps, sizeof times[0], cmp);
    printf("sample_per_s %g samples/s (changes %lu)\n", times[reps / 2], (unsigned long)changes);
  } else {
    fprintf(stderr, "unknown mode %s\n", argv[1]);
    return 2;
  }
  return 0;
}
