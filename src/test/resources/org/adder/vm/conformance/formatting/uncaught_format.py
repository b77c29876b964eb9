"""formatting: an uncaught KeyError from str.format with a missing keyword, raised inside a method called from a loop; exit 1."""
class Report:
    template = "{name:<8}|{score:>6.1f}|{grade}"
    def __init__(self, rows):
        self.rows = rows
    def render(self, row):
        return self.template.format(**row)
    def print_all(self):
        for row in self.rows:
            print(self.render(row))

Report([{"name": "ann", "score": 91.25, "grade": "A"},
        {"name": "bob", "score": 78.0, "grade": "C+"},
        {"name": "cy", "score": 55.5}]).print_all()
