#define _GNU_SOURCE
#include "CFileAccess.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/vfs.h>
#include <unistd.h>

#ifndef SYS_openat2
#define SYS_openat2 437 /* same number on every architecture (asm-generic/unistd.h) */
#endif
#define CFA_RESOLVE_NO_MAGICLINKS 0x02
#define CFA_RESOLVE_BENEATH 0x08
#define CFA_RESOLVE_IN_ROOT 0x10

/* struct open_how (include/uapi/linux/openat2.h), version 0: 24 bytes. */
struct cfa_open_how {
    uint64_t flags;
    uint64_t mode;
    uint64_t resolve;
};

int cfa_openat2(int dirfd, const char *path, int flags, mode_t mode, unsigned long long resolve) {
    struct cfa_open_how how;
    memset(&how, 0, sizeof how);
    how.flags = (uint64_t)(unsigned int)flags;
    /* openat2 refuses a mode without O_CREAT/O_TMPFILE (EINVAL), unlike openat. */
    how.mode = (flags & (O_CREAT | __O_TMPFILE)) ? (uint64_t)mode : 0;
    how.resolve = resolve;
    return (int)syscall(SYS_openat2, dirfd, path, &how, sizeof how);
}

unsigned long long cfa_resolve_beneath(void) { return CFA_RESOLVE_BENEATH | CFA_RESOLVE_NO_MAGICLINKS; }
unsigned long long cfa_resolve_in_root(void) { return CFA_RESOLVE_IN_ROOT | CFA_RESOLVE_NO_MAGICLINKS; }
int cfa_o_path(void) { return O_PATH; }
int cfa_o_nofollow(void) { return O_NOFOLLOW; }
int cfa_o_directory(void) { return O_DIRECTORY; }
int cfa_at_empty_path(void) { return AT_EMPTY_PATH; }

int cfa_dirent_kind(unsigned char d_type) {
    switch (d_type) {
    case DT_DIR: return 1;
    case DT_LNK: return 2;
    case DT_REG: return 3;
    default: return 0;
    }
}

long long cfa_filesystem_type(int fd) {
    struct statfs fs;
    if (fstatfs(fd, &fs) != 0) return -1;
    return (long long)fs.f_type;
}
