#include "LiveMachineGuard.h"
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char guard_log[4096];

const char *lmg_log_path(void) { return guard_log; }

int lmg_report(const char *path, int print) {
    FILE *f = fopen(path, "r");
    if (!f) return 0;
    char line[8192];
    int count = 0;
    while (fgets(line, sizeof line, f)) {
        if (!print) { count++; continue; }
        if (count == 0) fprintf(stderr, "\nhwx test guard: a test opened this machine's /sys, /proc or devices (pid path):\n");
        fprintf(stderr, "  %s", line);
        count++;
    }
    fclose(f);
    if (count && print) fprintf(stderr, "fix: give the test a fixture root (Tests/Fixtures) or a temporary copy of one\n");
    return count;
}

static void check_at_exit(void) {
    int count = lmg_report(guard_log, 1);
    unlink(guard_log);
    if (count) {
        fflush(stderr);
        _exit(1);
    }
}

__attribute__((constructor)) static void install_guard(void) {
    const char *tmp = getenv("TMPDIR");
    snprintf(guard_log, sizeof guard_log, "%s/hwx-live-machine-guard-%d.log", tmp && *tmp ? tmp : "/tmp", (int)getpid());
    int fd = open(guard_log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd >= 0) close(fd);
    setenv("HWX_LIVE_MACHINE_GUARD", guard_log, 1);
    atexit(check_at_exit);
}
