#!/usr/bin/env python3
"""Writes fmt_cases.txt: the shared fmt case list (read by golden/main.go and the Rust test).

A line is MODE<TAB>ARG...: MODE is P (Sprint), L (Sprintln), E + quoted format (Errorf) or a
Go-quoted Sprintf format. ARGs: nil, @name (named values), or type:value.
"""
import json

def q(s):
    return json.dumps(s)  # Go-compatible for the ASCII formats used here

cases = []
def add(fmt, *args):
    cases.append("\t".join([q(fmt)] + list(args)))

ints = ["int:0", "int:42", "int:-42", "int8:-128", "uint8:255", "int64:9223372036854775807",
        "int64:-9223372036854775808", "uint64:18446744073709551615", "uintptr:4096", "int32:0x1F600",
        "uint16:65", "int:7", "int32:0x110000", "int:-1"]
int_fmts = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%O", "%b",
            "%#b", "%c", "%q", "%+q", "%#q", "%U", "%#U", "%v", "%.3d", "%8.3d", "%-08d|", "%e", "%s", "%t",
            "%08.3d", "%#v", "%T", "%+05d", "% 05d", "%.0d", "%6.0d|", "%x", "% x", "%+x", "%#.3x", "%10.4X",
            "%-#10x|", "%#U", "%.6U", "%08b", "%p", "%q"]
for f in int_fmts:
    for a in ints:
        add(f, a)

floats = ["float64:0", "float64:-0", "float64:1", "float64:3.14159", "float64:-2.5", "float64:1e21",
          "float64:1e20", "float64:1e-7", "float64:123456789", "float64:0.000123", "float64:+Inf",
          "float64:-Inf", "float64:NaN", "float32:0.1", "float32:16777216", "float64:100000",
          "float64:1e6", "float64:0.1", "float32:3.4028235e38", "float64:5e-324", "float64:2.5",
          "float64:999999.9999"]
float_fmts = ["%v", "%f", "%.2f", "%8.3f", "%-8.3f|", "%08.3f", "%+f", "% f", "%e", "%.3e", "%E", "%g",
              "%.3g", "%G", "%#g", "%#.3g", "%#v", "%b", "%x", "%X", "%.2x", "%T", "%d", "%s", "%5.1f",
              "%+.2e", "%#f", "%#e", "%#.0f", "%.0f", "%010.2f", "%-010.2f|", "%q", "%F", "%.0e", "%#.0e",
              "%20v|", "%-20v|", "%+v", "%.1g", "%.10g", "%#x", "% .3e", "%+010.3f", "%#.4x", "%.30f",
              "%08v", "%+08v", "% 08v"]
for f in float_fmts:
    for a in floats:
        add(f, a)

strs = ['string:""', 'string:"hello"', 'string:"h\\u00e9llo"', 'string:"tab\\t"', 'string:"\\x00\\xff"',
        'string:"\\u65e5\\u672c\\u8a9e"', 'string:"`back`"', 'string:"a\\"q"', 'bytes:"bytes"', 'bytes:""',
        'string:"\\u2028x"', 'string:"\\U0001F600"']
str_fmts = ["%s", "%q", "%#q", "%+q", "%x", "%X", "% x", "%#x", "%# x", "%# X", "%10s|", "%-10s|", "%.2s",
            "%5.1s|", "%v", "%#v", "%T", "%d", "%c", "%010s", "%.0s|", "%8q", "%.1x", "%.3q", "%-8x|",
            "%+v", "%t", "%p", "%U", "%.5s", "%010q", "%x", "%.0x|", "%10x|"]
for f in str_fmts:
    for a in strs:
        if f == "%p" and a.startswith("bytes:"):
            continue  # a heap address: differs from run to run
        add(f, a)

bools = ["bool:true", "bool:false"]
for f in ["%t", "%v", "%5t|", "%-6t|", "%d", "%#v", "%T", "%q", "%s", "%05t", "%x"]:
    for a in bools:
        add(f, a)

cplx = ["complex128:1,2", "complex128:-1.5,0", "complex64:0.1,-0.2", "complex128:NaN,+Inf", "complex128:0,-0"]
for f in ["%v", "%.2f", "%e", "%g", "%+v", "%#v", "%T", "%d", "%8.2f|", "%x", "%s", "%+.1e", "% v", "%010.3f"]:
    for a in cplx:
        add(f, a)

named = ["T", "pT", "Tzero", "Inner", "Outer", "OuterZero", "Embed", "MyInt", "MyString", "Celsius",
         "MyBytes", "ints", "intsEmpty", "intsNil", "strs", "arr", "bytes", "bytesNil", "byteArr", "floats",
         "anys", "nested", "structs", "ptrs", "mapSI", "mapIS", "mapEmpty", "mapNil", "mapFloat", "mapBool",
         "mapStruct", "mapSlice", "mapAny", "mapStringer", "mapMixed", "nilPtr", "nilTPtr", "ptrInts", "ptrMap", "ptrArr",
         "nilFunc", "nilChan", "nilErr", "stringer", "pStringer", "ptrStringer", "ptrStringerVal",
         "nilPtrStringer", "errer", "both", "panicker", "errPanicker", "goStr", "hidden", "stringers",
         "levels", "level", "errNew", "errWrapped", "anon", "emptyStruct", "complexes", "f32s", "runes",
         "uint8s", "int8s", "iface"]
named_fmts = ["%v", "%+v", "%#v", "%T", "%s", "%d", "%x", "%q", "%5v|", "%-8s|", "%X", "%t", "%.1f", "%c",
              "%o", "%U", "%e", "%08v"]
for f in named_fmts:
    for n in named:
        add(f, "@" + n)

# Multi-operand directives, argument indexes, * width/precision and the error forms.
multi = [
    ("%d %s", "int:1", 'string:"two"'), ("%d", "int:1", "int:2"), ("%d %d", "int:1"), ("%s", "nil"),
    ("%d", "nil"), ("%v", "nil"), ("%T", "nil"), ("%x", "nil"), ("%p", "nil"), ("%!", "int:1"),
    ("%", ), ("abc%", ), ("%-", "int:1"), ("%z", "int:1"), ("%\u00f1", "int:1"), ("%%", ), ("%5%", ),
    ("%[2]d %[1]d", "int:1", "int:2"), ("%[3]d", "int:1", "int:2"), ("%[0]d", "int:1"), ("%[x]d", "int:1"),
    ("%[1]d %[1]v %[1]x", "int:255"), ("%[2]*[1]d|", "int:12", "int:5"), ("%[3]*.[2]*[1]f", "float64:12.0", "int:2", "int:6"),
    ("%*d|", "int:5", "int:42"), ("%-*d|", "int:5", "int:42"), ("%*d|", "int:-5", "int:42"), ("%.*f", "int:2", "float64:3.14159"),
    ("%.*f", "int:-1", "float64:3.14159"), ("%*d", 'string:"x"', "int:1"), ("%.*d", 'string:"x"', "int:1"),
    ("%*d", "int:10000000", "int:1"), ("%*d", "uint8:3", "int:1"), ("%d %d %d", "int:1", "int:2"),
    ("%[1]d %d", "int:1", "int:2"), ("%d %[1]d %d", "int:1", "int:2"), ("%[5]d", "int:1"), ("%.[2]d", "int:1", "int:2"),
    ("%[1]2d", "int:1"), ("%[1].2d", "int:1"), ("%[2]d %d", "int:1", "int:2", "int:3"), ("%d", "int:1", "nil", 'string:"s"'),
    ("no verbs", "int:1", "@stringer"), ("%v %v", "@stringer", "@errer"), ("%s|%v|%d", "@level", "@level", "@level"),
    ("%10.3v|", "@stringer"), ("%x", "@stringer"), ("%v", "@ptrStringer"), ("%d", "@ptrStringer"),
    ("%s", "@nilPtrStringer"), ("%v %s", "@panicker", "@panicker"), ("%d", "@panicker"), ("%v", "@errPanicker"),
    ("%#v %v %+v", "@goStr", "@goStr", "@goStr"), ("%w", "@errNew"), ("%w", "int:1"), ("%v", "@hidden"),
    ("%[1]*d", "int:3"), ("%.*s|", "int:2", 'string:"hello"'), ("%-10v|", "@T"), ("%6.2v|", "@floats"),
    ("%v", "@mapAny"), ("%s", "@mapSI"), ("%d", "@mapIS"), ("%v", "@Outer"), ("%+v", "@Outer"), ("%#v", "@Outer"),
    ("%5.2f%%", "float64:99.5"), ("%c%c%c", "int:72", "int:105", "int:33"), ("%q", "int32:0x2028"),
    ("%08.3f|%-8.3f|%+.3f", "float64:-3.14159", "float64:-3.14159", "float64:3.14159"),
    ("%3c|%-3c|", "int:65", "int:66"), ("%#o %#x %#X %#b", "int:8", "int:255", "int:255", "int:5"),
    ("%v", "@iface"), ("%d", "@iface"), ("%s", "@anys"), ("%x", "@strs"), ("%q", "@strs"), ("%X", "@bytes"),
    ("%v %d", "@MyBytes", "@MyBytes"), ("%s %q %x", "@runes", "@runes", "@runes"), ("%v", "@stringers"),
    ("%d", "@stringers"), ("%v %d %s", "@levels", "@levels", "@levels"), ("%v", "@mapStringer"),
    ("%08.3v|", "@floats"), ("%x", "@floats"), ("%v", "@nested"), ("%#v", "@nested"),
]
for m in multi:
    add(*m)

# Flags x width x precision x verb on a few values (every combination, errors included).
for value in ["int:42", "int:-7", "float64:3.5", "float64:-0.000123", 'string:"h\u00e9llo"', "bool:true", "uint8:0"]:
    for flags in ["", "-", "+", "#", " ", "0", "-0", "+0", "# ", "+ ", "#0"]:
        for width in ["", "8"]:
            for prec in ["", ".0", ".3"]:
                for verb in "dxXobcqUvsefgEG":
                    add("[%" + flags + width + prec + verb + "]", value)

# Errorf: the message and which operands are wrapped.
for m in [("E%w", "@errNew"), ("Ectx %w: %d", "@errNew", "int:3"), ("E%w + %w", "@errNew", "@errer"),
          ("E%[2]w %[1]w", "@errNew", "@errer"), ("E%w", "int:1"), ("E%v", "@errNew"), ("E%w %w", "@errNew", "@errNew"),
          ("E%w", "nil"), ("Eplain", ), ("E%w %w", "int:1", "@errNew"), ("E%d %w", "int:5", "@errWrapped")]:
    cases.append("\t".join(["E" + q(m[0][1:])] + list(m[1:])))

# Sprint and Sprintln: spaces between operands.
for args in [("int:1", "int:2"), ('string:"a"', "int:1"), ("int:1", 'string:"a"'), ('string:"a"', 'string:"b"'),
             ("nil", "nil"), ("@stringer", 'string:"x"', "@MyString", "int:3"), ("float64:1.5", "bool:true"),
             ("@errNew", "@mapSI"), ("@pT", "@nilPtr"), ("@MyString", "@MyString"), ("@bytes", "@bytes"), ()]:
    cases.append("\t".join(["P"] + list(args)))
    cases.append("\t".join(["L"] + list(args)))

with open("fmt_cases.txt", "w") as f:
    f.write("\n".join(cases) + "\n")
print(len(cases), "cases")
