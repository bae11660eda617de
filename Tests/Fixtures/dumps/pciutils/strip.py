#!/usr/bin/env python3
"""Reduces a pciutils tests/ dump (`lspci -vvvxxxx`-style text) to its hex part.

Keeps, for each function, the address (its first line becomes `ADDR function`) and the
`NN: xx xx ...` lines: the register values read from the real machine. Drops lspci's
decoded text (pciutils' own output, GPL-2.0-or-later; see README.md). A function whose
hex lines skip offsets (a transcription that left all-zero lines out) gets those lines
back as zeros, up to its last line, so every output file is complete `lspci -xxx`/`-xxxx`
input for `lspci -F`, `lspci -A dump -O dump.name=FILE` and `hwx --from-dump`.

Usage: strip.py SOURCE > NAME.lspci
"""
import re
import sys

HEX = re.compile(r'^([0-9a-fA-F]+): ((?:[0-9a-fA-F]{2} ?)+)$')


def strip(text):
    functions = []  # [address, {offset: [bytes]}]
    for line in text.splitlines():
        if not line.strip():
            continue
        m = HEX.match(line.rstrip())
        if m:
            if not functions:
                raise SystemExit('a hex line before any function address: %r' % line)
            offset = int(m.group(1), 16)
            values = [int(v, 16) for v in m.group(2).split()]
            if offset % 16 or len(values) != 16:
                raise SystemExit('not a whole 16-byte line at %s: %r' % (functions[-1][0], line))
            if offset in functions[-1][1]:
                raise SystemExit('offset %x twice in %s' % (offset, functions[-1][0]))
            functions[-1][1][offset] = values
        elif not line.startswith('\t') and not line.startswith(' '):
            functions.append([line.split()[0], {}])
    out = []
    for address, lines in functions:
        if not lines:
            raise SystemExit('%s has no hex lines' % address)
        out.append('%s function' % address)
        for offset in range(0, max(lines) + 16, 16):
            values = lines.get(offset, [0] * 16)
            out.append('%02x: ' % offset + ' '.join('%02x' % v for v in values))
        out.append('')
    return '\n'.join(out)


if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as f:
        sys.stdout.write(strip(f.read()))
