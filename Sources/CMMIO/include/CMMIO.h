#ifndef CMMIO_H
#define CMMIO_H
#include <stdint.h>
#include <stddef.h>
#include <signal.h>

/* ---------- barriers (cf. Linux readl/writel) ---------- */
/* compiler-only barrier: stops the compiler from moving memory ops across it */
static inline void cmmio_compiler_barrier(void) { __asm__ __volatile__("" ::: "memory"); }
#if defined(__x86_64__) || defined(__i386__)
/* x86 UC/WC mappings: loads/stores to UC are not reordered with each other;
   Linux x86 readl/writel are just volatile movs with a "memory" clobber. */
static inline void cmmio_rmb(void) { __asm__ __volatile__("lfence" ::: "memory"); }
static inline void cmmio_wmb(void) { __asm__ __volatile__("sfence" ::: "memory"); }
static inline void cmmio_mb(void)  { __asm__ __volatile__("mfence" ::: "memory"); }
#define CMMIO_IO_RMB() cmmio_compiler_barrier()
#define CMMIO_IO_WMB() cmmio_compiler_barrier()
#elif defined(__aarch64__)
static inline void cmmio_rmb(void) { __asm__ __volatile__("dsb ld" ::: "memory"); }
static inline void cmmio_wmb(void) { __asm__ __volatile__("dsb st" ::: "memory"); }
static inline void cmmio_mb(void)  { __asm__ __volatile__("dsb sy" ::: "memory"); }
#define CMMIO_IO_RMB() __asm__ __volatile__("dmb oshld" ::: "memory")
#define CMMIO_IO_WMB() __asm__ __volatile__("dmb oshst" ::: "memory")
#else
static inline void cmmio_rmb(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
static inline void cmmio_wmb(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
static inline void cmmio_mb(void)  { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
#define CMMIO_IO_RMB() __atomic_thread_fence(__ATOMIC_SEQ_CST)
#define CMMIO_IO_WMB() __atomic_thread_fence(__ATOMIC_SEQ_CST)
#endif

/* ---------- raw volatile accessors (__raw_readl style: no ordering) ---------- */
static inline uint8_t  cmmio_raw_read8 (const void *a) { return *(const volatile uint8_t  *)a; }
static inline uint16_t cmmio_raw_read16(const void *a) { return *(const volatile uint16_t *)a; }
static inline uint32_t cmmio_raw_read32(const void *a) { return *(const volatile uint32_t *)a; }
static inline uint64_t cmmio_raw_read64(const void *a) { return *(const volatile uint64_t *)a; }
static inline void cmmio_raw_write8 (void *a, uint8_t  v) { *(volatile uint8_t  *)a = v; }
static inline void cmmio_raw_write16(void *a, uint16_t v) { *(volatile uint16_t *)a = v; }
static inline void cmmio_raw_write32(void *a, uint32_t v) { *(volatile uint32_t *)a = v; }
static inline void cmmio_raw_write64(void *a, uint64_t v) { *(volatile uint64_t *)a = v; }

/* ---------- ordered accessors (readl/writel style) ---------- */
static inline uint8_t  cmmio_read8 (const void *a) { uint8_t  v = cmmio_raw_read8(a);  CMMIO_IO_RMB(); return v; }
static inline uint16_t cmmio_read16(const void *a) { uint16_t v = cmmio_raw_read16(a); CMMIO_IO_RMB(); return v; }
static inline uint32_t cmmio_read32(const void *a) { uint32_t v = cmmio_raw_read32(a); CMMIO_IO_RMB(); return v; }
static inline uint64_t cmmio_read64(const void *a) { uint64_t v = cmmio_raw_read64(a); CMMIO_IO_RMB(); return v; }
static inline void cmmio_write8 (void *a, uint8_t  v) { CMMIO_IO_WMB(); cmmio_raw_write8(a, v); }
static inline void cmmio_write16(void *a, uint16_t v) { CMMIO_IO_WMB(); cmmio_raw_write16(a, v); }
static inline void cmmio_write32(void *a, uint32_t v) { CMMIO_IO_WMB(); cmmio_raw_write32(a, v); }
static inline void cmmio_write64(void *a, uint64_t v) { CMMIO_IO_WMB(); cmmio_raw_write64(a, v); }

/* ---------- fault-guarded accessors (cmmio_fault.c) ---------- */
typedef struct cmmio_fault {
  int signo;          /* SIGBUS or SIGSEGV, 0 if none */
  int code;           /* si_code, e.g. BUS_ADRERR / SEGV_ACCERR */
  uintptr_t address;  /* si_addr */
} cmmio_fault;

/* Install SIGBUS/SIGSEGV handlers once (idempotent, thread-safe). Faults that
   happen outside a guarded access are forwarded to the previous handler
   (e.g. Swift's backtracer) . Returns 0 or -1 (errno). */
int cmmio_fault_guard_install(void);

/* Each returns 0 on success, -1 if the access faulted (fault filled in). The
   recovery point is per thread; only C frames are unwound by siglongjmp. */
int cmmio_guarded_read8 (const void *addr, uint8_t  *out, cmmio_fault *fault);
int cmmio_guarded_read16(const void *addr, uint16_t *out, cmmio_fault *fault);
int cmmio_guarded_read32(const void *addr, uint32_t *out, cmmio_fault *fault);
int cmmio_guarded_read64(const void *addr, uint64_t *out, cmmio_fault *fault);
int cmmio_guarded_write8 (void *addr, uint8_t  value, cmmio_fault *fault);
int cmmio_guarded_write16(void *addr, uint16_t value, cmmio_fault *fault);
int cmmio_guarded_write32(void *addr, uint32_t value, cmmio_fault *fault);
int cmmio_guarded_write64(void *addr, uint64_t value, cmmio_fault *fault);
/* The fast single reads (one exact-width load; no setup): 0, or -1 when the load faulted,
   the fault then given by cmmio_last_fault. The guard must be installed first
   (cmmio_fault_guard_install). On x86-64 a fault resumes at a fixup found in an exception
   table; elsewhere these are the sigsetjmp-guarded reads. */
int cmmio_fast_read8 (const void *addr, uint8_t  *out);
int cmmio_fast_read16(const void *addr, uint16_t *out);
int cmmio_fast_read32(const void *addr, uint32_t *out);
int cmmio_fast_read64(const void *addr, uint64_t *out);
/* The last fault a fast read of this thread took. */
void cmmio_last_fault(cmmio_fault *out);
/* Block snapshot: count 32-bit volatile reads at stride 4; on fault returns -1
   and *done = number of words read before the fault. */
int cmmio_guarded_copy32(const void *src, uint32_t *dst, size_t count, size_t *done, cmmio_fault *fault);
/* Block read of `count` elements of `width` bytes (1, 2, 4 or 8) at stride `width`, each
   one volatile load of exactly that width, all inside ONE fault guard (one sigsetjmp).
   Returns 0, or -1 on a fault with *done = elements read before the faulting one (from the
   fault address, so the loop keeps its counter in a register) and *fault filled in. */
int cmmio_guarded_copy(const void *src, void *dst, size_t count, unsigned width, size_t *done, cmmio_fault *fault);

/* One change seen by cmmio_guarded_sample: sample index, the new value, CLOCK_MONOTONIC ns. */
typedef struct cmmio_change {
  uint64_t sample;
  uint64_t value;
  uint64_t ns;
} cmmio_change;

/* Reads the word at `addr` (`width` bytes) `count` times inside ONE fault guard. A sample
   that differs from *last (the previous sample) is recorded in changes[] with its
   CLOCK_MONOTONIC time and becomes *last; the clock is read only on a change. Stops early
   once `capacity` changes are recorded, so no change is ever lost. *samples and *changed
   (kept up to date at every change) say how far it got; samples are numbered from
   `first_sample`. Returns 0, or -1 on a fault (fault filled in). */
int cmmio_guarded_sample(const void *addr, unsigned width, uint64_t *last, uint64_t first_sample, size_t count,
                         cmmio_change *changes, size_t capacity, size_t *samples, size_t *changed,
                         cmmio_fault *fault);
/* Variant that saves/restores the signal mask (sigsetjmp(env,1)) - costs a syscall. */
int cmmio_guarded_read32_savemask(const void *addr, uint32_t *out, cmmio_fault *fault);
#endif

/* x86-64: force a plain `mov` of the exact width (as Linux build_mmio_read
   does), so the load is never folded into a load-op instruction. */
#if defined(__x86_64__)
static inline uint32_t cmmio_read32_mov(const void *a) {
  uint32_t v; __asm__ __volatile__("movl %1, %0" : "=r"(v) : "m"(*(const volatile uint32_t *)a) : "memory"); return v;
}
#endif
