#!/usr/bin/env python3
"""Lists the primitive arrays of a heap dump (HPROF, as `jcmd <pid> GC.heap_dump` writes it) whose contents repeat:
grouped by type and content, the groups with the most bytes first. With N signed-in sessions open, a group of about N
(or a multiple of N) copies is something every session holds; byte[] are mostly the contents of Strings (Latin-1 one
byte per character, UTF-16 two), so the text shows what they are.

Usage: scripts/hprof-arrays.py DUMP.hprof [--min-bytes 256] [--top 40] [--width 160]
No dependencies beyond Python 3; reads the dump once, sequentially.
"""
import argparse
import collections
import struct
import sys

SIZES = {2: None, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
NAMES = {4: "boolean[]", 5: "char[]", 6: "float[]", 7: "double[]", 8: "byte[]", 9: "short[]", 10: "int[]",
         11: "long[]"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dump")
    parser.add_argument("--min-bytes", type=int, default=256)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--width", type=int, default=160)
    parser.add_argument("--show", metavar="TEXT", help="print the whole text of the first byte[] of at least --min-bytes that starts with TEXT")
    args = parser.parse_args()

    groups = collections.defaultdict(lambda: [0, 0])  # (type, content) -> [count, bytes]
    with open(args.dump, "rb") as f:
        data = f.read()
    pos = data.index(b"\0") + 1
    id_size = struct.unpack_from(">I", data, pos)[0]
    pos += 4 + 8
    id_fmt = ">Q" if id_size == 8 else ">I"
    sizes = dict(SIZES)
    sizes[2] = id_size
    end = len(data)
    while pos < end:
        tag, _, length = struct.unpack_from(">BII", data, pos)
        pos += 9
        if tag not in (0x0C, 0x1C):
            pos += length
            continue
        seg_end = pos + length
        while pos < seg_end:
            sub = data[pos]
            pos += 1
            if sub == 0xFF or sub == 0x05 or sub == 0x07:
                pos += id_size
            elif sub == 0x01:
                pos += 2 * id_size
            elif sub in (0x02, 0x03, 0x08):
                pos += id_size + 8
            elif sub in (0x04, 0x06):
                pos += id_size + 4
            elif sub == 0x20:  # class dump
                pos += 7 * id_size + 8
                (cp,) = struct.unpack_from(">H", data, pos)
                pos += 2
                for _ in range(cp):
                    t = data[pos + 2]
                    pos += 3 + sizes[t]
                (statics,) = struct.unpack_from(">H", data, pos)
                pos += 2
                for _ in range(statics):
                    t = data[pos + id_size]
                    pos += id_size + 1 + sizes[t]
                (fields,) = struct.unpack_from(">H", data, pos)
                pos += 2 + fields * (id_size + 1)
            elif sub == 0x21:  # instance dump
                pos += id_size + 4 + id_size
                (n,) = struct.unpack_from(">I", data, pos)
                pos += 4 + n
            elif sub == 0x22:  # object array
                pos += id_size + 4
                (n,) = struct.unpack_from(">I", data, pos)
                pos += 4 + id_size + n * id_size
            elif sub == 0x23:  # primitive array
                pos += id_size + 4
                n, t = struct.unpack_from(">IB", data, pos)
                pos += 5
                size = n * sizes[t]
                if args.show and t == 8 and size >= args.min_bytes and (data.startswith(args.show.encode("latin-1", "replace"), pos)
                                             or data.startswith(args.show.encode("utf-16-le"), pos)):
                    raw = data[pos:pos + size]
                    utf16 = data.startswith(args.show.encode("utf-16-le"), pos)
                    print(raw.decode("utf-16-le" if utf16 else "latin-1", errors="replace"))
                    return
                if size >= args.min_bytes:
                    g = groups[(t, data[pos:pos + size])]
                    g[0] += 1
                    g[1] += size
                pos += size
            else:
                sys.exit("unknown heap dump sub-record 0x%02x at %d" % (sub, pos - 1))
    rows = sorted(groups.items(), key=lambda kv: -kv[1][1])
    print("%10s %6s %9s  %s" % ("bytes", "copies", "type", "content"))
    for (t, content), (count, size) in rows[:args.top]:
        if t == 8:
            # a String's bytes: Latin-1, or UTF-16 when the text needs it; in UTF-16 the high bytes of Latin,
            # Cyrillic and punctuation characters are 0x00, 0x04 or 0x20
            high = content[1::2]
            utf16 = len(content) % 2 == 0 and sum(1 for b in high if b in (0, 4, 0x20)) > len(high) * 0.9
            text = content.decode("utf-16-le" if utf16 else "latin-1", errors="replace")
            if utf16:
                text = "[UTF-16] " + text
        else:
            text = "(%d bytes)" % len(content)
        text = text.replace("\n", "\\n").replace("\r", "")
        print("%10d %6d %9s  %s" % (size, count, NAMES.get(t, "?"), text[:args.width]))


if __name__ == "__main__":
    main()
