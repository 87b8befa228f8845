#!/usr/bin/env python3
"""Rewrite a gen-corpus.py export in IntuneBackupAndRestore's layout, for benchmarks/run-e2e.sh (LAYOUT=intunebackupandrestore).

Usage: backup-layout.py SOURCE_DIR OUT_DIR

Each object loses its inline "assignments" (and "assignments@odata.context"), which go to a side file beside it:
<Type>/Assignments/<id> - <name>.json for apps, <Type>/Assignments/<name>.json for everything else, as
IntuneBackupAndRestore names them (intune-reference.md section 4). UTF-8 without BOM and CRLF newlines, as its
PowerShell 7 on Windows writes. Deterministic: files are visited in sorted order.
"""
import json
import os
import sys


def write(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\r\n") as out:
        out.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def main(source, out):
    for folder in sorted(os.listdir(source)):
        for name in sorted(os.listdir(os.path.join(source, folder))):
            with open(os.path.join(source, folder, name), encoding="utf-8-sig") as file:
                graph_object = json.load(file)
            assignments = graph_object.pop("assignments", None)
            graph_object.pop("assignments@odata.context", None)
            stem = name[: -len(".json")]
            write(os.path.join(out, folder, stem + ".json"), graph_object)
            if assignments is not None:
                side_name = f"{graph_object['id']} - {stem}" if folder == "Applications" else stem
                write(os.path.join(out, folder, "Assignments", side_name + ".json"), assignments)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
