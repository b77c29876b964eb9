"""bytearray growth and in-place operations: appending in loops, slice assignment growing/shrinking at the front/middle/end, del of slices with steps, *= and += with memoryviews, resizing with exports forbidden, and equality after each step."""
ba = bytearray()
for i in range(10):
    ba.append(i * 25)
print(ba, len(ba))
ba[:0] = b"front"
ba[len(ba):] = b"end"
ba[5:7] = b""
ba[3:3] = b"MID"
print(ba)
del ba[::3]
print(ba)
del ba[-4:-1]
print(ba)
ba += memoryview(b"mv")
ba *= 2
print(ba, len(ba))
m = memoryview(ba)
try:
    ba.extend(b"x")
except BufferError as e:
    print("BufferError:", e)
try:
    ba[0:1] = b"xyz"
except BufferError as e:
    print("BufferError:", e)
ba[0:1] = b"Z"
print(ba[:4])
m.release()
ba.extend(b"ok")
print(ba[-4:], ba.count(b"m"), ba.find(b"end"), ba.rfind(b"mv"))
r = bytearray(b"abc")
r.reverse()
r.extend(reversed(r))
print(r, r.pop(), r.pop(0), r)
