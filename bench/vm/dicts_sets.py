"""Dicts and sets: counting the words of a generated text, inserting, looking up and deleting int
and str keys, iterating in insertion order, set algebra. Orders that depend on string hashes are
never printed: results are sorted or summed first."""
import sys

SIZE = 900
QUICK = 2
EXPECTED = {
    QUICK: "dicts_sets 2: [1432, 2864, 1258, 422089, 606002, 2677] [('qi', 60), ('xe', 60), ('po', 59)]",
    SIZE: "dicts_sets 900: [633842, 1267684, 560630, 581733893, 866470173, 1716090] [('qi', 66), ('sa', 66), ('ka', 62)]",
}

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "xe", "zu", "po", "qi"]


def text(seed, words):
    # A linear congruential generator picks syllables, so the text is the same everywhere.
    out = []
    x = seed
    for _ in range(words):
        x = (x * 1103515245 + 12345) & 0x7FFF_FFFF
        length = 1 + (x >> 16) % 3
        word = ""
        for k in range(length):
            word += SYLLABLES[(x >> (4 * k)) % len(SYLLABLES)]
        out.append(word)
    return " ".join(out)


def word_counts(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def int_keys(n):
    # Insert, overwrite, look up, delete: a dict that grows, shrinks and grows again.
    d = {}
    for i in range(n):
        d[i * 7 % n] = i
    hits = 0
    for i in range(0, 2 * n, 3):
        if i in d:
            hits += d[i]
    removed = 0
    for i in range(0, n, 2):
        if i % 3:
            removed += d.pop(i, 0)
        elif i in d:
            del d[i]
    for i in range(n, n + n // 4):
        d[i] = -i
    return hits + removed, len(d), sum(d), sum(d.values()), next(iter(d)), list(d)[-1]


def sets(words):
    seen = set()
    repeated = set()
    for w in words:
        if w in seen:
            repeated.add(w)
        else:
            seen.add(w)
    short = {w for w in seen if len(w) <= 4}
    starts = {w[:2] for w in seen}
    only_once = seen - repeated
    both = short & repeated
    either = short | {w for w in only_once if w.endswith("zu")}
    return len(seen), len(repeated), len(only_once), len(both), len(either), sorted(starts)[:3]


def main(n):
    totals = [0] * 6
    top = []
    for round_ in range(n):
        words = text(round_ + 1, 2_000).split()
        counts = word_counts(words)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        top = ranked[:3]
        s = sets(words)
        k = int_keys(1_000 + round_)
        totals[0] += len(counts)
        totals[1] += s[0] + s[1] + s[2]
        totals[2] += s[3] * 3 + s[4]
        totals[3] += k[0]
        totals[4] += k[1] + k[2] + k[3]
        totals[5] += k[4] + k[5]
        inverted = {}
        for w, c in counts.items():
            inverted.setdefault(c, []).append(w)
        totals[5] += max(inverted) + len(inverted)
        merged = {**counts, **{w: 0 for w in s[5]}}
        merged.update(zip(s[5], range(3)))
        totals[4] += sum(merged.values())
    return f"dicts_sets {n}: {totals} {top}"


def report(n, line):
    # The checksum line is what the runner compares between implementations; the self-check
    # catches a wrong answer even when no other implementation is there to compare with.
    print(line)
    want = EXPECTED.get(n)
    if want is not None and line != want:
        sys.exit(f"checksum mismatch: expected {want!r}")


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    report(size, main(size))
