"""The README checker itself: it must catch a README that says something the session did not show."""

from __future__ import annotations

import re

import pytest

from .edit_spec import apply_change
from .session import SETUP_MARK, missing_lines, on_port, read_blocks, script, split_output

OUTPUT = """Parley reference server on http://127.0.0.1:41234
thread thr_06616b5a05015549b17384e2 has 4 items
run.created
run.completed
"""


def test_output_lines_match_in_order_with_ids_and_numbers_free() -> None:
    expected = "thread thr_0123456789abcdef has 12 items\n...\nrun.completed\n"
    assert missing_lines(expected, OUTPUT, 41234) == []


def test_a_line_the_output_lacks_is_reported() -> None:
    assert missing_lines("run.created\nrun.failed\n", OUTPUT, 41234) == ["run.failed"]


def test_lines_out_of_order_are_reported() -> None:
    assert missing_lines("run.completed\nrun.created\n", OUTPUT, 41234) == ["run.created"]


def test_an_ellipsis_stands_for_any_text_within_a_line() -> None:
    assert missing_lines("Parley reference server on …\n", OUTPUT, 41234) == []
    assert missing_lines("Parley … on https://…\n", OUTPUT, 41234) == ["Parley … on https://…"]


def test_the_readme_port_stands_for_the_session_port() -> None:
    assert missing_lines("Parley reference server on http://127.0.0.1:8000\n", OUTPUT, 41234) == []


def test_an_unknown_block_kind_is_refused() -> None:
    with pytest.raises(ValueError, match=re.escape("README.md:1: a code block must be one of")):
        read_blocks("```bash\nls\n```\n")


def test_an_output_block_must_follow_a_runnable_one() -> None:
    with pytest.raises(ValueError, match=re.escape("README.md:5: an output block must follow")):
        read_blocks("```text\ndrawing\n```\n\n```text output\nx\n```\n")


def test_output_blocks_attach_to_the_block_before_them() -> None:
    shell, output = read_blocks("```sh\necho hi\n```\n\n```text output\nhi\n```\n")
    assert shell.expected is output and output.text == "hi\n"


def test_the_spec_change_goes_after_the_lines_the_spec_already_has() -> None:
    spec = "    A:\n      type: object\n      properties:\n        b:\n          type: string\n"
    change = "    A:\n      type: object\n      properties:\n        new:\n          type: integer\n"
    assert apply_change(spec, change) == (
        "    A:\n      type: object\n      properties:\n        new:\n          type: integer\n"
        "        b:\n          type: string\n"
    )
    with pytest.raises(ValueError, match="shares no leading lines"):
        apply_change(spec, "    Z:\n      type: object\n")


def test_blocks_are_labelled_with_their_page() -> None:
    (block,) = read_blocks("text\n\n```sh\nls\n```\n", "docs/guide.md")
    assert block.label == "docs/guide.md:3 (sh)"
    with pytest.raises(ValueError, match=re.escape("docs/guide.md:1: a code block must be one of")):
        read_blocks("```bash\nls\n```\n", "docs/guide.md")


def test_the_setup_mark_marks_the_block_right_after_it() -> None:
    text = f"```sh\necho one\n```\n\n{SETUP_MARK}\n```sh\necho two\n```\n"
    first, second = read_blocks(text)
    assert (first.setup, second.setup) == (False, True)


def test_the_pages_port_becomes_the_sessions_port() -> None:
    assert on_port("curl http://127.0.0.1:8000/v1 && parley-server --port 8000", 41234) == (
        "curl http://127.0.0.1:41234/v1 && parley-server --port 41234"
    )


def test_the_setup_runs_first_and_its_output_is_its_own() -> None:
    (setup,) = read_blocks("```sh\necho setting up\n```\n")
    blocks = read_blocks("```sh\necho one\n```\n\n```text output\none\n```\n\n```python\nprint('two')\n```\n")
    text = script(blocks, 41234, [setup])
    assert text.index("echo setting up") < text.index("echo one") < text.index("print('two')")
    split_output(blocks, [setup], "@@parley-page-block setup@@\nsetting up\n@@parley-page-block 0@@\none\n")
    assert (setup.ran, setup.output, blocks[0].ran, blocks[0].output, blocks[2].ran) == (
        True,
        "setting up\n",
        True,
        "one\n",
        False,
    )
