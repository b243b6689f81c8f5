package review

import "testing"

func TestChatSender(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"24.8.2025, 19:16 - מיכל פסנתר: ככה אני עובדת", "מיכל פסנתר"},
		{"[15/02/2026, 17:26:40] noa ben-haim: thanks for today!", "noa ben-haim"},
		{"10/14/25, 8:15 am - rick haugen: hey janelle!", "rick haugen"},
		{"10/14/25, 7:42 am - messages and calls are end-to-end encrypted.", ""},
	} {
		if got := chatSender([]rune(tt.line)); got != tt.want {
			t.Errorf("chatSender(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct{ line, want string }{
		{"from: dean maitland <dean@maitlandexpress.com.au>", "dean maitland"},
		{"מאת: רונית אלמוג <ronit@example.org.il>", "רונית אלמוג"},
		{"from: priya raman", "priya raman"},
	} {
		if got := fromSender([]rune(tt.line)); got != tt.want {
			t.Errorf("fromSender(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestSpeakerRoles checks that the sender who quotes and invoices is the
// supplier and the one who asks for a price is the client, in a chat and
// in an e-mail thread, and that a monologue has no roles.
func TestSpeakerRoles(t *testing.T) {
	e := newTestEngine(t)
	chat := "12/01/2026, 10:02 - Harriet Oduya: Hi Gwen, we're looking for a describer for our spring show. Can you send me a quote?\n" +
		"12/01/2026, 10:19 - Gwen Talbot: Hi Harriet! My fee would be £1,650 plus train fares.\n" +
		"12/01/2026, 11:31 - Harriet Oduya: We'll WeTransfer you the rehearsal script by Fri 6 Feb.\n" +
		"12/01/2026, 11:35 - Gwen Talbot: Perfect, I'll send the invoice after the last show.\n"
	doc := debugDoc(t, e, chat)
	roles := e.speakerRoles(doc)
	want := []int8{speakerClient, speakerSupplier, speakerClient, speakerSupplier}
	if len(roles) != len(want) {
		t.Fatalf("roles = %v, want %v", roles, want)
	}
	for i := range want {
		if roles[i] != want[i] {
			t.Errorf("line %d: role %d, want %d", i, roles[i], want[i])
		}
	}
	mail := "From: Dean Maitland <dean@maitland.example>\nHi Priya,\nHere's what I can do: pickup at 1:30pm, $9.50 + GST per drop.\n" +
		"From: Priya Raman <priya@pharmacy.example>\nHi Dean,\nWe're after a courier for our home deliveries. Could you send me a price?\n"
	doc = debugDoc(t, e, mail)
	roles = e.speakerRoles(doc)
	if roles == nil || roles[2] != speakerSupplier || roles[5] != speakerClient {
		t.Errorf("e-mail roles = %v, want Dean supplier and Priya client", roles)
	}
	if roles := e.speakerRoles(debugDoc(t, e, "1. The Supplier shall clean the offices.\n2. The Client shall pay ₪400 a month.\n")); roles != nil {
		t.Errorf("an agreement with no senders has roles %v", roles)
	}
}

// TestSpeakerInputDuty is the rule the roles serve: "we" in the client's
// own message gives the supplier what the work needs; the same words from
// the supplier are the service.
func TestSpeakerInputDuty(t *testing.T) {
	e := newTestEngine(t)
	head := "12/01/2026, 10:02 - Harriet Oduya: Hi Gwen, we're looking for a describer for our spring show. Can you send me a quote?\n" +
		"12/01/2026, 10:19 - Gwen Talbot: Hi Harriet! My fee would be £1,650 plus train fares, invoice after the last show.\n"
	client := head + "12/01/2026, 11:31 - Harriet Oduya: We'll WeTransfer you the rehearsal script and the recording by Fri 6 Feb.\n"
	if got := itemOf(review(t, e, client), "collaboration").Status; got == Missing {
		t.Errorf("the client's 'we'll send you the script': collaboration = %s, want dealt with", got)
	}
	supplier := head + "12/01/2026, 11:31 - Gwen Talbot: We'll WeTransfer you the audio introduction and the notes by Fri 6 Feb.\n"
	if got := itemOf(review(t, e, supplier), "collaboration").Status; got != Missing {
		t.Errorf("the supplier's 'we'll send you the notes': collaboration = %s, want missing", got)
	}
}

// TestSpeakerWithPartyTerms mixes a sender's first person with defined
// party terms, whose hits carry no lexicon pattern: reading the person of
// such a hit must not index the pattern table.
func TestSpeakerWithPartyTerms(t *testing.T) {
	e := newTestEngine(t)
	text := "This Agreement is made between Harbour Ltd (the \"Client\") and Brightway Ltd (the \"Supplier\").\n" +
		"From: Dana Reid <dana@harbour.example>\nWe're looking for a cleaning crew. Could you send me a price?\n" +
		"From: Sam Cole <sam@brightway.example>\nHere's what I can do: $420 + GST per week, invoice every Monday.\n" +
		"From: Dana Reid <dana@harbour.example>\nDeal. We will give the Supplier keys to the storeroom and access to the loading dock.\n"
	if got := itemOf(review(t, e, text), "collaboration").Status; got == Missing {
		t.Errorf("the client's own 'we will give the Supplier keys': collaboration = %s, want dealt with", got)
	}
}

// TestMailHeader pins the header line of a printed mail thread (Gmail,
// Outlook): a name, an address in angle brackets and a time; a contact
// line with an address is no header.
func TestMailHeader(t *testing.T) {
	for _, tt := range []struct {
		line, sender string
		header       bool
	}{
		{"אורטל | שגב הדברות <office@segev-pest.co.il>\t2 במרץ 2026, 14:40", "אורטל | שגב הדברות", true},
		{"Gmail\tYossi Hadad <yossi@example.com>\t5 March 2026, 12:05", "Yossi Hadad", true},
		{"Contact: Jane Doe <jane@example.com>, 050-1234567", "", false},
		{"Jane Doe <jane@example.com>", "", false},
	} {
		if got := mailHeader([]rune(tt.line)); got != tt.header {
			t.Errorf("mailHeader(%q) = %v, want %v", tt.line, got, tt.header)
			continue
		}
		if tt.header {
			if got := mailSender([]rune(tt.line)); got != tt.sender {
				t.Errorf("mailSender(%q) = %q, want %q", tt.line, got, tt.sender)
			}
		}
	}
}

// TestChatBody pins where a chat line's text starts: after the sender's
// name and its colon, so that "What we need from you:" is read as the
// message's own inline title.
func TestChatBody(t *testing.T) {
	for _, tt := range []struct{ line, body string }{
		{"12/08/25, 8:52 pm - Matt - Kowhai Collective: What we need from you: a stage", "What we need from you: a stage"},
		{"[3/2/2026, 7:52:41 pm] Bulli Breaks Surf – Josh: Hey Priya!", "Hey Priya!"},
		{"24.8.2025, 19:16 - מיכל פסנתר: ככה אני עובדת: שיעור שבועי", "ככה אני עובדת: שיעור שבועי"},
		{"04/03/2026, 9:10 am - Messages and calls are end-to-end encrypted.", ""},
	} {
		line := []rune(tt.line)
		b := chatBody(line)
		got := ""
		if b > 0 {
			got = string(line[b:])
		}
		if got != tt.body {
			t.Errorf("chatBody(%q) = %q, want %q", tt.line, got, tt.body)
		}
	}
}
