#!/usr/bin/env python3
"""Tests of schema/validate.py: the example validates; each bad file fails with its message.

Run: python3 schema/test_validate.py
"""

import subprocess
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def run(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(HERE / "validate.py"), *map(str, paths)],
                          capture_output=True, text=True, check=False)


class ValidateTests(unittest.TestCase):
    def test_the_example_dataset_is_valid(self):
        result = run(ROOT / "examples" / "ai-megadeals")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("deals", result.stdout)

    def test_each_bad_file_fails_with_file_line_and_field(self):
        expected = {
            "misspelt-key.yaml": ":13: deals.0.claims.0: Additional properties are not allowed ('stauts' was unexpected)",
            "bad-scale-word.yaml": ":15: deals.0.claims.0.headline: 'up-to USD 100 bilion' is not valid",
            "unknown-party.yaml": "payer: unknown party id 'a'",
            "bad-date.yaml": ":4: sources.0.published: '2025-02-30' is not a 'date'",
            "anchors.yaml": ":2: YAML anchors and aliases are not allowed",
            "superseded-without-status.yaml": "deals.0.claims.0: 'status' is a required property",
            "up-to-with-value.yaml": "deals.0.claims.0.headline: 'high' is a required property",
            "duplicate-deal.yaml": "id: duplicate deal id 'd1'",
        }
        for name, message in expected.items():
            with self.subTest(name):
                result = run(HERE / "testdata" / "bad" / name)
                self.assertEqual(result.returncode, 1, result.stdout)
                self.assertIn(message, result.stderr)

    def test_a_bare_list_needs_a_section_file_name(self):
        result = run(HERE / "testdata" / "misnamed" / "people.yaml")
        self.assertEqual(result.returncode, 1)
        self.assertIn("a bare list needs the file name parties, sources, facts or fx", result.stderr)

    def test_a_missing_path_fails(self):
        result = run(HERE / "testdata" / "no-such-folder")
        self.assertEqual(result.returncode, 1)
        self.assertIn("no such file or folder", result.stderr)


if __name__ == "__main__":
    unittest.main()
