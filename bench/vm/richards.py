"""A Richards-style operating-system simulation: an idle task, a worker, two handlers and two devices
pass packets through a priority scheduler. Classes, method calls, subclass overrides and attribute
access; the checksum is how often packets were queued and tasks held."""
import sys

SIZE = 300_000
QUICK = 2_000
EXPECTED = {
    QUICK: 'richards 2000: queued 4421, held 1771, devices 287370 462767',
    SIZE: 'richards 300000: queued 678012, held 271208, devices 565985 976291',
}

WORK = "work"
DEVICE = "device"
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Packet:
    def __init__(self, link, destination, kind):
        self.link = link
        self.destination = destination
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        # Queues are chains of packets; the new packet goes last.
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue, waiting):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = waiting
        self.held = False
        self.next = None
        scheduler.add(self)

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            self.waiting = False
        return packet

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None, False)
        self.count = count
        self.seed = 1

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        # A shift register decides which device to wake.
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.scheduler.release(DEVICE_B)
        self.seed >>= 1
        return self.scheduler.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue, True)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait_current()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.destination = self.target
        packet.datum = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue, device):
        super().__init__(scheduler, ident, priority, queue, True)
        self.device = device
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.datum >= len(work.data):
                self.work = work.link
                work.destination = WORKER
                return self.scheduler.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.destination = self.device
                device.datum = work.data[work.datum]
                work.datum += 1
                return self.scheduler.send(device)
        return self.scheduler.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, handler):
        super().__init__(scheduler, ident, priority, None, True)
        self.handler = handler
        self.pending = None
        self.checksum = 0

    def step(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.scheduler.wait_current()
            self.pending = None
            pending.destination = self.handler
            return self.scheduler.send(pending)
        self.checksum = (self.checksum * 7 + packet.datum) % 1_000_003
        self.pending = packet
        return self.scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.head = None
        self.current = None
        self.queued = 0
        self.holds = 0

    def add(self, task):
        # The task list runs from the highest priority down.
        self.tasks[task.ident] = task
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        before = self.head
        while before.next is not None and before.next.priority >= task.priority:
            before = before.next
        task.next = before.next
        before.next = task

    def run(self):
        task = self.head
        while task is not None:
            if task.runnable():
                self.current = task
                task = task.step(task.take())
            else:
                task = task.next

    def hold_current(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def send(self, packet):
        self.queued += 1
        task = self.tasks[packet.destination]
        task.queue = packet.append_to(task.queue)
        if task.priority > self.current.priority and task.runnable():
            return task
        return self.current


def main(n):
    s = Scheduler()
    IdleTask(s, n)
    work = Packet(Packet(None, WORKER, WORK), WORKER, WORK)
    WorkerTask(s, work)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, DEVICE)
        HandlerTask(s, handler, priority, queue, device)
    DeviceTask(s, DEVICE_A, 4000, HANDLER_A)
    DeviceTask(s, DEVICE_B, 5000, HANDLER_B)
    s.run()
    a, b = s.tasks[DEVICE_A].checksum, s.tasks[DEVICE_B].checksum
    return f"richards {n}: queued {s.queued}, held {s.holds}, devices {a} {b}"


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
