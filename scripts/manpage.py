#!/usr/bin/env python3
"""scripts/manpage.py - completes the hwx(1) page that swift-argument-parser's generate-manual
plugin writes, with text taken from README.md, so nothing in the man page is written twice.

Usage: scripts/manpage.py GENERATED.1 README.md > hwx.1

From the plugin's page (mdoc(7)) come NAME, SYNOPSIS, every verb with its options, and the
root command's discussion, which is the target grammar (`Target.grammar` in the code). This
script moves that grammar into a TARGETS section (once; verbs whose discussion is the same
grammar point to it), and adds from README.md:
  DESCRIPTION   the README's opening paragraph
  TARGETS       "### Targets" (its code block is the same grammar, so the code's is used)
  EXIT STATUS   "### Exit codes"
  ENVIRONMENT   "### Environment"
  FILES         "### Files"
  SAFETY        "## Safety model"
A README section it needs that is missing is an error, so a renamed heading cannot silently
drop a part of the page.
"""
import re
import sys


def fail(message):
    sys.stderr.write("manpage.py: " + message + "\n")
    sys.exit(1)


# ---------------------------------------------------------------- Markdown -> mdoc

def escape(text):
    """Text for a roff text line: backslashes escaped, Markdown inline marks to fonts."""
    text = text.replace("\\", "\\e")
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)             # [text](link) -> text
    text = re.sub(r"`([^`]+)`", r"\\fB\1\\fP", text)                  # `code` -> bold
    text = re.sub(r"\*\*([^*]+)\*\*", r"\\fB\1\\fP", text)            # **bold**
    text = re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"\\fI\1\\fP", text)  # *em*
    return text


def text_lines(text):
    """Lines safe as roff text lines: none may start with a control character."""
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line[0] in ".'":
            line = "\\&" + line
        out.append(line)
    return out


TERM = re.compile(r"^(\*\*[^*]+\*\*|`[^`]+`(?:\s*,\s*`[^`]+`)*(?:\s*\([^)]*\))?):?\s+(.*)$", re.S)


def bullets(items):
    """A Markdown list: a tag list when every item starts with a **term** or `term`, else bullets."""
    # "*How it is tested:* ..." tells developers where the tests are; the man page leaves it out.
    items = [re.sub(r"\s*\*How it is tested:\*.*", "", i, flags=re.S) for i in items]
    terms = [TERM.match(i) for i in items]
    out = []
    if all(terms):
        out.append(".Bl -tag -width Ds")
        for m in terms:
            out += [".It Xo"] + text_lines(escape(m.group(1))) + [".Xc"] + text_lines(escape(m.group(2)))
    else:
        out.append(".Bl -bullet")
        for i in items:
            out += [".It"] + text_lines(escape(i))
    out.append(".El")
    return out


def table(rows):
    """A Markdown table as a tag list: the first cell is the tag, the others follow it."""
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    cells = [c for c in cells if not all(re.fullmatch(r":?-+:?", x) for x in c)]
    out = [".Bl -tag -width Ds"]
    for row in cells[1:]:
        out += [".It Xo"] + text_lines(escape(row[0])) + [".Xc"] + text_lines(escape("; ".join(row[1:])))
    return out + [".El"]


def markdown_to_mdoc(markdown, keep_code=True):
    """Paragraphs, lists, tables, code blocks and #### headings of one README section."""
    out = []
    lines = markdown.split("\n")
    i = 0

    def paragraph_break():
        if out and out[-1] != ".Pp" and not out[-1].startswith(".Ss"):
            out.append(".Pp")

    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif line.startswith("```"):
            block = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                block.append(lines[i])
                i += 1
            i += 1
            if keep_code:
                paragraph_break()
                out.append(".Bd -literal -offset indent")
                out += ["\\&" + b.replace("\\", "\\e") for b in block]
                out.append(".Ed")
        elif line.startswith("#"):
            out.append(".Ss " + escape(line.lstrip("#").strip()))
            i += 1
        elif line.startswith("- "):
            items = []
            while i < len(lines) and (lines[i].startswith("- ") or lines[i].startswith("  ")):
                if lines[i].startswith("- "):
                    items.append(lines[i][2:])
                else:
                    items[-1] += "\n" + lines[i].strip()
                i += 1
            paragraph_break()
            out += bullets(items)
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i])
                i += 1
            paragraph_break()
            out += table(rows)
        else:
            para = []
            while i < len(lines) and lines[i].strip() and not re.match(r"(```|#|- |\|)", lines[i]):
                para.append(lines[i])
                i += 1
            paragraph_break()
            out += text_lines(escape("\n".join(para)))
    while out and out[-1] == ".Pp":
        out.pop()
    return out


def readme_section(readme, heading):
    """The body of the README section under exactly `heading` (up to the next heading of its
    level or higher)."""
    level = len(heading) - len(heading.lstrip("#"))
    lines = readme.split("\n")
    try:
        start = lines.index(heading) + 1
    except ValueError:
        fail(f"README.md has no heading '{heading}' (the man page takes a section from it)")
    end = start
    in_code = False
    while end < len(lines):
        line = lines[end]
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code and re.match(r"#{1,%d} " % level, line):
            break
        end += 1
    return "\n".join(lines[start:end]).strip("\n")


def opening_paragraph(readme):
    """The README's first paragraph after its title."""
    lines = readme.split("\n")
    para = []
    for line in lines[1:]:
        if line.strip():
            para.append(line)
        elif para:
            break
    return "\n".join(para)


# ---------------------------------------------------------------- the generated page

def main():
    if len(sys.argv) != 3:
        fail("usage: manpage.py GENERATED.1 README.md")
    page = open(sys.argv[1], encoding="utf-8").read().split("\n")
    readme = open(sys.argv[2], encoding="utf-8").read()

    try:
        desc = page.index(".Sh DESCRIPTION")
        exit_status = page.index('.Sh "EXIT STATUS"')
    except ValueError:
        fail(f"{sys.argv[1]} has no DESCRIPTION or EXIT STATUS section: not generate-manual's page?")

    # The root discussion: the text lines between .Sh DESCRIPTION and the first macro.
    end = desc + 1
    while end < len(page) and not page[end].startswith("."):
        end += 1
    grammar = page[desc + 1:end]
    if not grammar:
        fail("the root command has no discussion (the target grammar, Target.grammar) to make TARGETS from")

    body = page[end:exit_status]
    # Verbs whose discussion is the same grammar point to TARGETS instead of repeating it.
    n = len(grammar)
    replaced = []
    i = 0
    while i < len(body):
        if body[i:i + n] == grammar:
            replaced += ["Targets: see", ".Sx TARGETS ."]
            i += n
        else:
            replaced.append(body[i])
            i += 1

    targets = [".Sh TARGETS", ".Bd -literal -offset indent"] + ["\\&" + g for g in grammar] + [".Ed", ".Pp"]
    targets += markdown_to_mdoc(readme_section(readme, "### Targets"), keep_code=False)

    def section(title, heading):
        return [f".Sh {title}"] + markdown_to_mdoc(readme_section(readme, heading))

    out = page[:desc + 1]
    out += text_lines(escape(opening_paragraph(readme)))
    out += [".Pp", "The verbs and their options:"]
    out += replaced
    out += targets
    out += section('"EXIT STATUS"', "### Exit codes")
    out += section("ENVIRONMENT", "### Environment")
    out += section("FILES", "### Files")
    out += section("SAFETY", "## Safety model")
    out += [".Sh SEE ALSO", ".Xr lspci 8 ,", ".Xr setpci 8 ,", ".Xr mem 4"]
    # Whatever generate-manual put after EXIT STATUS (.Ex -std; AUTHORS when given) is replaced
    # by the sections above, except AUTHORS.
    rest = page[exit_status + 1:]
    if ".Sh AUTHORS" in rest:
        out += rest[rest.index(".Sh AUTHORS"):]
    # A blank line in a discussion is a paragraph break (mdoc wants .Pp, not an empty line).
    sys.stdout.write("\n".join(".Pp" if not line.strip() else line for line in out).rstrip("\n") + "\n")


main()
