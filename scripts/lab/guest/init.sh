#!/bin/busybox sh
# /init of the lab guest (PID 1 in the initramfs built by scripts/lab/run-lab.sh).
# The boot's name comes from the kernel command line (hwxlab.mode=NAME); checks.sh has one
# function per boot. The guest always powers off by itself; QEMU runs with -no-reboot and exits.
/bin/busybox --install -s
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mount -t tmpfs tmpfs /tmp
export PATH=/usr/bin:/bin:/sbin:/usr/sbin HOME=/tmp LC_ALL=C TERM=vt100
MODE=$(sed -n 's/.*hwxlab\.mode=\([a-z]*\).*/\1/p' /proc/cmdline)
echo "LAB: boot $MODE, init at guest uptime $(cut -d' ' -f1 /proc/uptime)s, kernel $(uname -r)"
n0=$(dmesg | wc -l)
# The checks run in a subshell: if one aborts it, init still reports and powers off (the host
# fails every check that printed no RESULT line).
(
  . /lab/checks.sh
  case $MODE in
    plain) boot_plain ;;
    relaxed) boot_relaxed ;;
    tui) boot_tui ;;
    *) echo "LAB: unknown boot mode '$MODE'" ;;
  esac
)
echo "LAB: checks ended with status $?"
dmesg | tail -n +$((n0 + 1)) | sed 's/^/KMSG: /'   # what the kernel said during the checks
echo "LAB: done at guest uptime $(cut -d' ' -f1 /proc/uptime)s"
echo "LAB-DONE $MODE"
sync
poweroff -f
