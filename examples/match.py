def describe(command):
    match command.split():
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["take", *items]:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case {"action": action}:
            return action
        case _:
            return "unknown"


print(describe("go north"), describe("take lamp key"), describe("quit"))
