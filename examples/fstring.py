name = "Zoë"
pi = 3.14159
greeting = f"Héllo, {name}! π≈{pi:.2f} 👋 {name.upper()!r:>8}"
nested = f"{'wide' if len(name) > 2 else 'narrow'}: {f'{pi * 2:.3}'}"
print(greeting, nested)
