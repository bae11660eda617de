#ifndef LIVE_MACHINE_GUARD_H
#define LIVE_MACHINE_GUARD_H
/* Test support linked into every test target: before any test runs, a constructor points
   HWX_LIVE_MACHINE_GUARD at a fresh log file. hwx's file-access layer (LiveRootGuard.swift)
   then refuses and logs every open of this machine's procfs, sysfs, /dev/mem or /dev/port,
   in the test process and in every hwx the tests start (they inherit the variable). At exit
   the log is checked: any entry fails the test run (exit status 1), listing the paths. */

/* The log this process's guard writes to. */
const char *lmg_log_path(void);

/* Prints the entries of the guard log `path` to stderr and returns how many there are
   (0: no test touched the machine). */
int lmg_report(const char *path);

#endif
