package review

import "strings"

// number is a numeric token: its digits as a decimal string and where it
// ends. Thousands separators are removed ("12,500" and "12.500,00" are
// 12500); a single dot is decimal, the Israeli and English style.
type number struct {
	start, end int
	intPart    string
	frac       string
	groups     int // count of separator-delimited parts, 1 for plain digits
}

// value returns the decimal string, shifted by 10^shift for "50 אלף".
func (n number) value(shift int) string {
	ip, fp := n.intPart, n.frac
	for ; shift > 0; shift-- {
		if fp != "" {
			ip += fp[:1]
			fp = fp[1:]
		} else {
			ip += "0"
		}
	}
	ip = strings.TrimLeft(ip, "0")
	if ip == "" {
		ip = "0"
	}
	if strings.Trim(fp, "0") == "" {
		return ip
	}
	return ip + "." + fp
}

// intValue returns the integer part when it is small enough to be a count.
func (n number) intValue() (int, bool) {
	if len(n.intPart) == 0 || len(n.intPart) > 9 {
		return 0, false
	}
	v := 0
	for _, r := range n.intPart {
		v = v*10 + int(r-'0')
	}
	return v, true
}

// parseNumber reads a number starting at the digit rs[i].
func parseNumber(rs []rune, i int) number {
	type part struct {
		digits string
		sep    rune // separator before this part
	}
	var buf [4]part // most numbers have at most four parts: no allocation
	parts := buf[:0]
	j := i
	sep := rune(0)
	for {
		k := j
		for k < len(rs) && isDigit(rs[k]) {
			k++
		}
		if k == j {
			break
		}
		parts = append(parts, part{string(rs[j:k]), sep})
		j = k
		if j+1 < len(rs) && (rs[j] == ',' || rs[j] == '.') && isDigit(rs[j+1]) {
			sep = rs[j]
			j++
			continue
		}
		break
	}
	n := number{start: i, intPart: parts[0].digits, groups: len(parts)}
	if len(parts) == 1 {
		n.end = i + len([]rune(parts[0].digits))
		return n
	}
	// Decide which separator is decimal.
	lastSep := parts[len(parts)-1].sep
	commas, dots := 0, 0
	for _, p := range parts[1:] {
		if p.sep == ',' {
			commas++
		} else {
			dots++
		}
	}
	decimal := rune(0)
	switch {
	case commas > 0 && dots > 0:
		decimal = lastSep
	case dots == 1:
		decimal = '.'
	case commas == 1 && len(parts[1].digits) != 3:
		decimal = ','
	}
	// Thousands groups must have three digits; stop at the first that
	// does not.
	used := 1
	ip := parts[0].digits
	for _, p := range parts[1:] {
		if p.sep == decimal {
			break
		}
		if len(p.digits) != 3 {
			break
		}
		ip += p.digits
		used++
	}
	n.intPart = ip
	if used < len(parts) && parts[used].sep == decimal && decimal != 0 {
		n.frac = parts[used].digits
		used++
	}
	n.groups = used
	// Recompute the end from the parts consumed.
	end := i
	for k, p := range parts[:used] {
		if k > 0 {
			end++
		}
		end += len([]rune(p.digits))
	}
	n.end = end
	return n
}
