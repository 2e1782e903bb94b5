#!/usr/bin/env python3
"""Helps keep translations/vitrina_{ru,en}.ts complete after lupdate (build target update_translations).

    python3 translations/ts_tool.py dump vitrina_ru.ts          # unfinished entries as JSON lines
    python3 translations/ts_tool.py apply vitrina_ru.ts ru.json [--overwrite]
                                  # fill unfinished entries from {"context|source": text or [forms]};
                                  # --overwrite also replaces finished ones
    python3 translations/ts_tool.py english                     # vitrina_en.ts: source text, English plurals

The English file repeats the source text (plural forms from an "en.json" of [singular, plural] when the
source uses %n), so that a missing entry is still caught by tst_translations.
"""
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent


def load(name):
    return ET.parse(HERE / name)


def save(tree, name):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    (HERE / name).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def entries(tree):
    for context in tree.getroot().iter("context"):
        cname = context.findtext("name")
        for message in context.iter("message"):
            yield cname, message


def key(cname, message):
    comment = message.findtext("comment")
    k = cname + "|" + message.findtext("source")
    return k + "|" + comment if comment else k


def set_translation(message, text):
    tr = message.find("translation")
    for child in list(tr):
        tr.remove(child)
    if message.get("numerus") == "yes":
        forms = text if isinstance(text, list) else [text]
        tr.text = None
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = text
    tr.attrib.pop("type", None)


def main():
    command = sys.argv[1]
    if command == "dump":
        tree = load(sys.argv[2])
        for cname, message in entries(tree):
            if message.find("translation").get("type") == "unfinished":
                print(json.dumps({"key": key(cname, message), "numerus": message.get("numerus") == "yes"},
                                 ensure_ascii=False))
    elif command == "apply":
        tree = load(sys.argv[2])
        texts = json.loads(pathlib.Path(sys.argv[3]).read_text(encoding="utf-8"))
        missing = 0
        for cname, message in entries(tree):
            k = key(cname, message)
            unfinished = message.find("translation").get("type") == "unfinished"
            if k in texts and (unfinished or "--overwrite" in sys.argv):
                set_translation(message, texts[k])
            elif message.find("translation").get("type") == "unfinished":
                missing += 1
                print("still unfinished:", k, file=sys.stderr)
        save(tree, sys.argv[2])
        print(f"{missing} entries left unfinished", file=sys.stderr)
    elif command == "english":
        tree = load("vitrina_en.ts")
        plurals = json.loads((HERE / "en.json").read_text(encoding="utf-8")) if (HERE / "en.json").exists() else {}
        for extra in sorted((HERE / "pending").glob("*.en.json")):  # plural forms of work in progress
            plurals.update(json.loads(extra.read_text(encoding="utf-8")))
        for cname, message in entries(tree):
            source = message.findtext("source")
            if message.get("numerus") == "yes":
                set_translation(message, plurals.get(key(cname, message), [source, source]))
            else:
                set_translation(message, source)
        save(tree, "vitrina_en.ts")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
