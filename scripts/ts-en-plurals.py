#!/usr/bin/env python3
"""Fills the English plural forms of unfinished numerus messages in tamkeen_en.ts:
"%n month(s)" -> "%n month" / "%n months". Prints the singulars for a look by hand."""
import re, sys, xml.etree.ElementTree as ET
ts = sys.argv[1]
tree = ET.parse(ts)
for msg in tree.getroot().iter('message'):
    if msg.get('numerus') != 'yes':
        continue
    t = msg.find('translation')
    if t is None or t.get('type') != 'unfinished':
        continue
    src = msg.find('source').text
    one = re.sub(r'\((e?s)\)', '', src).replace(' have ', ' has ').replace(' are ', ' is ').replace(' were ', ' was ')
    many = re.sub(r'\((e?s)\)', r'\1', src)
    for c in list(t):
        t.remove(c)
    t.text = None
    for f in (one, many):
        e = ET.SubElement(t, 'numerusform'); e.text = f
    del t.attrib['type']
    print(one)
tree.write(ts, encoding='utf-8', xml_declaration=True)
