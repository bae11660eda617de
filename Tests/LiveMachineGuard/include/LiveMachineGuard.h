#ifndef LIVE_MACHINE_GUARD_H
#define LIVE_MACHINE_GUARD_H
/* Test support linked into every test target: before any test runs, a constructor points
   HWX_LIVE_MACHINE_GUARD at a fresh log file. hwx's file-access layer (LiveRootGuard.swift)
   then refuses and logs every open of this machine's procfs, sysfs, /dev/mem or /dev/port,
   in the test process and in every hwx the tests start (they inherit the variable). At exit
   the log is checked: any entry fails the test run (exit status 1), listing the paths. */

/* The log this process's guard writes to. */
const char *lmg_log_path(void);

/* The number of entries in the guard log `path` (0: no test touched the machine); with
   `print`, they are listed on stderr, as the at-exit check does. */
int lmg_report(const char *path, int print);

#endif
