#!/usr/bin/env python3
"""ts-fill.py list TS | fill TS JSON... : list the unfinished sources of a Qt .ts
file, or fill them from JSON files mapping English source -> Arabic (a list of the
six Arabic forms for a %n message). For work done in parallel branches: each
writes its strings to a JSON file, the merge fills them in one go. Run lupdate
afterwards (it rewrites the file in its own layout):
  /usr/lib/qt6/bin/lupdate core ui app/gui -locations none -no-obsolete \
      -ts translations/tamkeen_ar.ts translations/tamkeen_en.ts"""
import json, sys, xml.etree.ElementTree as ET

def load(ts):
    return ET.parse(ts)

def main():
    cmd, ts = sys.argv[1], sys.argv[2]
    tree = load(ts)
    tr = {}
    for f in sys.argv[3:]:
        tr.update(json.load(open(f, encoding='utf-8')))
    missing = []
    filled = 0
    for msg in tree.getroot().iter('message'):
        t = msg.find('translation')
        if t is None or t.get('type') not in ('unfinished',):
            continue
        src = msg.find('source').text or ''
        if cmd == 'list' or src not in tr:
            missing.append(src)
            continue
        val = tr[src]
        if msg.get('numerus') == 'yes':
            forms = val if isinstance(val, list) else [val] * 6
            for c in list(t):
                t.remove(c)
            t.text = None
            for fm in forms:
                e = ET.SubElement(t, 'numerusform'); e.text = fm
        else:
            t.text = val if isinstance(val, str) else val[-1]
        del t.attrib['type']
        filled += 1
    if cmd == 'fill':
        tree.write(ts, encoding='utf-8', xml_declaration=True)
        print(f'filled {filled}', file=sys.stderr)
    for m in missing:
        print(m)

main()
