#!/usr/bin/env python3
"""Validate Dealgraph dataset YAML files against schema/dataset.schema.json.

Usage: python3 schema/validate.py PATH...   (files, or folders searched for *.yaml / *.yml)

Checks every file against the JSON Schema (the shape of parties.yaml / sources.yaml /
facts.yaml / fx.yaml is chosen by file name, as the reader does), then, across all files
given, the references the schema cannot see: duplicate ids, and payer / payee / legs /
supersededBy / claim source / fact party that name nothing. Prints `file:line: field: what is
wrong` per error and exits 1 if there is any (0 otherwise). This is an editor-side check; the
reader (`dealgraph import`) remains the authority.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import yaml

SCHEMA_PATH = Path(__file__).resolve().parent / "dataset.schema.json"
BARE_LISTS = {"parties": "partiesFile", "sources": "sourcesFile", "facts": "factsFile", "fx": "fxFile"}


class PlainLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text (the schema checks ISO dates) and refuses
    anchors, aliases and duplicate keys, like the reader."""


# Keep YYYY-MM-DD as strings: JSON Schema has no date type.
PlainLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class DatasetError(Exception):
    def __init__(self, line: int, field: str, message: str):
        super().__init__(message)
        self.line, self.field, self.message = line, field, message


def compose(text: str) -> yaml.Node | None:
    for event in yaml.parse(text, Loader=PlainLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise DatasetError(event.start_mark.line + 1, "", "YAML anchors and aliases are not allowed")
    return yaml.compose(text, Loader=PlainLoader)


def to_data(node: yaml.Node, path: tuple, lines: dict) -> object:
    """Builds plain data from the node tree, recording the line of every path."""
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in out:
                raise DatasetError(key_node.start_mark.line + 1, key, "duplicate key")
            out[key] = to_data(value_node, path + (key,), lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [to_data(item, path + (i,), lines) for i, item in enumerate(node.value)]
    loader = PlainLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def line_of(lines: dict, path: tuple) -> int:
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


def files_of(args: list[str]) -> list[Path]:
    found: list[Path] = []
    for arg in args:
        p = Path(arg)
        if p.is_dir():
            found += sorted(q for q in p.rglob("*") if q.suffix in (".yaml", ".yml") and q.is_file())
        elif p.is_file():
            found.append(p)
        else:
            found.append(p)  # reported as missing below
    return found


def best_errors(validator, data):
    """Every error, made specific: for a failed oneOf/anyOf, the branches whose type does not
    even match the value are dropped, and the errors of the remaining branch are reported."""
    out = []
    pending = list(validator.iter_errors(data))
    while pending:
        error = pending.pop(0)
        if error.validator in ("oneOf", "anyOf") and error.context:
            branches: dict[int, list] = {}
            for sub in error.context:
                branches.setdefault(sub.schema_path[0], []).append(sub)
            fitting = [errs for errs in branches.values()
                       if not any(e.validator == "type" and e.absolute_path == error.absolute_path for e in errs)]
            if len(fitting) == 1:
                pending = fitting[0] + pending
                continue
            out.append(jsonschema.exceptions.best_match([error]))
            continue
        out.append(error)
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 1
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors: list[str] = []
    ids: dict[str, dict[str, str]] = {"party": {}, "source": {}, "deal": {}, "claim": {}, "fact": {}}
    refs: list[tuple[str, str, str, str]] = []  # (kind, id, where, field)

    def declare(kind: str, key: str, where: str) -> None:
        if key in ids[kind]:
            errors.append(f"{where}: id: duplicate {kind} id '{key}' (first at {ids[kind][key]})")
        else:
            ids[kind][key] = where

    for path in files_of(argv):
        if not path.is_file():
            errors.append(f"{path}:1: no such file or folder")
            continue
        lines: dict = {}
        try:
            node = compose(path.read_text(encoding="utf-8"))
            data = to_data(node, (), lines) if node is not None else None
        except DatasetError as e:
            errors.append(f"{path}:{e.line}: {e.field}: {e.message}".replace(": : ", ": "))
            continue
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            errors.append(f"{path}:{(mark.line + 1) if mark else 1}: invalid YAML: {getattr(e, 'problem', e)}")
            continue
        if data is None:
            errors.append(f"{path}:1: the file is empty")
            continue
        if isinstance(data, list) and path.stem in BARE_LISTS:
            validator = jsonschema.Draft202012Validator(
                {"$ref": f"#/$defs/{BARE_LISTS[path.stem]}", "$defs": schema["$defs"]},
                format_checker=jsonschema.FormatChecker())
        elif isinstance(data, list):
            errors.append(f"{path}:1: a bare list needs the file name parties, sources, facts or fx")
            continue
        else:
            shape = "deal" if isinstance(data, dict) and "payer" in data else "sections"
            validator = jsonschema.Draft202012Validator(
                {"$ref": f"#/$defs/{shape}", "$defs": schema["$defs"]}, format_checker=jsonschema.FormatChecker())
        for err in best_errors(validator, data):
            where = tuple(err.absolute_path)
            field = ".".join(str(p) for p in where) or "(file)"
            message = err.message
            if err.validator == "pattern" and isinstance(err.schema, dict) and err.schema.get("description"):
                message = f"{err.instance!r} is not valid: expected {err.schema['description']}"
            elif err.validator == "not":
                # Only amounts use `not`: a figure key that its qualifier does not take.
                message = ("has a figure its qualifier does not take (exact/about: value; up-to/less-than: high; "
                           "at-least/more-than: low; range: low and high; unknown: none)")
            errors.append(f"{path}:{line_of(lines, where)}: {field}: {message}")

        # Collect ids and references for the cross-file checks.
        if isinstance(data, list):
            section = {"parties": "party", "sources": "source", "facts": "fact", "fx": "fx"}[path.stem]
            sections = {section: data}
        elif isinstance(data, dict) and "payer" in data:
            sections = {"deal": [data]}
        elif isinstance(data, dict):
            sections = {{"parties": "party", "sources": "source", "deals": "deal", "facts": "fact", "fx": "fx"}.get(k, k): v
                        for k, v in data.items() if isinstance(v, list)}
        else:
            continue
        prefix = () if isinstance(data, list) or "payer" in data else None
        for kind, items in sections.items():
            key_in_file = {"party": "parties", "source": "sources", "deal": "deals", "fact": "facts", "fx": "fx"}[kind]
            for i, item in enumerate(items):
                if not isinstance(item, dict):
                    continue
                base = (i,) if prefix == () and kind != "deal" else (() if kind == "deal" and prefix == () else (key_in_file, i))
                where = f"{path}:{line_of(lines, base)}"
                if kind in ("party", "source") and isinstance(item.get("id"), str):
                    declare(kind, item["id"], where)
                if kind == "fact":
                    n = sum(1 for k in ids["fact"] if k.startswith(f"{item.get('party')}/{item.get('metric')}#")) + 1
                    declare("fact", item.get("id") or f"{item.get('party')}/{item.get('metric')}#{n}", where)
                    refs += [("party", item.get("party"), where, "party"), ("source", item.get("source"), where, "source")]
                if kind == "fx" and item.get("source"):
                    refs.append(("source", item["source"], where, "source"))
                if kind == "deal" and isinstance(item.get("id"), str):
                    deal_id = item["id"]
                    declare("deal", deal_id, where)
                    refs += [("party", item.get("payer"), where, "payer"), ("party", item.get("payee"), where, "payee")]
                    refs += [("deal", leg, where, "legs") for leg in item.get("legs") or []]
                    for n, claim in enumerate(item.get("claims") or [], start=1):
                        if not isinstance(claim, dict):
                            continue
                        cwhere = f"{path}:{line_of(lines, base + ('claims', n - 1))}"
                        declare("claim", claim.get("id") or f"{deal_id}#{n}", cwhere)
                        refs.append(("source", claim.get("source"), cwhere, "source"))
                        if claim.get("supersededBy"):
                            refs.append(("deal", claim["supersededBy"], cwhere, "supersededBy"))

    for kind, key, where, field in refs:
        if isinstance(key, str) and key not in ids[kind]:
            errors.append(f"{where}: {field}: unknown {kind} id '{key}'")

    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    print(f"ok: {len(files_of(argv))} file(s); {len(ids['party'])} parties, {len(ids['source'])} sources, "
          f"{len(ids['deal'])} deals, {len(ids['claim'])} claims, {len(ids['fact'])} facts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
