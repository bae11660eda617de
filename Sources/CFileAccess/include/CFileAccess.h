#ifndef CFILEACCESS_H
#define CFILEACCESS_H
/* The pieces of Linux path resolution that Glibc's Swift module does not show:
   openat2(2) (Linux 5.6, no glibc wrapper before 2.38), its RESOLVE_* flags, O_PATH,
   and the readdir entry type. Used only by MMIOCore's file-access layer. */
#include <sys/types.h>

/* openat2(dirfd, path, {flags, mode, resolve}): returns the descriptor, or -1 with errno
   (ENOSYS on kernels before 5.6, EPERM or ENOSYS where a seccomp filter blocks it). */
int cfa_openat2(int dirfd, const char *path, int flags, mode_t mode, unsigned long long resolve);

/* RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS (include/uapi/linux/openat2.h). */
unsigned long long cfa_resolve_beneath(void);
/* RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS. */
unsigned long long cfa_resolve_in_root(void);
int cfa_o_path(void);
int cfa_o_nofollow(void);
int cfa_o_directory(void);
int cfa_at_empty_path(void);

/* f_type of fstatfs(fd) (include/uapi/linux/magic.h), or -1 with errno. */
long long cfa_filesystem_type(int fd);

/* d_type of a readdir entry: 1 directory, 2 symlink, 3 regular file, 0 other or unknown. */
int cfa_dirent_kind(unsigned char d_type);

#endif
