"""Puts a benchmark's section into docs/benchmarks.md: replaces the section under the same heading, or appends it.

    python3 write_section.py OUT_FILE SECTION_FILE      (the section's first line is its "## " heading)
"""
import sys

path, section_file = sys.argv[1], sys.argv[2]
text = open(path, encoding='utf-8').read()
section = open(section_file, encoding='utf-8').read().rstrip() + '\n'
heading = section.splitlines()[0]
start = text.find(heading)
if start >= 0:
    nxt = text.find('\n## ', start + 1)
    text = text[:start] + section + ('' if nxt < 0 else text[nxt:])
else:
    text = text.rstrip() + '\n\n' + section
open(path, 'w', encoding='utf-8').write(text)
