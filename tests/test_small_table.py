"""ui/small_table.py: a small table as Markdown (a plain HTML table, drawn at once), its cells as given."""

from ui.small_table import small_table


class Page:
    def __init__(self):
        self.written = []

    def markdown(self, text):
        self.written.append(text)


def test_a_small_table_is_markdown_with_its_cells_as_given():
    page = Page()
    text = small_table({"Function": ["sigmoid", "a|b"], "g(z)": ["0.7311", "-1.0000"]}, page, right=("g(z)",),
                       bold_row=1)
    assert page.written == [text]
    lines = text.splitlines()
    assert lines[0].replace(" ", "") == "|Function|g(z)|"
    assert lines[1].replace(" ", "").replace("-", "") == "|:|:|"  # the numbers' column aligned right
    assert lines[1].split("|")[2].strip().endswith(":") and not lines[1].split("|")[1].strip().endswith(":")
    assert lines[2].replace(" ", "") == "|sigmoid|0.7311|"  # as written: no number parsed or rounded again
    assert lines[3].replace(" ", "") == r"|**a\|b**|**-1.0000**|"  # its own bar escaped; the row in bold
    assert len(lines) == 4
