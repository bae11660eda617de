#define _GNU_SOURCE
#include "CMMIO.h"
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include <ucontext.h>

/* Per-thread recovery point; non-NULL only while a guarded access runs. */
static _Thread_local sigjmp_buf *volatile tls_env;
static _Thread_local cmmio_fault tls_fault;

static struct sigaction old_bus, old_segv;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int install_rc = 0;

static void forward(int sig, siginfo_t *si, void *uc) {
  struct sigaction *old = (sig == SIGBUS) ? &old_bus : &old_segv;
  if (old->sa_flags & SA_SIGINFO) {
    if (old->sa_sigaction) { old->sa_sigaction(sig, si, uc); return; }
  } else if (old->sa_handler != SIG_DFL && old->sa_handler != SIG_IGN) {
    old->sa_handler(sig); return;
  }
  /* default: reinstate SIG_DFL and return; the faulting instruction re-executes
     and the process dies with the proper signal (core dump). */
  signal(sig, SIG_DFL);
}

#if defined(__x86_64__)
/* Single guarded reads without sigsetjmp: each is ONE load instruction at a known address,
   listed with a fixup address in a small exception table, the technique of Linux's
   _ASM_EXTABLE (arch/x86/include/asm/asm.h, arch/x86/mm/extable.c). When that load faults,
   the handler finds the faulting RIP in the table, records the fault and resumes at the
   fixup, which returns -1; sigreturn restores everything else. A read that does not fault
   costs the load, a store of the value and a return: no setup at all, where sigsetjmp
   saved every callee-saved register (and mangled pointers) on every read. The loads are
   plain `mov`s of exactly the access width (as Linux's build_mmio_read emits them), and
   the call is opaque to the compiler, so it orders like a "memory" clobber. */
#define CMMIO_FAST_READ(NAME, LOAD, STORE)                                          \
  __asm__(".text\n"                                                               \
          ".p2align 4\n"                                                          \
          ".globl " #NAME "\n.hidden " #NAME "\n.type " #NAME ", @function\n"     \
          #NAME ":\n"                                                             \
          ".globl " #NAME "_load\n.hidden " #NAME "_load\n"                       \
          #NAME "_load:\n\t" LOAD "\n\t" STORE "\n\txorl %eax, %eax\n\tret\n"     \
          ".globl " #NAME "_fixup\n.hidden " #NAME "_fixup\n"                     \
          #NAME "_fixup:\n\tmovl $-1, %eax\n\tret\n"                              \
          ".size " #NAME ", .-" #NAME "\n");
CMMIO_FAST_READ(cmmio_fast_read8,  "movzbl (%rdi), %eax", "movb %al, (%rsi)")
CMMIO_FAST_READ(cmmio_fast_read16, "movzwl (%rdi), %eax", "movw %ax, (%rsi)")
CMMIO_FAST_READ(cmmio_fast_read32, "movl (%rdi), %eax",   "movl %eax, (%rsi)")
CMMIO_FAST_READ(cmmio_fast_read64, "movq (%rdi), %rax",   "movq %rax, (%rsi)")

extern const char cmmio_fast_read8_load[], cmmio_fast_read8_fixup[];
extern const char cmmio_fast_read16_load[], cmmio_fast_read16_fixup[];
extern const char cmmio_fast_read32_load[], cmmio_fast_read32_fixup[];
extern const char cmmio_fast_read64_load[], cmmio_fast_read64_fixup[];

/* Resumes a faulting fast read at its fixup; 1 when `uc`'s RIP was one of them. */
static int fixup_fast_read(int sig, siginfo_t *si, void *uc) {
  const struct { const char *load, *fixup; } table[] = {
    { cmmio_fast_read8_load, cmmio_fast_read8_fixup },
    { cmmio_fast_read16_load, cmmio_fast_read16_fixup },
    { cmmio_fast_read32_load, cmmio_fast_read32_fixup },
    { cmmio_fast_read64_load, cmmio_fast_read64_fixup },
  };
  greg_t *rip = &((ucontext_t *)uc)->uc_mcontext.gregs[REG_RIP];
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
    if ((uintptr_t)*rip == (uintptr_t)table[i].load) {
      tls_fault.signo = sig;
      tls_fault.code = si->si_code;
      tls_fault.address = (uintptr_t)si->si_addr;
      *rip = (greg_t)(uintptr_t)table[i].fixup;
      return 1;
    }
  }
  return 0;
}
#endif

static void handler(int sig, siginfo_t *si, void *uc) {
#if defined(__x86_64__)
  if (fixup_fast_read(sig, si, uc)) return;
#endif
  sigjmp_buf *env = tls_env;
  if (env) {
    tls_env = NULL;
    tls_fault.signo = sig;
    tls_fault.code = si->si_code;
    tls_fault.address = (uintptr_t)si->si_addr;
    siglongjmp(*env, 1);
  }
  forward(sig, si, uc);
}

static void do_install(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = handler;
  /* SA_NODEFER: the signal stays unblocked while we siglongjmp out, so the
     fast path can use sigsetjmp(env, 0) (no sigprocmask syscall). */
  sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGBUS, &sa, &old_bus) != 0) { install_rc = -1; return; }
  if (sigaction(SIGSEGV, &sa, &old_segv) != 0) { install_rc = -1; return; }
}

int cmmio_fault_guard_install(void) {
  pthread_once(&once, do_install);
  return install_rc;
}

#define GUARDED_BEGIN(SAVEMASK)                          \
  sigjmp_buf env;                                        \
  if (sigsetjmp(env, SAVEMASK) != 0) {                   \
    if (fault) *fault = tls_fault;                       \
    return -1;                                           \
  }                                                      \
  tls_env = &env;                                        \
  __atomic_signal_fence(__ATOMIC_SEQ_CST);

#define GUARDED_END()                                    \
  __atomic_signal_fence(__ATOMIC_SEQ_CST);               \
  tls_env = NULL;

#if defined(__x86_64__)
#define DEFINE_READ(BITS)                                                          \
int cmmio_guarded_read##BITS(const void *addr, uint##BITS##_t *out, cmmio_fault *fault) { \
  if (cmmio_fast_read##BITS(addr, out) == 0) return 0;                             \
  if (fault) *fault = tls_fault;                                                   \
  return -1;                                                                       \
}
#else
#define DEFINE_READ(BITS)                                                          \
int cmmio_guarded_read##BITS(const void *addr, uint##BITS##_t *out, cmmio_fault *fault) { \
  GUARDED_BEGIN(0)                                                                 \
  uint##BITS##_t v = cmmio_read##BITS(addr);                                       \
  GUARDED_END()                                                                    \
  *out = v;                                                                        \
  return 0;                                                                        \
}
#endif
DEFINE_READ(8)
DEFINE_READ(16)
DEFINE_READ(32)
DEFINE_READ(64)

#if !defined(__x86_64__)
#define DEFINE_FAST_READ(BITS)                                                     \
int cmmio_fast_read##BITS(const void *addr, uint##BITS##_t *out) {                 \
  return cmmio_guarded_read##BITS(addr, out, NULL);                                \
}
DEFINE_FAST_READ(8)
DEFINE_FAST_READ(16)
DEFINE_FAST_READ(32)
DEFINE_FAST_READ(64)
#endif

void cmmio_last_fault(cmmio_fault *out) { *out = tls_fault; }

int cmmio_guarded_read32_savemask(const void *addr, uint32_t *out, cmmio_fault *fault) {
  GUARDED_BEGIN(1)
  uint32_t v = cmmio_read32(addr);
  GUARDED_END()
  *out = v;
  return 0;
}

#define DEFINE_WRITE(BITS)                                                         \
int cmmio_guarded_write##BITS(void *addr, uint##BITS##_t value, cmmio_fault *fault) { \
  GUARDED_BEGIN(0)                                                                 \
  cmmio_write##BITS(addr, value);                                                  \
  GUARDED_END()                                                                    \
  return 0;                                                                        \
}
DEFINE_WRITE(8)
DEFINE_WRITE(16)
DEFINE_WRITE(32)
DEFINE_WRITE(64)

int cmmio_guarded_copy32(const void *src, uint32_t *dst, size_t count, size_t *done, cmmio_fault *fault) {
  volatile size_t i = 0;   /* modified after sigsetjmp and read after siglongjmp */
  sigjmp_buf env;
  if (sigsetjmp(env, 0) != 0) {
    if (fault) *fault = tls_fault;
    if (done) *done = i;
    return -1;
  }
  tls_env = &env;
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  for (; i < count; i++) dst[i] = cmmio_read32((const uint8_t *)src + 4 * i);
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  tls_env = NULL;
  if (done) *done = i;
  return 0;
}

/* One guard around a whole block: the per-word cost is the load alone. The loop index is
   an ordinary local (kept in a register); after a fault the progress comes from the fault
   address instead, which the kernel reports exactly (si_addr of SIGBUS/SIGSEGV). */
/* Each element is a volatile load of exactly the width, in order (volatile accesses are
   never reordered with each other, merged or widened); the stores into the caller's
   ordinary buffer need no ordering against them, so there is no compiler barrier per
   element, one after the loop (as Linux's memcpy_fromio uses __raw_read*, lib/iomem_copy.c). */
#define COPY_LOOP(BITS)                                                              \
  { const uint##BITS##_t *s = (const uint##BITS##_t *)src; uint##BITS##_t *d = dst;  \
    for (size_t i = 0; i < count; i++) d[i] = cmmio_raw_read##BITS(s + i);           \
    CMMIO_IO_RMB(); }

int cmmio_guarded_copy(const void *src, void *dst, size_t count, unsigned width, size_t *done, cmmio_fault *fault) {
  sigjmp_buf env;
  if (sigsetjmp(env, 0) != 0) {
    if (fault) *fault = tls_fault;
    if (done) {
      uintptr_t a = tls_fault.address, base = (uintptr_t)src;
      size_t reached = (a >= base) ? (size_t)((a - base) / width) : 0;
      *done = reached < count ? reached : count;
    }
    return -1;
  }
  tls_env = &env;
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  switch (width) {
  case 1: COPY_LOOP(8) break;
  case 2: COPY_LOOP(16) break;
  case 4: COPY_LOOP(32) break;
  case 8: COPY_LOOP(64) break;
  default: break;
  }
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  tls_env = NULL;
  if (done) *done = (width == 1 || width == 2 || width == 4 || width == 8) ? count : 0;
  return 0;
}

static inline uint64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* The compare is against the previous sample kept in a register; only a change touches
   memory (the record, the clock, and the two progress counters the fault path reads). */
#define SAMPLE_LOOP(BITS)                                                            \
  { const uint##BITS##_t *a = (const uint##BITS##_t *)addr;                          \
    uint##BITS##_t prev = (uint##BITS##_t)*last;                                     \
    size_t i = 0;                                                                    \
    for (; i < count; i++) {                                                         \
      uint##BITS##_t v = cmmio_read##BITS(a);                                        \
      if (__builtin_expect(v != prev, 0)) {                                          \
        changes[n].sample = first_sample + i;                                        \
        changes[n].value = v;                                                        \
        changes[n].ns = now_ns();                                                    \
        prev = v; n++;                                                               \
        *vchanged = n; *vsamples = i + 1; *last = v;                                 \
        if (n == capacity) { i++; break; }                                           \
      }                                                                              \
    }                                                                                \
    *vsamples = i; }

int cmmio_guarded_sample(const void *addr, unsigned width, uint64_t *last, uint64_t first_sample, size_t count,
                         cmmio_change *changes, size_t capacity, size_t *samples, size_t *changed,
                         cmmio_fault *fault) {
  volatile size_t *vsamples = samples, *vchanged = changed;
  *vsamples = 0; *vchanged = 0;
  if (capacity == 0) return 0;
  sigjmp_buf env;
  if (sigsetjmp(env, 0) != 0) {
    if (fault) *fault = tls_fault;
    return -1;
  }
  tls_env = &env;
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  size_t n = 0;
  switch (width) {
  case 1: SAMPLE_LOOP(8) break;
  case 2: SAMPLE_LOOP(16) break;
  case 4: SAMPLE_LOOP(32) break;
  case 8: SAMPLE_LOOP(64) break;
  default: break;
  }
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  tls_env = NULL;
  return 0;
}
