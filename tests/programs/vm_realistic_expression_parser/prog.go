package main

import (
	"fmt"
	"strconv"
	"unicode"
)

type tokenKind int

const (
	tNum tokenKind = iota
	tOp
	tLParen
	tRParen
	tEOF
)

type token struct {
	kind tokenKind
	text string
	pos  int
}

func lex(src string) ([]token, error) {
	var toks []token
	for i := 0; i < len(src); {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			start := i
			for i < len(src) && (unicode.IsDigit(rune(src[i])) || src[i] == '.') {
				i++
			}
			toks = append(toks, token{tNum, src[start:i], start})
		case c == '(':
			toks = append(toks, token{tLParen, "(", i})
			i++
		case c == ')':
			toks = append(toks, token{tRParen, ")", i})
			i++
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '%':
			toks = append(toks, token{tOp, string(c), i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, token{tEOF, "", len(src)}), nil
}

type parser struct {
	toks []token
	pos  int
}

func (p *parser) peek() token { return p.toks[p.pos] }
func (p *parser) next() token {
	t := p.toks[p.pos]
	p.pos++
	return t
}

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	if err != nil {
		return 0, err
	}
	for p.peek().kind == tOp && (p.peek().text == "+" || p.peek().text == "-") {
		op := p.next().text
		r, err := p.term()
		if err != nil {
			return 0, err
		}
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, nil
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	if err != nil {
		return 0, err
	}
	for p.peek().kind == tOp && (p.peek().text == "*" || p.peek().text == "/") {
		op := p.next()
		r, err := p.factor()
		if err != nil {
			return 0, err
		}
		if op.text == "*" {
			v *= r
		} else {
			if r == 0 {
				return 0, fmt.Errorf("division by zero at %d", op.pos)
			}
			v /= r
		}
	}
	return v, nil
}

func (p *parser) factor() (float64, error) {
	t := p.next()
	switch t.kind {
	case tNum:
		return strconv.ParseFloat(t.text, 64)
	case tOp:
		if t.text == "-" {
			v, err := p.factor()
			return -v, err
		}
	case tLParen:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.next().kind != tRParen {
			return 0, fmt.Errorf("missing ) for ( at %d", t.pos)
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected %q at %d", t.text, t.pos)
}

func eval(src string) (float64, error) {
	toks, err := lex(src)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err != nil {
		return 0, err
	}
	if p.peek().kind != tEOF {
		return 0, fmt.Errorf("trailing %q at %d", p.peek().text, p.peek().pos)
	}
	return v, nil
}

func main() {
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * (3 + 4) * 5 - 1", "1 / 0", "2 +", "(1 + 2", "3 $ 4", "1.5.2", "10 % 3", "8 / 3"} {
		v, err := eval(src)
		if err != nil {
			fmt.Printf("%-20q error: %v\n", src, err)
			continue
		}
		fmt.Printf("%-20q = %v\n", src, v)
	}
}
