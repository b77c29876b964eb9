"""list: an uncaught IndexError ("pop from empty list") inside a while loop after draining a work queue, with an add_note; exit 1."""
queue = [("a", 1), ("b", 2)]
done = []
while True:
    try:
        name, n = queue.pop(0)
    except IndexError as e:
        e.add_note(f"processed {len(done)} items: {done}")
        raise
    done.append(name * n)
    print("processed", name, n, done)
