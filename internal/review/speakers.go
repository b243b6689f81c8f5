package review

// Speakers. A chat export or an e-mail thread is an agreement written by
// two people, each in the first person. In the theatre's messages "we" is
// the client ("We'll WeTransfer you the rehearsal script by Friday"); in the
// describer's messages "we" is the supplier. Grammar alone cannot tell
// them apart, so each message is given its sender (the name after a chat
// time stamp, or the name on an e-mail's From: line), and each sender a
// role from what they write: the one who quotes, invoices and says what
// they can do is the supplier; the one who asks for a price, says what they
// need and pays is the client. The input-duty rule then reads "we" and "I"
// in the client's messages as the client, and "you" as the supplier.

// Speaker roles, coded as the input-duty rule codes a sentence's subject.
const (
	speakerUnknown  int8 = 0
	speakerClient   int8 = 1
	speakerSupplier int8 = 2
)

// maxSpeakerName bounds the name of a chat sender or an e-mail's From:
// line, in runes.
const maxSpeakerName = 48

// speakerRoles returns the role of the sender of every clause, or nil when
// the document is not a conversation between two known senders.
func (e *Engine) speakerRoles(doc *document) []int8 {
	rs := doc.norm.Runes
	sup, cli, from := e.sections.speakerSupplier, e.sections.speakerClient, e.sections.fromLine
	if sup < 0 || cli < 0 || len(doc.clauses) == 0 {
		return nil
	}
	names := map[string]int{}
	var order []string
	sender := make([]int, len(doc.clauses))
	cur := -1
	for i := range doc.clauses {
		c := &doc.clauses[i]
		line := rs[c.start:c.end]
		name := ""
		switch {
		case doc.chat && chatStamp(line):
			name = chatSender(line)
		case opens(c, from):
			name = fromSender(line)
		case mailHeader(line):
			name = mailSender(line)
		}
		if name != "" {
			k, ok := names[name]
			if !ok {
				k = len(order)
				names[name] = k
				order = append(order, name)
			}
			cur = k
		}
		sender[i] = cur
	}
	if len(order) != 2 {
		return nil
	}
	var votes [2]int // positive: supplier
	for i := range doc.clauses {
		k := sender[i]
		if k < 0 {
			continue
		}
		if doc.clauses[i].feat.has(fAmount) {
			// A price is quoted by the one who sells; a client names
			// an amount less often, and then with words of budget.
			votes[k]++
		}
		for _, h := range doc.clauses[i].hits {
			switch int(h.group) {
			case sup:
				votes[k]++
			case cli:
				votes[k]--
			}
		}
	}
	var supplier int
	switch {
	case votes[0] > votes[1]:
		supplier = 0
	case votes[1] > votes[0]:
		supplier = 1
	default:
		return nil
	}
	roles := make([]int8, len(doc.clauses))
	for i, k := range sender {
		switch {
		case k < 0:
			roles[i] = speakerUnknown
		case k == supplier:
			roles[i] = speakerSupplier
		default:
			roles[i] = speakerClient
		}
	}
	return roles
}

// chatSender returns the sender's name of a time-stamped chat line:
// "24.8.2025, 19:16 - מיכל פסנתר: …", "[15/02/2026, 17:26:40] noa
// ben-haim: …". A system line ("… - Messages and calls are end-to-end
// encrypted") has no colon after the name and returns "".
func chatSender(line []rune) string {
	k, colon := chatName(line)
	if colon < 0 {
		return ""
	}
	return trimSpaces(line[k:colon])
}

// chatBody returns the offset of a time-stamped chat line's text, after
// the sender's name and its colon, or 0 for a system line.
func chatBody(line []rune) int {
	k, colon := chatName(line)
	if colon < 0 || trimSpaces(line[k:colon]) == "" {
		return 0
	}
	j := colon + 1
	for j < len(line) && line[j] == ' ' {
		j++
	}
	return j
}

// chatName finds the sender's name of a chat line: where it starts, after
// the time stamp's "] " or " - ", and the colon that ends it; colon is -1
// when the line has no sender.
func chatName(line []rune) (start, colon int) {
	k := -1
	for j := 0; j+2 < len(line) && j < 40; j++ {
		if line[j] == ']' && line[j+1] == ' ' {
			k = j + 2
			break
		}
		if line[j] == ' ' && line[j+1] == '-' && line[j+2] == ' ' {
			k = j + 3
			break
		}
	}
	if k < 0 {
		return 0, -1
	}
	for j := k; j < len(line) && j-k <= maxSpeakerName; j++ {
		if line[j] == ':' {
			return k, j
		}
	}
	return k, -1
}

// mailHeader reports whether a line is the header of a message in a
// printed mail thread, as Gmail and Outlook print it: the sender's name,
// the address in angle brackets and the date or time it was sent
// ("Ortal | Segev <office@segev-pest.co.il>\t2 March 2026, 14:40"). A
// contact line ("Jane <jane@x.com>") has no time or year after the
// address.
func mailHeader(line []rune) bool {
	if len(line) > 160 {
		return false
	}
	lt := indexRune(line, '<')
	if lt < 0 {
		return false
	}
	at := indexRune(line[lt:], '@')
	if at < 0 {
		return false
	}
	gt := indexRune(line[lt+at:], '>')
	if gt < 0 {
		return false
	}
	rest := line[lt+at+gt+1:]
	for k := 0; k+2 < len(rest); k++ {
		if rest[k] >= '0' && rest[k] <= '9' && rest[k+1] == ':' && rest[k+2] >= '0' && rest[k+2] <= '9' {
			return true // a time of day
		}
	}
	return false
}

// mailSender returns the name before the address of a mail header line,
// without a "From:" or app label before it ("Gmail\tYossi" keeps Yossi).
func mailSender(line []rune) string {
	lt := indexRune(line, '<')
	name := line[:lt]
	for k := len(name) - 1; k >= 0; k-- {
		if name[k] == '\t' || name[k] == ':' {
			name = name[k+1:]
			break
		}
	}
	return trimSpaces(name)
}

// fromSender returns the name on an e-mail header line "From: Dean
// Maitland <dean@…>": the text after the colon, up to an address.
func fromSender(line []rune) string {
	k := indexRune(line, ':')
	if k < 0 {
		return ""
	}
	j := k + 1
	for j < len(line) && j-k <= maxSpeakerName && line[j] != '<' && line[j] != '[' && line[j] != '(' && line[j] != '|' && line[j] != ',' {
		j++
	}
	return trimSpaces(line[k+1 : j])
}

func trimSpaces(rs []rune) string {
	i, j := 0, len(rs)
	for i < j && rs[i] == ' ' {
		i++
	}
	for j > i && rs[j-1] == ' ' {
		j--
	}
	return string(rs[i:j])
}

// personOf tells a first-person pronoun (+1: we, I, אנחנו) from a
// second-person one (-1: you, אתם) among the subject phrases; 0 for any
// other.
func personOf(text string) int8 {
	switch text {
	case "we", "us", "i", "אני", "אנחנו", "אנו":
		return 1
	case "you", "אתם", "את", "אתה", "עליכמ", "עליכ":
		return -1
	}
	return 0
}

// speakerOf returns the role of the sender of clause i.
func (doc *document) speakerOf(i int) int8 {
	if doc.speakers == nil {
		return speakerUnknown
	}
	return doc.speakers[i]
}
