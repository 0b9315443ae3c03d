"""CodeEditor of flet-code-editor 1.0.5: edit and highlight source code.

The 1.0.5 client (main.dart.js) registers ``CodeEditor``. It reads ``value``, ``language``
(a highlight.js name, ``CodeLanguage``), ``code_theme`` (a theme name, ``CodeTheme``, or a
``CustomCodeTheme`` of token styles), ``text_style``, ``padding``, ``gutter_style``,
``autocomplete``/``autocomplete_words``, ``issues``, ``read_only`` and ``autofocus``. When
the user edits, it writes ``value`` and ``selection`` back (so ``editor.value`` follows the
text) and sends ``change`` (the full text), ``selection_change`` (``{"selected_text",
"selection"}``), ``focus`` and ``blur``. Its methods: ``focus``, ``fold_comment_at_line_zero``,
``fold_imports`` and ``fold_at(line_number)``.
"""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from flet.controls.base import InsetsProp, LayoutControl, StrProp, ValueProp, call_client
from flet.controls.media import MarkdownCustomCodeTheme
from flet.core.props import Event, Prop, PropertyError
from flet.values._plain import DataValue, plain
from flet.values.enums_material import MarkdownCodeTheme

__all__ = [
    "CodeEditor",
    "CodeLanguage",
    "CodeTheme",
    "CustomCodeTheme",
    "GutterStyle",
    "Issue",
    "IssueType",
]

CodeTheme = MarkdownCodeTheme
CustomCodeTheme = MarkdownCustomCodeTheme


class IssueType(StrEnum):
    """How bad an :class:`Issue` is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass
class Issue(DataValue):
    """A problem marked in the gutter at ``line`` (counted from 0)."""

    line: int = 0
    message: str = ""
    type: IssueType | None = None
    suggestion: str | None = None
    url: str | None = None


@dataclass
class GutterStyle(DataValue):
    """How the gutter (line numbers, fold handles, issue marks) looks."""

    text_style: Any = None
    background_color: str | None = None
    width: float | None = None
    margin: float | None = None
    show_errors: bool = True
    show_folding_handles: bool = True
    show_line_numbers: bool = True


class CodeLanguage(StrEnum):
    """The highlight.js languages the editor highlights (``CodeEditor.language``)."""

    ONE_C = "1c"
    ABNF = "abnf"
    ACCESSLOG = "accesslog"
    ACTIONSCRIPT = "actionscript"
    ADA = "ada"
    ANGELSCRIPT = "angelscript"
    APACHE = "apache"
    APPLESCRIPT = "applescript"
    ARCADE = "arcade"
    ARDUINO = "arduino"
    ARMASM = "armasm"
    ASCIIDOC = "asciidoc"
    ASPECTJ = "aspectj"
    AUTOHOTKEY = "autohotkey"
    AUTOIT = "autoit"
    AVRASM = "avrasm"
    AWK = "awk"
    AXAPTA = "axapta"
    BASH = "bash"
    BASIC = "basic"
    BNF = "bnf"
    BRAINFUCK = "brainfuck"
    CAL = "cal"
    CAPNPROTO = "capnproto"
    CEYLON = "ceylon"
    CLEAN = "clean"
    CLOJURE = "clojure"
    CLOJURE_REPL = "clojure-repl"
    CMAKE = "cmake"
    COFFEESCRIPT = "coffeescript"
    COQ = "coq"
    COS = "cos"
    CPP = "cpp"
    CRMSH = "crmsh"
    CRYSTAL = "crystal"
    CS = "cs"
    CSP = "csp"
    CSS = "css"
    D = "d"
    DART = "dart"
    DELPHI = "delphi"
    DIFF = "diff"
    DJANGO = "django"
    DNS = "dns"
    DOCKERFILE = "dockerfile"
    DOS = "dos"
    DSCONFIG = "dsconfig"
    DTS = "dts"
    DUST = "dust"
    EBNF = "ebnf"
    ELIXIR = "elixir"
    ELM = "elm"
    ERB = "erb"
    ERLANG = "erlang"
    ERLANG_REPL = "erlang-repl"
    EXCEL = "excel"
    FIX = "fix"
    FLIX = "flix"
    FORTRAN = "fortran"
    FSHARP = "fsharp"
    GAMS = "gams"
    GAUSS = "gauss"
    GCODE = "gcode"
    GHERKIN = "gherkin"
    GLSL = "glsl"
    GML = "gml"
    GN = "gn"
    GO = "go"
    GOLO = "golo"
    GRADLE = "gradle"
    GRAPHQL = "graphql"
    GROOVY = "groovy"
    HAML = "haml"
    HANDLEBARS = "handlebars"
    HASKELL = "haskell"
    HAXE = "haxe"
    HSP = "hsp"
    HTMLBARS = "htmlbars"
    HTTP = "http"
    HY = "hy"
    INFORM7 = "inform7"
    INI = "ini"
    IRPF90 = "irpf90"
    ISBL = "isbl"
    JAVA = "java"
    JAVASCRIPT = "javascript"
    JBOSS_CLI = "jboss-cli"
    JSON = "json"
    JULIA = "julia"
    JULIA_REPL = "julia-repl"
    KOTLIN = "kotlin"
    LASSO = "lasso"
    LDIF = "ldif"
    LEAF = "leaf"
    LESS = "less"
    LISP = "lisp"
    LIVECODESERVER = "livecodeserver"
    LIVESCRIPT = "livescript"
    LLVM = "llvm"
    LSL = "lsl"
    LUA = "lua"
    MAKEFILE = "makefile"
    MARKDOWN = "markdown"
    MATHEMATICA = "mathematica"
    MATLAB = "matlab"
    MAXIMA = "maxima"
    MEL = "mel"
    MERCURY = "mercury"
    MIPSASM = "mipsasm"
    MIZAR = "mizar"
    MOJOLICIOUS = "mojolicious"
    MONKEY = "monkey"
    MOONSCRIPT = "moonscript"
    N1QL = "n1ql"
    NGINX = "nginx"
    NIMROD = "nimrod"
    NIX = "nix"
    NSIS = "nsis"
    OBJECTIVEC = "objectivec"
    OCAML = "ocaml"
    OPENSCAD = "openscad"
    OXYGENE = "oxygene"
    PARSER3 = "parser3"
    PERL = "perl"
    PF = "pf"
    PGSQL = "pgsql"
    PHP = "php"
    PLAINTEXT = "plaintext"
    PONY = "pony"
    POWERSHELL = "powershell"
    PROCESSING = "processing"
    PROFILE = "profile"
    PROLOG = "prolog"
    PROPERTIES = "properties"
    PROTOBUF = "protobuf"
    PUPPET = "puppet"
    PUREBASIC = "purebasic"
    PYTHON = "python"
    Q = "q"
    QML = "qml"
    R = "r"
    REASONML = "reasonml"
    RIB = "rib"
    ROBOCONF = "roboconf"
    ROUTEROS = "routeros"
    RSL = "rsl"
    RUBY = "ruby"
    RULESLANGUAGE = "ruleslanguage"
    RUST = "rust"
    SAS = "sas"
    SCALA = "scala"
    SCHEME = "scheme"
    SCILAB = "scilab"
    SCSS = "scss"
    SHELL = "shell"
    SMALI = "smali"
    SMALLTALK = "smalltalk"
    SML = "sml"
    SOLIDITY = "solidity"
    SQF = "sqf"
    SQL = "sql"
    STAN = "stan"
    STATA = "stata"
    STEP21 = "step21"
    STYLUS = "stylus"
    SUBUNIT = "subunit"
    SWIFT = "swift"
    TAGGERSCRIPT = "taggerscript"
    TAP = "tap"
    TCL = "tcl"
    TEX = "tex"
    THRIFT = "thrift"
    TP = "tp"
    TWIG = "twig"
    TYPESCRIPT = "typescript"
    VALA = "vala"
    VBNET = "vbnet"
    VBSCRIPT = "vbscript"
    VBSCRIPT_HTML = "vbscript-html"
    VERILOG = "verilog"
    VHDL = "vhdl"
    VIM = "vim"
    VUE = "vue"
    X86ASM = "x86asm"
    XL = "xl"
    XML = "xml"
    XQUERY = "xquery"
    YAML = "yaml"
    ZEPHIR = "zephir"


class CodeEditor(LayoutControl):
    """A code editor; ``value`` follows what the user types."""

    control_type = "CodeEditor"
    positional = ("value",)

    value = Prop(str, client=True)
    language = StrProp()
    code_theme = Prop((str, MarkdownCustomCodeTheme), encode=plain)
    text_style = ValueProp()
    padding = InsetsProp()
    selection = ValueProp(client=True)
    gutter_style = ValueProp()
    autocomplete = Prop(bool, default=False)
    autocomplete_words = Prop(list)
    issues = Prop(list, encode=plain)
    read_only = Prop(bool, default=False)
    autofocus = Prop(bool, default=False)
    on_change = Event()
    on_selection_change = Event()
    on_focus = Event()
    on_blur = Event()

    def before_update(self) -> None:
        for issue in self.issues or ():
            if not isinstance(issue, Issue | dict):
                raise PropertyError(
                    f"CodeEditor.issues takes Issue(line=..., message=...) items, "
                    f"not {type(issue).__name__}"
                )

    def focus(self) -> Awaitable[Any]:
        """Move the keyboard focus here (sync or ``await``-ed)."""
        return call_client(self, "focus")

    def fold_comment_at_line_zero(self) -> Awaitable[Any]:
        """Fold the comment block at the first line."""
        return call_client(self, "fold_comment_at_line_zero")

    def fold_imports(self) -> Awaitable[Any]:
        """Fold the import lines."""
        return call_client(self, "fold_imports")

    def fold_at(self, line_number: int) -> Awaitable[Any]:
        """Fold the block that starts at ``line_number`` (counted from 0)."""
        return call_client(self, "fold_at", {"line_number": line_number})
