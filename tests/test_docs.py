"""The README documents what the code does: every command, every record field."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kuroshio.cli import _parser
from kuroshio.records import EVENT_FIELDS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_docs_every_command_is_in_the_cli_reference():
    commands = _parser()._subparsers._group_actions[0].choices
    for name in commands:
        assert f"kuroshio {name}" in README, name


def test_docs_every_option_of_every_command_is_documented():
    commands = _parser()._subparsers._group_actions[0].choices
    for name, command in commands.items():
        for action in command._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in README, (name, option)


def test_docs_example_record_has_every_field_in_order():
    block = re.search(r"```json\n(.*?)```", README, re.DOTALL).group(1)
    assert tuple(json.loads(block)) == EVENT_FIELDS
