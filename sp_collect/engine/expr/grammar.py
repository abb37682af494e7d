"""The XLSForm expression grammar (XPath 1.0 operators, ${name} references) and its LALR parser."""

from __future__ import annotations

import re

from lark import Lark

NAME = r"[A-Za-z_][A-Za-z0-9_.\-]*"
"""A question name, as the form model's ``Identifier`` allows it."""

PIPE_PATTERN = re.compile(r"\$\{(" + NAME + r")\}")
"""A ``${name}`` reference, in expressions and in labels (piping); group 1 is the name."""

# Operator precedence follows XPath 1.0: or < and < equality < relational < additive <
# multiplicative < unary. Keywords (and, or, div, mod) win over FUNCNAME only on an exact match,
# so a function called "divide" would still lex as a name.
GRAMMAR = r"""
?start: or_expr

?or_expr: and_expr
    | or_expr "or" and_expr                     -> or_
?and_expr: eq_expr
    | and_expr "and" eq_expr                    -> and_
?eq_expr: rel_expr
    | eq_expr (EQ | NE) rel_expr                -> compare
?rel_expr: add_expr
    | rel_expr (LT | LE | GT | GE) add_expr     -> compare
?add_expr: mul_expr
    | add_expr (PLUS | MINUS) mul_expr          -> arith
?mul_expr: unary_expr
    | mul_expr (STAR | DIV | MOD) unary_expr    -> arith
?unary_expr: primary
    | MINUS unary_expr                          -> neg
?primary: NUMBER                                -> number
    | STRING                                    -> string
    | REF                                       -> ref
    | DOT                                       -> current
    | DOTDOT                                    -> parent
    | FUNCNAME "(" [or_expr ("," or_expr)*] ")" -> call
    | "(" or_expr ")"
    | path

// Location paths, for lookups: instance('list')/root/item[name = ${x}]/label, ../sibling,
// ${repeat}[position() = 1]/field, current()/../x. A bare name is a step from the context
// node; the compiler allows it only inside a predicate.
path: REF predicate+ _step*
    | REF _step+
    | FUNCNAME "(" [or_expr ("," or_expr)*] ")" _step+  -> call_path
    | (DOT | DOTDOT) _step+
    | name_step _step*                          -> relative_path
_step: "/" step
name_step: FUNCNAME predicate*
step: (FUNCNAME | DOT | DOTDOT) predicate*
predicate: "[" or_expr "]"

EQ: "="
NE: "!="
LT: "<"
LE: "<="
GT: ">"
GE: ">="
PLUS: "+"
MINUS: "-"
STAR: "*"
DIV: "div"
MOD: "mod"
DOT: "."
DOTDOT: ".."
NUMBER.2: /[0-9]+(\.[0-9]*)?|\.[0-9]+/
STRING: /'[^']*'|"[^"]*"/
REF: /\$\{[A-Za-z_][A-Za-z0-9_.\-]*\}/
FUNCNAME: _WORD (":" _WORD)?
_WORD: /[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z_][A-Za-z0-9_]*)*/

%ignore /\s+/
"""

PARSER = Lark(GRAMMAR, parser="lalr", lexer="basic", maybe_placeholders=False)
